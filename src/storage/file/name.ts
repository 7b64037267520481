// Azure Files' rules for names. A name the service would refuse, or store
// differently (it strips trailing dots and spaces), is refused here before
// anything is sent: the transfer fails with the reason, and nothing is ever
// renamed behind the user's back.

/** The most characters of one directory or file name. */
export const MAX_FILE_NAME_LENGTH = 255;
/** The most characters of a whole path in a share. */
export const MAX_FILE_PATH_LENGTH = 2048;
/** The deepest a path may go (subdirectories). */
export const MAX_FILE_PATH_DEPTH = 250;

export const SHARE_NAME = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/;

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /["\\:|<>*?\u0000-\u001f]/;

function shown(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x20 ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${c}"`;
}

/** Why `path` (a '/'-separated path in a share) cannot be a file's path on Azure Files, or undefined if it can. */
export function fileNameProblem(path: string): string | undefined {
  if (path.length > MAX_FILE_PATH_LENGTH) return `the path is ${path.length} characters long; Azure Files allows at most ${MAX_FILE_PATH_LENGTH}`;
  const segments = path.split('/');
  if (segments.length > MAX_FILE_PATH_DEPTH + 1) return `the path is ${segments.length - 1} directories deep; Azure Files allows at most ${MAX_FILE_PATH_DEPTH}`;
  for (const s of segments) {
    if (s === '') continue;
    const bad = FORBIDDEN.exec(s);
    if (bad) return `"${printable(s)}" contains ${shown(bad[0])}, which Azure Files does not allow in a name`;
    if (s.length > MAX_FILE_NAME_LENGTH) return `the name "${printable(s).slice(0, 40)}…" is ${s.length} characters long; Azure Files allows at most ${MAX_FILE_NAME_LENGTH}`;
    if (/[. ]$/.test(s)) return `"${printable(s)}" ends with a ${s.endsWith('.') ? 'dot' : 'space'}, which Azure Files strips from names (it would be stored under another name)`;
  }
  return undefined;
}

function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f]/g, '?');
}
