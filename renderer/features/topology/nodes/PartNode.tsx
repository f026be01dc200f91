import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PartNode as PartNodeType } from '../flowModel';
import { IssueBadge } from './IssueBadge';

/** One part inside a server: kind badge, model, key figures, count; handles on top (upstream) and bottom. */
export const PartNode = memo(function PartNode({ data, selected }: NodeProps<PartNodeType>) {
  return (
    <div
      className={`part part--${data.kind}${selected ? ' part--selected' : ''}`}
      data-testid={`part-${data.ref.serverTypeId}-${data.ref.componentId}`}
      data-kind={data.kind}
      title={`${data.title}\n${data.detail}`}
    >
      <Handle type="target" position={Position.Top} className="part__handle" />
      <span className="part__badge">{data.badge}</span>
      <span className="part__text">
        <span className="part__title">{data.title}</span>
        <span className="part__detail">{data.detail}</span>
      </span>
      {data.count > 1 ? <span className="part__count">×{data.count}</span> : null}
      <IssueBadge issues={data.issues} />
      <Handle type="source" position={Position.Bottom} className="part__handle" />
    </div>
  );
});
