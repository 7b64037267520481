// What each command takes: its positionals, its flags (with their help and
// an example) and its usage lines. Parsing (args.ts) and --help (help.ts)
// read these; this module imports neither.
export interface FlagSpec {
  name: string; // kebab-case, without --
  kind: 'boolean' | 'string';
  help: string;
  example?: string;
}

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  positionals: string[];
  flags: FlagSpec[];
  examples: string[];
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

/** The options of `azcp jobs` (every subcommand takes the same list). */
export const JOBS_FLAGS: FlagSpec[] = [
  { name: 'job-dir', kind: 'string', help: 'Where job folders are (env AZCP_JOB_DIR).' },
  { name: 'with-status', kind: 'string', help: 'show: only transfers with this status (Failed, Skipped, Completed, Deleted, DryRun, Cancelled).' },
  { name: 'source-sas', kind: 'string', help: 'resume: the SAS for the source URL (SAS tokens are never stored in the job folder).' },
  { name: 'destination-sas', kind: 'string', help: 'resume: the SAS for the destination URL.' },
  { name: 'older-than-days', kind: 'string', help: 'clean: only jobs that ended at least this many days ago.' },
  { name: 'output-type', kind: 'string', help: 'text | json.' },
];
