#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);

// src/auth/redact.ts
var REDACTED = "REDACTED";
var knownSecrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (!value) return;
  const v = String(value);
  if (v.length < 6) return;
  knownSecrets.add(v);
  const encoded = encodeURIComponent(v);
  if (encoded !== v) knownSecrets.add(encoded);
  const inJson = JSON.stringify(v).slice(1, -1);
  if (inJson !== v) knownSecrets.add(inJson);
}
var REDACTION_PATTERNS = [
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
  [/(x-ms-copy-source-authorization["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, `$1${REDACTED}`]
];
var PATTERN_TRIGGER = /sig|accountkey|bearer|sharedkey|eyj|client_|_token|x-ms-copy-source-authorization/i;
function registeredSecretCount() {
  return knownSecrets.size;
}
function redact(text) {
  if (!text) return text;
  let out = text;
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  if (!PATTERN_TRIGGER.test(out)) return out;
  for (const [re, replacement] of REDACTION_PATTERNS) out = out.replace(re, replacement);
  return out;
}
function describeError(err) {
  const e = err;
  let msg = typeof err === "string" ? err : e?.message ?? String(err);
  const code = e?.details?.errorCode ?? e?.code;
  if (code && !msg.includes(code)) msg = `${code}: ${msg}`;
  if (e?.statusCode && !msg.includes(String(e.statusCode))) msg = `${msg} (HTTP ${e.statusCode})`;
  msg = msg.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 2).join(" ");
  return redact(msg);
}

export {
  REDACTED,
  registerSecret,
  REDACTION_PATTERNS,
  PATTERN_TRIGGER,
  registeredSecretCount,
  redact,
  describeError
};
