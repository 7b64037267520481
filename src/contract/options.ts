// What a job is asked to do, as every layer reads it: the value lists of the
// options (each gives its union type, so a list and its type never drift
// apart), the filter and auth inputs, and the validated JobOptions that
// job/options.ts parseJobOptions builds from raw inputs.
import type { Location } from './location.ts';
import type { HeaderRules, ObjectHeaders } from './headers.ts';

/** In the order messages list them ("must be one of …"). */
export const JOB_COMMANDS = ['copy', 'sync', 'remove', 'list', 'make'] as const;
/** The CI step's modes: the commands, and merge (finish a job that shards ran: azcp jobs merge). */
export const MODES = [...JOB_COMMANDS, 'merge'] as const;
export const OVERWRITE = ['true', 'false', 'ifSourceNewer'] as const;
export const COMPARE_HASH = ['none', 'md5'] as const;
export const CHECK_MD5 = ['FailIfDifferent', 'FailIfDifferentOrMissing', 'LogOnly', 'NoCheck'] as const;
export const ACCESS_TIERS = ['Hot', 'Cool', 'Cold', 'Archive'] as const;
export const OUTPUT_TYPES = ['text', 'json'] as const;
export const LOG_LEVELS = ['error', 'warning', 'info', 'debug'] as const;
export const PURGE_FAILURE = ['fail', 'warn'] as const;
/** AzCopy's --from-to values: the kinds of the two sides (Trash: the target of remove, list or make). */
export const FROM_TO = ['LocalBlob', 'BlobLocal', 'BlobBlob', 'LocalFile', 'FileLocal', 'FileFile', 'BlobFile', 'FileBlob', 'BlobTrash', 'FileTrash'] as const;

export type Command = (typeof JOB_COMMANDS)[number];
export type Overwrite = (typeof OVERWRITE)[number];
export type CompareHash = (typeof COMPARE_HASH)[number];
export type CheckMd5 = (typeof CHECK_MD5)[number];
export type AccessTier = (typeof ACCESS_TIERS)[number];
export type OutputType = (typeof OUTPUT_TYPES)[number];
export type LogLevel = (typeof LOG_LEVELS)[number];
export type PurgeFailure = (typeof PURGE_FAILURE)[number];
export type FromTo = (typeof FROM_TO)[number];
export type AuthKind = 'auto' | 'sas' | 'key' | 'connection-string' | 'workload-identity' | 'managed-identity' | 'azure-cli' | 'oidc' | 'login';

export interface FilterOptions {
  includePattern: string[];
  excludePattern: string[];
  includePath: string[];
  excludePath: string[];
  includeRegex: string[];
  excludeRegex: string[];
  /** ms since epoch; entries modified at or after this time */
  includeAfter?: number;
  /** ms since epoch; entries modified at or before this time */
  includeBefore?: number;
}

export interface MaxDelete {
  /** Absolute number of deletions allowed, or a percentage of the destination's object count. */
  count?: number;
  percent?: number;
}

export interface AuthInputs {
  kind: AuthKind;
  clientId?: string;
  tenantId?: string;
  audience?: string;
  sasToken?: string;
  accountKey?: string;
  connectionString?: string;
}

export interface JobOptions {
  command: Command;
  /** copy/sync: where from. remove/list/make: the target. */
  source: Location;
  /** copy/sync only. */
  destination?: Location;
  /** --from-to as given: it decided which backend a path-style URL belongs to. */
  fromTo?: FromTo;
  recursive: boolean;
  filters: FilterOptions;
  overwrite: Overwrite;
  dryRun: boolean;
  deleteDestination: boolean;
  /** Undefined when not given: sync then allows 50%, remove no limit. */
  maxDelete?: MaxDelete;
  allowEmptySource: boolean;
  compareHash: CompareHash;
  mirrorMode: boolean;
  /** Local sources: walk into linked folders too (loops are refused). */
  followSymlinks: boolean;
  /** Local sources: a link travels as a blob holding its target (metadata is_symlink=true). */
  preserveSymlinks: boolean;
  putMd5: boolean;
  checkMd5: CheckMd5;
  /** Block size in bytes for staged uploads and ranged downloads; undefined = automatic. */
  blockSize?: number;
  concurrency: number;
  accessTier?: AccessTier;
  contentType?: string;
  guessMimeType: boolean;
  cacheControl?: string;
  metadata: Record<string, string>;
  /** --content-encoding, --content-disposition, --content-language (Content-Type and Cache-Control have their own fields). */
  headers: Pick<ObjectHeaders, 'contentEncoding' | 'contentDisposition' | 'contentLanguage'>;
  /** --header-rules / headerRules, parsed and checked. */
  headerRules?: HeaderRules;
  /** --blob-tags, checked against the service's rules. */
  blobTags?: Record<string, string>;
  /** Blob → blob: keep the source's headers, metadata and tags (default true). */
  s2sPreserveProperties: boolean;
  /** Blob → blob: keep the source's access tier (default false). */
  s2sPreserveAccessTier: boolean;
  /** Globs of names written after everything else succeeded; undefined: the default for the destination ($web: **\/*.html). */
  uploadLast?: string[];
  /** After the job: CDN endpoints (ARM ids) to purge what it changed from. */
  purge?: { endpoints: string[]; wait: boolean; maxPaths: number; failure: PurgeFailure };
  /** This run is shard `index` of `count` of one job (--shard I/N | auto): deletions are deferred to the merge. */
  shard?: { index: number; count: number };
  /** azcp jobs merge (CI mode merge): the shard job folders whose job this run finishes. */
  merge?: { folders: string[] };
  /** --list-of-files FILE|-: the relative paths to act on, one a line ('-': stdin). */
  listOfFiles?: string;
  auth: AuthInputs;
  jobDir: string;
  outputType: OutputType;
  logLevel: LogLevel;
  failOnMismatch: boolean;
  /** The raw command line or inputs, for the report (redacted when written). */
  commandLine: string;
  /** The inputs as given, kept for the job manifest (resume). */
  inputs: RawInputs;
}

/** Raw inputs: camelCase names from INTERFACE.md; values as the user wrote them. */
export type RawInputs = Record<string, string | boolean | undefined>;
