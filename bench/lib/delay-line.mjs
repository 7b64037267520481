// One direction of a delayed link: every item pushed comes out `delayMs`
// later, in the order it went in. Items are delayed, never serialized: a
// chunk pushed 5 ms after another comes out 5 ms after it, not a whole delay
// after it, so the link adds latency without capping throughput. One timer
// per line, armed for the oldest item; items due together go out together.
//
// The clock and the timer are injectable so that the ordering and timing
// rules can be tested without real time.

const realClock = {
  now: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (t) => clearTimeout(t),
};


export class DelayLine {
  /**
   * @param {{ delayMs: number, deliver: (item: any) => void, clock?: typeof realClock }} opts
   */
  constructor({ delayMs, deliver, clock = realClock }) {
    this.delayMs = delayMs;
    this.deliver = deliver;
    this.clock = clock;
    this.queue = []; // [{due, item, bytes}], due never decreasing
    this.head = 0;
    this.lastDue = -Infinity;
    this.timer = undefined;
    this.queuedBytes = 0;
    this.closed = false;
  }

  /**
   * @param {any} item what deliver() receives
   * @param {{ bytes?: number, notBefore?: number }} [opts] bytes: counted in
   *   queuedBytes (for backpressure); notBefore: the earliest clock time it may
   *   go out (a connection's handshake still under way)
   */
  push(item, { bytes = 0, notBefore = -Infinity } = {}) {
    if (this.closed) return;
    // Never earlier than the item before it: order is kept even if notBefore moved.
    const due = Math.max(this.clock.now() + this.delayMs, notBefore, this.lastDue);
    this.lastDue = due;
    this.queue.push({ due, item, bytes });
    this.queuedBytes += bytes;
    if (this.timer === undefined) this.#arm();
  }

  get pending() {
    return this.queue.length - this.head;
  }

  /** Drops whatever is still queued (the connection is gone). */
  close() {
    this.closed = true;
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = undefined;
    this.queue = [];
    this.head = 0;
    this.queuedBytes = 0;
  }

  #arm() {
    const next = this.queue[this.head];
    if (!next) return;
    // Whole ms, rounded up: a timer that still fires early is simply re-armed.
    const wait = Math.max(0, Math.ceil(next.due - this.clock.now()));
    this.timer = this.clock.setTimer(() => this.#fire(), wait);
  }

  #fire() {
    this.timer = undefined;
    const now = this.clock.now();
    while (this.head < this.queue.length && this.queue[this.head].due <= now) {
      const { item, bytes } = this.queue[this.head++];
      this.queuedBytes -= bytes;
      this.deliver(item);
      if (this.closed) return; // deliver() may close the line
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.#arm();
  }
}
