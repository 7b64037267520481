// What a storage failure means, for every backend: who is at fault (the
// input, or the service and the network), whether the whole job is doomed,
// and the words a user reads. The rules read an error's status and code,
// whichever SDK or raw request threw it.
import { UsageError } from '../contract/errors.ts';

interface ErrorShape {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
  details?: { errorCode?: string };
}

/** The HTTP status of a failed request, if it got an answer. */
export const statusOf = (err: unknown): number | undefined => (err as ErrorShape | undefined)?.statusCode;
/** The service's error code (x-ms-error-code), else the system's (ENOTFOUND), else ''. */
export const errorCodeOf = (err: unknown): string => {
  const e = err as ErrorShape | undefined;
  return e?.details?.errorCode ?? e?.code ?? '';
};

/**
 * A 500 without an error code. Azure names its transient 500s
 * (InternalError, OperationTimedOut), while emulators answer a bare 500 for
 * features they do not implement: such a 500 is an answer, not a hiccup.
 */
export const isBare500 = (status: number | undefined, code: string | undefined | null): boolean => status === 500 && !code;

/** The service does not offer this API (a 501, or an emulator's bare 500). */
export function isNotImplemented(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string; details?: { errorCode?: string }; response?: { headers?: { get(name: string): string | undefined } } };
  if (e?.statusCode === 501 || e?.code === 'APINotImplemented' || e?.code === 'NotImplemented') return true;
  // Azurite 3.35 with a SAS on the destination fails Put Blob From URL in
  // its SAS check with a bare 500 (no x-ms-error-code) instead of a 501; a
  // blob->blob copy with SAS URLs then failed outright although Copy Blob
  // From URL works.
  const errorCode = e?.details?.errorCode ?? e?.response?.headers?.get('x-ms-error-code');
  return isBare500(e?.statusCode, errorCode);
}

/** A download's bytes are not what the service said they are. */
export class IntegrityError extends Error {
  override name = 'IntegrityError';
}

/** A local file changed while it was being uploaded. */
export class SourceChangedError extends Error {
  override name = 'SourceChangedError';
}

/** An object to be deleted is no longer the one the job listed: someone
 *  wrote it since, so deleting it would delete data the job never judged. */
export class DestinationChangedError extends Error {
  override name = 'DestinationChangedError';
}

/** Failures that are not about one file: every other transfer would fail the same way. */
export function jobWideFailure(err: unknown): string | undefined {
  const e = err as ErrorShape;
  const code = errorCodeOf(err);
  if (e?.name === 'CredentialUnavailableError' || e?.name === 'AuthenticationError' || e?.name === 'AggregateAuthenticationError') return 'could not get a token';
  if (e?.statusCode === 401) return 'authentication required';
  if (e?.statusCode === 403 && /^Authentication|^Authorization/.test(code)) return `access refused (${code})`;
  if (e?.statusCode === 404 && code === 'ContainerNotFound') return 'the container no longer exists';
  if (e?.statusCode === 404 && code === 'ShareNotFound') return 'the share no longer exists';
  if (code === 'ENOTFOUND') return 'the account host cannot be resolved';
  return undefined;
}

/** What an access error is explained with: which side, and where it points. */
export interface AccessFacts {
  role: string;
  account: string;
  container: string;
  serviceUrl: string;
  /** 'container' (Blob Storage) or 'share' (Azure Files). */
  containerNoun: string;
}

/**
 * A failed preflight request as the error that says who is at fault: the
 * input (a missing container, rejected credentials, an unknown host: exit
 * 2) or the service and the network (a 5xx or a refused connection after
 * every retry: exit 1, the same command may work later).
 */
export function preflightError(err: unknown, at: AccessFacts): Error {
  const message = explainAccessError(err, at);
  return isServiceFault(err) ? new Error(message) : new UsageError(message);
}

export function isServiceFault(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string; message?: string; name?: string };
  if (typeof e?.statusCode === 'number') return e.statusCode >= 500 || e.statusCode === 408 || e.statusCode === 429;
  const text = `${e?.code ?? ''} ${e?.message ?? ''}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|timed? ?out/i.test(text) || e?.name === 'TimeoutError';
}

export function explainAccessError(err: unknown, at: AccessFacts): string {
  const e = err as ErrorShape;
  const code = errorCodeOf(err);
  const { role, account, container, serviceUrl, containerNoun } = at;
  const where = `${account}/${container}`;
  if (e.statusCode === 404 || code === 'ContainerNotFound' || code === 'ShareNotFound') {
    return `the ${role} ${containerNoun} "${container}" does not exist in account "${account}"; create it with: azcp make ${serviceUrl}/${container}`;
  }
  if (code === 'ENOTFOUND' || /ENOTFOUND|getaddrinfo/.test(e.message ?? '')) {
    return `the ${role} account host for "${account}" was not found; check the account name in the URL`;
  }
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message ?? '')) {
    return `nothing answers at ${serviceUrl} (connection refused, after every retry); check the URL and port, and that the service is running`;
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
