export { COMMANDS, COMMAND_IDS } from './commands';
export { bindShortcuts, createCommandCenter, shortcutsOf, type CommandCenter } from './center';
export { comboAria, comboLabel, isEditable, isMacPlatform } from './keys';
export { CommandsProvider, useCommandCenter, useCommands, useProvideService } from './react';
export type { CanvasActions, Command, CommandContext, CommandId, CommandServices, HelpActions, Shortcut } from './types';
