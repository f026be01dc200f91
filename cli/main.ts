import { UsageError } from './errors';
import { evaluateCommand } from './commands/evaluate';
import { predictCommand, validateCommand } from './commands/predict';
import { importMlperfCommand } from './commands/importMlperf';
import { schemaCommand } from './commands/schema';
import { templatesCommand } from './commands/templates';
import { reportCommand } from './commands/report';
import { simulateClusterCommand } from './commands/simulateCluster';
import { sizeStorageCommand, validateStorageCommand } from './commands/storage';

const HELP = `trainwright: time-to-model, cost and bottleneck of a GPU training platform

Usage:
  trainwright evaluate DESIGN.json [--json]   summary of one design (or its full evaluation as JSON)
  trainwright evaluate --template ID --workload ID [--nodes N] [--json]
                                              evaluate N servers of a shipped template, no design file needed
  trainwright templates [--json]              the shipped server templates
  trainwright import-mlperf SYSTEM.json [--json]
                                              the template an MLPerf system description becomes, and its assumptions
  trainwright schema template                 the JSON Schema of template files
  trainwright predict CASES.json              predictions for validation cases, as a JSON array
  trainwright validate CASES.json [--json]    predictions against the cases' measurements, with error statistics
  trainwright report DESIGN.json [--out FILE.pdf]
                                              the PDF proposal of a project (every scenario) or a design, printed
                                              by Chromium (CHROMIUM_PATH or /usr/bin/chromium) from the built report page
  trainwright simulate-cluster SCENARIO.json|PROJECT.json [--json]
                                              policies side by side on a shared cluster (tenants, elastic jobs, failures)
  trainwright size-storage DESIGN.json --au PCT [--benchmark ID] [--max-gpus N] [--warm] [--json]
                                              how many GPUs the design's storage and servers keep PCT% busy, the part
                                              that gives out first, and the AU curve (--benchmark: emulated accelerators;
                                              --warm: the page cache serves what fits)
  trainwright validate-storage DATAPATH.json [--json]
                                              MLPerf Storage results predicted from their hardware descriptions
  trainwright help                            this text

Exit codes: 0 success, 2 bad input (the message names the file and the JSON path),
3 report only: no Chromium or report page on this machine.`;

/** Runs the CLI; returns the exit code. Errors the user can fix print one line, never a stack trace. */
export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`), err: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'evaluate':
        return evaluateCommand(args, out);
      case 'predict':
        return predictCommand(args, out);
      case 'validate':
        return validateCommand(args, out);
      case 'templates':
        return templatesCommand(args, out);
      case 'import-mlperf':
        return importMlperfCommand(args, out);
      case 'schema':
        return schemaCommand(args, out);
      case 'simulate-cluster':
        return simulateClusterCommand(args, out);
      case 'size-storage':
        return sizeStorageCommand(args, out);
      case 'validate-storage':
        return validateStorageCommand(args, out);
      case 'report':
        return await reportCommand(args, out, err);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"; run "trainwright help"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`trainwright: ${e.message}`);
      return 2;
    }
    // A file the user named could not be read or written (a full disk, a missing folder): their input, not a bug.
    const io = fileSystemProblem(e);
    if (io) {
      err(`trainwright: ${io}`);
      return 2;
    }
    err(`trainwright: internal error: ${(e as Error).message}`);
    return 1;
  }
}

const FILE_SYSTEM_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder', ENOSPC: 'the disk is full', EROFS: 'the file system is read-only',
  EEXIST: 'already exists', ELOOP: 'too many symbolic links', ENAMETOOLONG: 'the path is too long', EMFILE: 'too many open files',
};

/** A file-system error in the user's words (`path: reason`), or null when `e` is not one. */
function fileSystemProblem(e: unknown): string | null {
  const { code, path } = (e ?? {}) as NodeJS.ErrnoException;
  const reason = code ? FILE_SYSTEM_PROBLEMS[code] : undefined;
  return reason ? `${path ? `${path}: ` : ''}${reason}` : null;
}
