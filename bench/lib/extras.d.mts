// Types for bench/lib/extras.mjs (the parts the tests use).
export interface GrowthPoint {
  entries: number;
  wallS: number;
  cpuS: number;
  peakRssMB: number;
  engineS: number;
  heapPeakMB: number;
  heapRetainedGrowthMB: number;
  steps: number;
  reconciliation: { basis: string; ok: boolean; matched: number; sourceCount: number; destinationCount: number };
  error?: string;
}
export interface GrowthStep {
  from: number;
  to: number;
  entries: number;
  wall: number;
  cpu: number;
  engine: number;
  rss: number;
  heapPeak: number;
}
export interface GrowthRatios {
  steps: GrowthStep[];
  overall?: { from: number; to: number; rss: number; heapPeak: number };
}
export declare function measureNoopGrowth(sizes: number[]): Promise<{ sizes: number[]; points: GrowthPoint[]; ratios: GrowthRatios }>;
export declare function growthRatios(points: Partial<GrowthPoint>[]): GrowthRatios;
export interface Md5Floor {
  runs: number;
  gib: number;
  cpuSPerGiB: number;
  minS: number;
  maxS: number;
  error?: string;
}
export declare function measureMd5Floor(runs?: number, gib?: number): Md5Floor;
