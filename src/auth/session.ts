// The saved sign-in of `azcp login`: how to get a token again, and who it
// is for. The file holds no secret (no token, no client secret, no key):
// a client secret is read from AZCP_CLIENT_SECRET each time, a certificate
// from its file, a federated token from its file, and a device-code
// sign-in's refresh token lives only in @azure/identity's encrypted token
// cache (the OS keyring), never here. `azcp logout` removes the file and
// that cache.
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from '../contract/errors.ts';

export const LOGIN_METHODS = ['deviceCode', 'servicePrincipalSecret', 'servicePrincipalCertificate', 'managedIdentity', 'workloadIdentity', 'azureCli'] as const;
export type LoginMethod = (typeof LOGIN_METHODS)[number];

/** The name of @azure/identity's persistent token cache that azcp login uses (logout removes it). */
export const TOKEN_CACHE_NAME = 'azcp';

export interface Session {
  version: 1;
  method: LoginMethod;
  /** The tenant signed in to (id or domain; 'organizations' for a device code without --tenant-id). */
  tenantId?: string;
  /** The application (client) id: the service principal, the workload identity's app, or the device-code client. */
  clientId?: string;
  authorityHost?: string;
  certificatePath?: string;
  identityClientId?: string;
  identityResourceId?: string;
  federatedTokenFile?: string;
  /** deviceCode: @azure/identity's AuthenticationRecord (account ids and names; no secret). */
  authenticationRecord?: { authority: string; homeAccountId: string; clientId: string; tenantId: string; username: string };
  /** Who the token is for, as its claims say (user name, or app id / object id). */
  who: string;
  /** The tenant the token was issued by (its tid claim). */
  tokenTenantId?: string;
  /** When the token got at sign-in expires (later commands get new ones). */
  expiresOn: string;
  savedAt: string;
  /** deviceCode: where its refresh token is kept. */
  tokenCache: 'encrypted' | 'unencrypted (opt-in)' | 'none';
}

/** Where sessions live: AZCP_LOGIN_DIR, else ~/.azcp. */
export function sessionPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.AZCP_LOGIN_DIR || join(homedir(), '.azcp'), 'session.json');
}

/**
 * Why a session file (or the folder it goes in) cannot be trusted, or
 * undefined. The session says where to sign in (authorityHost) and with
 * which certificate or token file: one planted or edited by another user
 * would send this user's client secret or assertion to them. So, as ssh
 * does with its keys: the file is the user's own regular file (not a
 * link), writable by nobody else, in a folder of the user's (or root's)
 * that not everyone may write to (unless, like /tmp, it is sticky: others
 * cannot replace a file there).
 * Not on Windows, which has no POSIX owners here.
 */
export function untrustedSessionPlace(path: string, which: 'file' | 'folder'): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const s = which === 'file' ? lstatSync(path) : statSync(path);
  if (which === 'file' && !s.isFile()) return 'it is not a regular file (a link?)';
  if (s.uid !== uid && !(which === 'folder' && s.uid === 0)) return `it belongs to another user (uid ${s.uid})`;
  // The folder may be group-writable (a umask of 002 with a group of one's
  // own makes ~/.azcp so); the file azcp writes 0600, so a writable one was changed.
  if (which === 'file' ? s.mode & 0o022 : s.mode & 0o002 && !(s.mode & 0o1000)) return 'other users may write to it';
  return undefined;
}

export function readSession(env: NodeJS.ProcessEnv = process.env): Session | undefined {
  const path = sessionPath(env);
  if (!existsSync(path)) return undefined;
  const why = untrustedSessionPlace(path, 'file') ?? untrustedSessionPlace(dirname(path), 'folder');
  if (why) throw new UsageError(`the saved sign-in ${path} is not used: ${why}. Run azcp logout, then azcp login (with AZCP_LOGIN_DIR a folder of your own)`);
  let s: Session;
  try {
    s = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`the saved sign-in ${path} cannot be read (${(err as Error).message}); run azcp logout, then azcp login`);
  }
  if (s?.version !== 1 || !LOGIN_METHODS.includes(s.method)) throw new UsageError(`the saved sign-in ${path} is not one this azcp knows; run azcp logout, then azcp login`);
  return s;
}

/** Written whole (a temporary file renamed over it), readable by the user only. */
export function writeSession(session: Session, env: NodeJS.ProcessEnv = process.env): string {
  const path = sessionPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const why = untrustedSessionPlace(dirname(path), 'folder');
  if (why) throw new UsageError(`the sign-in is not saved in ${dirname(path)}: ${why}. Set AZCP_LOGIN_DIR to a folder of your own`);
  const tmp = `${path}.${process.pid}.tmp`;
  // A link left at the temporary name is removed, not written through ('wx': only a new file).
  rmSync(tmp, { force: true });
  writeFileSync(tmp, JSON.stringify(session, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return path;
}

/** Removes the session file; true if there was one. */
export function removeSession(env: NodeJS.ProcessEnv = process.env): boolean {
  const path = sessionPath(env);
  const had = existsSync(path);
  rmSync(path, { force: true });
  return had;
}

/**
 * The files of the persistent token cache named TOKEN_CACHE_NAME: the
 * persistence plugin keeps them in ~/.IdentityService (the cache itself, or
 * on Linux the file that stands for the keyring entry, and their lock files).
 * Removed by logout; returns what it removed.
 */
export function removeTokenCacheFiles(home: string = homedir()): string[] {
  const dir = join(home, '.IdentityService');
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === TOKEN_CACHE_NAME || name.startsWith(`${TOKEN_CACHE_NAME}.`)) {
      rmSync(join(dir, name), { force: true, recursive: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}
