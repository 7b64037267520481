// Types for scripts/azurite.mjs (plain JavaScript so that `npm start` and the
// benchmarks run it without a TypeScript loader).
export declare const DEV_ACCOUNT: string;
export declare const DEV_KEY: string;
export interface AzuriteInstance {
  port: number;
  serviceUrl: string;
  account: string;
  key: string;
  connectionString: string;
  pid: number;
  stop(): Promise<void>;
}
export declare function startAzurite(options?: { extraArgs?: string[]; env?: NodeJS.ProcessEnv; host?: string }): Promise<AzuriteInstance>;
