// Identity-based credentials (Entra ID). Kept apart so @azure/identity loads
// only when a job really uses it.
import {
  WorkloadIdentityCredential,
  ManagedIdentityCredential,
  AzureCliCredential,
  EnvironmentCredential,
  ChainedTokenCredential,
} from '@azure/identity';
import type { TokenCredential } from '@azure/core-auth';
import type { AuthInputs } from '../job/options.ts';
import { UsageError } from '../job/errors.ts';

export function buildTokenCredential(auth: AuthInputs, env: NodeJS.ProcessEnv): TokenCredential {
  const clientId = auth.clientId ?? env.AZURE_CLIENT_ID;
  const tenantId = auth.tenantId ?? env.AZURE_TENANT_ID;
  switch (auth.kind) {
    case 'workload-identity':
    case 'oidc': {
      const tokenFilePath = env.AZURE_FEDERATED_TOKEN_FILE;
      if (!clientId || !tenantId || !tokenFilePath) {
        throw new UsageError('workload identity needs a client id, a tenant id and AZURE_FEDERATED_TOKEN_FILE (or run it as a CI step with OIDC)');
      }
      return new WorkloadIdentityCredential({ clientId, tenantId, tokenFilePath });
    }
    case 'managed-identity':
      return clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential();
    case 'azure-cli':
      return new AzureCliCredential(tenantId ? { tenantId } : {});
    default: {
      // Deliberately not DefaultAzureCredential: a known, short chain whose
      // members each fail fast when not configured.
      const chain: TokenCredential[] = [new EnvironmentCredential()];
      if (env.AZURE_FEDERATED_TOKEN_FILE && clientId && tenantId) {
        chain.push(new WorkloadIdentityCredential({ clientId, tenantId, tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE }));
      }
      chain.push(new AzureCliCredential());
      if (env.IDENTITY_ENDPOINT || env.MSI_ENDPOINT || env.AZCP_USE_MANAGED_IDENTITY) chain.push(new ManagedIdentityCredential());
      return new ChainedTokenCredential(...chain);
    }
  }
}
