// Types for bench/lib/latency-proxy.mjs.
export declare const SAMPLE_MS: number;
export interface LatencyRunStats {
  sampleMs: number;
  harnessCpuS: number;
  connections: number;
  requests: number;
  responses: number;
  bytesUp: number;
  bytesDown: number;
  samples: number[];
  peak: number;
  median: number;
  busySamples: number;
}
export interface LatencyProxy {
  port: number;
  delayMs: number;
  connectRtts: number;
  serviceUrl(account: string): string;
  beginRun(): void;
  endRun(): LatencyRunStats;
  close(): Promise<void>;
}
export declare function startLatencyProxy(opts: { targetPort: number; targetHost?: string; delayMs: number; connectRtts?: number }): Promise<LatencyProxy>;
