// Header rules as the engine reads them (pure: no server): the rule
// syntax, comments, the last matching line winning per header, flags as
// defaults under the rules, the Content-Type of pre-compressed files, and
// bad rules refused (exit 2 from the options) with their line named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHeaderRules, resolveHeaders, headerDrift } from '../src/engine/header-rules.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { UsageError } from '../src/contract/errors.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp.ts';

const RULES = `
# the site's caching
**                  Cache-Control: public, max-age=300
assets/**           Cache-Control: public, max-age=31536000, immutable
**/*.html           Cache-Control: no-cache   # pages revalidate
**/*.br             Content-Encoding: br
**/*.gz             Content-Encoding: gzip
docs/**             x-ms-meta-section: docs
**/*.pdf            Content-Disposition: attachment
`;
const none = { metadata: {} };

test('for each header the last matching line wins; comments and blank lines are ignored', () => {
  const r = parseHeaderRules(RULES, 'site.rules');
  assert.equal(r.rules.length, 7);
  const page = resolveHeaders('assets/x.html', r, none);
  assert.equal(page.headers.cacheControl, 'no-cache');
  assert.equal(page.setBy['Cache-Control'], 'site.rules:5');
  const asset = resolveHeaders('assets/app.3f2a.js', r, none);
  assert.equal(asset.headers.cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(asset.setBy['Cache-Control'], 'site.rules:4');
  assert.equal(resolveHeaders('robots.txt', r, none).headers.cacheControl, 'public, max-age=300');
  // Root files match **/*.html too.
  assert.equal(resolveHeaders('index.html', r, none).headers.cacheControl, 'no-cache');
  const doc = resolveHeaders('docs/guide.pdf', r, none);
  assert.deepEqual(doc.metadata, { section: 'docs' });
  assert.equal(doc.setBy['x-ms-meta-section'], 'site.rules:8');
  assert.equal(doc.headers.contentDisposition, 'attachment');
});

test('flags are the defaults under the rules', () => {
  const r = parseHeaderRules('**/*.html  Cache-Control: no-cache', 'rules');
  const d = { cacheControl: 'public, max-age=60', contentLanguage: 'en', metadata: { team: 'web' } };
  const css = resolveHeaders('a.css', r, d);
  assert.equal(css.headers.cacheControl, 'public, max-age=60');
  assert.equal(css.setBy['Cache-Control'], 'flag');
  assert.equal(css.headers.contentLanguage, 'en');
  assert.deepEqual(css.metadata, { team: 'web' });
  assert.equal(resolveHeaders('a.html', r, d).headers.cacheControl, 'no-cache');
});

test('a pre-compressed file takes the Content-Type of its name without the encoding suffix', () => {
  const r = parseHeaderRules(RULES, 'site.rules');
  const br = resolveHeaders('assets/app.js.br', r, none);
  assert.equal(br.headers.contentEncoding, 'br');
  assert.equal(br.typeFrom, 'assets/app.js.br'.replace(/\.br$/, ''));
  assert.equal(resolveHeaders('data.json.gz', r, none).typeFrom, 'data.json');
  // Without a Content-Encoding, a .gz is what it is (an archive).
  assert.equal(resolveHeaders('backup.tar.gz', parseHeaderRules('x Cache-Control: no-cache', 'r'), none).typeFrom, 'backup.tar.gz');
});

test('metadata names ignore case: a later rule replaces an earlier value under another spelling', () => {
  const r = parseHeaderRules('** x-ms-meta-Team: a\n** x-ms-meta-team: b', 'r');
  assert.deepEqual(resolveHeaders('f', r, { metadata: { TEAM: 'flag' } }).metadata, { team: 'b' });
});

for (const [name, text, line, words] of [
  ['an unknown header', '** Cache-Control: x\n** X-Frame-Options: DENY', 2, /unknown header "X-Frame-Options"/],
  ['a bad glob', '\n\nassets/{a,b  Cache-Control: x', 3, /glob "assets\/\{a,b" has a '\{' without a closing '\}'/],
  ['a non-ASCII value', '** Content-Disposition: attachment; filename=café.pdf', 1, /U\+00E9/],
  ['a carriage return inside a line', '** Cache-Control: a\rb', 1, /line break|carriage return/],
  ['a line that is not a rule', '**/*.html', 1, /GLOB, whitespace, then Header-Name: value/],
  ['a header without a value', '** Cache-Control:', 1, /has no value/],
  ['a reserved metadata name', '** x-ms-meta-mtime: 1', 1, /azcp sets itself/],
  ['a bad metadata name', '** x-ms-meta-a-b: 1', 1, /metadata name "a-b"/],
] as const) {
  test(`bad rules are refused naming their line: ${name}`, () => {
    assert.throws(
      () => parseHeaderRules(text, 'site.rules'),
      (e: Error) => e instanceof UsageError && e.message.startsWith(`site.rules line ${line}: `) && words.test(e.message),
    );
  });
}

test('a CRLF rules file reads as its lines', () => {
  const r = parseHeaderRules('** Cache-Control: a\r\n**/*.html Cache-Control: b\r\n', 'r');
  assert.equal(resolveHeaders('x.html', r, none).headers.cacheControl, 'b');
});

test('the options read --header-rules from a file, or inline text; a bad file rule is a usage error naming the file and line', () => {
  const dir = tempDir('rules');
  const file = join(dir, 'site.rules');
  writeFileSync(file, '** Cache-Control: no-cache\n** Content-Typ: text/plain\n');
  const base = { mode: 'sync', source: dir, destination: 'http://127.0.0.1:10000/devstoreaccount1/web' };
  assert.throws(() => parseJobOptions({ ...base, headerRules: file }), (e: Error) => e instanceof UsageError && e.message.startsWith(`${file} line 2: unknown header "Content-Typ"`));
  const inline = parseJobOptions({ ...base, headerRules: '**/*.html  Cache-Control: no-cache\n** Content-Language: en' });
  assert.equal(inline.headerRules?.rules.length, 2);
  assert.equal(inline.headerRules?.origin, 'headerRules');
  assert.throws(() => parseJobOptions({ ...base, headerRules: join(dir, 'missing.rules') }), /cannot be read: ENOENT/);
});

test('--blob-tags follows the service rules', () => {
  const base = { mode: 'copy', source: '/tmp', destination: 'http://127.0.0.1:10000/devstoreaccount1/web' };
  assert.deepEqual(parseJobOptions({ ...base, blobTags: 'team=web&release=1.2' }).blobTags, { team: 'web', release: '1.2' });
  assert.throws(() => parseJobOptions({ ...base, blobTags: 'a=b&a=c' }), /given twice/);
  assert.throws(() => parseJobOptions({ ...base, blobTags: 'team=w!b' }), /may hold only letters/);
  assert.throws(() => parseJobOptions({ ...base, blobTags: Array.from({ length: 11 }, (_, i) => `k${i}=v`).join('&') }), /at most 10/);
  assert.throws(() => parseJobOptions({ ...base, blobTags: `${'k'.repeat(129)}=v` }), /128/);
  assert.throws(() => parseJobOptions({ ...base, blobTags: 'novalue' }), /key=value/);
});

test('drift names the headers and metadata that differ, ignoring azcp\'s own metadata', () => {
  const wanted = { headers: { cacheControl: 'no-cache', contentType: 'text/html' }, metadata: { team: 'web' } };
  assert.deepEqual(headerDrift(wanted, { headers: { cacheControl: 'no-cache', contentType: 'text/html' }, metadata: { team: 'web', mtime: 'x' } }, true), []);
  assert.deepEqual(headerDrift(wanted, { headers: { cacheControl: 'max-age=60', contentType: 'text/html', contentLanguage: 'en' }, metadata: {} }, true), ['Cache-Control', 'Content-Language', 'x-ms-meta-team']);
  assert.deepEqual(headerDrift(wanted, { headers: { cacheControl: 'no-cache', contentType: 'text/html' }, metadata: {} }, false), []);
});
