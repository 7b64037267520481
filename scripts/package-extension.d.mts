export declare const TASK_FOLDER: string;
export declare function versionIssues(pkg: { version: string }, task: Record<string, any>, extension: Record<string, any>): string[];
export declare function stageExtension(stage: string): string;
export declare function createVsix(stage: string, outDir: string, version: string, extraArgs?: string[]): { vsix: string; output: string };
