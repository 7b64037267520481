// AzCopy's naming, shared by every backend: what the last segment of a path
// means ('dir/*' = the folder's contents, 'dir/*.txt' = a wildcard over them).
import { escapeGlob } from './url-name.ts';

/**
 * A local path's last segment as a folder plus a wildcard. As in AzCopy,
 * only '*' is a wildcard in a local path: '?', '[' and ']' are common in
 * real file names (report[1].txt, site[v2]), and read as a glob they named
 * other files — report[1].txt uploaded report1.txt. The wildcard goes to
 * picomatch with every other character escaped.
 */
export function splitWildcard(path: string): { base: string; contentsOnly: boolean; wildcard?: string } {
  const normalised = path.replace(/\\/g, '/');
  const slash = normalised.lastIndexOf('/');
  const last = normalised.slice(slash + 1);
  if (last === '*') return { base: path.slice(0, slash >= 0 ? slash : 0) || (slash === 0 ? '/' : '.'), contentsOnly: true };
  if (last.includes('*')) {
    return { base: slash >= 0 ? path.slice(0, slash) || '/' : '.', contentsOnly: true, wildcard: last.split('*').map(escapeGlob).join('*') };
  }
  return { base: path, contentsOnly: false };
}
