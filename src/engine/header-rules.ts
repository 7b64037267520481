// Header rules: per-path HTTP headers and metadata for what a job writes.
// One rule a line, a glob on the job's relative path, whitespace, then
// `Header-Name: value`:
//
//   **            Cache-Control: public, max-age=300
//   assets/**     Cache-Control: public, max-age=31536000, immutable
//   **/*.html     Cache-Control: no-cache
//   **/*.br       Content-Encoding: br
//
// `#` starts a comment (a whole line, or after whitespace). For one header
// the last matching line wins; the job's flags (--cache-control, ...) are the
// defaults under the rules. Pure: text in, rules out; a path in, headers
// out. The job supplies the Content-Type guess (storage owns the MIME table).
import picomatch from 'picomatch';
import { UsageError } from '../contract/errors.ts';
import { globProblem } from './glob-check.ts';
import type { HeaderField, HeaderRule, HeaderRules, ObjectHeaders } from '../contract/headers.ts';
export type { HeaderField, HeaderRule, HeaderRules, ObjectHeaders };

/** How each header is spelled in rules, reports and messages. */
export const HEADER_NAMES: Record<HeaderField, string> = {
  cacheControl: 'Cache-Control',
  contentType: 'Content-Type',
  contentEncoding: 'Content-Encoding',
  contentLanguage: 'Content-Language',
  contentDisposition: 'Content-Disposition',
};
const FIELD_OF = new Map(Object.entries(HEADER_NAMES).map(([f, n]) => [n.toLowerCase(), f as HeaderField]));
const META_PREFIX = 'x-ms-meta-';
/** Metadata azcp writes itself: a rule setting them would forge the sync time or a link. */
const RESERVED_METADATA = ['mtime', 'is_symlink'];

/** Printable ASCII and tab only: what an HTTP header value carries as is. */
function valueProblem(value: string): string | undefined {
  const bad = /[^\t\x20-\x7e]/.exec(value);
  if (!bad) return undefined;
  const c = bad[0];
  if (c === '\r' || c === '\n') return 'holds a line break (CR or LF), which would split the HTTP header';
  return `holds U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}; header values can hold only printable ASCII`;
}

/** Parses rules text. Throws UsageError naming the origin and line of the first bad rule. */
export function parseHeaderRules(text: string, origin: string): HeaderRules {
  const rules: HeaderRule[] = [];
  // A CRLF file is fine; a CR anywhere else is refused below.
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  lines.forEach((raw, i) => {
    const line = i + 1;
    const fail = (why: string): never => {
      throw new UsageError(`${origin} line ${line}: ${why} (in "${raw.replace(/[^\x20-\x7e]/g, '?').slice(0, 120)}")`);
    };
    const text = raw.replace(/(^|\s)#.*$/, '').trim();
    if (text === '') return;
    // A lone CR would split the header on the wire (or hide part of the line on a terminal).
    if (/\r/.test(raw)) fail('holds a line break (a carriage return, CR) inside the line');
    const m = /^(\S+)\s+([^\s:]+)\s*:(.*)$/.exec(text);
    if (!m) fail('a rule is GLOB, whitespace, then Header-Name: value');
    const [, glob, name, rawValue] = m!;
    const value = rawValue.trim();
    const problem = globProblem(glob);
    if (problem) fail(`the glob "${glob}" ${problem}`);
    const vp = valueProblem(value);
    if (vp) fail(`the value of ${name} ${vp}`);
    if (value === '') fail(`${name} has no value`);
    const lower = name.toLowerCase();
    const rule: HeaderRule = { line, glob, value, matches: picomatch(glob, { dot: true, windows: false }) };
    const field = FIELD_OF.get(lower);
    if (field) rule.field = field;
    else if (lower.startsWith(META_PREFIX)) {
      const meta = name.slice(META_PREFIX.length);
      // Metadata names must be valid C# identifiers (Azure's rule).
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(meta)) fail(`the metadata name "${meta}" must start with a letter or '_' and hold only letters, digits and '_'`);
      if (RESERVED_METADATA.includes(meta.toLowerCase())) fail(`the metadata name "${meta}" is one azcp sets itself (${RESERVED_METADATA.join(', ')})`);
      rule.meta = meta;
    } else {
      fail(`unknown header "${name}": rules set ${Object.values(HEADER_NAMES).join(', ')} or x-ms-meta-NAME`);
    }
    rules.push(rule);
  });
  return { origin, rules };
}

/** What the job's flags give every file: the defaults under the rules. */
export interface HeaderDefaults extends ObjectHeaders {
  metadata: Record<string, string>;
}

/** The headers and metadata one path gets, and who set each (for the journal). */
export interface ResolvedHeaders {
  headers: ObjectHeaders;
  metadata: Record<string, string>;
  /** Header name (or x-ms-meta-NAME) → `ORIGIN:LINE` of the winning rule, or `flag`. */
  setBy: Record<string, string>;
  /** The name whose extension decides a guessed Content-Type: without an encoding suffix
   *  when a Content-Encoding is set (`app.js.br` → `app.js`). */
  typeFrom: string;
}

/** File name suffixes that name a content encoding, not a type. */
const ENCODING_SUFFIX = /\.(br|gz|gzip|zst|zstd|deflate)$/i;

/** The headers `path` gets: the flags, then every matching rule in order (the last one wins). */
export function resolveHeaders(path: string, rules: HeaderRules | undefined, defaults: HeaderDefaults): ResolvedHeaders {
  const headers: ObjectHeaders = {};
  const setBy: Record<string, string> = {};
  for (const f of Object.keys(HEADER_NAMES) as HeaderField[]) {
    if (defaults[f] !== undefined) {
      headers[f] = defaults[f];
      setBy[HEADER_NAMES[f]] = 'flag';
    }
  }
  const metadata: Record<string, string> = {};
  const metaKey = new Map<string, string>();
  const setMeta = (name: string, value: string, by: string) => {
    // Metadata names ignore case at the service: one name, the last value.
    const old = metaKey.get(name.toLowerCase());
    if (old !== undefined) {
      delete metadata[old];
      delete setBy[META_PREFIX + old];
    }
    metaKey.set(name.toLowerCase(), name);
    metadata[name] = value;
    setBy[META_PREFIX + name] = by;
  };
  for (const [k, v] of Object.entries(defaults.metadata)) setMeta(k, v, 'flag');
  for (const r of rules?.rules ?? []) {
    if (!r.matches(path)) continue;
    const by = `${rules!.origin}:${r.line}`;
    if (r.field) {
      headers[r.field] = r.value;
      setBy[HEADER_NAMES[r.field]] = by;
    } else setMeta(r.meta!, r.value, by);
  }
  const typeFrom = headers.contentEncoding !== undefined ? path.replace(ENCODING_SUFFIX, '') : path;
  return { headers, metadata, setBy, typeFrom };
}

/** The headers (and metadata, when `compareMetadata`) in which `actual` differs from `wanted`: a property-only update. */
export function headerDrift(
  wanted: { headers: ObjectHeaders; metadata: Record<string, string> },
  actual: { headers: ObjectHeaders; metadata: Record<string, string> },
  compareMetadata: boolean,
): string[] {
  const out: string[] = [];
  for (const f of Object.keys(HEADER_NAMES) as HeaderField[]) {
    // The service stores an absent header as empty.
    if ((wanted.headers[f] ?? '') !== (actual.headers[f] ?? '')) out.push(HEADER_NAMES[f]);
  }
  if (compareMetadata) {
    const norm = (m: Record<string, string>) =>
      new Map(Object.entries(m).filter(([k]) => !RESERVED_METADATA.includes(k.toLowerCase())).map(([k, v]) => [k.toLowerCase(), v]));
    const w = norm(wanted.metadata);
    const a = norm(actual.metadata);
    const names = new Set([...w.keys(), ...a.keys()]);
    for (const n of [...names].sort()) if (w.get(n) !== a.get(n)) out.push(META_PREFIX + n);
  }
  return out;
}
