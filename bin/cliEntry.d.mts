/** The bundle and its list of inputs, relative to the repository root. */
export declare const CLI_BUNDLE_PATH: string;
export declare const CLI_INPUTS_PATH: string;

/** What `trainwright` runs: the up-to-date bundle, or the TypeScript source and why. */
export type CliEntry = { use: 'bundle'; file: string } | { use: 'source'; reason: string };

/** Whether to run the bundle (see bin/cliEntry.mjs); never throws. */
export declare function chooseCliEntry(rootDir: string): CliEntry;
