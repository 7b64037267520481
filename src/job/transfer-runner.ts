// Carries out one planned transfer or deletion between the two sides.
import { rm } from 'node:fs/promises';
import mime from 'mime';
import type { Entry } from '../engine/types.ts';
import { Limiter } from '../engine/limiter.ts';
import type { BlobConnection } from '../storage/blob/client.ts';
import { SYMLINK_METADATA_KEY, type BlobEntry } from '../storage/blob/entry.ts';
import { deleteBlob } from '../storage/blob/objects.ts';
import type { LocalEntry } from '../storage/local/entry.ts';
import { uploadFile, type UploadSettings } from '../storage/blob/upload.ts';
import { downloadBlob, downloadLink } from '../storage/blob/download.ts';
import { folderMakerUnder } from '../storage/folders.ts';
import { copyServerSide } from '../storage/blob/server-copy.ts';
import { jobWideFailure } from '../storage/errors.ts';
import type { DestinationScope } from './scope.ts';
import type { JobContext } from './context.ts';
import { describeError } from '../auth/redact.ts';

export type Direction = 'upload' | 'download' | 'copy';

export interface Executor {
  direction: Direction;
  transfer(source: Entry): Promise<void>;
  remove(destination: Entry): Promise<void>;
}

/** How many block-sized buffers may be in memory at once, across all files. */
export function blockSlots(concurrency: number): number {
  // 16 blocks of 8 MiB in flight saturate this machine's emulator and a
  // fast link to Azure alike; more only raises memory (measured: 32 slots
  // peaked near 600 MB on a 1 GiB download).
  return Math.max(4, Math.min(16, concurrency));
}

export function makeExecutor(
  ctx: JobContext,
  sides: { source?: BlobConnection; destination?: BlobConnection },
  destination: DestinationScope,
  signal: AbortSignal,
): Executor {
  const o = ctx.options;
  const blockLimiter = new Limiter(blockSlots(o.concurrency));
  const direction: Direction = sides.source && sides.destination ? 'copy' : sides.destination ? 'upload' : 'download';
  const unsupported = new Set<'putBlobFromUrl' | 'putBlockFromUrl'>();
  // Only downloads make folders, and only below the local root.
  const makeFolder = destination.root ? folderMakerUnder(destination.root) : async () => {};
  const uploadSettings: UploadSettings = {
    blockSize: o.blockSize,
    putMd5: o.putMd5,
    contentType: o.contentType,
    guessMimeType: o.guessMimeType,
    cacheControl: o.cacheControl,
    metadata: o.metadata,
    accessTier: o.accessTier,
    blockLimiter,
    abortSignal: signal,
    guessType: (name) => mime.getType(name) ?? undefined,
  };

  async function transfer(source: Entry): Promise<void> {
    const where = destination.locate(source.name);
    if (!('target' in where)) {
      ctx.failed(source.name, source.size, direction, new Error(`refused: ${where.reason}`));
      return;
    }
    // Progress counts bytes as they are acknowledged; once the transfer
    // ends its bytes move into counts.bytes (or vanish, if it failed).
    let inFlight = 0;
    const onBytes = (n: number) => {
      inFlight += n;
      ctx.bytesInFlight += n;
    };
    try {
      let bytes: number;
      if (direction === 'upload') {
        const r = await uploadFile(sides.destination!, (source as LocalEntry).absPath, where.target, source, { ...uploadSettings, onBytes });
        bytes = r.bytesSent;
        if (r.blocksReused) ctx.log('info', `${source.name}: reused ${r.blocksReused} blocks already staged by an earlier run`);
      } else if (direction === 'download' && o.preserveSymlinks && (source as BlobEntry).metadata?.[SYMLINK_METADATA_KEY] === 'true') {
        bytes = (await downloadLink(sides.source!, source as BlobEntry, where.target, { abortSignal: signal, makeFolder })).bytes;
      } else if (direction === 'download') {
        const r = await downloadBlob(sides.source!, source as BlobEntry, where.target, {
          blockSize: o.blockSize,
          checkMd5: o.checkMd5,
          blockLimiter,
          abortSignal: signal,
          onBytes,
          onWarning: (m) => ctx.warn(m),
          makeFolder,
        });
        bytes = r.bytes;
        if (r.verified === 'end-to-end') ctx.verification.endToEnd++;
        else if (r.verified === 'in-transit') ctx.verification.inTransit++;
        else ctx.verification.none++;
      } else {
        const r = await copyServerSide(sides.source!, source as BlobEntry, sides.destination!, where.target, {
          accessTier: o.accessTier,
          metadata: o.metadata,
          cacheControl: o.cacheControl,
          contentType: o.contentType,
          blockLimiter,
          abortSignal: signal,
          onBytes,
          unsupported,
        });
        bytes = r.bytes;
      }
      ctx.transferred(source.name, source.size, direction, bytes);
    } catch (err) {
      if (signal.aborted) {
        ctx.record({ path: source.name, size: source.size, status: 'Cancelled', action: direction });
        return;
      }
      ctx.failed(source.name, source.size, direction, err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${source.name}: ${describeError(err)})`);
    } finally {
      ctx.bytesInFlight -= inFlight;
    }
  }

  async function remove(dest: Entry): Promise<void> {
    try {
      if (sides.destination) await deleteBlob(sides.destination, (dest as BlobEntry).blobName ?? dest.name);
      else await rm((dest as LocalEntry).absPath, { force: true });
      ctx.counts.deleted++;
      ctx.record({ path: dest.name, size: dest.size, status: 'Deleted', action: 'delete' });
      ctx.log('debug', `deleted ${dest.name}`);
    } catch (err) {
      ctx.failed(dest.name, dest.size, 'delete', err);
    }
  }

  return { direction, transfer, remove };
}
