// The one redaction function: secrets go, the text around them stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact, registerSecret } from '../src/auth/redact.ts';

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
