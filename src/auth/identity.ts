// Identity-based credentials (Entra ID). Kept apart so @azure/identity loads
// only when a job really uses it (hosts and resolveAuth import this module
// dynamically).
//
// Every credential built here takes the same identity options:
// - authorityHost: AZURE_AUTHORITY_HOST (sovereign clouds, Azure Stack, or a
//   local token endpoint in tests), else what the caller knows (an Azure
//   Pipelines service connection's environmentAuthorityUrl), else the SDK's
//   default (login.microsoftonline.com).
// - disableInstanceDiscovery: on for an authority that is not one of
//   Microsoft's public cloud hosts. MSAL would otherwise ask
//   login.microsoftonline.com to validate the authority, which a private
//   authority (ADFS, Azure Stack, a test provider) cannot pass and a closed
//   network cannot reach. AZCP_DISABLE_INSTANCE_DISCOVERY=true|false forces it.
import {
  WorkloadIdentityCredential,
  ManagedIdentityCredential,
  AzureCliCredential,
  EnvironmentCredential,
  ChainedTokenCredential,
  ClientAssertionCredential,
  ClientSecretCredential,
  ClientCertificateCredential,
  AzurePipelinesCredential,
  DeviceCodeCredential,
  useIdentityPlugin,
  type AuthenticationRecord,
  type TokenCachePersistenceOptions,
} from '@azure/identity';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { TOKEN_CACHE_NAME, type LoginMethod, type Session } from './session.ts';
import type { AuthInputs } from '../contract/options.ts';
import { UsageError } from '../contract/errors.ts';
import { registerSecret } from './redact.ts';

/** Authority hosts MSAL knows without instance discovery (public and sovereign clouds). */
const MICROSOFT_AUTHORITY_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login-us.microsoftonline.com',
]);

export interface IdentityOptions {
  authorityHost?: string;
  disableInstanceDiscovery?: boolean;
}

/**
 * The identity options every credential gets. `fallbackAuthority` is an
 * authority the host knows (a service connection's environment), used only
 * when AZURE_AUTHORITY_HOST is not set.
 */
export function identityOptions(env: NodeJS.ProcessEnv = process.env, fallbackAuthority?: string): IdentityOptions {
  const raw = (env.AZURE_AUTHORITY_HOST || fallbackAuthority || '').trim();
  const out: IdentityOptions = {};
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UsageError(`the authority host "${raw}" is not a URL such as https://login.microsoftonline.com`);
    }
    if (url.protocol !== 'https:') throw new UsageError(`the authority host must use https: "${raw}"`);
    out.authorityHost = url.origin;
    out.disableInstanceDiscovery = !MICROSOFT_AUTHORITY_HOSTS.has(url.hostname.toLowerCase());
  }
  const forced = env.AZCP_DISABLE_INSTANCE_DISCOVERY?.trim().toLowerCase();
  if (forced === 'true' || forced === '1') out.disableInstanceDiscovery = true;
  else if (forced === 'false' || forced === '0') out.disableInstanceDiscovery = false;
  return out;
}

/**
 * A federated credential: Entra ID exchanges an assertion (a CI provider's
 * OIDC ID token) for an access token. `getAssertion` is called every time
 * MSAL needs a new access token, so it must fetch a FRESH ID token from the
 * host each time: a token fetched once at the start of a job expires
 * (AADSTS700024) while long transfers are still running.
 */
export function buildFederatedCredential(
  tenantId: string,
  clientId: string,
  getAssertion: () => Promise<string>,
  env: NodeJS.ProcessEnv = process.env,
): TokenCredential {
  return new ClientAssertionCredential(tenantId, clientId, getAssertion, identityOptions(env));
}

/** What an Azure Pipelines service connection (ARM endpoint) holds, read by the host. */
export interface ServiceConnection {
  /** The connection's id: the azureSubscription input's value. */
  id: string;
  /** WorkloadIdentityFederation | ServicePrincipal | ManagedServiceIdentity */
  scheme: string;
  tenantId?: string;
  clientId?: string;
  /** ServicePrincipal: spnKey | spnCertificate */
  authenticationType?: string;
  clientSecret?: string;
  /** PEM with the private key (and certificate). */
  certificate?: string;
  /** environmentAuthorityUrl of the connection (sovereign clouds). */
  authorityUrl?: string;
  /** WorkloadIdentityFederation: System.AccessToken, which authorises the OIDC request. */
  systemAccessToken?: string;
}

export function buildServiceConnectionCredential(conn: ServiceConnection, env: NodeJS.ProcessEnv = process.env): TokenCredential {
  const options = identityOptions(env, conn.authorityUrl);
  const scheme = conn.scheme.toLowerCase();
  const need = (what: string, value: string | undefined): string => {
    if (!value) throw new UsageError(`the service connection "${conn.id}" (${conn.scheme}) has no ${what}`);
    return value;
  };
  switch (scheme) {
    case 'workloadidentityfederation': {
      const tenantId = need('tenant id', conn.tenantId);
      const clientId = need('service principal (client) id', conn.clientId);
      if (!conn.systemAccessToken) {
        throw new UsageError(
          'workload identity federation needs System.AccessToken to ask Azure Pipelines for an ID token; it was not available to the task',
        );
      }
      if (!env.SYSTEM_OIDCREQUESTURI) {
        throw new UsageError('workload identity federation needs System.OidcRequestUri (SYSTEM_OIDCREQUESTURI); run it in an Azure Pipelines job on agent 3.227 or later');
      }
      registerSecret(conn.systemAccessToken);
      // AzurePipelinesCredential POSTs to SYSTEM_OIDCREQUESTURI for a fresh
      // ID token whenever MSAL needs a new access token.
      return new AzurePipelinesCredential(tenantId, clientId, conn.id, conn.systemAccessToken, options);
    }
    case 'serviceprincipal': {
      const tenantId = need('tenant id', conn.tenantId);
      const clientId = need('service principal (client) id', conn.clientId);
      const type = (conn.authenticationType ?? (conn.certificate ? 'spnCertificate' : 'spnKey')).toLowerCase();
      if (type === 'spncertificate') {
        const certificate = need('certificate', conn.certificate);
        registerSecret(certificate);
        return new ClientCertificateCredential(tenantId, clientId, { certificate }, options);
      }
      const secret = need('client secret', conn.clientSecret);
      registerSecret(secret);
      return new ClientSecretCredential(tenantId, clientId, secret, options);
    }
    case 'managedserviceidentity':
      return new ManagedIdentityCredential(conn.clientId ? { clientId: conn.clientId, ...options } : { ...options });
    default:
      throw new UsageError(
        `the service connection "${conn.id}" uses the ${conn.scheme} scheme; azcp supports WorkloadIdentityFederation, ServicePrincipal and ManagedServiceIdentity`,
      );
  }
}

export function buildTokenCredential(auth: AuthInputs, env: NodeJS.ProcessEnv): TokenCredential {
  const clientId = auth.clientId ?? env.AZURE_CLIENT_ID;
  const tenantId = auth.tenantId ?? env.AZURE_TENANT_ID;
  const options = identityOptions(env);
  switch (auth.kind) {
    case 'workload-identity':
    case 'oidc': {
      const tokenFilePath = env.AZURE_FEDERATED_TOKEN_FILE;
      if (!clientId || !tenantId || !tokenFilePath) {
        throw new UsageError('workload identity needs a client id, a tenant id and AZURE_FEDERATED_TOKEN_FILE (or run it as a CI step with OIDC)');
      }
      return new WorkloadIdentityCredential({ clientId, tenantId, tokenFilePath, ...options });
    }
    case 'managed-identity':
      return new ManagedIdentityCredential(clientId ? { clientId, ...options } : { ...options });
    case 'azure-cli':
      return new AzureCliCredential(tenantId ? { tenantId } : {});
    default: {
      // Deliberately not DefaultAzureCredential: a known, short chain whose
      // members each fail fast when not configured.
      const chain: TokenCredential[] = [new EnvironmentCredential(options)];
      if (env.AZURE_FEDERATED_TOKEN_FILE && clientId && tenantId) {
        chain.push(new WorkloadIdentityCredential({ clientId, tenantId, tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE, ...options }));
      }
      chain.push(new AzureCliCredential());
      if (env.IDENTITY_ENDPOINT || env.MSI_ENDPOINT || env.AZCP_USE_MANAGED_IDENTITY) chain.push(new ManagedIdentityCredential({ ...options }));
      return new ChainedTokenCredential(...chain);
    }
  }
}

// ---------------------------------------------------------------------------
// azcp login's methods (auth/login.ts signs in and keeps the session).
//
// A device-code sign-in can only outlive the process through its refresh
// token, and that is kept only in @azure/identity's persistent token cache
// (@azure/identity-cache-persistence: the OS keyring, encrypted). Without
// that plugin azcp refuses the device-code login before asking the user to
// sign in, rather than keep a token in a file of its own making. With the
// plugin but no keyring (a server without a Secret Service), the plugin
// refuses too, unless AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE=true says that a
// file readable only by the user will do.
// ---------------------------------------------------------------------------

export const STORAGE_SCOPE = 'https://storage.azure.com/.default';

export interface LoginRequest {
  method: LoginMethod;
  tenantId?: string;
  authorityHost?: string;
  applicationId?: string;
  certificatePath?: string;
  identityClientId?: string;
  identityResourceId?: string;
  federatedTokenFile?: string;
  /** deviceCode, from a saved session: the account to get tokens for silently. */
  authenticationRecord?: Session['authenticationRecord'];
}

/** The environment identityOptions() reads, with --authority-host taking the place of AZURE_AUTHORITY_HOST. */
const withAuthority = (env: NodeJS.ProcessEnv, authorityHost?: string): NodeJS.ProcessEnv => (authorityHost ? { ...env, AZURE_AUTHORITY_HOST: authorityHost } : env);

const truthy = (v: string | undefined) => /^(true|1|yes)$/i.test(v?.trim() ?? '');

export interface TokenCache {
  options?: TokenCachePersistenceOptions;
  kind: Session['tokenCache'];
  /** Why there is none. */
  why?: string;
}

let pluginLoaded: boolean | undefined;

/** @azure/identity's persistent token cache, when its plugin is installed. */
export async function tokenCache(env: NodeJS.ProcessEnv): Promise<TokenCache> {
  if (pluginLoaded === undefined) {
    // Not a dependency of azcp (its keyring binding needs a native build);
    // used when the user installed it next to azcp.
    const name = '@azure/identity-cache-persistence';
    try {
      const mod = (await import(name)) as { cachePersistencePlugin: Parameters<typeof useIdentityPlugin>[0] };
      useIdentityPlugin(mod.cachePersistencePlugin);
      pluginLoaded = true;
    } catch {
      pluginLoaded = false;
    }
  }
  if (!pluginLoaded) {
    return {
      kind: 'none',
      why: "no encrypted token cache is available: @azure/identity's persistence plugin (@azure/identity-cache-persistence, which keeps tokens in the OS keyring) is not installed, and azcp keeps no refresh token in a file of its own",
    };
  }
  const unencrypted = truthy(env.AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE);
  return { options: { enabled: true, name: TOKEN_CACHE_NAME, unsafeAllowUnencryptedStorage: unencrypted }, kind: unencrypted ? 'unencrypted (opt-in)' : 'encrypted' };
}

function clientSecret(env: NodeJS.ProcessEnv): string {
  const secret = env.AZCP_CLIENT_SECRET || env.AZURE_CLIENT_SECRET;
  if (!secret) throw new UsageError('a service principal with a secret needs it in AZCP_CLIENT_SECRET (azcp never saves it; set it for every command, or use --certificate-path)');
  registerSecret(secret);
  return secret;
}

/** The credential one method gives; `cache` and `record` only for a device code. */
export function loginCredential(s: LoginRequest, env: NodeJS.ProcessEnv, prompt?: (message: string) => void, cache?: TokenCache): TokenCredential {
  const options = identityOptions(withAuthority(env, s.authorityHost));
  const need = (what: string, v: string | undefined) => {
    if (!v) throw new UsageError(`azcp login ${what}`);
    return v;
  };
  switch (s.method) {
    case 'deviceCode':
      return new DeviceCodeCredential({
        ...options,
        tenantId: s.tenantId,
        clientId: s.applicationId,
        authenticationRecord: s.authenticationRecord,
        tokenCachePersistenceOptions: cache?.options,
        // Later commands never prompt: a session that needs the user again says so.
        disableAutomaticAuthentication: !prompt,
        userPromptCallback: (info) => prompt?.(info.message),
      });
    case 'servicePrincipalSecret':
      return new ClientSecretCredential(need('--service-principal needs --tenant-id', s.tenantId), need('--service-principal needs --application-id', s.applicationId), clientSecret(env), options);
    case 'servicePrincipalCertificate':
      return new ClientCertificateCredential(need('--service-principal needs --tenant-id', s.tenantId), need('--service-principal needs --application-id', s.applicationId), { certificatePath: s.certificatePath! }, options);
    case 'managedIdentity':
      if (s.identityClientId && s.identityResourceId) throw new UsageError('give --identity-client-id or --identity-resource-id, not both');
      if (s.identityResourceId) return new ManagedIdentityCredential({ resourceId: s.identityResourceId, ...options });
      if (s.identityClientId) return new ManagedIdentityCredential({ clientId: s.identityClientId, ...options });
      return new ManagedIdentityCredential({ ...options });
    case 'workloadIdentity':
      return new WorkloadIdentityCredential({
        ...options,
        tenantId: need('--federated-token-file needs --tenant-id', s.tenantId),
        clientId: need('--federated-token-file needs --application-id', s.applicationId),
        tokenFilePath: s.federatedTokenFile!,
      });
    case 'azureCli':
      return new AzureCliCredential(s.tenantId ? { tenantId: s.tenantId } : {});
  }
}

/** A device-code sign-in: the code and URL through `prompt`, then the token; the record says who, for the session. */
export async function deviceCodeSignIn(req: LoginRequest, env: NodeJS.ProcessEnv, prompt: (message: string) => void, cache?: TokenCache): Promise<{ record: AuthenticationRecord; token: AccessToken; credential: TokenCredential }> {
  const credential = loginCredential(req, env, prompt, cache) as DeviceCodeCredential;
  const record = await credential.authenticate(STORAGE_SCOPE);
  if (!record) throw new Error('the sign-in returned no account');
  // From the cache now: no second prompt (MSAL refreshes with the refresh token when the access token is near its end).
  const token = await credential.getToken(STORAGE_SCOPE);
  return { record, token, credential };
}
