// Command-line parsing: argv → positionals and camelCase raw inputs (each
// flag's row key), against the flags a command accepts (commands.ts). Boolean flags take `--flag`,
// `--flag=true|false` or `--flag true|false`.
import { UsageError } from '../../contract/errors.ts';
import type { RawInputs } from '../../contract/options.ts';
import { COMMANDS, type FlagSpec } from './commands.ts';

export function closest(name: string, candidates: string[]): string | undefined {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  let best: string | undefined;
  let bestD = 4;
  for (const c of candidates) {
    const x = dist(name, c);
    if (x < bestD) {
      bestD = x;
      best = c;
    }
  }
  return best;
}

export interface ParsedArgs {
  raw: RawInputs;
  positionals: string[];
  help: boolean;
}

/** Parses the arguments after the command name against a list of flags. */
export function parseFlags(args: string[], flags: FlagSpec[], commandName: string): ParsedArgs {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const raw: RawInputs = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') {
      help = true;
      continue;
    }
    if (!a.startsWith('--') || a === '-') {
      if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) throw new UsageError(`unknown option "${a}" for ${commandName}; options are spelled --name (see azcp ${commandName} --help)`);
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) {
      // A real option of another command: say which, rather than "unknown".
      const owners = Object.values(COMMANDS).filter((c) => c.name !== commandName && c.flags.some((f) => f.name === name)).map((c) => c.name);
      if (owners.length && byName.size) throw new UsageError(`--${name} only applies to ${owners.join(' and ')}, not ${commandName} (see azcp ${commandName} --help)`);
      const hint = closest(name, [...byName.keys()]);
      throw new UsageError(`unknown option --${name} for ${commandName}${hint ? `; did you mean --${hint}?` : ''} (see azcp ${commandName} --help)`);
    }
    const key = spec.key;
    if (key in raw) throw new UsageError(`--${name} is given twice`);
    if (spec.kind === 'boolean') {
      if (eq >= 0) raw[key] = a.slice(eq + 1);
      else if (args[i + 1] !== undefined && /^(true|false)$/i.test(args[i + 1])) raw[key] = args[++i];
      else raw[key] = 'true';
    } else {
      if (eq >= 0) raw[key] = a.slice(eq + 1);
      else {
        const v = args[i + 1];
        if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`--${name} needs a value, e.g. --${name} ${spec.example ?? 'VALUE'}`);
        raw[key] = v;
        i++;
      }
    }
  }
  return { raw, positionals, help };
}
