// Names as Azure Files treats them. Share names follow the DNS-like rules of
// blob containers. Directory and file names are case-insensitive but keep
// the case they were created with (as on an SMB share), may not hold
// " \ : | < > * ? or control characters, may not be a reserved DOS device
// name, and lose trailing dots (and spaces) unless the request says
// x-ms-allow-trailing-dot: true.
import { errors } from './errors.mjs';

const SHARE_NAME = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/;
// The characters the service refuses in a path segment; '/' separates segments.
const FORBIDDEN = /["\\:|<>*?\u0000-\u001f]/;
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]|CLOCK\$)$/i;

/** @param {string} name */
export function checkShareName(name) {
  if (!SHARE_NAME.test(name)) throw errors.invalidResourceName();
}

/**
 * The key under which a name is stored: two names that differ only in case
 * are the same entry. (The service folds with the NTFS upcase table; for the
 * names tests use, Unicode upper-casing is the same.)
 * @param {string} name
 */
export function foldName(name) {
  return name.toUpperCase();
}

/**
 * Turns the raw (still percent-encoded) path segments after the share into
 * the names the service stores.
 * @param {string[]} rawSegments
 * @param {boolean} allowTrailingDot
 * @returns {string[]}
 */
export function parsePathSegments(rawSegments, allowTrailingDot) {
  const names = [];
  for (const raw of rawSegments) {
    if (raw === '') continue; // "a//b" and a trailing "/" name the same thing as "a/b"
    let name;
    try {
      name = decodeURIComponent(raw);
    } catch {
      throw errors.invalidUri();
    }
    if (name.includes('/')) {
      // %2F inside a segment is a separator to the service, not a character of a name.
      names.push(...parsePathSegments(name.split('/').map(encodeURIComponent), allowTrailingDot));
      continue;
    }
    if (FORBIDDEN.test(name)) throw errors.invalidResourceName();
    if (!allowTrailingDot) name = name.replace(/[. ]+$/, '');
    if (name === '' || name === '.' || name === '..') throw errors.invalidResourceName();
    if (name.length > 255 || RESERVED.test(name)) throw errors.invalidResourceName();
    names.push(name);
  }
  return names;
}
