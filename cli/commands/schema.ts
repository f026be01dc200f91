import { templateJsonSchemaText } from '../../core';
import { UsageError } from '../errors';

/** `trainwright schema template`: prints the JSON Schema of template files. */
export function schemaCommand(args: string[], out: (s: string) => void): number {
  if (args.length !== 1 || args[0] !== 'template') throw new UsageError('usage: trainwright schema template');
  out(templateJsonSchemaText().trimEnd());
  return 0;
}
