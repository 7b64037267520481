// Types for bench/lib/inflight.mjs.
export declare class InFlightGauge {
  value: number;
  peak: number;
  add(n?: number): void;
  remove(n?: number): void;
  reset(): void;
}
export declare function summarizeInFlight(samples: number[], peak?: number): { peak: number; median: number; busySamples: number };
export declare function sparkline(samples: number[], opts?: { width?: number; top?: number }): { line: string; perChar: number };
