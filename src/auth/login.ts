// azcp login: signs in once by one of AzCopy's methods, proves it by getting
// a storage token, and returns the session (session.ts) to save; later
// commands turn a session back into a credential (sessionCredential).
// Loaded dynamically (it loads @azure/identity through identity.ts, where
// the credentials are built and where the token-cache rule is explained).
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { UsageError } from '../contract/errors.ts';
import { deviceCodeSignIn, loginCredential, STORAGE_SCOPE, tokenCache, type LoginRequest, type TokenCache } from './identity.ts';
import type { Session } from './session.ts';

export { deviceCodeSignIn, type LoginRequest } from './identity.ts';

/** The claims of an access token (never verified here: only read for who it is for). */
function claimsOf(token: string): Record<string, any> {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return {};
  }
}

function whoOf(claims: Record<string, any>, fallback: string): string {
  const user = claims.upn ?? claims.preferred_username ?? claims.unique_name ?? claims.email;
  if (user) return String(user);
  if (claims.appid || claims.azp) return `application ${claims.appid ?? claims.azp}${claims.oid ? ` (object ${claims.oid})` : ''}`;
  return fallback;
}

/** Signs in and returns the session to save (it holds no secret). `say` prints the device code's message. */
export async function login(req: LoginRequest, env: NodeJS.ProcessEnv, say: (message: string) => void): Promise<Session> {
  let token: AccessToken;
  let record: Session['authenticationRecord'];
  let cache: TokenCache | undefined;
  if (req.method === 'deviceCode') {
    cache = await tokenCache(env);
    // Said before the user is asked to sign in, not after they did.
    if (cache.kind === 'none') {
      throw new UsageError(
        `a device-code sign-in cannot be saved here: ${cache.why}. Install @azure/identity-cache-persistence next to azcp, or sign in with --service-principal, --identity, --federated-token-file or --azure-cli, which need no saved token`,
      );
    }
    try {
      ({ record, token } = await deviceCodeSignIn(req, env, say, cache));
    } catch (err) {
      const msg = (err as Error).message ?? String(err);
      if (/persist|keyring|libsecret|secret service|keychain|dpapi/i.test(msg) && cache.kind === 'encrypted') {
        throw new UsageError(`the sign-in worked but its refresh token cannot be kept encrypted: no OS keyring is available here (${msg}). Set AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE=true to keep it in a file readable only by you, or use a method that needs no saved token`);
      }
      throw err;
    }
  } else {
    const got = await loginCredential(req, env).getToken(STORAGE_SCOPE);
    if (!got) throw new Error('the identity provider returned no token');
    token = got;
  }
  const claims = claimsOf(token.token);
  return {
    version: 1,
    method: req.method,
    tenantId: req.tenantId ?? record?.tenantId,
    clientId: req.applicationId ?? record?.clientId,
    authorityHost: req.authorityHost,
    certificatePath: req.certificatePath,
    identityClientId: req.identityClientId,
    identityResourceId: req.identityResourceId,
    federatedTokenFile: req.federatedTokenFile,
    authenticationRecord: record,
    who: record?.username || whoOf(claims, req.method),
    tokenTenantId: claims.tid ?? record?.tenantId,
    expiresOn: new Date(token.expiresOnTimestamp).toISOString(),
    savedAt: new Date().toISOString(),
    tokenCache: cache?.kind ?? 'none',
  };
}

/** The credential a saved session gives later commands (no prompt: a device code that needs the user again fails and says so). */
export async function sessionCredential(s: Session, env: NodeJS.ProcessEnv): Promise<TokenCredential> {
  const req: LoginRequest = {
    method: s.method,
    tenantId: s.tenantId,
    authorityHost: s.authorityHost,
    applicationId: s.clientId,
    certificatePath: s.certificatePath,
    identityClientId: s.identityClientId,
    identityResourceId: s.identityResourceId,
    federatedTokenFile: s.federatedTokenFile,
    authenticationRecord: s.authenticationRecord,
  };
  const cache = s.method === 'deviceCode' ? await tokenCache(env) : undefined;
  if (cache?.kind === 'none') throw new UsageError(`the saved sign-in (device code, ${s.who}) needs its token cache, and ${cache.why}; run azcp login again`);
  return loginCredential(req, env, undefined, cache);
}
