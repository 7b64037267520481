// Types for scripts/files-server.mjs (plain JavaScript so it runs without a TypeScript loader).
export declare const DEV_ACCOUNT: string;
export declare const DEV_KEY: string;
export interface FilesServerRequest {
  method: string;
  /** The decoded request path, e.g. /devstoreaccount1/share/dir/file.txt */
  path: string;
  comp: string | null;
  restype: string | null;
  /** The operation it was routed to (e.g. PutRange); undefined when none matched. */
  operation?: string;
  status: number;
  errorCode?: string;
}
export interface FilesServer {
  url: string;
  port: number;
  account: string;
  accountKey: string;
  connectionString: string;
  requests: FilesServerRequest[];
  store: { shares: Map<string, unknown> };
  close(): Promise<void>;
}
export declare function startFilesServer(options?: { port?: number; host?: string; tls?: { cert: string; key: string } }): Promise<FilesServer>;
