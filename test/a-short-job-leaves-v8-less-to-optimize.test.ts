// azcp raises V8's optimizer budget on Node 20 (src/hosts/optimizer-budget.ts):
// a short job then spends less of its CPU compiling optimized code for
// functions that have little left to run. What a user sees is the CPU
// (README, Performance, eleventh pass); what this test can see without
// timing anything is V8's own account, `--trace-opt`: how many functions it
// optimized during the same upload, with azcp's budget and with V8's default
// (a budget given to node, which azcp leaves as it is).
//
// On Node 24 (the Action's runtime; scripts/test-on-node24.mjs runs this
// file there too) V8 has no such flag, and setting it would print
// "unrecognized flag" on every run: the bundle must print nothing extra.
//
// Real: the bundle, Node, Azurite, the files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { distEntry } from './helpers/azcp.ts';
import { startBundle } from './helpers/bundle.ts';
import { createContainer, tempDir } from './helpers/trees.ts';
import { raiseOptimizerBudget } from '../src/hosts/optimizer-budget.ts';

const v8Has = process.versions.v8.startsWith('11.');
let az: Awaited<ReturnType<typeof startAzurite>>;
let work: string;

before(async () => {
  az = await startAzurite();
  work = tempDir('optimizer-budget');
  mkdirSync(join(work, 'src'));
  for (let i = 0; i < 200; i++) writeFileSync(join(work, 'src', `f${i}.txt`), `file ${i}\n`.repeat(i + 1));
});
after(async () => {
  await az?.stop();
});

/** The bundle's upload of the 200 files, with node flags first, and how many functions V8 optimized (its --trace-opt lines). */
async function upload(container: string, nodeFlags: string[]) {
  // No NODE_OPTIONS from the test's own environment: a budget there would make azcp leave V8's as it is.
  const r = await startBundle(distEntry, ['copy', join(work, 'src'), `${az.serviceUrl}/${container}`, '--recursive'], { AZURE_STORAGE_KEY: az.key, AZCP_JOB_DIR: join(work, 'jobs'), NODE_OPTIONS: '' }, 50_000, nodeFlags).done;
  return { ...r, optimized: (r.stdout.match(/completed compiling/g) ?? []).length };
}

test('on Node 20 a 200-file upload optimizes far fewer functions than at V8 default budget', { skip: !v8Has && 'azcp sets the budget on Node 20 (V8 11) only' }, async () => {
  for (const c of ['budget-azcp', 'budget-default']) await createContainer(az, c);
  const ours = await upload('budget-azcp', ['--trace-opt']);
  const theirs = await upload('budget-default', ['--trace-opt', '--interrupt-budget=67584']);
  assert.equal(ours.code, 0, ours.stderr);
  assert.equal(theirs.code, 0, theirs.stderr);
  // Measured: 3 against 29–30. Half is far from both.
  assert.ok(theirs.optimized >= 10, `V8's default optimizes plenty in this job (${theirs.optimized}); otherwise the comparison says nothing`);
  assert.ok(ours.optimized * 2 < theirs.optimized, `azcp's budget: ${ours.optimized} functions optimized, V8's default: ${theirs.optimized}`);
});

test('the bundle prints nothing about V8 flags, on this Node', async () => {
  await createContainer(az, 'budget-quiet');
  const r = await upload('budget-quiet', []);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr + r.stdout, /unrecognized flag|interrupt-budget/i);
});

test('a budget the user gave node stands, and other V8s are left alone', () => {
  assert.equal(raiseOptimizerBudget('11.3.244.8', ['--interrupt-budget=1000'], {}), false);
  assert.equal(raiseOptimizerBudget('11.3.244.8', [], { NODE_OPTIONS: '--max-old-space-size=4096 --interrupt-budget=1000' }), false);
  assert.equal(raiseOptimizerBudget('12.4.254.21', [], {}), false);
  assert.equal(raiseOptimizerBudget('13.6.233.10', [], {}), false);
});
