// The bytes of one file, stored sparsely: only the ranges that were written
// are kept (as a sorted list of non-overlapping extents), so a 4 TiB file
// created with x-ms-content-length costs nothing until it is written, and
// unwritten ranges read back as zeros, as on the service.

export class SparseContent {
  constructor() {
    /** @type {{ start: number, data: Buffer }[]} sorted by start, never overlapping */
    this.extents = [];
  }

  /** Bytes held in memory (for tests that check nothing was allocated). */
  get storedBytes() {
    return this.extents.reduce((n, e) => n + e.data.length, 0);
  }

  /** @param {number} offset @param {Buffer} data */
  write(offset, data) {
    if (data.length === 0) return;
    this.clear(offset, offset + data.length);
    const copy = Buffer.from(data); // the caller's buffer may be reused
    const at = this.extents.findIndex((e) => e.start > offset);
    this.extents.splice(at === -1 ? this.extents.length : at, 0, { start: offset, data: copy });
  }

  /** Forgets the bytes in [start, end): they read as zeros again. */
  clear(start, end) {
    const kept = [];
    for (const e of this.extents) {
      const eEnd = e.start + e.data.length;
      if (eEnd <= start || e.start >= end) {
        kept.push(e);
        continue;
      }
      if (e.start < start) kept.push({ start: e.start, data: e.data.subarray(0, start - e.start) });
      if (eEnd > end) kept.push({ start: end, data: e.data.subarray(end - e.start) });
    }
    this.extents = kept.sort((a, b) => a.start - b.start);
  }

  /** Drops everything at or beyond size (a file made smaller). */
  truncate(size) {
    this.clear(size, Number.MAX_SAFE_INTEGER);
  }

  /** The bytes in [start, end), zeros where nothing was written. */
  read(start, end) {
    const out = Buffer.alloc(end - start);
    for (const e of this.extents) {
      const eEnd = e.start + e.data.length;
      if (eEnd <= start || e.start >= end) continue;
      const from = Math.max(start, e.start);
      const to = Math.min(end, eEnd);
      e.data.copy(out, from - start, from - e.start, to - e.start);
    }
    return out;
  }

  /**
   * The written ranges within [start, end), adjacent ones merged, as
   * inclusive { start, end } pairs the way List Ranges reports them.
   */
  ranges(start = 0, end = Number.MAX_SAFE_INTEGER) {
    const out = [];
    for (const e of this.extents) {
      const from = Math.max(start, e.start);
      const to = Math.min(end, e.start + e.data.length);
      if (from >= to) continue;
      const last = out[out.length - 1];
      if (last && last.end + 1 === from) last.end = to - 1;
      else out.push({ start: from, end: to - 1 });
    }
    return out;
  }
}
