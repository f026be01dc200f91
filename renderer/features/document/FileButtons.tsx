import { comboAria, comboLabel, COMMANDS, isMacPlatform, shortcutsOf, useCommands } from '../../commands';
import type { DocumentController, FileCommand } from './documentController';
import './document.css';

const BUTTONS: ReadonlyArray<{ command: FileCommand; does: string }> = [
  { command: 'file.new', does: 'Start a new design from the example' },
  { command: 'file.open', does: 'Open a design file' },
  { command: 'file.save', does: 'Save the design' },
  { command: 'file.saveAs', does: 'Save the design to a new file' },
];

/** The top bar's file buttons (New, Open, Save, Save As): they run the file commands; each tooltip names its shortcut. */
export function FileButtons({ commands }: { commands: DocumentController }) {
  const center = useCommands();
  const isMac = isMacPlatform();
  return (
    <div className="file-buttons" role="group" aria-label="File">
      {BUTTONS.map(({ command, does }) => {
        const keys = shortcutsOf(command)[0]!.keys;
        return (
          <button
            key={command}
            type="button"
            className="file-buttons__button"
            title={`${does} (${comboLabel(keys, isMac)})`}
            aria-keyshortcuts={comboAria(keys, isMac)}
            // Through the command center when the window has one (it runs this same controller).
            onClick={() => void (center ? center.run(command) : commands.run(command))}
          >
            {COMMANDS[command].label.replace('…', '')}
          </button>
        );
      })}
    </div>
  );
}
