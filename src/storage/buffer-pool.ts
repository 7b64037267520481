// Buffers for the pieces of a file cut in blocks (upload blocks, verified
// download ranges), kept for reuse across files and jobs in this process.
// A fresh 8 MiB buffer per block is fresh memory from the kernel: every page
// faults in on first write, and the garbage collector hands it back later,
// so a gigabyte moved cost a gigabyte allocated and ~260,000 page faults
// (measured: 0.5-1 s of system time a GiB). What is in flight is bounded by
// the job's memory budget, in which a piece weighs its length; the spares
// kept here are bounded below.

const spares = new Map<number, Buffer[]>();
/** Spares kept per block size: as many as the default memory budget holds blocks. */
const MAX_SPARES_PER_SIZE = 16;

/**
 * A buffer for one piece of `length` bytes of a file cut in pieces of
 * `pieceSize`, contents undefined. A full piece comes from the pool; a
 * shorter one (a file's last) gets a buffer of its own length, so that a
 * piece never holds more memory than it weighs in the budget: many files
 * just over a block long would otherwise each hold a spare block for a
 * few bytes.
 */
export function takePiece(pieceSize: number, length: number): Buffer {
  if (length !== pieceSize) return Buffer.allocUnsafe(length);
  return spares.get(pieceSize)?.pop() ?? Buffer.allocUnsafeSlow(pieceSize);
}

/** A buffer from takePiece, given back once, when nothing reads it any
 *  more (a buffer still in a request's hands must not be, or the next
 *  piece would overwrite what is being sent). Only full pieces are kept. */
export function giveBackPiece(buf: Buffer, pieceSize: number): void {
  if (buf.length !== pieceSize || buf.buffer.byteLength !== pieceSize) return;
  const kept = spares.get(pieceSize) ?? [];
  if (kept.length < MAX_SPARES_PER_SIZE) kept.push(buf);
  spares.set(pieceSize, kept);
}
