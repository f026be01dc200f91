import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ServerNode } from '../flowModel';
import { IssueBadge } from './IssueBadge';

/** A server type drawn as a box that contains its parts; drop palette items on it to add parts. */
export const ServerGroupNode = memo(function ServerGroupNode({ data, selected }: NodeProps<ServerNode>) {
  return (
    <div className={`server-group${selected ? ' server-group--selected' : ''}`} data-testid={`server-${data.ref.serverTypeId}`} data-server-type={data.ref.serverTypeId}>
      <div className="server-group__header">
        <span className="server-group__name">{data.name}</span>
        <span className="server-group__count" title="Identical servers of this type">× {data.count.toLocaleString('en-US')}</span>
        <span className="server-group__summary">{data.summary}</span>
        <IssueBadge issues={data.issues} />
      </div>
    </div>
  );
});
