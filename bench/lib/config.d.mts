// Types for bench/lib/config.mjs (the parts the tests use).
export declare const WAN_SCENARIOS: string[];
export declare const DEFAULT_LATENCY_MS: number;
export declare const WAN_TARGETS: { scenario: string; peer: string; metric: string; limit: number; text: string }[];
export declare const SCENARIOS: { id: string; op: string; dataset: string }[];
export declare function loadConfig(argv?: string[], env?: Record<string, string | undefined>): any;
