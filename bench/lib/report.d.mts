// Types for bench/lib/report.mjs (the parts the tests use).
export declare function targetList(opts?: { wan?: { latencyMs: number } }): any[];
export declare function summarize(result: any): { scenarios: any[]; targets: any[] };
export declare function renderMarkdown(result: any, summary: any): string;
export declare function growthTargets(g: any): any[];
export declare function renderGrowth(g: any): string[];
