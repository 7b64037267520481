// Builds the SDK clients for one share, with azcp's own retry policy
// (storage/retry.ts) in place of the SDK's. Entra tokens need the
// x-ms-file-request-intent: backup header on every file and directory
// request (the service refuses token auth without it); the SDK sends it
// when fileRequestIntent is set.
import { AnonymousCredential, newPipeline, ShareClient, ShareServiceClient, StorageSharedKeyCredential, type ShareClientConfig } from '@azure/storage-file-share';
import type { TokenCredential } from '@azure/core-auth';
import type { RetryStats } from '../retry.ts';
import { useAzcpPolicies } from '../http.ts';
import { isObjectSas } from '../object-sas.ts';
import type { AuthInputs } from '../../contract/options.ts';
import { resolveAuth, type StorageAuth } from '../../auth/credential.ts';
import { retryTuning, type RetryTuning } from '../../contract/env.ts';
import type { FileLocation } from './location.ts';

export interface FileConnection {
  loc: FileLocation;
  auth: StorageAuth;
  /** With account-key auth: the key the SDK signs with (a copy source's read SAS is generated with it). */
  sharedKey?: StorageSharedKeyCredential;
  service: ShareServiceClient;
  share: ShareClient;
  stats: RetryStats;
  tryTimeoutMs: number;
  /**
   * A file-level SAS (sr=f): it grants the one file the URL names and
   * nothing around it, not even a listing of its directory. The side then
   * probes, reads and writes that file alone (side.ts, scope.ts).
   */
  oneFile: boolean;
}


export function fileSdkCredential(auth: StorageAuth): StorageSharedKeyCredential | AnonymousCredential | TokenCredential {
  if (auth.kind === 'key') return new StorageSharedKeyCredential(auth.account, auth.accountKey);
  if (auth.kind === 'token') return auth.credential;
  return new AnonymousCredential();
}

export async function openFileSide(
  loc: FileLocation,
  authInputs: AuthInputs,
  hostCredential?: TokenCredential,
  tuning: RetryTuning = retryTuning(),
  stats: RetryStats = { retries: 0 },
): Promise<FileConnection> {
  const auth = await resolveAuth(loc, authInputs, hostCredential);
  const credential = fileSdkCredential(auth);
  const sharedKey = credential instanceof StorageSharedKeyCredential ? credential : undefined;
  const pipeline = newPipeline(credential, { keepAliveOptions: { enable: true }, retryOptions: { maxTries: 1 } });
  // Trailing dots are never sent (name.ts refuses them), so the service's
  // default of stripping them changes nothing azcp writes.
  const config: ShareClientConfig = auth.kind === 'token' ? { fileRequestIntent: 'backup' } : {};
  const url = auth.kind === 'sas' ? `${loc.serviceUrl}?${auth.sas}` : loc.serviceUrl;
  const service = new ShareServiceClient(url, pipeline, config);
  useAzcpPolicies(pipeline, loc.serviceUrl, tuning, stats);
  return { loc, auth, sharedKey, service, share: service.getShareClient(loc.container), stats, tryTimeoutMs: tuning.tryTimeoutMs, oneFile: auth.kind === 'sas' && isObjectSas(auth.sas, 'f') };
}
