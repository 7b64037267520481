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
import { headerRecord, publishHeaders, type PublishHeaders } from './publish/headers.ts';

export interface TransferRunner {
  direction: Direction;
  /** The headers each object gets, and property drift. */
  headers: PublishHeaders;
  transfer(source: Entry): Promise<void>;
  /** Property drift: sets the headers and metadata of `destination` (whose bytes are current) to what the job would write. false: nothing differed. */
  updateProperties(source: Entry, destination: Entry): Promise<boolean>;
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
    blobTags: o.blobTags,
    s2sPreserveProperties: o.s2sPreserveProperties,
    s2sPreserveAccessTier: o.s2sPreserveAccessTier,
    preserveSymlinks: o.preserveSymlinks,
    concurrency: o.concurrency,
    signal,
  };
}

/** namePrefix: what the source puts before every name (copying folder `site` names `site/…`); header rules, like filters, see names without it. */
export function makeTransferRunner(ctx: JobContext, source: Side, destination: Side, scope: DestinationScope, signal: AbortSignal, namePrefix = ''): TransferRunner {
  const { direction, run, guessType } = transferFor(source, destination, transferSettings(ctx.options, signal));
  const headers = publishHeaders(ctx.options, direction, guessType, namePrefix);
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
    const write = headers.forWrite(entry.name);
    try {
      const r = await run(entry, where.target, { onBytes, onWarning }, write.props);
      if (r.reusedBlocks) ctx.log('info', `${entry.name}: reused ${r.reusedBlocks} blocks already staged by an earlier run`);
      if (r.verified === 'end-to-end') ctx.verification.endToEnd++;
      else if (r.verified === 'in-transit') ctx.verification.inTransit++;
      else if (r.verified === 'none') ctx.verification.none++;
      // With header rules, each line says what set each header (flags alone are in job.json).
      ctx.transferred(entry.name, entry.size, direction, r.bytes, headers.rules ? headerRecord(write) : undefined);
      ctx.published?.touched(where.target);
      if (headers.rules) ctx.published?.countRule(write.setBy);
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
      ctx.published?.touched(destination.properties(entry).fullName);
      ctx.record({ path: entry.name, size: entry.size, status: 'Deleted', action: 'delete' });
      ctx.log('debug', `deleted ${entry.name}`);
    } catch (err) {
      ctx.failed(entry.name, entry.size, 'delete', err);
    }
  }

  async function updateProperties(entry: Entry, listed: Entry): Promise<boolean> {
    // Only a side that sets properties in place takes part (blobs, shares; not local files).
    if (!destination.setProperties) return false;
    let dest = listed;
    try {
      // A listing without headers (a share's): they are read for this object first.
      if (destination.withProperties) dest = await destination.withProperties(listed);
    } catch (err) {
      ctx.failed(entry.name, entry.size, 'set-properties', err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
      return true;
    }
    const { write, differs } = headers.drift(entry.name, destination.properties(dest));
    if (differs.length === 0) return false;
    const headerChanged = differs.some((d) => !d.startsWith('x-ms-meta-'));
    const metadataChanged = differs.some((d) => d.startsWith('x-ms-meta-'));
    try {
      if (!ctx.options.dryRun) await destination.setProperties(dest, write.props, { headers: headerChanged, metadata: metadataChanged });
      ctx.propertiesUpdated(entry.name, entry.size, differs, headerRecord(write));
      ctx.published?.touched(destination.properties(dest).fullName);
      if (headers.rules) ctx.published?.countRule(write.setBy);
    } catch (err) {
      ctx.failed(entry.name, entry.size, 'set-properties', err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
    }
    return true;
  }

  return { direction, headers, transfer, remove, updateProperties };
}
