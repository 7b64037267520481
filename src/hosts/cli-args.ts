// Command-line parsing: argv → command, positionals and camelCase raw
// inputs, with the flags each command accepts. Boolean flags take
// `--flag`, `--flag=true|false` or `--flag true|false`.
import { UsageError } from '../job/errors.ts';
import type { RawInputs } from '../job/options.ts';

export interface FlagSpec {
  name: string; // kebab-case, without --
  kind: 'boolean' | 'string';
  help: string;
  example?: string;
}

const F = (name: string, kind: FlagSpec['kind'], help: string, example?: string): FlagSpec => ({ name, kind, help, example });

export const FILTER_FLAGS: FlagSpec[] = [
  F('include-pattern', 'string', 'Only names (the last path segment) matching these globs, ;-separated.', '"*.html;*.css"'),
  F('exclude-pattern', 'string', 'Leave out names matching these globs.', '"*.tmp;.DS_Store"'),
  F('include-path', 'string', 'Only these relative paths (files or folders), ;-separated.', '"img;docs/index.md"'),
  F('exclude-path', 'string', 'Leave out these relative paths.', '"drafts"'),
  F('include-regex', 'string', 'Only relative paths matching these regular expressions.', '"^2026/.*\\.csv$"'),
  F('exclude-regex', 'string', 'Leave out relative paths matching these.', '"\\.bak$"'),
  F('include-after', 'string', 'Only objects modified at or after this ISO 8601 time.', '2026-01-01T00:00:00Z'),
  F('include-before', 'string', 'Only objects modified at or before this time.', '2026-06-30'),
];

const COMMON_FLAGS: FlagSpec[] = [
  F('auth', 'string', 'auto | sas | key | connection-string | workload-identity | managed-identity | azure-cli. auto: SAS in the URL, then AZCP_ACCOUNT_KEY / AZURE_STORAGE_KEY, AZCP_CONNECTION_STRING, then Entra ID.', 'azure-cli'),
  F('job-dir', 'string', 'Where job folders go (env AZCP_JOB_DIR; default ~/.azcp/jobs).', './.azcp-jobs'),
  F('output-type', 'string', 'text | json: json prints the report (or the listing) as JSON on stdout.', 'json'),
  F('log-level', 'string', 'error | warning | info | debug (what is printed; the job log keeps everything).', 'warning'),
  F('concurrency', 'string', 'Transfers in flight (env AZCP_CONCURRENCY; default 16 per core, at most 64).', '32'),
];

const TRANSFER_FLAGS: FlagSpec[] = [
  F('recursive', 'boolean', 'Include subfolders (copy: off by default; sync: on).'),
  ...FILTER_FLAGS,
  F('overwrite', 'string', 'true | false | ifSourceNewer (copy; default true).', 'ifSourceNewer'),
  F('dry-run', 'boolean', 'Print and record what would be done; change nothing.'),
  F('put-md5', 'boolean', 'Store the MD5 of every uploaded file as Content-MD5 (default true; --put-md5=false leaves it off files staged in blocks, as AzCopy does by default, so their downloads cannot be verified).'),
  F('check-md5', 'string', 'FailIfDifferent | FailIfDifferentOrMissing | LogOnly | NoCheck: verify downloads against Content-MD5 (default FailIfDifferent; a blob without one is checked range by range in transit, and counted in the summary; FailIfDifferentOrMissing fails it instead).', 'FailIfDifferentOrMissing'),
  F('block-size-mb', 'string', 'Block size for uploads and ranged downloads in MiB (default 8; grows to stay under 50,000 blocks).', '16'),
  F('access-tier', 'string', 'Hot | Cool | Cold | Archive for uploaded blobs.', 'Cool'),
  F('content-type', 'string', 'Content-Type for every uploaded blob (default: guessed from the name).', 'application/json'),
  F('no-guess-mime-type', 'boolean', 'Do not guess Content-Type from names.'),
  F('cache-control', 'string', 'Cache-Control for uploaded blobs.', '"public, max-age=3600"'),
  F('metadata', 'string', 'Metadata for uploaded blobs, k=v;k2=v2.', '"team=web;build=1234"'),
  F('shard', 'string', 'Work on shard I of N (a stable split by name), to spread one job over N machines.', '2/4'),
  F('follow-symlinks', 'boolean', 'Local source: follow links to folders as well as to files (a loop is reported and not followed). Without it a linked folder is left out, and sync deletes nothing under it.'),
  F('preserve-symlinks', 'boolean', 'Local source: upload each link as a blob holding the link target (metadata is_symlink=true) instead of what it points at.'),
  F('allow-empty-source', 'boolean', 'Accept a source with nothing in scope (otherwise the job fails and deletes nothing).'),
  ...COMMON_FLAGS,
];

const SYNC_FLAGS: FlagSpec[] = [
  F('delete-destination', 'boolean', 'Delete destination objects that are not at the source (within the filters), after all transfers succeeded.'),
  F('max-delete', 'string', 'Refuse to delete more than this many objects, or this share of the destination (default 50%).', '100 | 10%'),
  F('compare-hash', 'string', 'none | md5: compare by Content-MD5 (hashing local files) instead of modification time.', 'md5'),
  F('mirror-mode', 'boolean', 'Transfer everything, whatever the destination holds.'),
];

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  positionals: string[];
  flags: FlagSpec[];
  examples: string[];
}

export const COMMANDS: Record<string, CommandSpec> = {
  copy: {
    name: 'copy',
    usage: 'azcp copy SOURCE DESTINATION [options]',
    summary: 'Copy files to, from or between blob containers (blob → blob runs inside the service).',
    positionals: ['source', 'destination'],
    flags: TRANSFER_FLAGS,
    examples: [
      'azcp copy ./site "https://acct.blob.core.windows.net/web?SAS" --recursive',
      'azcp copy "./site/*" "https://acct.blob.core.windows.net/$web" --recursive --cache-control "max-age=60"',
      'azcp copy "https://acct.blob.core.windows.net/logs/2026?SAS" ./logs --recursive --include-pattern "*.json"',
      'azcp copy "https://a.blob.core.windows.net/c/x?SAS" "https://b.blob.core.windows.net/c/x?SAS"',
    ],
  },
  sync: {
    name: 'sync',
    usage: 'azcp sync SOURCE DESTINATION [options]',
    summary: 'Make the destination match the source: transfer what is new or changed, optionally delete what is gone.',
    positionals: ['source', 'destination'],
    flags: [...TRANSFER_FLAGS.filter((f) => f.name !== 'overwrite'), ...SYNC_FLAGS],
    examples: [
      'azcp sync ./site "https://acct.blob.core.windows.net/web?SAS" --delete-destination true --max-delete 10%',
      'azcp sync "https://acct.blob.core.windows.net/backup" ./restore --compare-hash md5 --auth azure-cli',
      'azcp sync ./data "https://acct.blob.core.windows.net/data" --dry-run',
    ],
  },
  list: {
    name: 'list',
    usage: 'azcp list CONTAINER_URL[/PREFIX] [options]',
    summary: 'List blobs: name, size, last modified, tier, MD5.',
    positionals: ['source'],
    flags: [...FILTER_FLAGS, ...COMMON_FLAGS],
    examples: ['azcp list "https://acct.blob.core.windows.net/web?SAS"', 'azcp list "https://acct.blob.core.windows.net/web/img" --output-type json'],
  },
  make: {
    name: 'make',
    usage: 'azcp make CONTAINER_URL [options]',
    summary: 'Create a container (an existing one is not an error).',
    positionals: ['source'],
    flags: COMMON_FLAGS,
    examples: ['azcp make "https://acct.blob.core.windows.net/newcontainer?SAS"'],
  },
  remove: {
    name: 'remove',
    usage: 'azcp remove URL [--recursive] [options]',
    summary: 'Delete one blob, or everything under a prefix with --recursive (filters apply).',
    positionals: ['source'],
    flags: [
      F('recursive', 'boolean', 'Remove everything under the prefix.'),
      ...FILTER_FLAGS,
      F('dry-run', 'boolean', 'Print what would be removed; remove nothing.'),
      F('max-delete', 'string', 'Refuse to remove more than this many blobs, or this share of all the blobs under the URL (before filters).', '500 | 10%'),
      ...COMMON_FLAGS,
    ],
    examples: ['azcp remove "https://acct.blob.core.windows.net/web/old.html?SAS"', 'azcp remove "https://acct.blob.core.windows.net/web/tmp?SAS" --recursive --dry-run'],
  },
};

export function camel(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function kebab(camelName: string): string {
  return camelName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Names of the CLI flags as RawInputs keys. A few differ from the CI inputs. */
const KEY_FOR_FLAG: Record<string, string> = { auth: 'authType' };

function closest(name: string, candidates: string[]): string | undefined {
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
    const key = KEY_FOR_FLAG[name] ?? camel(name);
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

export function commandHelp(spec: CommandSpec): string {
  const width = Math.max(...spec.flags.map((f) => f.name.length + (f.kind === 'string' ? 8 : 0))) + 4;
  const lines = [`Usage: ${spec.usage}`, '', spec.summary, '', 'Options:'];
  for (const f of spec.flags) {
    const left = `  --${f.name}${f.kind === 'string' ? ' VALUE' : ''}`;
    lines.push(`${left.padEnd(width + 2)} ${f.help}${f.example ? `  e.g. --${f.name} ${f.example}` : ''}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(width)} This help.`);
  lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  lines.push('', 'Exit status: 0 all done and the destination reconciled; 1 a transfer failed, reconciliation found a difference, or a guard refused; 2 bad input (nothing was transferred).');
  return lines.join('\n');
}

export function mainHelp(version: string): string {
  return [
    `azcp ${version} — move data into, out of and between Azure Storage accounts, with evidence.`,
    '',
    'Usage: azcp COMMAND [arguments] [options]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(8)} ${c.summary}`),
    `  ${'jobs'.padEnd(8)} jobs list | show JOB_ID [--with-status Failed|Skipped|Completed] | resume JOB_ID | clean`,
    '',
    'Locations: a local path (file, folder, folder/* for its contents, a wildcard in the last segment),',
    'a blob URL https://ACCOUNT.blob.core.windows.net/CONTAINER[/PATH][?SAS], or an emulator URL',
    'http://127.0.0.1:10000/devstoreaccount1/CONTAINER[/PATH].',
    '',
    'Every run is a job with a folder of evidence (report.json, transfers.jsonl, azcp.log, summary.md)',
    'under --job-dir (default ~/.azcp/jobs). Secrets are written as REDACTED.',
    '',
    'azcp COMMAND --help shows the options of a command. azcp --version prints the version.',
  ].join('\n');
}
