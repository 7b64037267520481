// SMB properties carried by REST requests: NTFS attributes, the four file
// times (kept to the service's 100 ns precision, so a time a client sets
// comes back digit for digit), and security descriptors (SDDL) stored once
// per share under a permission key.
import { createHash } from 'node:crypto';
import { errors } from './errors.mjs';

// ---- times: BigInt counts of 100 ns since the Unix epoch -------------------

export function nowTicks() {
  return BigInt(Date.now()) * 10_000n;
}

/** "2026-12-01T21:10:08.1234567Z", as in x-ms-file-*-time headers and listings. */
export function formatTicks(ticks) {
  const ms = ticks / 10_000n;
  const base = new Date(Number(ms)).toISOString().slice(0, 19);
  const fraction = String(ticks % 10_000_000n).padStart(7, '0');
  return `${base}.${fraction}Z`;
}

export function ticksToDate(ticks) {
  return new Date(Number(ticks / 10_000n));
}

const ISO = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?Z$/;

/**
 * A time header: an ISO 8601 UTC value, 'now', or 'preserve' (keep `current`).
 * Absent means `absent` (callers pass 'now' on create, 'preserve' on set).
 */
export function parseTimeHeader(headers, name, current, absent) {
  const value = headers[name] ?? absent;
  // The keywords without regard to case: the JavaScript SDK sends Put Range's
  // x-ms-file-last-write-time as "Preserve" / "Now" (its FileLastWrittenMode).
  const keyword = String(value).toLowerCase();
  if (keyword === 'preserve') {
    if (current === undefined) throw errors.invalidHeader(name, value);
    return current;
  }
  if (keyword === 'now') return nowTicks();
  const m = ISO.exec(value);
  const ms = m ? Date.parse(`${m[1]}Z`) : NaN;
  if (!m || Number.isNaN(ms)) throw errors.invalidHeader(name, value);
  return BigInt(ms) * 10_000n + BigInt((m[2] ?? '').padEnd(7, '0'));
}

// ---- attributes ---------------------------------------------------------------

const ATTRIBUTES = ['ReadOnly', 'Hidden', 'System', 'None', 'Directory', 'Archive', 'Temporary', 'Offline', 'NotContentIndexed', 'NoScrubData'];
const BY_LOWER = new Map(ATTRIBUTES.map((a) => [a.toLowerCase(), a]));

/**
 * x-ms-file-attributes: names joined by '|', or 'preserve'. Directories
 * always carry Directory, as the service reports them.
 */
export function parseAttributes(headers, current, absent, isDirectory) {
  const value = headers['x-ms-file-attributes'] ?? absent;
  if (value === 'preserve') return current;
  const names = [];
  for (const part of value.split('|')) {
    const token = part.trim();
    if (!token) continue;
    const name = BY_LOWER.get(token.toLowerCase());
    if (!name) throw errors.invalidHeader('x-ms-file-attributes', value);
    if (!names.includes(name)) names.push(name);
  }
  if (names.includes('None') && names.length > 1) throw errors.invalidHeader('x-ms-file-attributes', value);
  if (isDirectory) {
    const rest = names.filter((n) => n !== 'None' && n !== 'Directory');
    return ['Directory', ...rest].join('|');
  }
  if (names.includes('Directory')) throw errors.invalidHeader('x-ms-file-attributes', value);
  return names.length ? names.join('|') : 'None';
}

// ---- permissions ----------------------------------------------------------------

/** The descriptor every share's root starts with (what the service shows for a new share). */
export const DEFAULT_SDDL = 'O:SYG:SYD:(A;OICIFA;FA;;;SY)(A;OICIFA;FA;;;BA)(A;OICIFA;0x1301bf;;;AU)(A;OICIFA;0x1200a9;;;BU)';

/** Permission keys look like the service's: "<64-bit number>*<64-bit number>". */
export function permissionKeyFor(sddl) {
  const h = createHash('sha256').update(sddl).digest();
  return `${h.readBigUInt64BE(0)}*${h.readBigUInt64BE(8)}`;
}

export function checkSddl(sddl) {
  // Enough of SDDL to refuse garbage: owner/group/DACL/SACL sections only.
  if (!/^(?:[OG]:[^:()]+?|[DS]:[A-Z]*(?:\([^()]*\))*)+$/.test(sddl.replace(/\s+/g, ''))) throw errors.invalidPermission();
}

/**
 * x-ms-file-permission ('inherit', 'preserve' or SDDL) or x-ms-file-permission-key.
 * Returns the permission key the item will carry.
 * @param {Map<string,string>} sharePermissions key → SDDL
 */
export function resolvePermission(headers, sharePermissions, inheritedKey, currentKey, absent) {
  const permission = headers['x-ms-file-permission'];
  const key = headers['x-ms-file-permission-key'];
  if (permission !== undefined && key !== undefined) throw errors.invalidHeader('x-ms-file-permission-key', key);
  if (key !== undefined) {
    if (!sharePermissions.has(key)) throw errors.invalidPermissionKey();
    return key;
  }
  const value = permission ?? absent;
  if (value === 'inherit') return inheritedKey;
  if (value === 'preserve') {
    if (currentKey === undefined) throw errors.invalidHeader('x-ms-file-permission', value);
    return currentKey;
  }
  checkSddl(value);
  const made = permissionKeyFor(value);
  sharePermissions.set(made, value);
  return made;
}
