// What a SAS says about itself: its permissions and its expiry. Checked
// before anything is written (cheap, local, and far clearer than a 403 in
// the middle of a job), and used to name the cause when a request is
// refused because the SAS expired during the job.
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

export const PERMISSION_NAMES: Record<string, string> = { r: 'read', l: 'list', w: 'write', c: 'create', d: 'delete', a: 'add' };

/**
 * Throws a UsageError if the SAS is expired or lacks one of `needed`
 * (letters as in sp=). Returns warnings (e.g. expires soon).
 */
export function checkSas(sas: string, role: 'source' | 'destination' | 'target', needed: string, now = Date.now()): string[] {
  const facts = sasFacts(sas);
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
