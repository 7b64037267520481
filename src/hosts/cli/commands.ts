// What each command takes: its positionals, its flags (built from the rows
// of contract/inputs.ts, in each command's own help order) and its usage
// lines. Parsing (args.ts) and --help (help.ts) read these; this module
// imports neither.
import { inputRow, type CliCommand, type InputKey } from '../../contract/inputs.ts';

export interface FlagSpec {
  /** The input this flag sets (a row of contract/inputs.ts). */
  key: InputKey;
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

/** The flags of `command` for these inputs, with that command's help and example where its row has its own. */
export function flagSpecs(keys: readonly InputKey[], command: CliCommand): FlagSpec[] {
  return keys.map((key) => {
    const row = inputRow(key);
    if (!row.cli) throw new Error(`${key} has no command-line flag`);
    const own = row.cli.for?.[command];
    const example = own?.example !== undefined ? own.example || undefined : row.example;
    return { key, name: row.cli.flag, kind: row.kind === 'boolean' ? 'boolean' : 'string', help: own?.help ?? row.help, example };
  });
}

// The help order of each command: no single order fits all (sync lists
// --max-delete after --concurrency, remove before it).
const FILTERS: InputKey[] = ['includePattern', 'excludePattern', 'includePath', 'excludePath', 'includeRegex', 'excludeRegex', 'includeAfter', 'includeBefore'];
/** Filters of the two-sided commands only. */
const TRANSFER_FILTERS: InputKey[] = [...FILTERS, 'listOfFiles'];
const COMMON: InputKey[] = ['authType', 'jobDir', 'outputType', 'logLevel', 'concurrency'];
const TRANSFER: InputKey[] = [
  'fromTo',
  'recursive',
  ...TRANSFER_FILTERS,
  'overwrite',
  'dryRun',
  'putMd5',
  'checkMd5',
  'blockSizeMb',
  'accessTier',
  'contentType',
  'noGuessMimeType',
  'cacheControl',
  'metadata',
  'headerRules',
  'contentEncoding',
  'contentDisposition',
  'contentLanguage',
  'blobTags',
  's2sPreserveProperties',
  's2sPreserveAccessTier',
  'uploadLast',
  'purgeCdn',
  'purgeWait',
  'purgeMaxPaths',
  'purgeFailure',
  'shard',
  'followSymlinks',
  'preserveSymlinks',
  'allowEmptySource',
  ...COMMON,
];
const SYNC_ONLY: InputKey[] = ['deleteDestination', 'maxDelete', 'compareHash', 'mirrorMode'];

/** The inputs each command takes on the command line, in its --help order. */
export const COMMAND_INPUTS: Record<CliCommand, readonly InputKey[]> = {
  copy: TRANSFER,
  sync: [...TRANSFER, ...SYNC_ONLY],
  list: ['fromTo', ...FILTERS, ...COMMON],
  make: ['fromTo', ...COMMON],
  remove: ['fromTo', 'recursive', ...FILTERS, 'dryRun', 'maxDelete', ...COMMON],
  jobs: ['jobDir', 'withStatus', 'sourceSas', 'destinationSas', 'olderThanDays', 'outputType', 'authType', 'logLevel'],
  login: ['tenantId', 'authorityHost', 'servicePrincipal', 'applicationId', 'certificatePath', 'identity', 'identityClientId', 'identityResourceId', 'federatedTokenFile', 'azureCli', 'outputType'],
};

export const COMMANDS: Record<string, CommandSpec> = {
  copy: {
    name: 'copy',
    usage: 'azcp copy SOURCE DESTINATION [options]',
    summary: 'Copy files to, from or between blob containers (blob → blob runs inside the service).',
    positionals: ['source', 'destination'],
    flags: flagSpecs(COMMAND_INPUTS.copy, 'copy'),
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
    flags: flagSpecs(COMMAND_INPUTS.sync, 'sync'),
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
    flags: flagSpecs(COMMAND_INPUTS.list, 'list'),
    examples: ['azcp list "https://acct.blob.core.windows.net/web?SAS"', 'azcp list "https://acct.blob.core.windows.net/web/img" --output-type json'],
  },
  make: {
    name: 'make',
    usage: 'azcp make CONTAINER_URL [options]',
    summary: 'Create a container (an existing one is not an error).',
    positionals: ['source'],
    flags: flagSpecs(COMMAND_INPUTS.make, 'make'),
    examples: ['azcp make "https://acct.blob.core.windows.net/newcontainer?SAS"'],
  },
  remove: {
    name: 'remove',
    usage: 'azcp remove URL [--recursive] [options]',
    summary: 'Delete one blob, or everything under a prefix with --recursive (filters apply).',
    positionals: ['source'],
    flags: flagSpecs(COMMAND_INPUTS.remove, 'remove'),
    examples: ['azcp remove "https://acct.blob.core.windows.net/web/old.html?SAS"', 'azcp remove "https://acct.blob.core.windows.net/web/tmp?SAS" --recursive --dry-run'],
  },
};

/** The options of `azcp jobs` (every subcommand takes the same list). */
export const JOBS_FLAGS: FlagSpec[] = flagSpecs(COMMAND_INPUTS.jobs, 'jobs');

/** The options of `azcp login` (status and logout take none but --output-type). */
export const LOGIN_FLAGS: FlagSpec[] = flagSpecs(COMMAND_INPUTS.login, 'login');

/**
 * The commands that are not jobs, as completion and the overview list them:
 * their words after the command (subcommands or fixed arguments) and flags.
 */
export interface ToolCommand {
  name: string;
  summary: string;
  /** Words that may follow the command: subcommands, or a fixed choice (completion's shells). */
  words: string[];
  flags: FlagSpec[];
}

export const TOOL_COMMANDS: ToolCommand[] = [
  { name: 'jobs', summary: 'jobs list | show JOB_ID | resume JOB_ID | merge FOLDER... | clean: the job folders.', words: ['list', 'show', 'resume', 'merge', 'clean'], flags: JOBS_FLAGS },
  { name: 'login', summary: 'Sign in once for later commands (device code by default); login status shows who.', words: ['status'], flags: LOGIN_FLAGS },
  { name: 'logout', summary: 'Forget the saved sign-in (the session and its cached tokens).', words: [], flags: [] },
  { name: 'env', summary: 'Every AZCP_* variable with its value or default (secrets: set or unset).', words: [], flags: [] },
  { name: 'completion', summary: 'Print a shell completion script: azcp completion bash|zsh|fish.', words: ['bash', 'zsh', 'fish'], flags: [] },
];
