// A byte-weighted semaphore: the memory budget that every transfer's buffers
// share. A large file's block holds a block-sized buffer while it is in
// flight; a small file holds only its own bytes. Weighing each request by
// the bytes it holds bounds memory across all files whatever their sizes,
// while leaving the number of requests in flight to the job's concurrency:
// a slot per request, as before, capped thousands of 4 KiB files at the
// same handful in flight as 8 MiB blocks, which over a network's round trip
// is what bounded small-file speed.
export class MemoryBudget {
  private used = 0;
  private readonly waiting: Array<{ weight: number; go: () => void }> = [];

  /** `capacity`: bytes that may be held at once. */
  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1 byte');
  }

  /** Bytes held now (for tests and diagnostics). */
  get inUse(): number {
    return this.used;
  }

  /**
   * Runs `fn` once `bytes` fit in the budget, and gives them back when it
   * settles. A request larger than the whole budget runs alone rather than
   * never. Waiters are served in order: a large block waiting at the head is
   * not starved by a stream of small files slipping past it.
   */
  async run<T>(bytes: number, fn: () => Promise<T>): Promise<T> {
    const weight = Math.min(this.capacity, Math.max(1, Math.ceil(bytes)));
    if (this.waiting.length === 0 && this.used + weight <= this.capacity) this.used += weight;
    else await new Promise<void>((go) => this.waiting.push({ weight, go }));
    try {
      return await fn();
    } finally {
      this.used -= weight;
      this.wake();
    }
  }

  private wake(): void {
    while (this.waiting.length > 0 && this.used + this.waiting[0].weight <= this.capacity) {
      const next = this.waiting.shift()!;
      this.used += next.weight;
      next.go();
    }
  }
}
