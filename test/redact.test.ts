// The one redaction function: secrets go, the text around them stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PATTERN_TRIGGER, REDACTION_PATTERNS, redact, registerSecret } from '../src/auth/redact.ts';

test('a SAS signature is redacted and the Markdown around it survives', () => {
  const line = '- Source: `https://a.blob.core.windows.net/c/p?sv=2026-04-06&sp=rl&sig=Ab%2Bcd%2Fef%3D`';
  assert.equal(redact(line), '- Source: `https://a.blob.core.windows.net/c/p?sv=2026-04-06&sp=rl&sig=REDACTED`');
  assert.equal(redact('(see ?sig=abc+/=)'), '(see ?sig=REDACTED)');
});

test('account keys, bearer tokens and JWTs are redacted; ordinary text is not', () => {
  const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  assert.equal(redact(`AccountName=x;AccountKey=${key};BlobEndpoint=y`), 'AccountName=x;AccountKey=REDACTED;BlobEndpoint=y');
  assert.equal(redact('Authorization: Bearer abc.def-ghi'), 'Authorization: Bearer REDACTED');
  assert.equal(redact('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end'), 'token REDACTED end');
  assert.equal(redact('signature of the file changed: design=1'), 'signature of the file changed: design=1');
});

test('a registered secret is redacted raw and URL-encoded', () => {
  registerSecret('s3cr3t/value+x');
  assert.equal(redact('a s3cr3t/value+x b s3cr3t%2Fvalue%2Bx c'), 'a REDACTED b REDACTED c');
});

// redact() skips its patterns when a line has none of their trigger words
// (the journal writes a line per object, so this is most of its cost). The
// samples below hold every pattern to that: each pattern must redact one of
// them, and redact() must give what the full pass over every pattern gives.
test('every redaction pattern still redacts when the quick trigger check runs first', () => {
  const samples = [
    'GET https://a.blob.core.windows.net/c/x?sv=1&SIG=Abc%2Bdef%3D failed',
    '"url":"https://a/c/x?sp=r&sig%3DAbcdef"',
    'sig=Abcdef0123',
    'SIG=Abcdef0123 at the start',
    'DefaultEndpointsProtocol=https;accountkey=QUJDREVGR0hJSktM;EndpointSuffix=x',
    'BlobEndpoint=https://a/;SharedAccessSignature=sv=1&sig=abc',
    'sharedaccesssignature=sv=1&SIG=abc;x',
    'authorization: Bearer eyJ0eXAiOi.eyJzdWIi.c2ln',
    'Authorization: SharedKey devstoreaccount1:QUJDREVGR0hJSktM',
    '{"id":"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl"}',
    'client_secret=s3cr3t-value&grant_type=client_credentials',
    '{"Access_Token":"abc.def.ghi","expires_in":3599}',
    'refresh_token: rt-value, id_token=idt-value',
    'client_assertion=assertion-value',
    "X-MS-Copy-Source-Authorization: 'opaque-value'",
  ];
  const fullPass = (text: string) => REDACTION_PATTERNS.reduce((out, [re, to]) => out.replace(re, to), text);
  for (const [i, [re]] of REDACTION_PATTERNS.entries()) {
    assert.ok(samples.some((s) => s.replace(re, '\u0000') !== s), `pattern ${i} (${re}) has no sample here: add one`);
  }
  for (const s of samples) {
    assert.ok(PATTERN_TRIGGER.test(s), `the trigger check misses: ${s}`);
    assert.notEqual(redact(s), s, `nothing redacted in: ${s}`);
    assert.equal(redact(s), fullPass(s), `redact() differs from the full pass on: ${s}`);
  }
  // The common journal line: no trigger word, nothing changed.
  const line = '{"path":"d1/f1.bin","status":"Skipped","size":16384,"at":"2026-12-03T06:00:00.000Z"}';
  assert.equal(PATTERN_TRIGGER.test(line), false);
  assert.equal(redact(line), line);
});
