// AzCopy's naming, shared by every backend: what the last segment of a path
// means ('dir/*' = the folder's contents, 'dir/*.txt' = a wildcard over them).
import { UsageError } from '../contract/errors.ts';

export function splitWildcard(path: string): { base: string; contentsOnly: boolean; wildcard?: string } {
  const normalised = path.replace(/\\/g, '/');
  const slash = normalised.lastIndexOf('/');
  const last = normalised.slice(slash + 1);
  if (last === '*') return { base: path.slice(0, slash >= 0 ? slash : 0) || (slash === 0 ? '/' : '.'), contentsOnly: true };
  if (/[*?[]/.test(last)) {
    if (/[*?[]/.test(normalised.slice(0, Math.max(slash, 0)))) {
      throw new UsageError(`wildcards are only allowed in the last part of a path: "${path}"`);
    }
    return { base: slash >= 0 ? path.slice(0, slash) || '/' : '.', contentsOnly: true, wildcard: last };
  }
  return { base: path, contentsOnly: false };
}
