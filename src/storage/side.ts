// The seam every storage backend implements: the local file system, Blob
// Storage, and next Azure Files. job/ works with these types only. It never
// sees a backend's entry fields, SDK clients or kind names.
//
// An entry a backend lists must be plain JSON data, with no Date, no class
// and no closure: planned deletions go through deletions.jsonl and come back
// through JSON.parse, and remove() receives those revived objects.
import type { TokenCredential } from '@azure/core-auth';
import type { Entry } from '../engine/types.ts';
import type { MemoryBudget } from '../engine/limiter.ts';
import type { AccessTier, AuthInputs, CheckMd5 } from '../contract/options.ts';
import type { Location } from '../contract/location.ts';
import type { ObjectHeaders } from '../contract/headers.ts';

export type Role = 'source' | 'destination' | 'target';
/** What the job will do on a side, in order. A backend maps it to its own credential check (SAS sp= letters r l w d c). */
export type Permission = 'read' | 'list' | 'write' | 'delete' | 'create';
export type Direction = 'upload' | 'download' | 'copy';
/**
 * What a download was checked against:
 * - end-to-end: the whole file against the object's Content-MD5 (or an empty
 *   object: its size alone proves its content);
 * - in-transit: the object has no Content-MD5, so each range was checked
 *   against the MD5 the service computed for it when sending it;
 * - none: nothing was checked (--check-md5 NoCheck, or the service sent a
 *   range without its MD5).
 */
export type Verification = 'end-to-end' | 'in-transit' | 'none';

/** What a side needs to reach its service: the job's auth inputs and the credential a CI host lent. */
export interface SideAccess {
  auth: AuthInputs;
  credential?: TokenCredential;
}

/** A path a listing could not read. At the source, any one forbids deletions. */
export interface ListingProblem {
  path: string;
  error: string;
}

export interface ScopeEvents {
  onProblem(p: ListingProblem): void;
  onSkip(path: string, reason: string): void;
  /** A linked folder of a local source that is not followed (its job name): what the destination holds under it must not look deleted. */
  onUnfollowedLink?(name: string, path: string): void;
}

export interface ScopeRules {
  command: 'copy' | 'sync';
  recursive: boolean;
  /** Local trees: walk into linked folders too (loops are refused). */
  followSymlinks: boolean;
  /** Local trees: every link is an object of its own (its body: the link's target). */
  preserveSymlinks: boolean;
}

/** The source as the job names it (AzCopy's rules: copying folder `site` names its files `site/…`, `site/*` and sync work on contents). */
export interface SourceScope<E extends Entry = Entry> {
  /** Put before every name. Filters see names without it. */
  readonly namePrefix: string;
  /** The location names one object, not a folder. */
  readonly single: boolean;
  /** The objects, strictly ascending by compareUtf8(name). quiet: a second listing (the reconciliation) does not report problems again. */
  list(quiet?: boolean): AsyncIterable<E>;
  /** The names a wildcard in the source chose (`site*`): the destination is
   *  compared, and deleted from, under those names only. Absent: all names. */
  readonly selects?: (name: string) => boolean;
  /** Sides with real folders (local, Azure Files): the folders in scope that hold no file at all, as job names, so a copy of a folder keeps them. */
  emptyFolders?(): AsyncIterable<string>;
  /**
   * Optional, for backends where one listing per path is cheaper than one
   * of everything when a job names few paths (--list-of-files): the objects
   * whose names below namePrefix start with `path` (a string prefix: the
   * caller keeps `path` itself and what is under `path/`), ascending.
   */
  listUnder?(path: string, quiet?: boolean): AsyncIterable<E>;
}

export interface DestinationScope<E extends Entry = Entry> {
  /** What the destination holds under the names the source's objects take, ascending. */
  list(): AsyncIterable<E>;
  /** As SourceScope.listUnder: what the destination holds under the source name namePrefix + path. */
  listUnder?(path: string): AsyncIterable<E>;
  /** The side's own address for a job name (an absolute path, a blob name), or why there can be none. Opaque to job/. */
  locate(name: string): { target: string } | { reason: string };
  /** Before the first write (not in a dry run): a local destination makes its folder, or refuses the job (exit 2). */
  prepare?(): Promise<void>;
  /** Sides with real folders: makes the (empty) folder at `target` (as locate() names it), never through a link. */
  makeFolder?(target: string): Promise<void>;
}

/** What list and remove work on: the one object the URL names, or everything below it. */
export interface TargetScope<E extends Entry = Entry> {
  /** The URL names exactly this object. list and remove take it alone and unfiltered. */
  readonly single?: E;
  /**
   * Everything below the URL, wildcard applied. list: names relative to the
   * URL's path. remove: names relative to the container. `signal`: a
   * cancelled job stops listing (checked for every object listed).
   */
  list(signal?: AbortSignal): AsyncIterable<E>;
  /** Whether anything at all is below the URL's path (no wildcard). */
  any(): Promise<boolean>;
  /** After a remove: what of `single` / everything below the URL is still there. */
  relist(): AsyncIterable<E>;
}

/** One object's service-side properties (what `azcp list` prints). */
export interface ObjectProperties {
  /** The name inside the container or share. */
  fullName: string;
  size: number;
  /** The service's last-modified time, not the source time carried in metadata. */
  lastModifiedMs: number;
  md5?: string;
  contentType?: string;
  /** The other standard headers, where the backend keeps them (property drift compares them). */
  headers?: ObjectHeaders;
  tier?: string;
  etag?: string;
  metadata?: Record<string, string>;
}

/** What the job may ask of any backend. Everything else is the backend's business. */
export interface SideFeatures {
  /** Reached over the network. false: the local file system. Its scope is resolved before any request, so a mistyped path fails at once. */
  remote: boolean;
  /** Names that differ only in case are one object (Azure Files). */
  caseInsensitiveNames: boolean;
}

/**
 * One side of a job. E is the backend's own entry type. Every member that
 * takes E uses method syntax, so a Side<BlobEntry> is a Side, and job/ gives
 * a side back only entries that same side listed.
 */
export interface Side<E extends Entry = Entry> {
  readonly kind: string;
  readonly role: Role;
  readonly location: Location;
  readonly features: SideFeatures;
  /** Requests retried on this side. The report adds them up (a local side has none). */
  readonly stats: { retries: number };

  /** Resolves credentials and builds clients. No request is sent yet. Local: nothing to do. */
  connect(): Promise<void>;
  /** Offline credential checks (a SAS's expiry and permissions). Returns warnings; throws UsageError when the job cannot work. */
  checkAccess(needs: readonly Permission[]): string[];
  /** One request that proves the account, the credentials and the container. Throws preflightError() otherwise. Local: nothing. */
  probe(): Promise<void>;
  /**
   * Whether this side's scope is found without a request and the first page
   * of its listing proves what probe() proves. A job that lists the side
   * then asks for that page instead of probing: one round trip, not two.
   * As a destination, for a source that is not one object; as a target,
   * for a scope that is not one object. Absent: never.
   */
  listingProves?(): boolean;

  sourceScope(rules: ScopeRules, events: ScopeEvents): Promise<SourceScope<E>>;
  destinationScope(source: SourceScope, rules: ScopeRules, events: ScopeEvents): Promise<DestinationScope<E>>;

  /** The object at `target` (as locate() names it), as an entry called `name` (default: target); undefined if absent. */
  stat(target: string, name?: string): Promise<E | undefined>;
  properties(entry: E): ObjectProperties;
  /** MD5 from the bytes, for sides whose listing carries none (local). Absent: the listed md5 is all there is. */
  hash?(entry: E): Promise<string | undefined>;
  /** Deletes one object. An object already gone counts as done. */
  remove(entry: E): Promise<void>;
  /** Sets an existing object's headers and/or metadata without rewriting its bytes (property drift); its Content-MD5 and azcp's own metadata stay. Absent: the side cannot (local files). */
  setProperties?(entry: E, props: WriteProps, parts: { headers: boolean; metadata: boolean }): Promise<void>;
  /** Sides whose listing carries no headers or metadata (Azure Files): the entry read again with them, for property drift. Absent: the listing has them. */
  withProperties?(entry: E): Promise<E>;
  /**
   * After the deletions of a job. Azure Files: remove folders the deletions
   * left empty. `wholeTree`: a remove that took everything under its URL (no
   * filter chose among the files) also takes the empty folders below it;
   * otherwise only folders the deletions emptied go.
   */
  afterDeletes?(o?: { wholeTree?: boolean }): Promise<void>;
}

/** A side with a container (or share) of its own: what list, make and remove need. */
export interface ContainerSide<E extends Entry = Entry> extends Side<E> {
  readonly containerName: string;
  /** Words for messages: blob/blobs/container, file/files/share. */
  readonly nouns: { one: string; many: string; container: string };
  targetScope(use: 'list' | 'remove'): Promise<TargetScope<E>>;
  containerExists(): Promise<boolean>;
  /** false: it existed already. */
  makeContainer(): Promise<boolean>;
  /** A failed request before anything was written, as the error that names who is at fault: UsageError for input, Error for service or network. */
  preflightError(err: unknown): Error;
}

export const isContainerSide = (side: Side): side is ContainerSide => 'targetScope' in side;

/** A storage backend as the registry (backends.ts) knows it. */
export interface Backend {
  kind: string;
  /** URL backends: whether this URL is theirs (asked in the registry's order). */
  claims?(url: URL): boolean;
  /** URL backends: whether this URL may be theirs when --from-to says so (a path-style or custom endpoint). */
  claimsWhenTold?(url: URL): boolean;
  /** The location the text names. `url` is the parsed URL for URL backends. */
  parse(text: string, url: URL | undefined, role: Role): Location;
  /** Why an object cannot be written at `path` (a name too long for the service), if it cannot. */
  nameProblem?(path: string): string | undefined;
  /** A side on a location this backend parsed. No request is sent yet. */
  open(location: Location, role: Role, access: SideAccess): Side;
}

// ---- What storage/transfers.ts pairs. job/ never calls these. ----

/** A local file to read (what a LocalEntry carries). */
export interface LocalFile {
  absPath: string;
  size: number;
  mtimeMs: number;
  /** A preserved symbolic link: the object is this target text, not a file's bytes. */
  linkTarget?: string;
}

/** Where a service can read an object for a server-side copy, and what the copy carries along. */
export interface CopySource {
  url: string;
  authorization?: { scheme: string; value: string };
  size: number;
  mtimeMs: number;
  md5?: string;
  contentType?: string;
  /** The source's other headers, kept by a copy (--s2s-preserve-properties). */
  headers?: ObjectHeaders;
  metadata?: Record<string, string>;
  /** Blob index tags, when the source has any (read only when they are kept). */
  tags?: Record<string, string>;
  tier?: string;
}

/**
 * What the job sets on one object it writes: its headers and metadata,
 * resolved per path from the flags and the header rules. Uploads get every
 * header (Content-Type already guessed); copies get only what the flags and
 * rules set, over the source's own when those are kept.
 */
export interface WriteProps {
  headers: ObjectHeaders;
  metadata: Record<string, string>;
}

/** The job's choices that shape reads and writes (picked from JobOptions). */
export interface TransferSettings {
  blockSize?: number;
  putMd5: boolean;
  checkMd5: CheckMd5;
  contentType?: string;
  guessMimeType: boolean;
  cacheControl?: string;
  metadata: Record<string, string>;
  accessTier?: AccessTier;
  /** Blob index tags for everything written (--blob-tags). */
  blobTags?: Record<string, string>;
  /** Copies keep the source's headers, metadata and tags (--s2s-preserve-properties). */
  s2sPreserveProperties: boolean;
  /** Copies keep the source's access tier (--s2s-preserve-access-tier). */
  s2sPreserveAccessTier: boolean;
  /** An object marked as a symbolic link comes back as a link (--preserve-symlinks). */
  preserveSymlinks: boolean;
  concurrency: number;
  signal: AbortSignal;
}

/** Per job: the settings plus what all transfers share. */
export interface TransferJob extends TransferSettings {
  /** Bounds the bytes buffered in memory across all files (not the requests in flight). */
  memory: MemoryBudget;
  guessType(name: string): string | undefined;
}

/** Per transfer: progress and warnings back to the job. */
export interface TransferIo {
  onBytes(n: number): void;
  onWarning(message: string): void;
}

export interface TransferOutcome {
  /** Bytes that moved (an upload that reused staged blocks counts only what it sent). */
  bytes: number;
  reusedBlocks?: number;
  /** Downloads of file contents only. */
  verified?: Verification;
}

/** The local file system: the side that other backends read into and write from. */
export interface FileSystemSide<E extends Entry = Entry> extends Side<E> {
  localFile(entry: E): LocalFile;
  /** Makes a folder below the destination's root, never through a link; once per folder per job. */
  makeFolder(dir: string): Promise<void>;
}

/** A remote store of objects. A source-only backend implements readToFile and copySource only. */
export interface ObjectStoreSide<E extends Entry = Entry> extends Side<E> {
  /** Upload: writes object `target` from a local file. */
  writeFromFile(file: LocalFile, target: string, job: TransferJob, io: TransferIo, props?: WriteProps): Promise<TransferOutcome>;
  /** Download: reads one object into a local file, never leaving a partial file at `path`. */
  readToFile(entry: E, path: string, job: TransferJob & { makeFolder(dir: string): Promise<void> }, io: TransferIo): Promise<TransferOutcome>;
  /** Where another service can read this object from. */
  /** withProperties: also the headers, metadata and tags a copy keeps (tags cost a request, only for objects that have some). */
  copySource(entry: E, withProperties?: boolean): Promise<CopySource>;
  /** Writes object `target` from a copy source inside the service. The bytes never pass through this machine. */
  writeFromSource(source: CopySource, target: string, job: TransferJob, io: TransferIo, props?: WriteProps): Promise<TransferOutcome>;
}
