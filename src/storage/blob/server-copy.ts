// Blob → blob copies that run inside the service: the bytes never pass
// through this machine. Azure offers four APIs; which one fits depends on
// the size, and emulators implement only some of them, so the strategy
// picks by size and falls back (once per job) when the service answers
// 501 Not Implemented.
//   ≤ 256 MiB: Put Blob From URL      → fallback Copy Blob From URL (sync)
//   larger:    Put Block From URL ×N  → fallback Copy Blob (async, polled)
import type { BlobConnection } from './client.ts';
import { MTIME_METADATA_KEY } from './entry.ts';
import type { CopySource } from '../side.ts';
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
  /** Nothing is buffered here, but each request weighs up to a block (see
   *  weight), so copies of large blobs keep the block limit. */
  memory: MemoryBudget;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  /** Shared per job: APIs the destination answered 501 for. */
  unsupported: Set<'putBlobFromUrl' | 'putBlockFromUrl'>;
}

/** Writes blob `destName` at `dst` from `blob`, inside the service. */
export async function copyFromSource(dst: BlobConnection, source: CopySource, destName: string, s: ServerCopySettings): Promise<{ bytes: number }> {
  const metadata = { ...(source.metadata ?? {}), ...s.metadata, [MTIME_METADATA_KEY]: new Date(source.mtimeMs).toISOString() };
  const client = dst.container.getBlockBlobClient(destName);
  const headers = {
    blobContentType: s.contentType ?? source.contentType,
    blobCacheControl: s.cacheControl,
    blobContentMD5: source.md5 ? Buffer.from(source.md5, 'base64') : undefined,
  };
  const common = { abortSignal: s.abortSignal, sourceAuthorization: source.authorization, tier: s.accessTier, metadata };

  if (source.size <= SINGLE_SHOT_LIMIT) {
    if (!s.unsupported.has('putBlobFromUrl')) {
      try {
        await s.memory.run(weight(source.size), () => client.syncUploadFromURL(source.url, { ...common, blobHTTPHeaders: headers, copySourceBlobProperties: true }));
        s.onBytes?.(source.size);
        return { bytes: source.size };
      } catch (err) {
        if (!isNotImplemented(err)) throw err;
        s.unsupported.add('putBlobFromUrl');
      }
    }
    await s.memory.run(weight(source.size), () => client.syncCopyFromURL(source.url, common));
    s.onBytes?.(source.size);
    return { bytes: source.size };
  }

  if (!s.unsupported.has('putBlockFromUrl')) {
    try {
      await copyInBlocks(client, source, s, headers, metadata);
      return { bytes: source.size };
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add('putBlockFromUrl');
    }
  }
  const poller = await client.beginCopyFromURL(source.url, { abortSignal: s.abortSignal, metadata, tier: s.accessTier, intervalInMs: 500 });
  const result = await poller.pollUntilDone();
  if (result.copyStatus !== 'success') throw new Error(`the service's copy ended as ${result.copyStatus ?? 'unknown'}`);
  s.onBytes?.(source.size);
  return { bytes: source.size };
}

async function copyInBlocks(
  client: ReturnType<BlobConnection['container']['getBlockBlobClient']>,
  source: CopySource,
  s: ServerCopySettings,
  headers: { blobContentType?: string; blobCacheControl?: string; blobContentMD5?: Buffer },
  metadata: Record<string, string>,
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
  await client.commitBlockList(ids, { abortSignal: s.abortSignal, blobHTTPHeaders: headers, metadata, tier: s.accessTier });
}
