// A remote side whose scope is found without a request (a container, or its
// contents, as a source; a container path as the destination of a job that
// lists it) is proven by the first page of its listing: the job asks for
// that page at once instead of a one-blob probe before it, one round trip
// fewer. Where the job would not list the side, or the scope needs a request
// first, the probe stays. Either way a side that cannot be reached or read
// fails the job before anything is written, with the probe's words.
//
// Real: azcp (in-process CLI), Azurite, the files. The fault proxy in front
// of the service only records each request (method, path and query).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { azcpReport } from './helpers/azcp.ts';
import { startProxiedAzurite, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { DEV_ACCOUNT } from '../scripts/azurite.mjs';
import { tempDir, writeTree } from './helpers/trees.ts';

let az: ProxiedAzurite;
let work: string;
let n = 0;

before(async () => {
  az = await startProxiedAzurite();
  work = tempDir('listing-proves');
});
after(async () => {
  await az?.stop();
});

/** Every request the job sends, in order, as "METHOD path kind": kind is probe (a one-blob page), listing (a full page) or the blob's path. */
function recordRequests(container: string): string[] {
  const seen: string[] = [];
  az.proxy.setDecide((info) => {
    const url = new URL(info.url, 'http://x');
    const base = `/${DEV_ACCOUNT}/${container}`;
    if (url.pathname === base && url.searchParams.get('comp') === 'list') {
      seen.push(`${info.method} ${url.searchParams.get('maxresults') === '1' ? 'probe' : 'listing'} prefix=${url.searchParams.get('prefix') ?? ''}`);
    } else seen.push(`${info.method} ${url.pathname.slice(base.length + 1) || url.pathname}`);
    return { kind: 'forward' };
  });
  return seen;
}

const jobDir = () => join(work, `jobs${n}`);

test('a download of a container\'s contents asks for the listing first, with no probe before it', async () => {
  const c = `dl${++n}`;
  await az.seed(c, ['a.txt', 'b/c.txt']);
  const seen = recordRequests(c);
  const dst = join(work, `dst${n}`);
  const r = await azcpReport(['copy', `${az.proxy.serviceUrl}/${c}/*`, dst, '--recursive', '--job-dir', jobDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(seen[0], 'GET listing prefix=', `requests: ${seen.join(', ')}`);
  assert.ok(!seen.some((s) => s.includes('probe')), `no probe: ${seen.join(', ')}`);
  // One planning listing and the reconciliation's: two in all.
  assert.equal(seen.filter((s) => s.startsWith('GET listing')).length, 2, seen.join(', '));
  assert.equal(r.report.reconciliation.matched, 2);
  assert.equal(r.report.reconciliation.ok, true);
});

test('a no-op sync into a container sends one request: the destination\'s listing, which proves it', async () => {
  const c = `noop${++n}`;
  const src = join(work, `src${n}`);
  writeTree(src, { 'a.txt': 'one', 'sub/b.txt': 'two' });
  const first = await azcpReport(['sync', src, `${az.proxy.serviceUrl}/${c}`, '--job-dir', jobDir()]);
  // The container does not exist yet: the listing's 404 is the probe's error.
  assert.equal(first.code, 2, first.stderr);
  assert.match(first.stderr, /the destination container "noop\d+" does not exist in account/);
  await az.service.getContainerClient(c).create();
  assert.equal((await azcpReport(['sync', src, `${az.proxy.serviceUrl}/${c}`, '--job-dir', jobDir()])).code, 0);
  const seen = recordRequests(c);
  const r = await azcpReport(['sync', src, `${az.proxy.serviceUrl}/${c}`, '--job-dir', jobDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(seen, ['GET listing prefix='], 'one listing and nothing else');
  assert.equal(r.report.counts.skipped, 2);
  assert.equal(r.report.reconciliation.ok, true);
});

test('a copy that overwrites everything does not list its destination, so it still probes it before the first write', async () => {
  const c = `up${++n}`;
  await az.service.getContainerClient(c).create();
  const src = join(work, `src${n}`);
  writeTree(src, { 'a.txt': 'one', 'sub/b.txt': 'two' });
  const seen = recordRequests(c);
  const r = await azcpReport(['copy', `${src}/*`, `${az.proxy.serviceUrl}/${c}`, '--recursive', '--job-dir', jobDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(seen[0], 'GET probe prefix=', `requests: ${seen.join(', ')}`);
  // Written next, then listed once: the reconciliation's listing.
  assert.deepEqual(seen.slice(1, 3).sort(), ['PUT a.txt', 'PUT sub/b.txt'], seen.join(', '));
  assert.deepEqual(seen.slice(3), ['GET listing prefix='], seen.join(', '));
});

test('a source folder named without a slash is looked up first, so it is probed as before', async () => {
  const c = `dir${++n}`;
  await az.seed(c, ['site/a.txt', 'site/b.txt']);
  const seen = recordRequests(c);
  const r = await azcpReport(['copy', `${az.proxy.serviceUrl}/${c}/site`, join(work, `dst${n}`), '--recursive', '--job-dir', jobDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(seen[0], 'GET probe prefix=', `requests: ${seen.join(', ')}`);
  assert.equal(r.report.counts.transferred, 2);
});

test('a download from a container that does not exist fails with the probe\'s words and makes no local folder', async () => {
  const c = `gone${++n}`;
  const seen = recordRequests(c);
  const dst = join(work, `dst${n}`);
  const r = await azcpReport(['copy', `${az.proxy.serviceUrl}/${c}/*`, dst, '--recursive', '--job-dir', jobDir()]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /the source container "gone\d+" does not exist in account "devstoreaccount1"; create it with: azcp make/);
  assert.deepEqual(seen, ['GET listing prefix='], 'one request, the listing');
  assert.equal(existsSync(dst), false, 'nothing written');
});

test('a blob-to-blob sync proves each side by its listing, source first', async () => {
  const from = `from${++n}`;
  const to = `to${n}`;
  await az.seed(from, ['a.txt', 'b.txt']);
  await az.service.getContainerClient(to).create();
  const seen: string[] = [];
  az.proxy.setDecide((info) => {
    const url = new URL(info.url, 'http://x');
    seen.push(`${info.method} ${url.pathname.split('/')[2]} ${url.searchParams.get('comp') === 'list' ? (url.searchParams.get('maxresults') === '1' ? 'probe' : 'listing') : url.pathname.split('/').slice(3).join('/')}`);
    return { kind: 'forward' };
  });
  const r = await azcpReport(['sync', `${az.proxy.serviceUrl}/${from}`, `${az.proxy.serviceUrl}/${to}`, '--job-dir', jobDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(seen.slice(0, 2), [`GET ${from} listing`, `GET ${to} listing`], seen.join(', '));
  assert.ok(!seen.some((s) => s.endsWith('probe')), `no probe: ${seen.join(', ')}`);
  assert.equal(r.report.counts.transferred, 2);
  assert.equal(r.report.reconciliation.ok, true);
});

test('azcp list of a container sends one request, its listing; of a missing one, fails with the probe\'s words', async () => {
  const c = `ls${++n}`;
  await az.seed(c, ['a.txt', 'b/c.txt']);
  const seen = recordRequests(c);
  const r = await azcpReport(['list', `${az.proxy.serviceUrl}/${c}`, '--job-dir', jobDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(seen, ['GET listing prefix='], 'one listing and nothing else');
  assert.equal(r.report.counts.total, 2);
  const gone = `lsgone${n}`;
  const missing = await azcpReport(['list', `${az.proxy.serviceUrl}/${gone}/`, '--job-dir', jobDir()]);
  assert.equal(missing.code, 2, missing.stderr);
  assert.match(missing.stderr, /the target container "lsgone\d+" does not exist in account "devstoreaccount1"/);
});

test('azcp list of a path that may name one blob probes first, then looks the blob up', async () => {
  const c = `lsone${++n}`;
  await az.seed(c, ['a.txt']);
  const seen = recordRequests(c);
  const r = await azcpReport(['list', `${az.proxy.serviceUrl}/${c}/a.txt`, '--job-dir', jobDir()]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(seen[0], 'GET probe prefix=', seen.join(', '));
  assert.equal(r.report.counts.total, 1);
});
