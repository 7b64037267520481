// A local path as a job location.
import { resolve } from 'node:path';
import { UsageError } from '../../contract/errors.ts';
import type { LocalLocation } from '../../contract/location.ts';
import { splitWildcard } from '../naming.ts';

export function parseLocalLocation(text: string): LocalLocation {
  refuseInnerWildcard(text);
  const { base, contentsOnly, wildcard } = splitWildcard(text);
  const path = resolve(base);
  return { kind: 'local', remote: false, path, contentsOnly, wildcard, display: text };
}

/**
 * A wildcard before the last segment ("T", "*", "a.txt") would otherwise be
 * looked for as a folder literally named "*" and reported as missing. The
 * filters say the same thing without it.
 */
function refuseInnerWildcard(text: string): void {
  const segments = text.replace(/\\/g, '/').split('/');
  const inner = segments.slice(0, -1).findIndex((s) => s.includes('*'));
  if (inner < 0) return;
  const folder = segments.slice(0, inner).join('/') || (text.startsWith('/') ? '/' : '.');
  const last = segments[segments.length - 1];
  // The same selection as a regular expression over paths relative to the folder.
  const regex = segments
    .slice(inner)
    .map((s) => s.replace(/[.+^${}()|\\?[\]]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('/');
  throw new UsageError(
    `wildcards are allowed only in the last segment of a local path, not in "${segments[inner]}" of "${text}". ` +
      `Give the folder and choose files with a filter: "${folder}" --recursive --include-regex "^${regex}$" ` +
      `(or --include-pattern "${last || '*'}" for that file name at any depth).`,
  );
}
