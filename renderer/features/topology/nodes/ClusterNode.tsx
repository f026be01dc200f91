import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ClusterNode as ClusterNodeType } from '../flowModel';
import { IssueBadge } from './IssueBadge';

/** A server type (with its count), the fabric or the shared storage in the cluster view. */
export const ClusterNode = memo(function ClusterNode({ data, selected }: NodeProps<ClusterNodeType>) {
  const testId = data.ref.type === 'server' ? `cluster-server-${data.ref.serverTypeId}` : `cluster-${data.kind}`;
  return (
    <div className={`cluster-node cluster-node--${data.kind}${selected ? ' cluster-node--selected' : ''}`} data-testid={testId}>
      <Handle type="target" position={Position.Top} className="part__handle" isConnectable={false} />
      <div className="cluster-node__title">
        {data.title}
        {data.kind !== 'fabric' ? <span className="cluster-node__count">× {data.count.toLocaleString('en-US')}</span> : null}
      </div>
      <div className="cluster-node__detail">{data.detail}</div>
      <IssueBadge issues={data.issues} />
      <Handle type="source" position={Position.Bottom} className="part__handle" isConnectable={false} />
    </div>
  );
});
