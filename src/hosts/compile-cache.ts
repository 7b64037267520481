// Node 22 and later can keep the bundle's compiled code between runs
// (module.enableCompileCache): a short job (a deploy, a one-file copy) then
// skips most of V8's compile work from its second run on. Node 20 has no
// such API, and nothing happens there.
//
// The cache is kept in a folder of the user's own (~/.azcp/compile-cache,
// or AZCP_COMPILE_CACHE; "off" turns it off), never Node's default in the
// shared temporary folder, where another local user could leave compiled
// code for azcp to load. A folder that is not a real folder owned by this
// user and closed to others is not used. The cache must never cost a job:
// any failure leaves it off, silently.
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

type WithCompileCache = { enableCompileCache?: (dir?: string) => unknown };

function compileCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.AZCP_COMPILE_CACHE;
  if (chosen === 'off') return undefined;
  return chosen || join(homedir(), '.azcp', 'compile-cache');
}

/** Whether `dir` is a folder only this user can write to (on Windows, a folder at all: its profile's ACLs keep it). */
function ownFolder(dir: string): boolean {
  const s = lstatSync(dir);
  if (!s.isDirectory()) return false;
  if (typeof process.getuid !== 'function') return true;
  return s.uid === process.getuid() && (s.mode & 0o022) === 0;
}

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as WithCompileCache).enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    const dir = compileCacheFolder(env);
    if (!dir) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (ownFolder(dir)) enable(dir);
  } catch {
    // No cache: the job runs as it would on Node 20.
  }
}
