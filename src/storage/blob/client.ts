// Builds the SDK clients for one blob location, with azcp's own retry policy
// (storage/retry.ts) in place of the SDK's, and keeps the pipeline for the
// requests azcp sends itself (raw-request.ts).
import { AnonymousCredential, BlobServiceClient, ContainerClient, newPipeline, StorageSharedKeyCredential } from '@azure/storage-blob';
import { createDefaultHttpClient, type HttpClient, type Pipeline as CorePipeline } from '@azure/core-rest-pipeline';
import type { RetryStats } from '../retry.ts';
import { useAzcpPolicies } from '../http.ts';
import { isObjectSas } from '../object-sas.ts';
import type { TokenCredential } from '@azure/core-auth';
import type { BlobLocation } from './location.ts';
import type { AuthInputs } from '../../contract/options.ts';
import { resolveAuth, type StorageAuth } from '../../auth/credential.ts';
import { retryTuning, type RetryTuning } from '../../contract/env.ts';

export interface BlobConnection {
  loc: BlobLocation;
  auth: StorageAuth;
  /** With account-key auth: the key as the SDK signs with it (a copy source's read SAS is generated with it). */
  sharedKey?: StorageSharedKeyCredential;
  service: BlobServiceClient;
  container: ContainerClient;
  stats: RetryStats;
  /** The per-try timeout (AZCP_TRY_TIMEOUT_MS), also the longest a response
   *  body may go without bringing a byte. */
  tryTimeoutMs: number;
  /** The SDK's request pipeline (auth + azcp's retries), for requests the
   *  SDK does too slowly (listing). Absent if the SDK changes shape. */
  raw?: { pipeline: CorePipeline; httpClient: HttpClient };
  /** A blob SAS (sr=b): it grants the one blob the URL names and no listing (storage/object-sas.ts). */
  oneBlob: boolean;
}

/** The blob SDK's credential for an auth: a SAS travels in the URL, so it is anonymous to the SDK. */
export function sdkCredential(auth: StorageAuth): StorageSharedKeyCredential | AnonymousCredential | TokenCredential {
  if (auth.kind === 'key') return new StorageSharedKeyCredential(auth.account, auth.accountKey);
  if (auth.kind === 'token') return auth.credential;
  return new AnonymousCredential();
}

/** The service URL with the SAS attached when SAS is the auth. */
export function serviceUrlWithSas(loc: BlobLocation, auth: StorageAuth): string {
  return auth.kind === 'sas' ? `${loc.serviceUrl}?${auth.sas}` : loc.serviceUrl;
}

export async function openBlobSide(
  loc: BlobLocation,
  authInputs: AuthInputs,
  hostCredential?: TokenCredential,
  tuning: RetryTuning = retryTuning(),
  /** The counter the retry policy adds to (a BlobSide's, so the report sees retries of its preflight too). */
  stats: RetryStats = { retries: 0 },
): Promise<BlobConnection> {
  const auth = await resolveAuth(loc, authInputs, hostCredential);
  const credential = sdkCredential(auth);
  const sharedKey = credential instanceof StorageSharedKeyCredential ? credential : undefined;
  const pipeline = newPipeline(credential, {
    keepAliveOptions: { enable: true },
    // Our policy replaces the SDK's; one try here means "no SDK retries".
    retryOptions: { maxTries: 1 },
  });
  const service = new BlobServiceClient(serviceUrlWithSas(loc, auth), pipeline);
  const core = useAzcpPolicies(pipeline, loc.serviceUrl, tuning, stats);
  return {
    loc,
    auth,
    sharedKey,
    service,
    container: service.getContainerClient(loc.container),
    stats,
    tryTimeoutMs: tuning.tryTimeoutMs,
    oneBlob: auth.kind === 'sas' && isObjectSas(auth.sas, 'b'),
    raw: core ? { pipeline: core, httpClient: createDefaultHttpClient() } : undefined,
  };
}
