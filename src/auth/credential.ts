// Chooses how to authenticate to one storage account, from the job's auth
// inputs, the location (a SAS in the URL), the environment and what the host
// lent (a TokenCredential for OIDC / service connections).
import type { TokenCredential } from '@azure/core-auth';
import type { AccountAddress } from '../contract/location.ts';
import type { AuthInputs } from '../contract/options.ts';
import { registerSecret } from './redact.ts';
import { registerSas } from './secrets.ts';
import { UsageError } from '../contract/errors.ts';
import { readSession, type Session } from './session.ts';

/** How to authenticate to one account, whatever the storage SDK: each backend builds its own credential object from it. */
export type StorageAuth =
  | { kind: 'sas'; sas: string }
  | { kind: 'key'; account: string; accountKey: string }
  | { kind: 'token'; credential: TokenCredential; description: string }
  | { kind: 'anonymous' };

/** Azurite's published development account: usable only against loopback emulators. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function parseConnectionString(cs: string): { accountName?: string; accountKey?: string; sas?: string; blobEndpoint?: string } {
  const parts: Record<string, string> = {};
  for (const piece of cs.split(';')) {
    const eq = piece.indexOf('=');
    if (eq > 0) parts[piece.slice(0, eq).trim().toLowerCase()] = piece.slice(eq + 1).trim();
  }
  return {
    accountName: parts.accountname,
    accountKey: parts.accountkey,
    sas: parts.sharedaccesssignature,
    blobEndpoint: parts.blobendpoint,
  };
}

function keyAuth(accountName: string, accountKey: string): StorageAuth {
  registerSecret(accountKey);
  return { kind: 'key', account: accountName, accountKey };
}

function sasAuth(sas: string): StorageAuth {
  const clean = sas.replace(/^\?/, '');
  registerSas(clean);
  return { kind: 'sas', sas: clean };
}

/**
 * Resolves the auth for one account. `hostCredential` is what a CI host
 * built (OIDC federation, service connection); the identity-based
 * credentials are built on demand (a dynamic import of identity.ts) so that
 * @azure/identity is only loaded when it is used.
 */
export async function resolveAuth(
  loc: AccountAddress,
  auth: AuthInputs,
  hostCredential?: TokenCredential,
  env: NodeJS.ProcessEnv = process.env,
): Promise<StorageAuth> {
  const envKey = env.AZCP_ACCOUNT_KEY ?? env.AZURE_STORAGE_KEY ?? env.AZURE_STORAGE_ACCOUNT_KEY;
  const envConn = env.AZCP_CONNECTION_STRING ?? env.AZURE_STORAGE_CONNECTION_STRING;
  const envSas = env.AZCP_SAS_TOKEN ?? env.AZURE_STORAGE_SAS_TOKEN;
  const isLoopback = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(loc.serviceUrl + '/');

  const fromConnectionString = (cs: string): StorageAuth => {
    registerSecret(cs);
    const parsed = parseConnectionString(cs);
    if (parsed.sas) return sasAuth(parsed.sas);
    if (parsed.accountKey) {
      if (parsed.accountName && parsed.accountName !== loc.account) {
        throw new UsageError(`the connection string is for account "${parsed.accountName}" but the URL names "${loc.account}"`);
      }
      return keyAuth(loc.account, parsed.accountKey);
    }
    throw new UsageError('the connection string has neither AccountKey nor SharedAccessSignature');
  };

  switch (auth.kind) {
    case 'sas': {
      const sas = loc.sas ?? auth.sasToken ?? envSas;
      if (!sas) throw new UsageError('auth is sas but no SAS token was given: append ?SAS to the URL, or set sasToken / AZCP_SAS_TOKEN');
      return sasAuth(sas);
    }
    case 'key': {
      const key = auth.accountKey ?? envKey ?? (isLoopback && loc.account === DEV_ACCOUNT ? DEV_KEY : undefined);
      if (!key) throw new UsageError('auth is key but no account key was given: set accountKey or AZCP_ACCOUNT_KEY');
      return keyAuth(loc.account, key);
    }
    case 'connection-string': {
      const cs = auth.connectionString ?? envConn;
      if (!cs) throw new UsageError('auth is connection-string but none was given: set connectionString or AZCP_CONNECTION_STRING');
      return fromConnectionString(cs);
    }
    case 'oidc':
    case 'workload-identity':
    case 'managed-identity':
    case 'azure-cli': {
      if (hostCredential && (auth.kind === 'oidc' || auth.kind === 'workload-identity')) {
        return { kind: 'token', credential: hostCredential, description: auth.kind };
      }
      const { buildTokenCredential } = await import('./identity.ts');
      return { kind: 'token', credential: buildTokenCredential(auth, env), description: auth.kind };
    }
    case 'login': {
      const session = readSession(env);
      if (!session) throw new UsageError('--auth login needs a saved sign-in: run azcp login first (azcp login status shows it)');
      return sessionAuth(session, env);
    }
    case 'auto':
    default: {
      if (loc.sas) return sasAuth(loc.sas);
      if (auth.sasToken) return sasAuth(auth.sasToken);
      if (auth.accountKey) return keyAuth(loc.account, auth.accountKey);
      if (auth.connectionString) return fromConnectionString(auth.connectionString);
      if (hostCredential) return { kind: 'token', credential: hostCredential, description: 'host' };
      if (envSas) return sasAuth(envSas);
      if (envKey) return keyAuth(loc.account, envKey);
      if (envConn) return fromConnectionString(envConn);
      if (isLoopback && loc.account === DEV_ACCOUNT) return keyAuth(loc.account, DEV_KEY);
      if (isLoopback && loc.serviceUrl.startsWith('http:')) {
        // Entra ID tokens are never sent over plain http; say what to give instead.
        throw new UsageError(`no credentials for account "${loc.account}" at ${loc.serviceUrl}: add ?SAS to the URL, or set AZCP_ACCOUNT_KEY or AZCP_CONNECTION_STRING`);
      }
      // The sign-in azcp login saved, when nothing above applied.
      const session = readSession(env);
      if (session) return sessionAuth(session, env);
      const { buildTokenCredential } = await import('./identity.ts');
      return { kind: 'token', credential: buildTokenCredential(auth, env), description: 'identity chain' };
    }
  }
}

/** A token credential from the saved session (login.ts loads @azure/identity). */
async function sessionAuth(session: Session, env: NodeJS.ProcessEnv): Promise<StorageAuth> {
  const { sessionCredential } = await import('./login.ts');
  return { kind: 'token', credential: await sessionCredential(session, env), description: `azcp login (${session.method}, ${session.who})` };
}
