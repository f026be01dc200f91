import { useEffect, useState } from 'react';
import type { Issue } from '../../../core';
import { useAppStore } from '../../store/AppStoreProvider';
import type { SelectionItem } from '../../store/selectionSlice';
import { Panel } from '../shell/Panel';
import { TextField } from '../run/TextField';
import { Section } from './Section';
import { SelectionInspector } from './SelectionInspector';
import { SIDE_TABS, type SideTab } from './sideTabs';
import './inspector.css';

const NO_ISSUES: Issue[] = [];

function issueTarget(issue: Issue): SelectionItem | undefined {
  if (issue.serverTypeId && issue.componentId) return { type: 'component', serverTypeId: issue.serverTypeId, componentId: issue.componentId };
  if (issue.serverTypeId) return { type: 'server', serverTypeId: issue.serverTypeId };
  return undefined;
}

/** With nothing selected: the design's name and every check message, each a link to its part. */
function DesignOverview() {
  const name = useAppStore((s) => s.project.design.name);
  const issues = useAppStore((s) => s.evaluation?.issues ?? NO_ISSUES);
  const updateDesign = useAppStore((s) => s.updateDesign);
  const setSelection = useAppStore((s) => s.setSelection);
  const shown = issues.filter((i) => i.severity !== 'info' || i.componentId);
  return (
    <>
      <Section title="Design">
        <TextField label="Design name" value={name} onCommit={(v) => updateDesign((d) => void (d.name = v))} testId="inspector-design-name" />
        <p className="inspector__note">Select a part, link or server on the canvas to edit it.</p>
      </Section>
      <Section title={`Checks (${shown.length})`}>
        {shown.length === 0 ? (
          <p className="inspector__empty">No problems found in the topology.</p>
        ) : (
          <ul className="inspector__issues" data-testid="design-issues">
            {shown.map((i) => {
              const target = issueTarget(i);
              return (
                <li key={`${i.code}:${i.message}`} className={`inspector__issue inspector__issue--${i.severity}`}>
                  {target ? (
                    <button type="button" className="link-button" onClick={() => setSelection([target])}>
                      {i.message}
                    </button>
                  ) : (
                    i.message
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </>
  );
}

/** The right region: tabs for the selection, the run settings and the economics. */
export function InspectorPanel() {
  const selection = useAppStore((s) => s.selection);
  const [tab, setTab] = useState<SideTab>('selection');
  // Selecting something on the canvas brings its properties forward.
  useEffect(() => {
    if (selection.length > 0) setTab('selection');
  }, [selection]);
  const current = SIDE_TABS.find((t) => t.id === tab)!;

  return (
    <Panel title="Inspector" area="inspector" resizable={{ region: 'inspector', edge: 'left' }}>
      <div className="side-tabs" role="tablist" aria-label="Inspector sections">
        {SIDE_TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="side-tabpanel"
            data-testid={`side-tab-${t.id}`}
            className="side-tabs__tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="side-tabpanel" role="tabpanel" id="side-tabpanel" aria-labelledby={`side-tab-${tab}`}>
        {tab === 'selection' ? selection.length === 0 ? <DesignOverview /> : <SelectionInspector selection={selection} /> : <current.Content />}
      </div>
    </Panel>
  );
}
