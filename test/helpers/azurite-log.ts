// Azurite's own request log (--debug FILE): which operations the emulator
// served, on which blob, in which order. Tests read it to prove the order
// of a job's writes and to count requests, from the server's side rather
// than from the client's word.
//
// Azurite writes several lines per request, each with the request id:
//   ... <id> info: BlobStorageContextMiddleware: Account=A Container=C Blob=B
//   ... <id> info: DispatchMiddleware: Operation=BlockBlob_Upload
//   ... <id> info: EndMiddleware: End response. TotalTimeInMS=3 StatusCode=201 ...
import { readFileSync, existsSync } from 'node:fs';

export interface LoggedRequest {
  id: string;
  operation?: string;
  container?: string;
  blob?: string;
  status?: number;
  /** Position of the request's first line and of its end line in the log: a request ends before another starts iff end < other's start. */
  start: number;
  end?: number;
}

export function readAzuriteLog(path: string): LoggedRequest[] {
  if (!existsSync(path)) return [];
  const byId = new Map<string, LoggedRequest>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      const m = /^\S+ ([0-9a-f-]{36}) \w+: (\w+): (.*)$/.exec(line);
      if (!m) return;
      const [, id, where, text] = m;
      let r = byId.get(id);
      if (!r) byId.set(id, (r = { id, start: n }));
      if (where === 'DispatchMiddleware') {
        const op = /^Operation=(\S+)/.exec(text);
        if (op) r.operation = op[1];
      } else if (where === 'BlobStorageContextMiddleware') {
        const at = /^Account=\S+ Container=(\S*) Blob=(.*)$/.exec(text);
        if (at) {
          r.container = at[1];
          r.blob = at[2];
        }
      } else if (where === 'EndMiddleware') {
        const s = /StatusCode=(\d+)/.exec(text);
        if (s) r.status = Number(s[1]);
        r.end = n;
      }
    });
  return [...byId.values()].sort((a, b) => a.start - b.start);
}

/** Waits until the log holds `count` ended requests matching `pick` (Azurite writes it asynchronously). */
export async function settledLog(path: string, pick: (r: LoggedRequest) => boolean, count: number, timeoutMs = 5000): Promise<LoggedRequest[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const all = readAzuriteLog(path);
    if (all.filter((r) => pick(r) && r.end !== undefined).length >= count || Date.now() > until) return all;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A position in the log after everything Azurite has to write so far (it writes lines late): the log's line count once it stopped growing. */
export async function quietMark(path: string, quietMs = 200): Promise<number> {
  const lines = () => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length : 0);
  let n = lines();
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    const m = lines();
    if (m === n) return n;
    n = m;
  }
}
