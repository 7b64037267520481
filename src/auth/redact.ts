// The one redaction function. Every writer (log, console, report, summary,
// journal, error messages shown to users) passes text through redact().
//
// Two layers: secret values that the job knows (account keys, SAS tokens,
// client secrets, tokens) are registered and replaced wherever they appear,
// and patterns catch secrets the job never saw as values (a SAS signature
// inside a URL an SDK error echoes back, an AccountKey in a connection string).

export const REDACTED = 'REDACTED';

const knownSecrets = new Set<string>();

/** Register a secret value so that it never appears in any output. */
export function registerSecret(value: string | undefined | null): void {
  if (!value) return;
  const v = String(value);
  if (v.length < 6) return; // too short to be a secret; replacing it would shred ordinary text
  knownSecrets.add(v);
  // A secret also travels URL-encoded (SAS in a URL) — register that form too.
  const encoded = encodeURIComponent(v);
  if (encoded !== v) knownSecrets.add(encoded);
  // …and JSON-escaped (a quote or backslash in it), as journal lines are
  // redacted after they are serialised.
  const inJson = JSON.stringify(v).slice(1, -1);
  if (inJson !== v) knownSecrets.add(inJson);
}

export const REDACTION_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // SAS signature in a query string (raw or percent-encoded '='). Only the
  // characters a signature can hold (base64, raw or percent-encoded) are
  // replaced, so the text around it — a closing backtick or parenthesis in
  // a summary — survives.
  [/([?&;\s"'`(]sig(?:=|%3D))[A-Za-z0-9%+/=_-]+/gi, `$1${REDACTED}`],
  [/(^sig=)[A-Za-z0-9%+/=_-]+/gi, `$1${REDACTED}`],
  // connection strings
  [/(AccountKey=)[A-Za-z0-9+/=]+/gi, `$1${REDACTED}`],
  [/(SharedAccessSignature=)[^;\s"'`]+/gi, `$1${REDACTED}`],
  // Authorization headers
  [/(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/g, `$1${REDACTED}`],
  [/(SharedKey\s+[^:\s]+:)[A-Za-z0-9+/=]+/g, `$1${REDACTED}`],
  // JSON Web Tokens anywhere (OIDC ID tokens, access tokens)
  [/eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // OAuth form fields
  [/((?:client_secret|client_assertion|access_token|refresh_token|id_token)["']?\s*[=:]\s*["']?)[^&\s"',}]+/gi, `$1${REDACTED}`],
  // x-ms-copy-source-authorization and similar headers echoed in errors
  [/(x-ms-copy-source-authorization["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, `$1${REDACTED}`],
];

// Every pattern above needs one of these words in the text, so a line with
// none of them (most journal lines: a path, a size, a time) skips the nine
// replaces. Wider than the patterns on purpose (case-insensitive, no
// context): a false hit only costs the full pass. A new pattern must add its
// word here; test/redact.test.ts checks each pattern against this.
export const PATTERN_TRIGGER = /sig|accountkey|bearer|sharedkey|eyj|client_|_token|x-ms-copy-source-authorization/i;

/** How many secret strings are registered: every redact() scans them all,
 *  so this must not grow with the number of objects a job handles. */
export function registeredSecretCount(): number {
  return knownSecrets.size;
}

export function redact(text: string): string {
  if (!text) return text;
  let out = text;
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  if (!PATTERN_TRIGGER.test(out)) return out;
  for (const [re, replacement] of REDACTION_PATTERNS) out = out.replace(re, replacement);
  return out;
}

/** An error's message, redacted, on one line — what users see. */
export function describeError(err: unknown): string {
  const e = err as { message?: string; code?: string; statusCode?: number; details?: { errorCode?: string } };
  let msg = typeof err === 'string' ? err : e?.message ?? String(err);
  const code = e?.details?.errorCode ?? e?.code;
  if (code && !msg.includes(code)) msg = `${code}: ${msg}`;
  if (e?.statusCode && !msg.includes(String(e.statusCode))) msg = `${msg} (HTTP ${e.statusCode})`;
  // SDK messages carry the whole XML error body over several lines; the first
  // meaningful line is what a user needs.
  msg = msg.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 2).join(' ');
  return redact(msg);
}
