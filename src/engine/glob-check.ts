// Whether a glob says what it looks like it says. picomatch accepts an
// unclosed '[', '{' or '(' silently and then matches nothing ('{a,') or
// something else ('@(x' matches "(x"): a filter or a header rule that
// quietly applies to no file is worse than an error. Shared by the include/
// exclude filters and the header rules.
import picomatch from 'picomatch';

const CLOSER: Record<string, string> = { '[': ']', '{': '}', '(': ')' };

/** The bracket a glob leaves open, if any ('\\' escapes the next character). */
function unclosed(p: string): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const close = p.indexOf(']', i + 1);
      if (close < 0) return '[';
      i = close;
    } else if (c === '{' || c === '(') open.push(c);
    else if (open.length && c === CLOSER[open[open.length - 1]]) open.pop();
  }
  return open.pop();
}

/** Why `p` is not a usable glob, or undefined when it is. */
export function globProblem(p: string): string | undefined {
  const open = unclosed(p);
  if (open) return `has a '${open}' without a closing '${CLOSER[open]}'; write \\${open} for a literal '${open}'`;
  let re: RegExp;
  try {
    re = picomatch.makeRe(p, { dot: true, windows: false });
  } catch (e) {
    return `is not a valid pattern: ${(e as Error).message}`;
  }
  if (re.source === '$^') return 'is not a valid pattern: it can match nothing';
  return undefined;
}
