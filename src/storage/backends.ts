// The registry of storage backends: which one a location belongs to, and
// the questions about a location that only its backend can answer. A new
// backend is a folder under storage/ and a line here.
import { redact } from '../auth/redact.ts';
import { UsageError } from '../contract/errors.ts';
import type { Location } from '../contract/location.ts';
import type { Backend, Role, Side, SideAccess } from './side.ts';
import { checkStorageUrl, unclaimedUrlMessage } from './url.ts';
import { localBackend } from './local/backend.ts';
import { blobBackend } from './blob/backend.ts';
import { fileBackend } from './file/backend.ts';

const LOCAL = localBackend;
const KIND_WORDS: Record<string, string> = { blob: 'a blob URL', file: 'a file share URL', local: 'a local path' };
/** In the order they are asked (Azure Files goes before Blob Storage, which takes any other storage URL). */
const URL_BACKENDS: Backend[] = [fileBackend, blobBackend];
const BY_KIND = new Map([LOCAL, ...URL_BACKENDS].map((b) => [b.kind, b]));

export function backendOf(kind: string): Backend {
  const b = BY_KIND.get(kind);
  if (!b) throw new Error(`no storage backend of kind "${kind}"`);
  return b;
}

/** What --from-to says a location is: a backend kind, and the words that said it (for messages). */
export interface KindHint {
  kind: string;
  said: string;
}

/**
 * What a user wrote as a source, destination or target, as a Location; a
 * UsageError says what to write instead. `told`: the kind --from-to gives
 * this side. It decides a URL that its host leaves open (a path-style or
 * custom endpoint); a URL whose host says otherwise is a contradiction.
 */
export function parseLocation(raw: string, role: Role, told?: KindHint): Location {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new UsageError(`the ${role} is missing: give a local path or a blob URL such as https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH`);
  }
  const text = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const url = checkStorageUrl(text, role);
    if (told?.kind === 'local') throw new UsageError(`${told.said} says the ${role} is a local path, but "${redact(text)}" is a URL`);
    let backend = URL_BACKENDS.find((b) => b.claims?.(url));
    if (told && backend?.kind !== told.kind) {
      const named = backendOf(told.kind);
      if (!named.claimsWhenTold?.(url)) {
        throw new UsageError(`${told.said} says the ${role} is ${KIND_WORDS[told.kind] ?? told.kind}, but "${redact(text)}" is ${backend ? (KIND_WORDS[backend.kind] ?? backend.kind) : 'neither'}: correct one of them`);
      }
      backend = named;
    }
    if (!backend) throw new UsageError(unclaimedUrlMessage(url, role));
    return backend.parse(text, url, role);
  }
  if (told && told.kind !== 'local') throw new UsageError(`${told.said} says the ${role} is ${KIND_WORDS[told.kind] ?? told.kind}, but "${redact(text)}" is a local path`);
  if (/^[a-z]{2,}:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    throw new UsageError(`the ${role} "${redact(text)}" is neither a local path nor an http(s) URL`);
  }
  return LOCAL.parse(text, undefined, role);
}

/** Why nothing can be written at or below a destination's path, if so (every name written starts with it). */
export function destinationProblem(loc: Location): string | undefined {
  if (!loc.path) return undefined;
  return backendOf(loc.kind).nameProblem?.(loc.path.replace(/\/+$/, ''));
}

/** A side on a parsed location, by its backend. No request is sent yet. */
export function openSide(loc: Location, role: Role, access: SideAccess): Side {
  return backendOf(loc.kind).open(loc, role, access);
}
