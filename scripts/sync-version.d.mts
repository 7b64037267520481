export declare function syncVersion(root: string): string;
