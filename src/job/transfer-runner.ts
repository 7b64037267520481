// Carries out one planned transfer or deletion between the two sides, with
// the job's bookkeeping: progress, the journal, counts, and stopping the
// job on a failure every other transfer would meet too.
import type { Entry } from '../engine/types.ts';
import type { JobOptions } from '../contract/options.ts';
import type { DestinationScope, Direction, Side, TransferSettings } from '../storage/side.ts';
import { transferFor } from '../storage/transfers.ts';
import { jobWideFailure } from '../storage/errors.ts';
import { describeError } from '../auth/redact.ts';
import type { JobContext } from './context.ts';

export interface TransferRunner {
  direction: Direction;
  transfer(source: Entry): Promise<void>;
  remove(destination: Entry): Promise<void>;
}

/** The job's choices that shape reads and writes. */
function transferSettings(o: JobOptions, signal: AbortSignal): TransferSettings {
  return {
    blockSize: o.blockSize,
    putMd5: o.putMd5,
    checkMd5: o.checkMd5,
    contentType: o.contentType,
    guessMimeType: o.guessMimeType,
    cacheControl: o.cacheControl,
    metadata: o.metadata,
    accessTier: o.accessTier,
    preserveSymlinks: o.preserveSymlinks,
    concurrency: o.concurrency,
    signal,
  };
}

export function makeTransferRunner(ctx: JobContext, source: Side, destination: Side, scope: DestinationScope, signal: AbortSignal): TransferRunner {
  const { direction, run } = transferFor(source, destination, transferSettings(ctx.options, signal));
  const onWarning = (m: string) => ctx.warn(m);

  async function transfer(entry: Entry): Promise<void> {
    const where = scope.locate(entry.name);
    if (!('target' in where)) {
      ctx.failed(entry.name, entry.size, direction, new Error(`refused: ${where.reason}`));
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
      const r = await run(entry, where.target, { onBytes, onWarning });
      if (r.reusedBlocks) ctx.log('info', `${entry.name}: reused ${r.reusedBlocks} blocks already staged by an earlier run`);
      if (r.verified === 'end-to-end') ctx.verification.endToEnd++;
      else if (r.verified === 'in-transit') ctx.verification.inTransit++;
      else if (r.verified === 'none') ctx.verification.none++;
      ctx.transferred(entry.name, entry.size, direction, r.bytes);
    } catch (err) {
      if (signal.aborted) {
        ctx.record({ path: entry.name, size: entry.size, status: 'Cancelled', action: direction });
        return;
      }
      ctx.failed(entry.name, entry.size, direction, err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
    } finally {
      ctx.bytesInFlight -= inFlight;
    }
  }

  async function remove(entry: Entry): Promise<void> {
    try {
      await destination.remove(entry);
      ctx.counts.deleted++;
      ctx.record({ path: entry.name, size: entry.size, status: 'Deleted', action: 'delete' });
      ctx.log('debug', `deleted ${entry.name}`);
    } catch (err) {
      ctx.failed(entry.name, entry.size, 'delete', err);
    }
  }

  return { direction, transfer, remove };
}
