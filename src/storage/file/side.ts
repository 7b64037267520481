// Azure Files as a Side: one share, reached through one FileConnection
// (made by connect()), with the byte-moving pairs storage/transfers.ts uses.
//
// Two things differ from blobs. Directories are real: a write makes its
// parent directories first (once per directory per job), and deletions
// remove the directories they emptied afterwards (afterDeletes). And names
// are case-insensitive: before the first write into a directory its names
// are read once, so a write that would land on another name differing only
// in case (Case.txt over case.txt) fails with the reason instead of
// silently replacing the other file.
import { checkSas } from '../../auth/sas.ts';
import { retryTuning } from '../../contract/env.ts';
import type {
  ContainerSide, CopySource, DestinationScope, LocalFile, ObjectProperties, ObjectStoreSide, Permission, Role, ScopeEvents, ScopeRules,
  SideAccess, SourceScope, TargetScope, TransferIo, TransferJob, TransferOutcome, WriteProps,
} from '../side.ts';
import { errorCodeOf, preflightError, statusOf } from '../errors.ts';
import { sasLetters } from '../sas-letters.ts';
import { checkObjectSas } from '../object-sas.ts';
import type { RetryStats } from '../retry.ts';
import { DiskCalls } from '../disk.ts';
import type { FileConnection } from './client.ts';
import type { FileEntry } from './entry.ts';
import type { FileLocation } from './location.ts';

/** The SDK-backed calls, loaded by connect() (sdk-calls.ts says why). */
type SdkCalls = typeof import('./sdk-calls.ts');

type MakeFolder = { makeFolder(dir: string): Promise<void> };

const parentOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const fold = (name: string) => name.toUpperCase();

export class FileSide implements ContainerSide<FileEntry>, ObjectStoreSide<FileEntry> {
  readonly kind = 'file' as const;
  readonly features = { remote: true, caseInsensitiveNames: true };
  readonly nouns = { one: 'file', many: 'files', container: 'share' };
  readonly stats: RetryStats = { retries: 0 };
  private conn?: FileConnection;
  private calls?: SdkCalls;
  private readonly unsupported = new Set<'putRangeFromUrl'>();
  /** Downloads' file-system calls: inline while this job's disk is fast. */
  private readonly disk = new DiskCalls();
  /** Per directory written into this job (by its case-folded path): the names it held, by their case-folded form. */
  private readonly directories = new Map<string, Promise<Map<string, string>>>();
  /** The paths this job wrote, by their case-folded form: `A/x` and `a/x` are one file too. */
  private readonly claimed = new Map<string, string>();
  /** Directories that held a file this job deleted: emptied ones go in afterDeletes. */
  private readonly touched = new Set<string>();

  constructor(readonly location: FileLocation, readonly role: Role, private readonly access: SideAccess) {}

  get containerName(): string {
    return this.location.container;
  }

  private get c(): FileConnection {
    if (!this.conn) throw new Error('FileSide used before connect()');
    return this.conn;
  }

  private get sdk(): SdkCalls {
    if (!this.calls) throw new Error('FileSide used before connect()');
    return this.calls;
  }

  async connect(): Promise<void> {
    this.calls ??= await import('./sdk-calls.ts');
    this.conn ??= await this.calls.openFileSide(this.location, this.access.auth, this.access.credential, retryTuning(), this.stats);
  }

  checkAccess(needs: readonly Permission[]): string[] {
    const a = this.c.auth;
    if (a.kind !== 'sas') return [];
    // A file SAS grants one file: the URL must name it, and nothing is ever listed.
    if (this.c.oneFile) return checkObjectSas(this.location, this.role, a.sas, needs, { one: 'file', container: 'share', sr: 'f' });
    return checkSas(a.sas, this.role, sasLetters(needs));
  }

  probe(): Promise<void> {
    return this.sdk.probeShare(this.c, this.role);
  }

  preflightError(err: unknown): Error {
    return preflightError(err, this.sdk.accessFacts(this.c, this.role));
  }

  sourceScope(rules: ScopeRules, events: ScopeEvents): Promise<SourceScope<FileEntry>> {
    return this.sdk.fileSourceScope(this.c, rules, events);
  }

  async destinationScope(source: SourceScope, rules: ScopeRules): Promise<DestinationScope<FileEntry>> {
    const scope = await this.sdk.fileDestinationScope(this.c, source, rules);
    // An empty directory of the source: made with its parents, as a write would make them.
    return { ...scope, makeFolder: async (target) => void (await this.namesIn(target.replace(/\/+$/, ''))) };
  }

  targetScope(use: 'list' | 'remove'): Promise<TargetScope<FileEntry>> {
    return this.sdk.fileTargetScope(this.c, use);
  }

  async stat(target: string, name = target): Promise<FileEntry | undefined> {
    const e = await this.sdk.getFileEntry(this.c, target, '');
    return e && name !== target ? { ...e, name } : e;
  }

  properties(e: FileEntry): ObjectProperties {
    return { fullName: e.fullName, size: e.size, lastModifiedMs: e.lastModifiedMs, md5: e.md5, contentType: e.contentType, headers: e.headers, etag: e.etag, metadata: e.metadata };
  }

  /** A listing carries no headers, metadata or Content-MD5: drift reads them per file (one Get File Properties). */
  async withProperties(e: FileEntry): Promise<FileEntry> {
    if (e.headers) return e;
    const full = await this.sdk.getFileEntry(this.c, e.fullName, '');
    if (!full) throw new Error('the file is no longer on the share');
    return { ...full, name: e.name };
  }

  setProperties(e: FileEntry, props: WriteProps, parts: { headers: boolean; metadata: boolean }): Promise<void> {
    return this.sdk.setFileProperties(this.c, e, props, parts);
  }

  /** A listing carries no Content-MD5: it comes from the file's properties (--compare-hash md5). */
  async hash(e: FileEntry): Promise<string | undefined> {
    return e.md5 ?? (await this.sdk.getFileEntry(this.c, e.fullName, ''))?.md5;
  }

  /** Entries revived from deletions.jsonl keep fullName; a name is the path where none was stored. */
  async remove(e: FileEntry): Promise<void> {
    const path = e.fullName ?? e.name;
    // A sync whose source renamed Dir to dir writes dir/x.txt over Dir/x.txt
    // (one file on a share) and plans Dir/x.txt as extra: deleting it would
    // delete what the job just wrote.
    const wrote = this.claimed.get(fold(path));
    if (wrote !== undefined && wrote !== path) {
      throw new Error(`refused: "${wrote}" was written by this job, and Azure Files names that differ only by case are one file; deleting "${path}" would delete it`);
    }
    await this.sdk.deleteFile(this.c, path, e.etag || undefined);
    this.touched.add(parentOf(path));
  }

  /**
   * Directories the deletions emptied, deepest first, up to the location's
   * own directory; a remove of a whole directory (no filter) also takes the
   * directory itself and the empty ones below it. A directory still holding
   * anything stays.
   */
  async afterDeletes(o: { wholeTree?: boolean } = {}): Promise<void> {
    // A file SAS reaches no directory: the file's directory stays, as it was there before.
    if (this.c.oneFile) return void this.touched.clear();
    const root = this.location.path.replace(/\/+$/, '');
    const inScope = (d: string) => d !== '' && (root === '' || d === root || d.startsWith(`${root}/`));
    const candidates = new Set<string>();
    for (const d of this.touched) for (let at = d; inScope(at); at = parentOf(at)) candidates.add(at);
    // Only a remove of the whole directory takes the empty directories it did not empty itself.
    if (this.role === 'target' && o.wholeTree && root !== '' && !this.location.contentsOnly && !this.location.wildcard) {
      for (const d of await this.sdk.directoriesUnder(this.c, root)) candidates.add(d);
    }
    // Deepest first: a parent is empty only once its children are gone.
    const order = [...candidates].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? 1 : -1));
    for (const d of order) {
      // The destination's own root is kept for a sync: it is where the source goes.
      if (this.role === 'destination' && d === root) continue;
      await this.sdk.deleteEmptyDirectory(this.c, d);
    }
    this.touched.clear();
  }

  containerExists(): Promise<boolean> {
    return this.sdk.shareExists(this.c);
  }

  makeContainer(): Promise<boolean> {
    return this.sdk.makeShare(this.c);
  }

  /** The names in `dir`, creating it (and its parents) if it is not there; once per directory per job. */
  private namesIn(dir: string): Promise<Map<string, string>> {
    const key = fold(dir);
    let known = this.directories.get(key);
    if (!known) {
      known = (async () => {
        const names = new Map<string, string>();
        // A file SAS can neither list nor make the directory (the probe found it there): the service's own name rules apply.
        if (this.c.oneFile) return names;
        try {
          for await (const page of this.sdk.directoryClient(this.c, dir).listFilesAndDirectories().byPage({ maxPageSize: 5000 })) {
            for (const f of page.segment.fileItems) names.set(fold(f.name), f.name);
            for (const d of page.segment.directoryItems) names.set(fold(d.name), d.name);
          }
        } catch (err) {
          if (statusOf(err) !== 404 || dir === '') throw err;
          await this.namesIn(parentOf(dir));
          try {
            await this.sdk.directoryClient(this.c, dir).create();
          } catch (e) {
            if (!(statusOf(e) === 409 && errorCodeOf(e) === 'ResourceAlreadyExists')) throw e;
          }
        }
        return names;
      })();
      // A failed attempt is not remembered: the next write tries again.
      known.catch(() => this.directories.delete(key));
      this.directories.set(key, known);
    }
    return known;
  }

  /** Makes the target's directory and claims its path, or fails when a path differing only in case holds it. */
  private async claim(target: string): Promise<void> {
    const why = 'Azure Files names that differ only by case are one file';
    const earlier = this.claimed.get(fold(target));
    if (earlier !== undefined && earlier !== target) throw new Error(`refused: "${earlier}" was written by this job, and ${why}; "${target}" would overwrite it`);
    this.claimed.set(fold(target), target);
    const dir = parentOf(target);
    const name = target.slice(dir === '' ? 0 : dir.length + 1);
    const names = await this.namesIn(dir);
    const held = names.get(fold(name));
    if (held !== undefined && held !== name) {
      throw new Error(`refused: "${dir ? `${dir}/` : ''}${held}" is already on the share, and ${why}; "${name}" would overwrite it`);
    }
    names.set(fold(name), name);
  }

  async writeFromFile(f: LocalFile, target: string, j: TransferJob, io: TransferIo, props?: WriteProps): Promise<TransferOutcome> {
    await this.claim(target);
    const r = await this.sdk.uploadToShare(this.c, f, target, {
      putMd5: j.putMd5, contentType: j.contentType, guessMimeType: j.guessMimeType, cacheControl: j.cacheControl, metadata: j.metadata, props,
      memory: j.memory, abortSignal: j.signal, guessType: j.guessType, onBytes: io.onBytes,
    });
    return { bytes: r.bytesSent, reusedBlocks: r.rangesReused || undefined };
  }

  async readToFile(e: FileEntry, path: string, j: TransferJob & MakeFolder, io: TransferIo): Promise<TransferOutcome> {
    // A listing carries no Content-MD5: read it, so the download is verified against it.
    const full = e.md5 === undefined && j.checkMd5 !== 'NoCheck' ? await this.sdk.getFileEntry(this.c, e.fullName, '') : e;
    if (!full) throw new Error('the file is no longer on the share');
    return this.sdk.downloadFromShare(this.c, { ...full, name: e.name }, path, {
      checkMd5: j.checkMd5, memory: j.memory, abortSignal: j.signal, onBytes: io.onBytes, onWarning: io.onWarning, makeFolder: j.makeFolder, disk: this.disk,
    });
  }

  /** A file's headers and metadata always travel with it (the listing carries none, so they are read per file anyway). */
  copySource(e: FileEntry, withProperties?: boolean): Promise<CopySource> {
    return this.sdk.fileCopySource(this.c, e, withProperties);
  }

  async writeFromSource(s: CopySource, target: string, j: TransferJob, io: TransferIo, props?: WriteProps): Promise<TransferOutcome> {
    await this.claim(target);
    return this.sdk.copyIntoShare(this.c, s, target, {
      metadata: j.metadata, cacheControl: j.cacheControl, contentType: j.contentType, preserveProperties: j.s2sPreserveProperties, props, memory: j.memory, abortSignal: j.signal,
      unsupported: this.unsupported, onBytes: io.onBytes,
    });
  }
}
