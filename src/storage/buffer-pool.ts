// Block-sized buffers kept for reuse across files and jobs in this process.
// A fresh 8 MiB buffer per block is fresh memory from the kernel: every page
// faults in on first write, and the garbage collector hands it back later,
// so a gigabyte moved cost a gigabyte allocated and ~260,000 page faults
// (measured: 0.5-1 s of system time a GiB). What is in flight is bounded by
// the job's memory budget; the spares kept here are bounded below.

const spares = new Map<number, Buffer[]>();
/** Spares kept per size: as many as the default memory budget holds blocks. */
const MAX_SPARES_PER_SIZE = 16;

/** A buffer of `size` bytes that owns its whole ArrayBuffer, contents undefined. */
export function takeBuffer(size: number): Buffer {
  return spares.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
}

/** `view`: a buffer from takeBuffer, or the start of one; given back once,
 *  when nothing reads it any more (a buffer still in a request's hands
 *  must not be, or the next block would overwrite what is being sent). */
export function giveBackBuffer(view: Buffer): void {
  const whole = Buffer.from(view.buffer, 0, view.buffer.byteLength);
  const kept = spares.get(whole.length) ?? [];
  if (kept.length < MAX_SPARES_PER_SIZE) kept.push(whole);
  spares.set(whole.length, kept);
}
