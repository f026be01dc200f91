import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import type { DiscardQuestion, DocumentController, DocumentProblem, RestoreOffer } from './documentController';
import './document.css';

/** A failed open, save or autosave: what did not happen and each problem with its JSON path. Dismissable. */
export function DocumentErrorBanner({ problem, onDismiss }: { problem: DocumentProblem; onDismiss: () => void }) {
  return (
    <div className="document-notice document-notice--error" role="alert" data-testid="document-error">
      <div className="document-notice__body">
        <p className="document-notice__title">{problem.title}</p>
        {problem.issues.length ? (
          <ul className="document-notice__issues">
            {problem.issues.map((issue, index) => (
              <li key={index}>
                {issue.message}
                {issue.path ? (
                  <>
                    {' '}
                    <code className="document-notice__path">{issue.path}</code>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="button" className="document-notice__button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** When a copy was made, in the user's locale: "today at 14:30", "on 5 Jan 2026 at 14:30". */
export function describeCopyTime(savedAtMs: number, nowMs: number = Date.now()): string {
  const at = new Date(savedAtMs);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const sameDay = new Date(nowMs).toDateString() === at.toDateString();
  return sameDay ? `today at ${time}` : `on ${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })} at ${time}`;
}

/** The offer to bring back a design autosaved by a session that ended without saving. */
export function RestoreBanner({ offer, onRestore, onDiscard }: { offer: RestoreOffer; onRestore: () => void; onDiscard: () => void }) {
  const textId = useId();
  return (
    <div className="document-notice document-notice--restore" role="region" aria-labelledby={textId} data-testid="restore-banner">
      <p className="document-notice__body document-notice__title" id={textId}>
        Restore the design you were editing ({offer.designName}, unsaved{offer.savedAtMs ? `, autosaved ${describeCopyTime(offer.savedAtMs)}` : ''})?
      </p>
      <button type="button" className="document-notice__button document-notice__button--primary" onClick={onRestore}>
        Restore
      </button>
      <button type="button" className="document-notice__button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}

/** Modal question before unsaved changes are thrown away; Escape or Cancel keeps them. */
export function DiscardDialog({ question, onAnswer }: { question: DiscardQuestion; onAnswer: (discard: boolean) => void }) {
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The safe answer has focus, so a stray Enter keeps the changes.
    const previous = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  return (
    <div className="document-dialog__backdrop">
      <div
        className="document-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        data-testid="discard-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onAnswer(false);
          } else if (event.key === 'Tab') {
            // Keep focus inside the modal: cycle through its buttons.
            const buttons = [...event.currentTarget.querySelectorAll('button')];
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
            const next = buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length];
            event.preventDefault();
            next?.focus();
          }
        }}
      >
        <h2 className="document-dialog__title" id={titleId}>
          Discard unsaved changes?
        </h2>
        <p id={textId}>
          {question.action} replaces “{question.designName}”, which has changes that are not saved to a file.
        </p>
        <div className="document-dialog__actions">
          <button type="button" className="document-notice__button" ref={cancelRef} onClick={() => onAnswer(false)}>
            Cancel
          </button>
          <button type="button" className="document-notice__button document-notice__button--danger" onClick={() => onAnswer(true)}>
            Discard changes
          </button>
        </div>
      </div>
    </div>
  );
}

/** Everything the document controller has to say: the error banner, the restore offer and the discard question. */
export function DocumentNotices({ commands: controller }: { commands: DocumentController }) {
  const { problem, restoreOffer, question } = useStore(controller.notices);
  return (
    <>
      <div className="document-notices">
        {restoreOffer ? <RestoreBanner offer={restoreOffer} onRestore={controller.restore} onDiscard={() => void controller.discardRestore()} /> : null}
        {problem ? <DocumentErrorBanner problem={problem} onDismiss={controller.dismissProblem} /> : null}
      </div>
      {question ? <DiscardDialog question={question} onAnswer={controller.answerQuestion} /> : null}
    </>
  );
}
