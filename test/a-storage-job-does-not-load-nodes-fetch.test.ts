// Start-up: a Blob Storage job never loads Node's bundled fetch
// implementation (undici), which Node loads on the first touch of a global
// such as FormData. The SDK's form-data policy touched it on the first
// request of every job (10–25 ms here) although no storage request has a
// form body; azcp takes that policy out of its pipeline (storage/http.ts).
//
// Real: the shipped bundle as a child process, Azurite. A --require hook
// (NODE_OPTIONS) writes the process's list of loaded internal modules when
// it exits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { buildPrivateBundle, startBundle, type PrivateBundle } from './helpers/bundle.ts';
import { repoRoot } from './helpers/azcp.ts';
import { tempDir } from './helpers/trees.ts';

let az: Awaited<ReturnType<typeof startAzurite>>;
let bundle: PrivateBundle;
let work: string;

before(async () => {
  az = await startAzurite();
  bundle = await buildPrivateBundle();
  work = tempDir('no-fetch');
});
after(async () => {
  bundle?.cleanup();
  await az?.stop();
});

/** Runs the bundle with a hook that records the internal modules it loaded; returns them. */
async function loadedModules(args: string[], name: string): Promise<string[]> {
  const hook = join(work, `${name}-hook.cjs`);
  const out = join(work, `${name}-modules.json`);
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)));\n`);
  const r = await startBundle(bundle.entry, args, {
    NODE_OPTIONS: `--require ${hook}`,
    AZURE_STORAGE_CONNECTION_STRING: az.connectionString,
    AZCP_JOB_DIR: join(work, 'jobs'),
  }).done;
  assert.equal(r.code, 0, r.stderr + r.stdout);
  return JSON.parse(readFileSync(out, 'utf8')) as string[];
}

test('an upload and a download against Blob Storage load no fetch implementation (undici)', async () => {
  const url = `${az.serviceUrl}/nofetch`;
  await loadedModules(['make', url], 'make');
  const upload = await loadedModules(['copy', join(repoRoot, 'sample', 'site'), url, '--recursive'], 'upload');
  // The hook sees the process's own module list: it is not empty, so a missing undici means it was not loaded.
  assert.ok(upload.some((m) => m.includes('internal/fs')), 'the module list was read');
  assert.deepEqual(upload.filter((m) => /undici/.test(m)), []);
  const download = await loadedModules(['copy', `${url}/*`, join(work, 'down'), '--recursive'], 'download');
  assert.deepEqual(download.filter((m) => /undici/.test(m)), []);
});
