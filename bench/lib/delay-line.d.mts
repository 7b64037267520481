// Types for bench/lib/delay-line.mjs (plain JavaScript so that the benchmark runs without a TypeScript loader).
export interface Clock {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}
export declare class DelayLine<T = any> {
  constructor(opts: { delayMs: number; deliver: (item: T) => void; clock?: Clock });
  push(item: T, opts?: { bytes?: number; notBefore?: number }): void;
  readonly pending: number;
  readonly queuedBytes: number;
  close(): void;
}
