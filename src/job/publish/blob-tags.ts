// --blob-tags "k=v&k2=v2": blob index tags, checked against the service's
// rules before anything is written (the service would refuse every upload
// of the job, one by one): at most 10 tags; keys 1–128 characters, values
// 0–256; letters, digits, space and + - . / : = _ only; keys are
// case-sensitive and unique.
import { UsageError } from '../../contract/errors.ts';

const MAX_TAGS = 10;
const TAG_CHARS = /^[A-Za-z0-9 +\-./:=_]*$/;

export function parseBlobTags(text: string | undefined, flag: string): Record<string, string> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const out: Record<string, string> = {};
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} entries are key=value joined by '&'; got "${pair}"`);
    // Values may be given URL-encoded, as AzCopy's own example writes them.
    let key: string, value: string;
    try {
      key = decodeURIComponent(pair.slice(0, eq));
      value = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      throw new UsageError(`${flag} "${pair}" has a broken %-escape`);
    }
    if (key.length > 128) throw new UsageError(`${flag} key "${key.slice(0, 20)}…" is longer than the service's 128 characters`);
    if (value.length > 256) throw new UsageError(`${flag} value of "${key}" is longer than the service's 256 characters`);
    for (const [what, s] of [['key', key], ['value', value]] as const) {
      if (!TAG_CHARS.test(s)) throw new UsageError(`${flag} ${what} "${s}" may hold only letters, digits, space and + - . / : = _ (the service's rule for tags)`);
    }
    if (key in out) throw new UsageError(`${flag} key "${key}" is given twice`);
    out[key] = value;
  }
  if (Object.keys(out).length > MAX_TAGS) throw new UsageError(`${flag} has ${Object.keys(out).length} tags; a blob can carry at most ${MAX_TAGS}`);
  return out;
}
