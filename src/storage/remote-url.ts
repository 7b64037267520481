// The parts of a storage URL every remote backend reads the same way: the
// account (in the host, or the first path segment for path-style
// endpoints), the container or share, the path with AzCopy's wildcard
// rules, and the SAS. Each backend checks its own container names.
import { redact } from '../auth/redact.ts';
import { registerSas } from '../auth/secrets.ts';
import { UsageError } from '../contract/errors.ts';
import type { RemoteLocation } from '../contract/location.ts';
import { splitUrlName } from './url-name.ts';
import { isPathStyle } from './url.ts';

export interface RemoteUrlRules {
  kind: string;
  /** 'container' or 'share', for messages. */
  noun: string;
  /** Why `name` cannot be a container (share) name, if it cannot. */
  nameProblem(name: string): string | undefined;
}

/** A container (share) name rule as nameProblem: 3 to 63 lowercase letters, digits and single hyphens, as both services word it. */
export function containerNameRule(pattern: RegExp, noun: string): (name: string) => string | undefined {
  return (name) =>
    pattern.test(name) ? undefined : `"${name}" is not a valid ${noun} name: 3 to 63 lowercase letters, digits and single hyphens, starting with a letter or digit`;
}

/** A storage URL (already checked by checkStorageUrl) as a location of `rules.kind`. */
export function parseRemoteUrl(text: string, url: URL, role: string, rules: RemoteUrlRules): RemoteLocation {
  const host = url.hostname.toLowerCase();
  const pathStyle = isPathStyle(url);
  if (url.protocol === 'http:' && !pathStyle) {
    throw new UsageError(`the ${role} uses plain http to ${host}; Azure Storage needs https (http is only accepted for an emulator on a local address)`);
  }
  const segments = url.pathname.split('/').filter((_, i) => i > 0);
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    throw new UsageError(`the ${role} URL has a malformed %-escape in its path`);
  }
  let account: string;
  let origin = `${url.protocol}//${url.host}`;
  const noun = rules.noun;
  const NOUN = noun.toUpperCase();
  if (pathStyle) {
    account = decoded.shift() ?? '';
    if (!account) throw new UsageError(`the ${role} URL ${origin} names no account: write ${origin}/ACCOUNT/${NOUN} (for the emulators the account is devstoreaccount1)`);
    origin = `${origin}/${encodeURIComponent(account)}`;
  } else {
    account = host.split('.')[0];
  }
  const container = decoded.shift() ?? '';
  if (!container) {
    throw new UsageError(`the ${role} URL names no ${noun}: write ${pathStyle ? origin : `${url.protocol}//${url.host}`}/${NOUN}[/PATH]`);
  }
  const problem = rules.nameProblem(container);
  if (problem) throw new UsageError(problem);
  // Wildcards are decided on the path as written: a %-escaped '*', '?' or
  // '[' is a literal character of the name (see url-name.ts).
  const name = splitUrlName(segments.slice(segments.length - decoded.length), role);
  const path = (name.wildcard !== undefined || name.contentsOnly ? name.parents.join('/') : [...name.parents, name.last].join('/')).replace(/^\/+/, '');
  const { contentsOnly, wildcard } = name;
  const sas = url.search.length > 1 ? url.search.slice(1) : undefined;
  if (sas) {
    const params = new URLSearchParams(sas);
    if (!params.get('sig')) throw new UsageError(`the ${role} URL has a query string but no SAS signature (sig=); give a full SAS token or none`);
    // Signature first: a SAS in a URL is shown with its fields (…&sp=rl&sig=REDACTED).
    registerSas(sas, true);
  }
  return { kind: rules.kind, remote: true, serviceUrl: origin, account, container, path, contentsOnly, wildcard, sas, pathStyle, display: redact(text) };
}

/** An object's name (a blob name, a path in a share) for a URL path: every segment escaped, slashes kept. */
export function encodeObjectPath(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}
