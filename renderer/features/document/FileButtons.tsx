import type { DocumentController, FileCommand } from './documentController';
import { isMacPlatform, shortcutLabel } from './fileShortcuts';
import './document.css';

const BUTTONS: ReadonlyArray<{ command: FileCommand; label: string; does: string }> = [
  { command: 'file.new', label: 'New', does: 'Start a new design from the example' },
  { command: 'file.open', label: 'Open', does: 'Open a design file' },
  { command: 'file.save', label: 'Save', does: 'Save the design' },
  { command: 'file.saveAs', label: 'Save As', does: 'Save the design to a new file' },
];

/** The top bar's file buttons (New, Open, Save, Save As); each tooltip names its shortcut. */
export function FileButtons({ commands }: { commands: DocumentController }) {
  const isMac = isMacPlatform();
  return (
    <div className="file-buttons" role="group" aria-label="File">
      {BUTTONS.map(({ command, label, does }) => (
        <button
          key={command}
          type="button"
          className="file-buttons__button"
          title={`${does} (${shortcutLabel(command, isMac)})`}
          aria-keyshortcuts={shortcutLabel(command, false).replace('Ctrl', isMac ? 'Meta' : 'Control')}
          onClick={() => void commands.run(command)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
