// Where a job name lands under a local folder, and the names that must
// never become a local path (a download must not leave its destination).
import { sep, isAbsolute, resolve, relative } from 'node:path';

/** Windows device names: `CON`, `nul.txt`, `COM1.log` open the device, not a file, in any folder. */
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(\..*)?$/i;

/**
 * Names Windows cannot keep as files: written there, a device name sends
 * the bytes to the device, `a.txt:x` to a hidden stream of a.txt, and a
 * trailing dot or space is dropped (another file's name): each would be a
 * "Completed" transfer with no such file.
 */
export function windowsNameReason(name: string): string | undefined {
  for (const seg of name.split('/')) {
    if (WINDOWS_DEVICE.test(seg.replace(/[. ]+$/, ''))) return `"${seg}" is a Windows device name`;
    if (/[<>:"|?*]/.test(seg)) return `"${seg}" contains a character Windows does not allow in a file name (< > : " | ? *)`;
    if (/[. ]$/.test(seg) && seg !== '.' && seg !== '..') return `"${seg}" ends with a dot or a space, which Windows drops (it would be another file's name)`;
  }
  return undefined;
}

/** Reasons a blob name cannot become a local path (`platform`: where the path is; Windows refuses more). */
export function unsafeNameReason(name: string, platform: NodeJS.Platform = process.platform): string | undefined {
  if (name.length === 0) return 'empty name';
  if (name.startsWith('/')) return 'name starts with "/" (absolute path)';
  if (name.includes('\\')) return 'name contains a backslash';
  if (/^[A-Za-z]:/.test(name)) return 'name starts with a drive letter';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'name contains a control character';
  if (name.endsWith('/')) return 'name ends with "/" (a folder marker, not a file)';
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return 'name contains a ".." segment (would leave the destination folder)';
  if (segments.some((s) => s === '.')) return 'name contains a "." segment';
  if (segments.slice(0, -1).some((s) => s === '')) return 'name contains an empty path segment ("//")';
  return platform === 'win32' ? windowsNameReason(name) : undefined;
}

/**
 * Where blob `name` lands under `root`, or an error reason. Checked twice: by
 * the name's shape, and by resolving the result and making sure it is inside
 * root (belt and braces for platforms with other separators).
 */
export function safeLocalPath(root: string, name: string): { path: string } | { reason: string } {
  const reason = unsafeNameReason(name);
  if (reason) return { reason };
  const target = resolve(root, ...name.split('/'));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return { reason: 'name resolves outside the destination folder' };
  }
  return { path: target };
}
