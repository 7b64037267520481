export declare function taskSchemaIssues(task: Record<string, any>, taskDir?: string): string[];
