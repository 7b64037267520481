// Types for bench/lib/http-messages.mjs.
export interface HttpMessageInfo {
  method?: string;
  status?: number;
}
export declare class HttpMessageStream {
  constructor(kind: 'request' | 'response', hooks?: { onMessage?: (info: HttpMessageInfo) => void; requestMethod?: () => string | undefined });
  feed(buf: Buffer): void;
  close(): void;
}
