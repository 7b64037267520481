// azcp login [status] and azcp logout: the terminal side of the saved
// sign-in (auth/session.ts holds the file, auth/login.ts signs in).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../contract/errors.ts';
import { readSession, removeSession, removeTokenCacheFiles, sessionPath, writeSession, type LoginMethod, type Session } from '../../auth/session.ts';
import { printable } from '../../job/printable.ts';
import { LOGIN_FLAGS } from './commands.ts';
import { parseFlags } from './args.ts';
import type { CliIo } from './io.ts';
import { documentLines, loginStatusContent } from './jobs-json.ts';

export const LOGIN_HELP = `Usage:
  azcp login [--tenant-id T] [--authority-host URL]        Device code (the default): prints a code and a URL, waits.
  azcp login --service-principal --application-id ID [--tenant-id T] [--certificate-path PEM]
                                      A service principal: its secret from AZCP_CLIENT_SECRET (never saved;
                                      set it for every later command too), or a certificate file.
  azcp login --identity [--identity-client-id ID | --identity-resource-id RID]
                                      This machine's managed identity.
  azcp login --federated-token-file F --application-id ID --tenant-id T
                                      Workload identity: a federated token read from F each time.
  azcp login --azure-cli [--tenant-id T]
                                      The Azure CLI's sign-in (az login).
  azcp login status [--output-type json]
                                      Who is signed in, the tenant, the method, the token's expiry; exit 1 if nobody.
  azcp logout                         Removes the saved sign-in and the token cache azcp login kept.

Later commands use the saved sign-in with --auth login, and with --auth auto when no SAS, key or connection
string applies. The session file (AZCP_LOGIN_DIR, default ~/.azcp/session.json) holds no secret. A device-code
sign-in needs @azure/identity's encrypted token cache (@azure/identity-cache-persistence, the OS keyring);
without a keyring it is refused unless AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE=true.`;

const flag = (raw: Record<string, unknown>, key: string) => raw[key] === true || raw[key] === 'true';
const text = (raw: Record<string, unknown>, key: string) => (typeof raw[key] === 'string' && raw[key] !== 'true' && raw[key] !== 'false' ? String(raw[key]) : undefined);

function existingFile(what: string, path: string | undefined): string | undefined {
  if (!path) return undefined;
  const abs = resolve(path);
  if (!existsSync(abs)) throw new UsageError(`${what} ${path} does not exist`);
  return abs;
}

export async function loginCommand(args: string[], io: CliIo): Promise<number> {
  const status = args[0] === 'status';
  const parsed = parseFlags(status ? args.slice(1) : args, LOGIN_FLAGS, status ? 'login status' : 'login');
  if (parsed.help) {
    io.out(LOGIN_HELP + '\n');
    return 0;
  }
  const raw = parsed.raw as Record<string, unknown>;
  if (status) return loginStatus(io, raw.outputType === 'json');
  if (parsed.positionals.length) throw new UsageError(`login takes no location; unexpected "${parsed.positionals[0]}" (azcp login --help)`);

  const chosen = (['servicePrincipal', 'identity', 'federatedTokenFile', 'azureCli'] as const).filter((k) => (k === 'federatedTokenFile' ? !!text(raw, k) : flag(raw, k)));
  if (chosen.length > 1) throw new UsageError(`choose one way to sign in; got ${chosen.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(' and ')}`);
  const certificatePath = existingFile('--certificate-path', text(raw, 'certificatePath'));
  const federatedTokenFile = existingFile('--federated-token-file', text(raw, 'federatedTokenFile'));
  const method: LoginMethod = chosen[0] === 'servicePrincipal' ? (certificatePath ? 'servicePrincipalCertificate' : 'servicePrincipalSecret') : chosen[0] === 'identity' ? 'managedIdentity' : chosen[0] === 'federatedTokenFile' ? 'workloadIdentity' : chosen[0] === 'azureCli' ? 'azureCli' : 'deviceCode';
  if (certificatePath && !chosen.includes('servicePrincipal')) throw new UsageError('--certificate-path goes with --service-principal');
  if ((text(raw, 'identityClientId') || text(raw, 'identityResourceId')) && method !== 'managedIdentity') throw new UsageError('--identity-client-id and --identity-resource-id go with --identity');
  const { login } = await import('../../auth/login.ts');
  const session = await login(
    {
      method,
      tenantId: text(raw, 'tenantId') ?? io.env.AZURE_TENANT_ID,
      authorityHost: text(raw, 'authorityHost'),
      applicationId: text(raw, 'applicationId'),
      certificatePath,
      identityClientId: text(raw, 'identityClientId'),
      identityResourceId: text(raw, 'identityResourceId'),
      federatedTokenFile,
    },
    io.env,
    (message) => io.err(printable(message) + '\n'),
  );
  const path = writeSession(session, io.env);
  io.out(`Signed in as ${printable(session.who)} (tenant ${session.tokenTenantId ?? session.tenantId ?? '?'}) by ${session.method}; the token expires at ${session.expiresOn}.\n`);
  io.out(`Saved to ${path} (no secret in it). Later commands use it with --auth login, and with --auth auto when no SAS, key or connection string applies.\n`);
  if (method === 'servicePrincipalSecret') io.out('The client secret was not saved: set AZCP_CLIENT_SECRET for every later command too.\n');
  return 0;
}

function loginStatus(io: CliIo, json: boolean): number {
  const s = readSession(io.env);
  if (!s) {
    // JSON: AzCopy's LoginStatusInfo line (LoginStatusOutput), then EndOfJob; azcp's status in it.
    if (json) io.out(documentLines('LoginStatusInfo', loginStatusContent(undefined, { signedIn: false, session: sessionPath(io.env) })));
    else io.err(`not signed in (no ${sessionPath(io.env)}); run azcp login\n`);
    return 1;
  }
  const expired = Date.parse(s.expiresOn) <= Date.now();
  if (json) {
    io.out(documentLines('LoginStatusInfo', loginStatusContent(s, statusObject(s, expired, sessionPath(io.env)))));
    return 0;
  }
  io.out(
    [
      `Signed in as ${printable(s.who)}`,
      `  tenant:   ${s.tokenTenantId ?? s.tenantId ?? 'organizations'}`,
      `  method:   ${s.method}${s.clientId ? ` (application ${s.clientId})` : ''}`,
      `  token:    ${expired ? 'expired' : 'expires'} at ${s.expiresOn}${expired ? (s.method === 'deviceCode' ? ' (renewed from the token cache on the next command)' : ' (a new one is got on the next command)') : ''}`,
      `  saved:    ${s.savedAt} in ${sessionPath(io.env)}${s.method === 'deviceCode' ? `; refresh token: ${s.tokenCache} token cache` : ''}`,
    ].join('\n') + '\n',
  );
  return 0;
}

function statusObject(s: Session, expired: boolean, path: string): object {
  return { signedIn: true, who: s.who, tenantId: s.tokenTenantId ?? s.tenantId, method: s.method, clientId: s.clientId, expiresOn: s.expiresOn, expired, savedAt: s.savedAt, tokenCache: s.tokenCache, session: path };
}

export function logoutCommand(args: string[], io: CliIo): number {
  if (args[0] === '--help' || args[0] === '-h') {
    io.out('Usage: azcp logout\n\nRemoves the sign-in azcp login saved: the session file and the token cache it kept.\n');
    return 0;
  }
  if (args.length) throw new UsageError('logout takes no arguments');
  const s = readSessionQuietly(io.env);
  const had = removeSession(io.env);
  const cache = removeTokenCacheFiles(io.env.HOME || undefined);
  if (!had && !cache.length) {
    io.out('Not signed in; nothing to remove.\n');
    return 0;
  }
  io.out(`Signed out${s ? ` ${printable(s.who)}` : ''}: removed ${[had ? sessionPath(io.env) : '', ...cache].filter(Boolean).join(', ')}.\n`);
  return 0;
}

/** A damaged session file is still removed by logout. */
function readSessionQuietly(env: NodeJS.ProcessEnv): Session | undefined {
  try {
    return readSession(env);
  } catch {
    return undefined;
  }
}
