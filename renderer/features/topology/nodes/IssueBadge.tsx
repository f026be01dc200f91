import type { Issue } from '../../../../core';

/** A marker on a canvas node for the topology checks that concern it; the tooltip lists the messages. */
export function IssueBadge({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  const severity = issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning') ? 'warning' : 'info';
  const text = issues.map((i) => i.message).join('\n');
  return (
    <span className={`issue-badge issue-badge--${severity}`} title={text} aria-label={`${issues.length} ${severity === 'error' ? 'problem' : 'note'}${issues.length > 1 ? 's' : ''}: ${text}`} data-testid="issue-badge" data-severity={severity}>
      {severity === 'info' ? 'i' : '!'}
    </span>
  );
}
