/** A small, strict argument reader: `--name value` pairs and bare words; unknown flags are errors. */
export interface ParsedArgs {
  words: string[];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], flagsWithValue: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (booleanFlags.includes(name)) {
      flags.set(name, true);
    } else if (flagsWithValue.includes(name)) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
      index += 1;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { words, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
