// A download's reconciliation lists the remote source once every transfer
// is handed out, while the last ones are still in flight: over a network
// that listing's round trip overlaps them instead of following them. A copy
// inside one container waits for its writes (they may land in the source's
// listing). Either way the reconciliation is whole.
//
// Real: azcp (in-process CLI), Azurite, the files. Mocked: a slow answer, by
// the fault proxy in front of the service, which holds one blob's download
// until the source's second listing arrives (or 3 s pass), so the order of
// the two is seen, not timed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { azcpReport } from './helpers/azcp.ts';
import { startProxiedAzurite, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { DEV_ACCOUNT } from '../scripts/azurite.mjs';
import { tempDir } from './helpers/trees.ts';

let az: ProxiedAzurite;
let work: string;
let n = 0;

before(async () => {
  az = await startProxiedAzurite();
  work = tempDir('relist-early');
});
after(async () => {
  await az?.stop();
});

/**
 * Holds the request `held` (method and blob path) until the second listing of
 * the source (a full page whose prefix is `sourcePrefix`: the planning one,
 * then the reconciliation's) arrives, or 3 s pass; says which came first.
 */
function holdUntilSourceRelisted(container: string, held: { method: string; blob: string }, sourcePrefix: string): { outcome: () => string } {
  let listings = 0;
  let outcome = 'not held';
  let release!: () => void;
  const relisted = new Promise<void>((r) => (release = r));
  let gate: Promise<unknown> | undefined;
  az.proxy.setDecide((info) => {
    const url = new URL(info.url, 'http://x');
    if (info.method === 'GET' && url.pathname === `/${DEV_ACCOUNT}/${container}` && url.searchParams.get('maxresults') === '5000' && (url.searchParams.get('prefix') ?? '') === sourcePrefix && ++listings === 2) release();
    // Every attempt at it waits (a server copy may try one API, then another).
    if (info.method === held.method && url.pathname === `/${DEV_ACCOUNT}/${container}/${held.blob}`) {
      if (outcome === 'not held') outcome = 'held';
      const first = (what: string) => () => (outcome = outcome === 'held' ? what : outcome);
      gate ??= Promise.race([relisted.then(first('listing first')), sleep(3_000).then(first('timed out'))]);
      return { kind: 'forward', after: gate };
    }
    return { kind: 'forward' };
  });
  return { outcome: () => outcome };
}

test("a download's reconciliation asks for the source's listing before the last transfer is answered, and matches every file", async () => {
  const c = `early${++n}`;
  await az.seed(c, ['a.txt', 'b.txt', 'slow.txt']);
  const seen = holdUntilSourceRelisted(c, { method: 'GET', blob: 'slow.txt' }, '');
  try {
    const dst = join(work, `dst${n}`);
    const r = await azcpReport(['copy', `${az.proxy.serviceUrl}/${c}/*`, dst, '--recursive', '--job-dir', join(work, `jobs${n}`)]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(seen.outcome(), 'listing first', 'the source was listed again only after the last transfer ended');
    assert.equal(readFileSync(join(dst, 'slow.txt'), 'utf8'), 'bytes of slow.txt');
    assert.equal(r.report.reconciliation.basis, 'relisted');
    assert.equal(r.report.reconciliation.matched, 3);
    assert.equal(r.report.reconciliation.ok, true);
    // The summary says when each side was listed, as it happened.
    const summary = readFileSync(join(r.report.jobFolder, 'summary.md'), 'utf8');
    assert.match(summary, /the source once every transfer had started, the destination after they all ended/);
  } finally {
    az.proxy.setDecide(() => ({ kind: 'forward' }));
  }
});

test('a copy inside one container lists its source again only after its last write', async () => {
  const c = `early${++n}`;
  await az.seed(c, ['in/a.txt', 'in/b.txt', 'in/slow.txt']);
  const seen = holdUntilSourceRelisted(c, { method: 'PUT', blob: 'out/slow.txt' }, 'in/');
  try {
    const r = await azcpReport(['copy', `${az.proxy.serviceUrl}/${c}/in/*`, `${az.proxy.serviceUrl}/${c}/out/`, '--recursive', '--job-dir', join(work, `jobs${n}`)]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(seen.outcome(), 'timed out', 'the source was listed again while a write into its container was in flight');
    assert.equal(r.report.reconciliation.matched, 3);
    assert.equal(r.report.reconciliation.ok, true);
  } finally {
    az.proxy.setDecide(() => ({ kind: 'forward' }));
  }
});
