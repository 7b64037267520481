// Which part of a blob URL's path is a name and which a wildcard. The
// decision is made on the URL as written, before percent-decoding: a
// percent-encoded character (%2A for '*', %3F for '?', %5B for '[') is a
// literal character of the blob's name, as AzCopy documents, and only an
// unescaped '*' (or, in a source, '[...]') in the last segment is a
// wildcard. Deciding on the decoded text made `.../st%2Ar.txt` match
// `star.txt` and `stXr.txt` too — for remove, that deleted them.
import { UsageError } from '../contract/errors.ts';

/** Characters picomatch gives a meaning to; escaped when they are literal. */
const GLOB_SPECIAL = /[\\*?[\]{}()!+@|^$,]/g;

/** A literal name as a picomatch pattern that matches exactly that name. */
export function escapeGlob(literal: string): string {
  return literal.replace(GLOB_SPECIAL, '\\$&');
}

export interface UrlName {
  /** The decoded path segments before the last one. */
  parents: string[];
  /** The last segment, decoded ('' when the path ends in '/'). */
  last: string;
  /** The last segment is exactly an unescaped '*': the folder's contents. */
  contentsOnly: boolean;
  /** A picomatch pattern for the last segment, when it has a wildcard;
   *  its literal characters are escaped. */
  wildcard?: string;
}

/**
 * Splits a URL path (as written, without the account/container segments)
 * into decoded segments and a wildcard. `wildcards` is what the role
 * accepts: a source takes '*' and '[...]'; a destination takes none, so
 * '[' there is an ordinary character ("report [final].pdf") and '*' is
 * refused later with its own message.
 */
export function splitUrlName(rawSegments: string[], role: string): UrlName {
  const wildcardChars = role === 'destination' ? '*' : '*[';
  const decode = (s: string) => decodeURIComponent(s);
  const rawParents = rawSegments.slice(0, -1);
  const rawLast = rawSegments.length ? rawSegments[rawSegments.length - 1] : '';
  for (const seg of rawParents) {
    if ([...wildcardChars].some((c) => seg.includes(c))) {
      throw new UsageError(
        `wildcards are only allowed in the last part of a blob URL: "${seg}"; for a literal '*' or '[' in a name write %2A or %5B`,
      );
    }
  }
  const parents = rawParents.map(decode);
  const last = decode(rawLast);
  if (rawLast === '*') return { parents, last, contentsOnly: true };
  if (![...wildcardChars].some((c) => rawLast.includes(c))) return { parents, last, contentsOnly: false };
  return { parents, last, contentsOnly: true, wildcard: patternOf(rawLast, wildcardChars) };
}

/** The picomatch pattern for a raw last segment that holds a wildcard. */
function patternOf(raw: string, wildcardChars: string): string {
  let pattern = '';
  let literal = '';
  const flush = () => {
    pattern += escapeGlob(decodeURIComponent(literal));
    literal = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '*' && wildcardChars.includes('*')) {
      flush();
      pattern += '*';
    } else if (c === '[' && wildcardChars.includes('[')) {
      const close = raw.indexOf(']', i + 1);
      if (close < 0 || close === i + 1) {
        throw new UsageError(`"${raw}" has a '[' that starts no character class ([abc]); for a literal '[' in a name write %5B`);
      }
      flush();
      pattern += `[${classBody(raw.slice(i + 1, close), raw)}]`;
      i = close;
    } else {
      literal += c;
    }
  }
  flush();
  return pattern;
}

/**
 * A character class's members as picomatch reads them. Written characters
 * keep their class meaning ('a-z' is a range); %-escaped ones are members
 * and nothing else, so `[a%5D]` is 'a' or ']' — decoding first made the
 * escaped ']' close the class early and select `a]x`. A negated class is
 * refused: picomatch reads `[!a]` as the members '!' and 'a', so a remove
 * of "everything but a" would have removed a.
 */
function classBody(rawBody: string, segment: string): string {
  if (rawBody.startsWith('!') || rawBody.startsWith('^')) {
    throw new UsageError(`"${segment}" has a negated character class ([!...]), which azcp does not take in a URL; select with --exclude-pattern instead`);
  }
  return rawBody.replace(/((?:%[0-9A-Fa-f]{2})+)|([^%]+)/g, (_m, escaped: string | undefined, written: string | undefined) =>
    escaped !== undefined ? decodeURIComponent(escaped).replace(/[\\[\]\-^!]/g, '\\$&') : (written ?? '').replace(/[\\[]/g, '\\$&'),
  );
}
