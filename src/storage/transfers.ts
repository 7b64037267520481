// Which code moves an object from a side of one kind to a side of another.
// A backend adds its Side class to SideOfKind and its rows to TRANSFERS.
import mime from 'mime';
import { MemoryBudget } from '../engine/limiter.ts';
import type { Entry } from '../engine/types.ts';
import { UsageError } from '../contract/errors.ts';
import type { Direction, Side, TransferIo, TransferJob, TransferOutcome, TransferSettings, WriteProps } from './side.ts';
import type { LocalSide } from './local/side.ts';
import type { LocalEntry } from './local/entry.ts';
import type { BlobSide } from './blob/side.ts';
import type { BlobEntry } from './blob/entry.ts';
import type { FileSide } from './file/side.ts';
import type { FileEntry } from './file/entry.ts';

interface SideOfKind {
  local: LocalSide;
  blob: BlobSide;
  file: FileSide;
}
interface EntryOfKind {
  local: LocalEntry;
  blob: BlobEntry;
  file: FileEntry;
}
type Kind = keyof SideOfKind;
/** props: the headers and metadata the job resolved for this object (header rules); absent: the job-wide settings. */
export type TransferOne = (entry: Entry, target: string, io: TransferIo, props?: WriteProps) => Promise<TransferOutcome>;
interface Row<S extends Side, D extends Side, E extends Entry> {
  direction: Direction;
  /** Once per job. Per-job state lives in the closure or on the two sides. */
  prepare(src: S, dst: D, job: TransferJob): (entry: E, target: string, io: TransferIo, props?: WriteProps) => Promise<TransferOutcome>;
}
type Table = { [S in Kind]?: { [D in Kind]?: Row<SideOfKind[S], SideOfKind[D], EntryOfKind[S]> } };

// The same three moves for every pair of kinds: upload (local → store),
// download (store → local), and a copy inside the services (store → store).
type Store = BlobSide | FileSide;
const upload: Row<LocalSide, Store, LocalEntry> = { direction: 'upload', prepare: (src, dst, job) => (e, target, io, props) => dst.writeFromFile(src.localFile(e), target, job, io, props) };
type Read<E> = (e: E, target: string, j: TransferJob & { makeFolder(dir: string): Promise<void> }, io: TransferIo) => Promise<TransferOutcome>;

const TRANSFERS: Table = {
  local: { blob: upload, file: upload },
  blob: {
    local: { direction: 'download', prepare: (src, dst, job) => readInto<BlobEntry>(dst, job, (e, t, j, io) => src.readToFile(e, t, j, io)) },
    blob: { direction: 'copy', prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
    file: { direction: 'copy', prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
  },
  file: {
    local: { direction: 'download', prepare: (src, dst, job) => readInto<FileEntry>(dst, job, (e, t, j, io) => src.readToFile(e, t, j, io)) },
    file: { direction: 'copy', prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
    blob: { direction: 'copy', prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
  },
};

/** A download: the local side makes each folder (never through a link). */
function readInto<E extends Entry>(dst: LocalSide, job: TransferJob, read: Read<E>) {
  const j = { ...job, makeFolder: (dir: string) => dst.makeFolder(dir) };
  return (e: E, target: string, io: TransferIo) => read(e, target, j, io);
}

/** How many block-sized buffers may be in memory at once, across all files. */
export function blockSlots(concurrency: number): number {
  // 16 blocks of 8 MiB in flight saturate this machine's emulator and a
  // fast link to Azure alike; more only raises memory (measured: 32 slots
  // peaked near 600 MB on a 1 GiB download).
  return Math.max(4, Math.min(16, concurrency));
}

const DEFAULT_BLOCK_BYTES = 8 * 1024 * 1024;

/**
 * The bytes all transfers' buffers may hold at once: blockSlots blocks. Small
 * files weigh their own size in it, so they are bounded by the job's
 * concurrency (requests in flight), not by block slots.
 */
export function memoryBudgetBytes(concurrency: number, blockSize = DEFAULT_BLOCK_BYTES): number {
  return blockSlots(concurrency) * Math.max(blockSize, DEFAULT_BLOCK_BYTES);
}

/** The code that moves one object from `src` to `dst`, made once per job. */
export function transferFor(src: Side, dst: Side, settings: TransferSettings): { direction: Direction; run: TransferOne; guessType: (name: string) => string | undefined } {
  // The one widening in storage/: backends.ts guarantees that a side's kind names its class.
  const row = (TRANSFERS as Record<string, Record<string, Row<Side, Side, Entry>> | undefined>)[src.kind]?.[dst.kind];
  if (!row) throw new UsageError(`azcp cannot transfer from ${src.location.display} to ${dst.location.display} (${src.kind} → ${dst.kind})`);
  const job: TransferJob = { ...settings, memory: new MemoryBudget(memoryBudgetBytes(settings.concurrency, settings.blockSize)), guessType: (n) => mime.getType(n) ?? undefined };
  return { direction: row.direction, run: row.prepare(src, dst, job), guessType: job.guessType };
}
