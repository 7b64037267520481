// The exit status says who is at fault: 2 for what the user wrote (a job
// folder that cannot be made there), 1 for the service or the network (a
// preflight answered 500 after every retry, a connection refused after
// every retry), with one readable line — never the service's raw XML.
//
// Real: azcp (in-process CLI), Azurite, the files. Mocked: the service's 500
// answers, by the fault proxy in front of Azurite (a real service cannot be
// made to fail on demand).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { startProxiedAzurite, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { tempDir } from './helpers/temp.ts';
import { setEnv } from './helpers/env.ts';

let az: ProxiedAzurite;
let work: string;
let file: string;
let restoreEnv: () => void = () => undefined;

before(async () => {
  az = await startProxiedAzurite();
  await az.service.getContainerClient('fault').create();
  work = tempDir('fault');
  file = join(work, 'f.txt');
  writeFileSync(file, 'f\n');
  // A short retry budget: the verdict after every retry, in milliseconds.
  restoreEnv = setEnv({ AZCP_MAX_TRIES: '3', AZCP_RETRY_DELAY_MS: '1' });
});
after(async () => {
  restoreEnv();
  await az?.stop();
});

function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('warning: '));
  assert.equal(lines.length, 1, stderr);
  assert.ok(!/\n\s+at /.test(stderr), 'no stack trace');
  return lines[0];
}

test('a job folder where a file is in the way is bad input: exit 2, one line naming --job-dir', async () => {
  const r = await azcp(['copy', file, `${az.proxy.serviceUrl}/fault`, '--job-dir', file]);
  assert.equal(r.code, 2, r.stderr);
  const line = oneErrorLine(r.stderr);
  assert.match(line, /the job folder cannot be created: cannot create the folder ".*f\.txt": a file is in the way.*--job-dir/);
  assert.doesNotMatch(line, /ENOTDIR/);
});

test('a preflight answered 500 after every retry is the service: exit 1, no raw XML', async () => {
  az.proxy.setDecide(() => ({ kind: 'status', status: 500 }));
  try {
    const r = await azcp(['copy', file, `${az.proxy.serviceUrl}/fault`, '--job-dir', join(work, 'jobs')]);
    assert.equal(r.code, 1, r.stderr);
    const line = oneErrorLine(r.stderr);
    assert.match(line, /HTTP 500 \(InternalError\) after every retry; try again later/);
    assert.doesNotMatch(r.stderr + r.stdout, /<\?xml|<Error>|<Code>/);
    assert.ok(az.proxy.injected['status 500'] >= 3, 'retried before giving up');
  } finally {
    az.proxy.setDecide(() => ({ kind: 'forward' }));
  }
});

test('make answered 500 after every retry is the service too: exit 1', async () => {
  az.proxy.setDecide(() => ({ kind: 'status', status: 500 }));
  try {
    const r = await azcp(['make', `${az.proxy.serviceUrl}/made-under-500`, '--job-dir', join(work, 'jobs')]);
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /<\?xml|<Error>/);
  } finally {
    az.proxy.setDecide(() => ({ kind: 'forward' }));
  }
});

test('a connection refused after every retry is not bad input: exit 1, says so', async () => {
  // Port 9 (discard) has no listener here.
  const r = await azcp(['copy', file, 'http://127.0.0.1:9/devstoreaccount1/fault', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(oneErrorLine(r.stderr), /nothing answers at http:\/\/127\.0\.0\.1:9\/devstoreaccount1 \(connection refused, after every retry\)/);
});

test('a missing container is still bad input: exit 2', async () => {
  const r = await azcp(['copy', file, `${az.proxy.serviceUrl}/no-such-container`, '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(oneErrorLine(r.stderr), /the destination container "no-such-container" does not exist/);
});
