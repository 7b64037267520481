// Checks that can fail before anything is written: a SAS that lacks a
// permission the job needs, or has expired. Cheap, local, and far clearer
// than a 403 in the middle of a job.
import type { BlobSide } from '../storage/blob-client.ts';
import { UsageError } from '../contract/errors.ts';

export interface SasFacts {
  permissions?: string;
  expiresAt?: number;
}

export function sasFacts(sas: string): SasFacts {
  const p = new URLSearchParams(sas);
  const se = p.get('se');
  const t = se ? Date.parse(se) : NaN;
  return { permissions: p.get('sp') ?? undefined, expiresAt: Number.isNaN(t) ? undefined : t };
}

const PERMISSION_NAMES: Record<string, string> = { r: 'read', l: 'list', w: 'write', c: 'create', d: 'delete', a: 'add' };

/**
 * Throws a UsageError if the side's SAS is expired or lacks one of `needed`
 * (letters as in sp=). Returns warnings (e.g. expires soon).
 */
export function checkSas(side: BlobSide, role: 'source' | 'destination' | 'target', needed: string, now = Date.now()): string[] {
  if (side.auth.kind !== 'sas') return [];
  const facts = sasFacts(side.auth.sas);
  const warnings: string[] = [];
  if (facts.expiresAt !== undefined) {
    if (facts.expiresAt <= now) {
      throw new UsageError(`the ${role} SAS expired at ${new Date(facts.expiresAt).toISOString()}; create a new one`);
    }
    const minutes = (facts.expiresAt - now) / 60_000;
    if (minutes < 60) {
      warnings.push(`the ${role} SAS expires in ${Math.max(1, Math.round(minutes))} min (at ${new Date(facts.expiresAt).toISOString()}); a long job will fail when it does`);
    }
  }
  if (facts.permissions !== undefined) {
    const missing = [...needed].filter((l) => !facts.permissions!.includes(l) && !(l === 'w' && facts.permissions!.includes('c') && needed.includes('c')));
    // Create (c) alone suffices for new blobs but not for overwrites; ask for w.
    if (missing.length) {
      const names = missing.map((l) => `${PERMISSION_NAMES[l] ?? l} (${l})`).join(', ');
      throw new UsageError(`the ${role} SAS lacks permission ${names} (it has sp=${facts.permissions}); create one that grants ${needed}`);
    }
  }
  return warnings;
}

/**
 * When a request was refused (403) and a SAS the job uses has expired since
 * it started, says so: the service's own answer ("AuthenticationFailed" or
 * "AuthorizationFailure") does not name the cause.
 */
export function expiredSasMessage(
  err: unknown,
  sides: Array<{ role: string; sas?: string }>,
  jobId: string,
  now = Date.now(),
): string | undefined {
  const e = err as { statusCode?: number };
  if (e?.statusCode !== 403) return undefined;
  for (const { role, sas } of sides) {
    if (!sas) continue;
    const { expiresAt } = sasFacts(sas);
    if (expiresAt !== undefined && expiresAt <= now) {
      const flag = role === 'source' || role === 'destination' ? ` --${role}-sas NEW_SAS` : '';
      return `the ${role} SAS expired at ${new Date(expiresAt).toISOString()} during the job (HTTP 403); create a new one and run: azcp jobs resume ${jobId}${flag}`;
    }
  }
  return undefined;
}

/**
 * One listing request against the container: proves the account resolves,
 * the credentials work, the container exists and listing is allowed —
 * before anything is written. Errors become one-line UsageErrors.
 */
export async function probeContainer(side: BlobSide, role: string): Promise<void> {
  try {
    await side.container.listBlobsFlat().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw preflightError(err, side, role);
  }
}

/**
 * A failed preflight request as the error that says who is at fault: the
 * input (a missing container, rejected credentials, an unknown host: exit
 * 2) or the service and the network (a 5xx or a refused connection after
 * every retry: exit 1, the same command may work later).
 */
export function preflightError(err: unknown, side: BlobSide, role: string): Error {
  const message = explainAccessError(err, side, role);
  return isServiceFault(err) ? new Error(message) : new UsageError(message);
}

function isServiceFault(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string; message?: string; name?: string };
  if (typeof e?.statusCode === 'number') return e.statusCode >= 500 || e.statusCode === 408 || e.statusCode === 429;
  const text = `${e?.code ?? ''} ${e?.message ?? ''}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|timed? ?out/i.test(text) || e?.name === 'TimeoutError';
}

export function explainAccessError(err: unknown, side: BlobSide, role: string): string {
  const e = err as { statusCode?: number; code?: string; message?: string; details?: { errorCode?: string } };
  const code = e.details?.errorCode ?? e.code ?? '';
  const where = `${side.loc.account}/${side.loc.container}`;
  if (e.statusCode === 404 || code === 'ContainerNotFound') {
    return `the ${role} container "${side.loc.container}" does not exist in account "${side.loc.account}"; create it with: azcp make ${side.loc.serviceUrl}/${side.loc.container}`;
  }
  if (code === 'ENOTFOUND' || /ENOTFOUND|getaddrinfo/.test(e.message ?? '')) {
    return `the ${role} account host for "${side.loc.account}" was not found; check the account name in the URL`;
  }
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message ?? '')) {
    return `nothing answers at ${side.loc.serviceUrl} (connection refused, after every retry); check the URL and port, and that the service is running`;
  }
  if (e.statusCode === 403) {
    const why =
      code === 'AuthenticationFailed'
        ? 'the credentials were rejected (wrong key, bad or expired SAS signature, or another account)'
        : code === 'AuthorizationPermissionMismatch' || code === 'AuthorizationFailure'
          ? 'the credentials lack a permission this job needs (read, list, write or delete)'
          : code || 'access denied';
    return `access to the ${role} ${where} was refused: ${why}`;
  }
  if (e.statusCode === 401) return `the ${role} ${where} needs authentication: give a SAS, a key, or an identity (--auth)`;
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) {
    return `the ${role} ${where} could not be reached: the service answered HTTP ${e.statusCode}${code ? ` (${code})` : ''} after every retry; try again later`;
  }
  return `the ${role} ${where} could not be listed: ${code ? `${code}: ` : ''}${plainText(e.message ?? String(err))}`;
}

/** The first line of a message, without an XML or HTML error body. */
function plainText(message: string): string {
  const line = message.split('\n')[0];
  return /<[a-z?!/]/i.test(line) ? line.slice(0, line.search(/<[a-z?!/]/i)).trim() || 'the service gave an answer azcp cannot read' : line;
}
