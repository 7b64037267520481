// Blob → blob copies that run inside the service: the bytes never pass
// through this machine. Azure offers four APIs; which one fits depends on
// the size, and emulators implement only some of them, so the strategy
// picks by size and falls back (once per job) when the service answers
// 501 Not Implemented.
//   ≤ 256 MiB: Put Blob From URL      → fallback Copy Blob From URL (sync)
//   larger:    Put Block From URL ×N  → fallback Copy Blob (async, polled)
import type { BlobConnection } from './client.ts';
import { MTIME_METADATA_KEY } from './entry.ts';
import type { CopySource, WriteProps } from '../side.ts';
import type { ObjectHeaders } from '../../contract/headers.ts';
import { isNotImplemented } from '../errors.ts';
import type { AccessTier } from '../../contract/options.ts';
import type { MemoryBudget } from '../../engine/limiter.ts';
import { blockSizeFor, DEFAULT_BLOCK_SIZE } from './upload.ts';

/** A copy request's weight in the memory budget: what a client-side copy of
 *  those bytes would hold, at most a block (nothing is buffered here). */
const weight = (bytes: number) => Math.min(bytes, DEFAULT_BLOCK_SIZE);

const SINGLE_SHOT_LIMIT = 256 * 1024 * 1024;
const BLOCK_FROM_URL_SIZE = 100 * 1024 * 1024;

export interface ServerCopySettings {
  accessTier?: AccessTier;
  metadata: Record<string, string>;
  cacheControl?: string;
  contentType?: string;
  /** --blob-tags: replace the source's tags. */
  tags?: Record<string, string>;
  /** Keep the source's headers, metadata and tags under what the job sets (--s2s-preserve-properties). */
  preserveProperties: boolean;
  /** Give the copy the source's access tier when --access-tier does not say (--s2s-preserve-access-tier). */
  preserveTier: boolean;
  /** This object's headers and metadata as the job resolved them (header rules); absent: the settings above. */
  props?: WriteProps;
  /** Nothing is buffered here, but each request weighs up to a block (see
   *  weight), so copies of large blobs keep the block limit. */
  memory: MemoryBudget;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  /** Shared per job: APIs the destination answered 501 for. */
  unsupported: Set<'putBlobFromUrl' | 'putBlockFromUrl'>;
}

type Headers = { blobContentType?: string; blobCacheControl?: string; blobContentEncoding?: string; blobContentLanguage?: string; blobContentDisposition?: string; blobContentMD5?: Buffer };

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** What the copy ends up with: the source's properties (when kept), under what the job sets. */
function finalProperties(source: CopySource, s: ServerCopySettings) {
  const explicit: WriteProps = s.props ?? { headers: { contentType: s.contentType, cacheControl: s.cacheControl }, metadata: s.metadata };
  const kept: ObjectHeaders = s.preserveProperties ? { ...source.headers, contentType: source.contentType } : {};
  const h: ObjectHeaders = { ...kept, ...defined(explicit.headers) };
  const headers: Headers = {
    blobContentType: h.contentType,
    blobCacheControl: h.cacheControl,
    blobContentEncoding: h.contentEncoding,
    blobContentLanguage: h.contentLanguage,
    blobContentDisposition: h.contentDisposition,
    blobContentMD5: source.md5 ? Buffer.from(source.md5, 'base64') : undefined,
  };
  const metadata = { ...(s.preserveProperties ? source.metadata ?? {} : {}), ...explicit.metadata, [MTIME_METADATA_KEY]: new Date(source.mtimeMs).toISOString() };
  const tags = s.tags ?? (s.preserveProperties ? source.tags : undefined);
  const tier = s.accessTier ?? (s.preserveTier && source.tier && source.tier !== 'Archive' ? (source.tier as AccessTier) : undefined);
  // Copy Blob (From URL) takes the source's headers and cannot be given
  // others: when the job sets any, or drops the source's, they are set after.
  const headersAfterCopy = !s.preserveProperties || Object.keys(defined(explicit.headers)).length > 0;
  return { headers, metadata, tags, tier, headersAfterCopy };
}

/** Writes blob `destName` at `dst` from `blob`, inside the service. */
export async function copyFromSource(dst: BlobConnection, source: CopySource, destName: string, s: ServerCopySettings): Promise<{ bytes: number }> {
  const { headers, metadata, tags, tier, headersAfterCopy } = finalProperties(source, s);
  const client = dst.container.getBlockBlobClient(destName);
  const common = { abortSignal: s.abortSignal, sourceAuthorization: source.authorization, tier, metadata, tags };
  const setHeaders = async () => {
    if (headersAfterCopy) await client.setHTTPHeaders(headers, { abortSignal: s.abortSignal });
  };

  if (source.size <= SINGLE_SHOT_LIMIT) {
    if (!s.unsupported.has('putBlobFromUrl')) {
      try {
        await s.memory.run(weight(source.size), () => client.syncUploadFromURL(source.url, { ...common, blobHTTPHeaders: headers, copySourceBlobProperties: false }));
        s.onBytes?.(source.size);
        return { bytes: source.size };
      } catch (err) {
        if (!isNotImplemented(err)) throw err;
        s.unsupported.add('putBlobFromUrl');
      }
    }
    await s.memory.run(weight(source.size), async () => {
      await client.syncCopyFromURL(source.url, common);
      await setHeaders();
    });
    s.onBytes?.(source.size);
    return { bytes: source.size };
  }

  if (!s.unsupported.has('putBlockFromUrl')) {
    try {
      await copyInBlocks(client, source, s, headers, metadata, tags, tier);
      return { bytes: source.size };
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add('putBlockFromUrl');
    }
  }
  const poller = await client.beginCopyFromURL(source.url, { abortSignal: s.abortSignal, metadata, tier, tags, intervalInMs: 500 });
  const result = await poller.pollUntilDone();
  if (result.copyStatus !== 'success') throw new Error(`the service's copy ended as ${result.copyStatus ?? 'unknown'}`);
  await setHeaders();
  s.onBytes?.(source.size);
  return { bytes: source.size };
}

async function copyInBlocks(
  client: ReturnType<BlobConnection['container']['getBlockBlobClient']>,
  source: CopySource,
  s: ServerCopySettings,
  headers: Headers,
  metadata: Record<string, string>,
  tags: Record<string, string> | undefined,
  tier: AccessTier | undefined,
): Promise<void> {
  const blockSize = blockSizeFor(source.size, BLOCK_FROM_URL_SIZE);
  const count = Math.ceil(source.size / blockSize);
  const ids = Array.from({ length: count }, (_, i) => Buffer.from(`azcp-s2s-${String(i).padStart(6, '0')}`).toString('base64'));
  let failure: unknown;
  await Promise.all(
    ids.map((id, i) =>
      s.memory.run(weight(Math.min(blockSize, source.size - i * blockSize)), async () => {
        if (failure) return;
        const offset = i * blockSize;
        const length = Math.min(blockSize, source.size - offset);
        try {
          await client.stageBlockFromURL(id, source.url, offset, length, { abortSignal: s.abortSignal, sourceAuthorization: source.authorization });
          s.onBytes?.(length);
        } catch (err) {
          failure ??= err;
        }
      }),
    ),
  );
  if (failure) throw failure;
  await client.commitBlockList(ids, { abortSignal: s.abortSignal, blobHTTPHeaders: headers, metadata, tier, tags });
}
