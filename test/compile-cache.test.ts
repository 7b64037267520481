// The compiled bundle is kept between runs on Node 22+ (src/hosts/compile-cache.ts),
// in a folder of the user's own: ~/.azcp/compile-cache by default,
// AZCP_COMPILE_CACHE to move it, "off" to turn it off. A folder others can
// write to, or a link, is not used (another local user could leave compiled
// code there for azcp to load). On Node 20, which has no compile cache,
// nothing is written. Runs on Node 20 in the main suite and on Node 24
// (scripts/test-on-node24.mjs), the Action's runtime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';

const nodeHasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** Runs the bundle (`azcp env`, or `args`) with the Node that runs the tests, a private HOME and `env`. */
function runBundle(home: string, env: Record<string, string> = {}, args = ['env'], status = 0): void {
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'index.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, ...env },
  });
  assert.equal(r.status, status, r.stderr);
  if (status === 0) assert.equal(r.stderr, '', 'the cache never prints anything');
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];

test(`the default folder is ~/.azcp/compile-cache, closed to others, and holds the compiled bundle after a run (${nodeHasCache ? 'Node with a compile cache' : 'Node 20: nothing is written'})`, () => {
  const home = tempDir('compile-cache-home');
  runBundle(home);
  const dir = join(home, '.azcp', 'compile-cache');
  if (!nodeHasCache) {
    assert.equal(existsSync(dir), false, 'Node 20 has no compile cache: azcp makes no folder for one');
    return;
  }
  assert.ok(filesUnder(dir).length > 0, 'the compiled bundle is in the cache');
  assert.equal(statSync(dir).mode & 0o077, 0, 'the folder is the user\'s alone');
});

test('AZCP_COMPILE_CACHE moves the cache; "off" keeps none', () => {
  const home = tempDir('compile-cache-moved');
  const moved = join(home, 'elsewhere', 'cache');
  runBundle(home, { AZCP_COMPILE_CACHE: moved });
  assert.equal(filesUnder(moved).length > 0, nodeHasCache);
  assert.equal(existsSync(join(home, '.azcp', 'compile-cache')), false);
  const off = tempDir('compile-cache-off');
  runBundle(off, { AZCP_COMPILE_CACHE: 'off' });
  assert.equal(existsSync(join(off, '.azcp')), false, 'off: nothing is written');
});

test('a cache folder others can write to, or a link to a folder, is not used', () => {
  const home = tempDir('compile-cache-open');
  const open = join(home, 'open');
  mkdirSync(open);
  chmodSync(open, 0o777);
  runBundle(home, { AZCP_COMPILE_CACHE: open });
  assert.deepEqual(filesUnder(open), [], 'a folder open to other users is left alone');
  const real = join(home, 'real');
  mkdirSync(real, { mode: 0o700 });
  const link = join(home, 'link');
  symlinkSync(real, link);
  runBundle(home, { AZCP_COMPILE_CACHE: link });
  assert.deepEqual(filesUnder(real), [], 'a link is not followed to a cache');
  // The same folder, named directly and closed to others, is used: the refusals above are about the folder, not the run.
  runBundle(home, { AZCP_COMPILE_CACHE: real });
  assert.equal(filesUnder(real).length > 0, nodeHasCache);
});

test('the cache holds compiled code only: no secret of a run that used one is in it', () => {
  const home = tempDir('compile-cache-secret');
  const signature = 'CompileCacheSecretSignature0123456789';
  const sas = `sv=2024-01-01&sp=rwl&sig=${signature}`;
  // A copy with a SAS to an endpoint where nothing answers (one try), and env with one set.
  runBundle(home, { AZCP_MAX_TRIES: '1', AZCP_JOB_DIR: join(home, 'jobs') }, ['copy', join(repoRoot, 'sample', 'site'), `http://127.0.0.1:9/devstoreaccount1/cont?${sas}`, '--recursive'], 1);
  runBundle(home, { AZCP_SAS_TOKEN: sas });
  // Compiled code keeps the bundle's string constants (a scan of it finds
  // 'devstoreaccount1'), so a secret that got in would be found.
  const dir = join(home, '.azcp', 'compile-cache');
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
  assert.equal(files.length > 0, nodeHasCache);
  for (const f of files) assert.ok(!readFileSync(join(f.parentPath, f.name)).includes(signature), `${f.name} holds the signature`);
});
