// Blob Storage as a Side: one container, reached through one BlobConnection
// (made by connect()), with the byte-moving pairs storage/transfers.ts uses.
import type { MemoryBudget } from '../../engine/limiter.ts';
import { checkSas } from '../../auth/sas.ts';
import { retryTuning } from '../../contract/env.ts';
import type {
  ContainerSide, CopySource, DestinationScope, LocalFile, ObjectProperties, ObjectStoreSide, Permission, Role, ScopeEvents, ScopeRules,
  SideAccess, SourceScope, TargetScope, TransferIo, TransferJob, TransferOutcome, WriteProps,
} from '../side.ts';
import { preflightError } from '../errors.ts';
import { sasLetters } from '../sas-letters.ts';
import { checkObjectSas } from '../object-sas.ts';
import type { RetryStats } from '../retry.ts';
import { DiskCalls } from '../disk.ts';
import { openBlobSide, type BlobConnection } from './client.ts';
import { SYMLINK_METADATA_KEY, type BlobEntry } from './entry.ts';
import type { BlobLocation } from './location.ts';
import { accessFacts, containerExists, deleteBlob, getBlobEntry, makeContainer, probeContainer } from './objects.ts';
import { blobDestinationScope, blobSourceScope, blobTargetScope } from './scope.ts';
import { uploadFile, type UploadSettings } from './upload.ts';
import { downloadBlob, downloadLink, type DownloadSettings } from './download.ts';
import { copyFromSource, type ServerCopySettings } from './server-copy.ts';
import { blobCopySource } from './copy-source.ts';
import { setBlobProperties } from './properties.ts';


type MakeFolder = { makeFolder(dir: string): Promise<void> };

export class BlobSide implements ContainerSide<BlobEntry>, ObjectStoreSide<BlobEntry> {
  readonly kind = 'blob' as const;
  readonly features = { remote: true, caseInsensitiveNames: false };
  readonly nouns = { one: 'blob', many: 'blobs', container: 'container' };
  readonly stats: RetryStats = { retries: 0 };
  /** APIs the service answered 501 for: the server copy falls back once per job. */
  private readonly unsupported = new Set<'putBlobFromUrl' | 'putBlockFromUrl'>();
  /** Downloads' file-system calls: inline while this job's disk is fast. */
  private readonly disk = new DiskCalls();
  private conn?: BlobConnection;
  /** The per-job part of the upload, download and copy settings, made once for the job's TransferJob. */
  private settingsFor?: { job: TransferJob; upload: UploadSettings; download: Omit<DownloadSettings, 'makeFolder'>; copy: ServerCopySettings };

  constructor(readonly location: BlobLocation, readonly role: Role, private readonly access: SideAccess) {}

  get containerName(): string {
    return this.location.container;
  }

  private get c(): BlobConnection {
    if (!this.conn) throw new Error('BlobSide used before connect()');
    return this.conn;
  }

  async connect(): Promise<void> {
    this.conn ??= await openBlobSide(this.location, this.access.auth, this.access.credential, retryTuning(), this.stats);
  }

  checkAccess(needs: readonly Permission[]): string[] {
    const a = this.c.auth;
    if (a.kind !== 'sas') return [];
    // A blob SAS grants one blob: the URL must name it, and nothing is ever listed.
    if (this.c.oneBlob) return checkObjectSas(this.location, this.role, a.sas, needs, { one: 'blob', container: 'container', sr: 'b' });
    return checkSas(a.sas, this.role, sasLetters(needs));
  }

  probe(): Promise<void> {
    return probeContainer(this.c, this.role);
  }

  preflightError(err: unknown): Error {
    return preflightError(err, accessFacts(this.c, this.role));
  }

  /**
   * Where blobSourceScope, blobDestinationScope and blobTargetScope make no
   * request: a container or its contents as a source, any container path as
   * a destination, a container or a path ending in '/' as a target (list,
   * remove). Never with a blob SAS, which cannot list.
   */
  listingProves(): boolean {
    if (this.c.oneBlob) return false;
    const { path, contentsOnly } = this.location;
    if (this.role === 'destination') return true;
    if (this.role === 'source') return contentsOnly || path.replace(/\/+$/, '') === '';
    return contentsOnly || path === '' || path.endsWith('/');
  }

  sourceScope(rules: ScopeRules, events: ScopeEvents): Promise<SourceScope<BlobEntry>> {
    return blobSourceScope(this.c, rules, events);
  }

  destinationScope(source: SourceScope, rules: ScopeRules): Promise<DestinationScope<BlobEntry>> {
    return blobDestinationScope(this.c, source, rules);
  }

  targetScope(use: 'list' | 'remove'): Promise<TargetScope<BlobEntry>> {
    return blobTargetScope(this.c, use);
  }

  async stat(target: string, name = target): Promise<BlobEntry | undefined> {
    const e = await getBlobEntry(this.c, target, '');
    return e && name !== target ? { ...e, name } : e;
  }

  properties(e: BlobEntry): ObjectProperties {
    return {
      fullName: e.blobName, size: e.size, lastModifiedMs: e.lastModifiedMs, md5: e.md5, contentType: e.contentType, tier: e.tier, etag: e.etag, metadata: e.metadata,
      headers: { contentType: e.contentType, cacheControl: e.cacheControl, contentEncoding: e.contentEncoding, contentLanguage: e.contentLanguage, contentDisposition: e.contentDisposition },
    };
  }

  /** Entries revived from deletions.jsonl keep blobName; a name is the blob name where none was stored. */
  remove(e: BlobEntry): Promise<void> {
    return deleteBlob(this.c, e.blobName ?? e.name, e.etag || undefined);
  }

  containerExists(): Promise<boolean> {
    return containerExists(this.c);
  }

  makeContainer(): Promise<boolean> {
    return makeContainer(this.c);
  }

  private settings(j: TransferJob) {
    if (this.settingsFor?.job !== j) {
      const memory: MemoryBudget = j.memory;
      this.settingsFor = {
        job: j,
        upload: {
          blockSize: j.blockSize, putMd5: j.putMd5, contentType: j.contentType, guessMimeType: j.guessMimeType, cacheControl: j.cacheControl,
          metadata: j.metadata, accessTier: j.accessTier, tags: j.blobTags, memory, abortSignal: j.signal, guessType: j.guessType,
        },
        download: { blockSize: j.blockSize, checkMd5: j.checkMd5, memory, abortSignal: j.signal, disk: this.disk },
        copy: {
          accessTier: j.accessTier, metadata: j.metadata, cacheControl: j.cacheControl, contentType: j.contentType, tags: j.blobTags,
          preserveProperties: j.s2sPreserveProperties, preserveTier: j.s2sPreserveAccessTier, memory, abortSignal: j.signal, unsupported: this.unsupported,
        },
      };
    }
    return this.settingsFor;
  }

  writeFromFile(f: LocalFile, target: string, j: TransferJob, io: TransferIo, props?: WriteProps): Promise<TransferOutcome> {
    return uploadFile(this.c, f.absPath, target, f, { ...this.settings(j).upload, props, onBytes: io.onBytes }).then((r) => ({ bytes: r.bytesSent, reusedBlocks: r.blocksReused }));
  }

  readToFile(e: BlobEntry, path: string, j: TransferJob & MakeFolder, io: TransferIo): Promise<TransferOutcome> {
    // A blob marked as a link comes back as the link itself (--preserve-symlinks).
    if (j.preserveSymlinks && e.metadata?.[SYMLINK_METADATA_KEY] === 'true') return downloadLink(this.c, e, path, { abortSignal: j.signal, makeFolder: j.makeFolder });
    return downloadBlob(this.c, e, path, { ...this.settings(j).download, onBytes: io.onBytes, onWarning: io.onWarning, makeFolder: j.makeFolder });
  }

  copySource(e: BlobEntry, withProperties?: boolean): Promise<CopySource> {
    return blobCopySource(this.c, e, withProperties);
  }

  writeFromSource(s: CopySource, target: string, j: TransferJob, io: TransferIo, props?: WriteProps): Promise<TransferOutcome> {
    return copyFromSource(this.c, s, target, { ...this.settings(j).copy, props, onBytes: io.onBytes });
  }

  setProperties(e: BlobEntry, props: WriteProps, parts: { headers: boolean; metadata: boolean }): Promise<void> {
    return setBlobProperties(this.c, e, props, parts);
  }
}
