// The one table of a job's inputs: each row is one input as every host names
// it (the camelCase key, which is also the CI step input in action.yml and
// task.json; the command-line flag), how its value is written, its values,
// its defaults, whether it is a secret, and its --help line. The CLI's flag
// specs and --help, the CI input reader, the masking lists and the manifest
// check (test/contract-inputs.test.ts) all come from these rows.
//
// A leaf module: it imports nothing from src/ and reads no environment when
// it loads, so the Azure Pipelines host can use it before
// azure-pipelines-task-lib loads (and moves INPUT_* out of process.env).

// The value lists of the choice inputs live with the option types, in the
// order messages and manifests give them.
import { ACCESS_TIERS, CHECK_MD5, COMPARE_HASH, FROM_TO, JOB_COMMANDS, LOG_LEVELS, MODES, OUTPUT_TYPES, OVERWRITE, PURGE_FAILURE } from './options.ts';
export { ACCESS_TIERS, CHECK_MD5, COMPARE_HASH, FROM_TO, JOB_COMMANDS, LOG_LEVELS, MODES, OUTPUT_TYPES, OVERWRITE, PURGE_FAILURE };
/** authType as the command line spells it (parseJobOptions also takes the CI spellings). */
export const AUTH_TYPES = ['auto', 'sas', 'key', 'connection-string', 'workload-identity', 'managed-identity', 'azure-cli', 'login'] as const;
/** authType as the CI step offers it (task.json's pickList). */
export const CI_AUTH_TYPES = ['auto', 'oidc', 'sas', 'key', 'connectionString', 'managedIdentity', 'azureCli'] as const;
/** What `jobs show --with-status` picks from transfers.jsonl. */
export const TRANSFER_STATUSES = ['Failed', 'Skipped', 'Completed', 'Deleted', 'DryRun', 'Cancelled'] as const;

export type CliCommand = 'copy' | 'sync' | 'list' | 'make' | 'remove' | 'jobs' | 'login';

export interface InputRow {
  /** How a value is written. boolean: a switch (CLI `--x`, `--x=false`). list: one a line or ';'-separated. choice: one of `values`. */
  kind: 'boolean' | 'text' | 'list' | 'choice';
  values?: readonly string[];
  /** One line for --help. CI-only rows: the first sentence of action.yml's description. */
  help: string;
  /** `e.g.` in --help and in "--x needs a value, e.g. …". */
  example?: string;
  /** value: the input is a secret (masked, never in job.json). carrier: it may hold one (a SAS in a URL). */
  secret?: 'value' | 'carrier';
  /** The environment variable(s) that give the default when the input is absent (documentation; the reader is named in the row's help). */
  env?: string;
  /** On the command line. `for`: per-command help or example where they differ; example '' = none. */
  cli?: { flag: string; for?: Partial<Record<CliCommand, { help?: string; example?: string }>> };
  /** As a CI step input (action.yml and task.json: the same camelCase name as the key). */
  ci?: {
    /** Applied by the step when the input is empty (STEP_DEFAULTS). */
    stepDefault?: string;
    /** Declared in action.yml and task.json when it differs from stepDefault. Default: stepDefault ?? ''. */
    manifestDefault?: string;
    /** task.json type when it is not derived from kind (multiLine: text whose lines mean something, such as inline header rules). */
    taskType?: 'connectedService:AzureRM' | 'multiLine';
    /** task.json groupName; none: the task editor shows it at the top. */
    group?: 'auth' | 'filters' | 'blob' | 'performance' | 'evidence';
    /** pickList values when the CI spelling differs from `values`. */
    values?: readonly string[];
    /** Read by the host only. The job never sees it. */
    hostOnly?: true;
  };
}

/** Every input, in the order of the CI step inputs (action.yml, task.json); CLI-only rows where they fit, the `jobs` flags last. */
export const INPUTS = {
  mode: {
    kind: 'choice',
    values: MODES,
    help: 'What to do: copy, sync, remove, list, make (create a container) or merge (finish one job that shards ran: guards, deletions, one report).',
    ci: { stepDefault: 'copy' },
  },
  source: {
    kind: 'text',
    secret: 'carrier',
    help: 'Where from: a local path (file, folder, folder/* for its contents, or a wildcard in the last part) or a blob URL https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX].',
    ci: {},
  },
  destination: { kind: 'text', secret: 'carrier', help: 'Where to (copy and sync): a local path or a blob URL.', ci: {} },
  fromTo: {
    kind: 'choice',
    values: FROM_TO,
    help: "AzCopy's --from-to: the kinds of the two sides, LocalBlob | BlobLocal | BlobBlob | LocalFile | FileLocal | FileFile | BlobFile | FileBlob, or BlobTrash | FileTrash for remove, list and make. Needed only for a path-style URL of a file share not under AZCP_FILE_ENDPOINT; a contradiction with the URLs is refused.",
    example: 'LocalFile',
    env: 'AZCP_FILE_ENDPOINT',
    cli: { flag: 'from-to' },
    ci: {},
  },
  recursive: {
    kind: 'boolean',
    help: 'Include subfolders (copy: off by default; sync: on).',
    cli: { flag: 'recursive', for: { remove: { help: 'Remove everything under the prefix.' } } },
    ci: { stepDefault: 'true' },
  },
  includePattern: {
    kind: 'list',
    help: 'Only names (the last path segment) matching these globs, ;-separated.',
    example: '"*.html;*.css"',
    cli: { flag: 'include-pattern' },
    ci: { group: 'filters' },
  },
  excludePattern: { kind: 'list', help: 'Leave out names matching these globs.', example: '"*.tmp;.DS_Store"', cli: { flag: 'exclude-pattern' }, ci: { group: 'filters' } },
  includePath: {
    kind: 'list',
    help: 'Only these relative paths (files or folders), ;-separated.',
    example: '"img;docs/index.md"',
    cli: { flag: 'include-path' },
    ci: { group: 'filters' },
  },
  excludePath: { kind: 'list', help: 'Leave out these relative paths.', example: '"drafts"', cli: { flag: 'exclude-path' }, ci: { group: 'filters' } },
  includeRegex: {
    kind: 'list',
    help: 'Only relative paths matching these regular expressions.',
    example: '"^2026/.*\\.csv$"',
    cli: { flag: 'include-regex' },
    ci: { group: 'filters' },
  },
  excludeRegex: { kind: 'list', help: 'Leave out relative paths matching these.', example: '"\\.bak$"', cli: { flag: 'exclude-regex' }, ci: { group: 'filters' } },
  includeAfter: {
    kind: 'text',
    help: 'Only objects modified at or after this ISO 8601 time.',
    example: '2026-01-01T00:00:00Z',
    cli: { flag: 'include-after' },
    ci: { group: 'filters' },
  },
  includeBefore: { kind: 'text', help: 'Only objects modified at or before this time.', example: '2026-06-30', cli: { flag: 'include-before' }, ci: { group: 'filters' } },
  listOfFiles: {
    kind: 'text',
    help: 'Act on these relative paths only: a file with one path a line (- reads standard input). The other filters apply too.',
    example: 'files.txt',
    cli: { flag: 'list-of-files' },
    ci: { group: 'filters' },
  },
  overwrite: {
    kind: 'choice',
    values: OVERWRITE,
    help: 'true | false | ifSourceNewer (copy; default true).',
    example: 'ifSourceNewer',
    cli: {
      flag: 'overwrite',
      for: {
        sync: {
          help: 'true (default): make the destination match the source, saying when that replaces a newer destination | ifSourceNewer: AzCopy\'s rule, transfer only when the source is newer and keep (and count) a newer destination.',
        },
      },
    },
    ci: { manifestDefault: 'true' },
  },
  deleteDestination: {
    kind: 'boolean',
    help: 'Delete destination objects that are not at the source (within the filters), after all transfers succeeded.',
    cli: { flag: 'delete-destination' },
    ci: { stepDefault: 'false' },
  },
  maxDelete: {
    kind: 'text',
    help: 'Refuse to delete more than this many objects, or this share of the destination (default 50%).',
    example: '100 | 10%',
    cli: {
      flag: 'max-delete',
      for: { remove: { help: 'Refuse to remove more than this many blobs, or this share of all the blobs under the URL (before filters).', example: '500 | 10%' } },
    },
    ci: {},
  },
  allowEmptySource: {
    kind: 'boolean',
    help: 'Accept a source with nothing in scope (otherwise the job fails and deletes nothing).',
    cli: { flag: 'allow-empty-source' },
    ci: { stepDefault: 'false' },
  },
  dryRun: {
    kind: 'boolean',
    help: 'Print and record what would be done; change nothing.',
    cli: { flag: 'dry-run', for: { remove: { help: 'Print what would be removed; remove nothing.' } } },
    ci: { manifestDefault: 'false' },
  },
  compareHash: {
    kind: 'choice',
    values: COMPARE_HASH,
    help: 'none | md5: compare by Content-MD5 (hashing local files) instead of modification time.',
    example: 'md5',
    cli: { flag: 'compare-hash' },
    ci: { group: 'blob' },
  },
  mirrorMode: { kind: 'boolean', help: 'Transfer everything, whatever the destination holds.', cli: { flag: 'mirror-mode' } },
  putMd5: {
    kind: 'boolean',
    help: 'Store the MD5 of every uploaded file as Content-MD5 (default true; --put-md5=false leaves it off files staged in blocks, as AzCopy does by default, so their downloads cannot be verified).',
    cli: { flag: 'put-md5' },
    ci: { stepDefault: 'true', group: 'blob' },
  },
  checkMd5: {
    kind: 'choice',
    values: CHECK_MD5,
    help: 'FailIfDifferent | FailIfDifferentOrMissing | LogOnly | NoCheck: verify downloads against Content-MD5 (default FailIfDifferent; a blob without one is checked range by range in transit, and counted in the summary; FailIfDifferentOrMissing fails it instead).',
    example: 'FailIfDifferentOrMissing',
    cli: { flag: 'check-md5' },
    ci: { manifestDefault: 'FailIfDifferent', group: 'blob' },
  },
  blockSizeMb: {
    kind: 'text',
    help: 'Block size for uploads and ranged downloads in MiB (default 8; grows to stay under 50,000 blocks).',
    example: '16',
    cli: { flag: 'block-size-mb' },
    ci: { group: 'performance' },
  },
  concurrency: {
    kind: 'text',
    help: 'Transfers in flight (env AZCP_CONCURRENCY; default 16 per core, at most 64).',
    example: '32',
    env: 'AZCP_CONCURRENCY',
    cli: { flag: 'concurrency' },
    ci: { group: 'performance' },
  },
  accessTier: {
    kind: 'choice',
    values: ACCESS_TIERS,
    help: 'Hot | Cool | Cold | Archive for uploaded blobs.',
    example: 'Cool',
    cli: { flag: 'access-tier' },
    ci: { group: 'blob' },
  },
  contentType: {
    kind: 'text',
    help: 'Content-Type for every uploaded blob (default: guessed from the name).',
    example: 'application/json',
    cli: { flag: 'content-type' },
    ci: { group: 'blob' },
  },
  noGuessMimeType: { kind: 'boolean', help: 'Do not guess Content-Type from names.', cli: { flag: 'no-guess-mime-type' } },
  cacheControl: { kind: 'text', help: 'Cache-Control for uploaded blobs.', example: '"public, max-age=3600"', cli: { flag: 'cache-control' }, ci: { group: 'blob' } },
  metadata: { kind: 'list', help: 'Metadata for uploaded blobs, k=v;k2=v2.', example: '"team=web;build=1234"', cli: { flag: 'metadata' }, ci: { group: 'blob' } },
  // Static-site deploys (issue 13): per-path headers, safe order, CDN purge.
  headerRules: {
    kind: 'text',
    help: 'Header rules: a file, or the rules inline, one a line: GLOB  Header-Name: value (Cache-Control, Content-Type, Content-Encoding, Content-Language, Content-Disposition, x-ms-meta-NAME); the last matching line wins, # starts a comment.',
    example: './site.rules',
    cli: { flag: 'header-rules' },
    ci: { group: 'blob', taskType: 'multiLine' },
  },
  contentEncoding: { kind: 'text', help: 'Content-Encoding for uploaded blobs (a default under --header-rules).', example: 'gzip', cli: { flag: 'content-encoding' } },
  contentDisposition: { kind: 'text', help: 'Content-Disposition for uploaded blobs.', example: '"attachment"', cli: { flag: 'content-disposition' } },
  contentLanguage: { kind: 'text', help: 'Content-Language for uploaded blobs.', example: 'en-GB', cli: { flag: 'content-language' } },
  blobTags: {
    kind: 'text',
    help: "Blob index tags for written blobs, k=v&k2=v2 (at most 10; letters, digits, space and + - . / : = _).",
    example: '"team=web&release=42"',
    cli: { flag: 'blob-tags' },
  },
  s2sPreserveProperties: {
    kind: 'boolean',
    help: 'Blob → blob: keep the source blob\'s headers, metadata and tags (default true; header flags and rules still win).',
    cli: { flag: 's2s-preserve-properties' },
  },
  s2sPreserveAccessTier: {
    kind: 'boolean',
    help: "Blob → blob: give each copy its source's access tier (default false: the destination account's default, or --access-tier).",
    cli: { flag: 's2s-preserve-access-tier' },
  },
  uploadLast: {
    kind: 'list',
    help: 'Globs of files written only after every other transfer succeeded (default **/*.html when the destination container is $web); deletions come after them.',
    example: '"**/*.html;sw.js"',
    cli: { flag: 'upload-last' },
    ci: { group: 'blob' },
  },
  purgeCdn: {
    kind: 'list',
    help: 'After the job: purge what it wrote or deleted from these Azure Front Door (Standard/Premium) or Azure CDN endpoints, by ARM resource id.',
    example: '/subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Cdn/profiles/P/afdEndpoints/E',
    cli: { flag: 'purge-cdn' },
    ci: { group: 'blob' },
  },
  purgeWait: { kind: 'boolean', help: 'Wait until the purge has finished (default true).', cli: { flag: 'purge-wait' }, ci: { manifestDefault: 'true', group: 'blob' } },
  purgeMaxPaths: {
    kind: 'text',
    help: 'Purge everything (/*) instead when more than this many paths changed (default 100).',
    example: '500',
    cli: { flag: 'purge-max-paths' },
    ci: { group: 'blob' },
  },
  purgeFailure: {
    kind: 'choice',
    values: PURGE_FAILURE,
    help: 'fail | warn: whether a failed purge fails the job (default fail; the files are live either way).',
    example: 'warn',
    cli: { flag: 'purge-failure' },
    ci: { manifestDefault: 'fail', group: 'blob' },
  },
  shard: {
    kind: 'text',
    help: 'Run shard I of N of one job spread over N machines (a stable split by name); its deletions wait for the merge (azcp jobs merge). auto: I and N from Azure Pipelines parallel jobs, a Kubernetes Indexed Job (with AZCP_SHARD_COUNT) or AZCP_SHARD.',
    example: '2/4 | auto',
    env: 'AZCP_SHARD, SYSTEM_JOBPOSITIONINPHASE, SYSTEM_TOTALJOBSINPHASE, JOB_COMPLETION_INDEX, AZCP_SHARD_COUNT',
    cli: { flag: 'shard' },
    ci: { group: 'performance' },
  },
  shardsFrom: {
    kind: 'list',
    help: 'merge: the folder that holds the shards\' job folders (downloaded artifacts), or the folders themselves.',
    ci: { group: 'performance' },
  },
  followSymlinks: {
    kind: 'boolean',
    help: 'Local source: follow links to folders as well as to files (a loop is reported and not followed). Without it a linked folder is left out, and sync deletes nothing under it.',
    cli: { flag: 'follow-symlinks' },
  },
  preserveSymlinks: {
    kind: 'boolean',
    help: 'Local source: upload each link as a blob holding the link target (metadata is_symlink=true) instead of what it points at.',
    cli: { flag: 'preserve-symlinks' },
  },
  authType: {
    kind: 'choice',
    values: AUTH_TYPES,
    help: 'auto | sas | key | connection-string | workload-identity | managed-identity | azure-cli | login. auto: SAS in the URL, then AZCP_ACCOUNT_KEY / AZURE_STORAGE_KEY, AZCP_CONNECTION_STRING, then the azcp login session, then Entra ID. login: the session azcp login saved.',
    example: 'azure-cli',
    cli: { flag: 'auth' },
    ci: { stepDefault: 'auto', group: 'auth', values: CI_AUTH_TYPES },
  },
  clientId: {
    kind: 'text',
    help: 'oidc: the client (application) id of the Entra app or user-assigned managed identity with the federated credential.',
    env: 'AZURE_CLIENT_ID',
    ci: { group: 'auth' },
  },
  tenantId: {
    kind: 'text',
    help: 'oidc: the Entra tenant (directory) id.',
    env: 'AZURE_TENANT_ID',
    cli: { flag: 'tenant-id', for: { login: { help: 'The Entra tenant (directory) id or domain (default: organizations; env AZURE_TENANT_ID).', example: 'contoso.onmicrosoft.com' } } },
    ci: { group: 'auth' },
  },
  audience: {
    kind: 'text',
    help: 'oidc: the audience of the GitHub ID token; must match the federated credential.',
    ci: { stepDefault: 'api://AzureADTokenExchange', group: 'auth' },
  },
  sasToken: { kind: 'text', secret: 'value', help: 'A SAS token (pass it from a secret).', env: 'AZCP_SAS_TOKEN, AZURE_STORAGE_SAS_TOKEN', ci: { group: 'auth' } },
  accountKey: {
    kind: 'text',
    secret: 'value',
    help: 'The storage account key (pass it from a secret).',
    env: 'AZCP_ACCOUNT_KEY, AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY',
    ci: { group: 'auth' },
  },
  connectionString: {
    kind: 'text',
    secret: 'value',
    help: 'A storage connection string (pass it from a secret).',
    env: 'AZCP_CONNECTION_STRING, AZURE_STORAGE_CONNECTION_STRING',
    ci: { group: 'auth' },
  },
  azureSubscription: {
    kind: 'text',
    help: 'Azure Pipelines only (the service connection); not used on GitHub.',
    ci: { taskType: 'connectedService:AzureRM', hostOnly: true },
  },
  artifactName: { kind: 'text', help: 'Name of the artifact that holds the job folder (default: azcp-JOB_ID).', ci: { group: 'evidence', hostOnly: true } },
  uploadArtifact: {
    kind: 'boolean',
    help: 'Upload the job folder (report.json, transfers.jsonl, azcp.log, summary.md) as a workflow artifact.',
    ci: { stepDefault: 'true', group: 'evidence', hostOnly: true },
  },
  artifactRetentionDays: {
    kind: 'text',
    help: "Days to keep the artifact (1 or more; capped at the repository's maximum).",
    example: '14',
    ci: { group: 'evidence', hostOnly: true },
  },
  summary: { kind: 'boolean', help: "Add the job summary to the workflow run's summary page.", ci: { stepDefault: 'true', group: 'evidence', hostOnly: true } },
  failOnMismatch: {
    kind: 'boolean',
    help: 'Fail the step when the destination does not match the source after the transfer; when false, only warn.',
    ci: { stepDefault: 'true', group: 'evidence' },
  },
  jobDir: {
    kind: 'text',
    help: 'Where job folders go (env AZCP_JOB_DIR; default ~/.azcp/jobs).',
    example: './.azcp-jobs',
    env: 'AZCP_JOB_DIR',
    cli: { flag: 'job-dir', for: { jobs: { help: 'Where job folders are (env AZCP_JOB_DIR).', example: '' } } },
  },
  outputType: {
    kind: 'choice',
    values: OUTPUT_TYPES,
    help: "text | json: json prints AzCopy's JSON lines on stdout (TimeStamp, MessageType, MessageContent), nothing else; EndOfJob carries the report.",
    example: 'json',
    cli: { flag: 'output-type', for: { jobs: { help: 'text | json (jobs list and show: plain JSON; resume: JSON lines).', example: '' } } },
  },
  logLevel: {
    kind: 'choice',
    values: LOG_LEVELS,
    help: 'error | warning | info | debug (what is printed; the job log keeps everything).',
    example: 'warning',
    cli: { flag: 'log-level' },
  },
  withStatus: {
    kind: 'choice',
    values: TRANSFER_STATUSES,
    help: 'show: only transfers with this status (Failed, Skipped, Completed, Deleted, DryRun, Cancelled).',
    cli: { flag: 'with-status' },
  },
  sourceSas: {
    kind: 'text',
    secret: 'value',
    help: 'resume: the SAS for the source URL (SAS tokens are never stored in the job folder).',
    cli: { flag: 'source-sas' },
  },
  destinationSas: { kind: 'text', secret: 'value', help: 'resume: the SAS for the destination URL.', cli: { flag: 'destination-sas' } },
  olderThanDays: { kind: 'text', help: 'clean: only jobs that ended at least this many days ago.', cli: { flag: 'older-than-days' } },
  // azcp login: how to sign in once for later commands (AzCopy's flag names).
  servicePrincipal: { kind: 'boolean', help: 'Sign in as a service principal: --application-id and a secret in AZCP_CLIENT_SECRET, or --certificate-path.', cli: { flag: 'service-principal' } },
  applicationId: { kind: 'text', help: 'The application (client) id of the service principal.', example: '00000000-0000-0000-0000-000000000000', cli: { flag: 'application-id' } },
  certificatePath: { kind: 'text', help: 'A PEM file with the service principal\'s certificate and private key.', example: './sp.pem', cli: { flag: 'certificate-path' } },
  identity: { kind: 'boolean', help: 'Sign in with the managed identity of this machine.', cli: { flag: 'identity' } },
  identityClientId: { kind: 'text', help: 'A user-assigned managed identity, by client id.', cli: { flag: 'identity-client-id' } },
  identityResourceId: { kind: 'text', help: 'A user-assigned managed identity, by resource id.', cli: { flag: 'identity-resource-id' } },
  federatedTokenFile: { kind: 'text', help: 'Workload identity: a file holding the federated token (with --application-id and --tenant-id).', example: '/var/run/secrets/azure/tokens/azure-identity-token', cli: { flag: 'federated-token-file' } },
  azureCli: { kind: 'boolean', help: 'Use the Azure CLI\'s sign-in (az login) for later commands.', cli: { flag: 'azure-cli' } },
  authorityHost: { kind: 'text', help: 'The Entra authority (sovereign clouds; env AZURE_AUTHORITY_HOST).', example: 'https://login.microsoftonline.us', env: 'AZURE_AUTHORITY_HOST', cli: { flag: 'authority-host' } },
} as const satisfies Record<string, InputRow>;

export type InputKey = keyof typeof INPUTS;
const ROWS: Record<InputKey, InputRow> = INPUTS;
export const INPUT_KEYS = Object.keys(INPUTS) as InputKey[];
/** One row, read as the general row type (the table itself keeps its literal types). */
export const inputRow = (key: InputKey): InputRow => ROWS[key];

/** Every step input, by the camelCase name in INTERFACE.md (action.yml and task.json use the same), in table order. */
export type StepInput = { [K in InputKey]: (typeof INPUTS)[K] extends { ci: object } ? K : never }[InputKey];
export const STEP_INPUTS = INPUT_KEYS.filter((k) => ROWS[k].ci) as StepInput[];
const ci = (k: StepInput) => ROWS[k].ci!;

/** Defaults the step applies to an empty input (the same in action.yml and task.json). Others stay empty, meaning the job's default. */
export const STEP_DEFAULTS: Partial<Record<StepInput, string>> = Object.fromEntries(
  STEP_INPUTS.flatMap((k) => (ci(k).stepDefault === undefined ? [] : [[k, ci(k).stepDefault!]])),
);
/** Inputs that only the host uses; the job never sees them. */
export const HOST_ONLY: ReadonlySet<StepInput> = new Set(STEP_INPUTS.filter((k) => ci(k).hostOnly));
/** Inputs whose values are secrets: masked by CI hosts, kept out of job.json, and redacted everywhere else. */
export const SECRET_INPUTS = STEP_INPUTS.filter((k) => ROWS[k].secret === 'value');
/** Inputs that may carry a secret: source and destination (a SAS written into the URL). */
export const SECRET_CARRIERS = STEP_INPUTS.filter((k) => ROWS[k].secret === 'carrier');
/** What a CI host reads before anything else, and masks: the secret inputs, then the carriers. */
export const SECRET_BEARING_INPUTS = [...SECRET_INPUTS, ...SECRET_CARRIERS];

/** The default action.yml and task.json declare. */
export const manifestDefault = (k: StepInput): string => ci(k).manifestDefault ?? ci(k).stepDefault ?? '';
/** The task.json input type. */
export const taskType = (k: StepInput): string =>
  ci(k).taskType ?? ({ boolean: 'boolean', choice: 'pickList', list: 'multiLine', text: 'string' } as const)[ROWS[k].kind];
/** task.json's pickList option keys. */
export const ciValues = (k: StepInput): readonly string[] | undefined => ci(k).values ?? ROWS[k].values;

export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** How the command line spells an input in messages: --include-pattern, --auth (authType), --fail-on-mismatch. */
export const flagOf = (key: string): string => `--${(ROWS as Record<string, InputRow | undefined>)[key]?.cli?.flag ?? kebab(key)}`;
