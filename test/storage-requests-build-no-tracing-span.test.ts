// A storage request builds no tracing span. The SDK's tracing policy made a
// span for every HTTP request, for an OpenTelemetry instrumenter that a
// command-line tool never registers, parsing and sanitising the request's
// URL each time: ~4% of the instructions of a 300-file download
// (storage/http.ts takes the policy out). An SDK release that renamed the
// policy would bring the cost back silently; this test sees it come back.
//
// Real: azcp (in-process CLI), Azurite, the files. Stand-in: the
// instrumenter, registered in-process through @azure/core-tracing as an
// OpenTelemetry bridge would be, which only counts the spans it is asked
// to start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useInstrumenter, type Instrumenter, type TracingContext, type TracingSpan } from '@azure/core-tracing';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { credential, tempDir } from './helpers/trees.ts';
import { BlobServiceClient } from '@azure/storage-blob';

let az: Awaited<ReturnType<typeof startAzurite>>;
let work: string;
const spans: string[] = [];

const context: TracingContext = {
  getValue: () => undefined,
  setValue: () => context,
  deleteValue: () => context,
};
const span: TracingSpan = {
  setStatus: () => undefined,
  setAttribute: () => undefined,
  end: () => undefined,
  recordException: () => undefined,
  isRecording: () => true,
};
const counting: Instrumenter = {
  startSpan: (name) => (spans.push(name), { span, tracingContext: context }),
  withContext: (_ctx, callback, ...args) => callback(...args),
  parseTraceparentHeader: () => undefined,
  createRequestHeaders: () => ({}),
};

before(async () => {
  az = await startAzurite();
  await new BlobServiceClient(az.serviceUrl, credential).getContainerClient('traced').create();
  work = tempDir('no-tracing');
  mkdirSync(join(work, 'up'));
  for (const n of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(work, 'up', n), `bytes of ${n}\n`);
  useInstrumenter(counting);
});
after(async () => {
  await az?.stop();
});

test('an upload and a download of three files start no HTTP span, for any request', async () => {
  const env = { ...process.env, AZURE_STORAGE_KEY: az.key };
  const up = await azcp(['copy', join(work, 'up'), `${az.serviceUrl}/traced`, '--recursive', '--job-dir', join(work, 'jobs')], env);
  assert.equal(up.code, 0, up.stderr);
  const down = await azcp(['copy', `${az.serviceUrl}/traced/up/*`, join(work, 'down'), '--job-dir', join(work, 'jobs')], env);
  assert.equal(down.code, 0, down.stderr);
  assert.equal(readFileSync(join(work, 'down', 'b.txt'), 'utf8'), 'bytes of b.txt\n', 'the files really went both ways');
  assert.deepEqual(
    spans.filter((s) => s.startsWith('HTTP ')),
    [],
    'no request went through a tracing policy',
  );
});
