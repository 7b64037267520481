// The Entra credential for Azure Resource Manager (the CDN purge): the
// credential the CI host lent (OIDC, a service connection), else the same
// identity chain the storage side would use. Storage-only secrets (SAS,
// account key, connection string) cannot reach ARM, so with those the
// environment's identity (service principal, workload identity, Azure CLI,
// managed identity) is used. The ARM endpoint follows the cloud:
// AZCP_ARM_ENDPOINT, default https://management.azure.com; the token's
// scope is that endpoint's /.default.
import type { TokenCredential } from '@azure/core-auth';
import type { AuthInputs } from '../contract/options.ts';
import { UsageError } from '../contract/errors.ts';
import { registerSecret } from './redact.ts';

export const DEFAULT_ARM_ENDPOINT = 'https://management.azure.com';

export function armEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env.AZCP_ARM_ENDPOINT ?? '').trim() || DEFAULT_ARM_ENDPOINT;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`AZCP_ARM_ENDPOINT "${raw}" is not a URL such as ${DEFAULT_ARM_ENDPOINT}`);
  }
  // A bearer token never travels over plain http.
  if (url.protocol !== 'https:') throw new UsageError(`AZCP_ARM_ENDPOINT must use https: "${raw}"`);
  return url.origin;
}

/** A function that returns a fresh ARM bearer token (registered for redaction before anyone sees it). */
export async function armTokenSource(auth: AuthInputs, hostCredential: TokenCredential | undefined, endpoint: string, env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<string>> {
  let credential = hostCredential;
  if (!credential) {
    const { buildTokenCredential } = await import('./identity.ts');
    const storageOnly = auth.kind === 'sas' || auth.kind === 'key' || auth.kind === 'connection-string';
    credential = buildTokenCredential(storageOnly ? { ...auth, kind: 'auto' } : auth, env);
  }
  const scope = `${endpoint}/.default`;
  return async () => {
    const t = await credential!.getToken(scope);
    if (!t?.token) throw new Error(`no token for ${scope}`);
    registerSecret(t.token);
    return t.token;
  };
}
