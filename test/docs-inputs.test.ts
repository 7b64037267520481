// The documentation is the one place users read the step's inputs: docs/ci.md
// lists every input of action.yml and task.json with the default each
// platform applies, and every output; and every example names one version
// of the Action (@v1) and the task's current major version. This reads the
// files that ship and the docs as written (the table is parsed, not
// regenerated, so a hand edit that drifts fails too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readActionManifest, inputsMarkdown, START, END } from '../scripts/docs-inputs.mjs';
import { ROOT } from './helpers/ci-harness.ts';

const action = readActionManifest(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const task = JSON.parse(readFileSync(join(ROOT, 'task.json'), 'utf8'));
const ciDoc = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');

/** Rows of the markdown table whose header starts with `first`: name -> cells. */
function table(md: string, first: string): Map<string, string[]> {
  const lines = md.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(at >= 0, `docs/ci.md has a table headed "${first}"`);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
    rows.set(cells[0].replace(/^`|`$/g, ''), cells.slice(1));
  }
  return rows;
}
const shown = (v: unknown) => (v === undefined || v === '' ? '—' : `\`${v}\``);

test('docs/ci.md lists every input of action.yml and task.json with the default each platform applies', () => {
  const rows = table(ciDoc, 'Input');
  const names = new Set([...Object.keys(action.inputs), ...task.inputs.map((i: { name: string }) => i.name)]);
  assert.deepEqual([...rows.keys()].sort(), [...names].sort(), 'one row per input, no row for anything else');
  for (const [name, spec] of Object.entries(action.inputs)) assert.equal(rows.get(name)![0], shown(spec.default), `${name}: GitHub default`);
  for (const i of task.inputs) assert.equal(rows.get(i.name)![1], shown(i.defaultValue), `${i.name}: Azure Pipelines default`);
  for (const [name, cells] of rows) assert.ok(cells[2].length > 10, `${name} is described`);
});

test('docs/ci.md lists every output of both platforms', () => {
  const rows = table(ciDoc, 'Output');
  const gh = Object.keys(action.outputs);
  const azp = task.outputVariables.map((o: { name: string }) => o.name);
  assert.deepEqual([...rows.keys()].sort(), [...new Set([...gh, ...azp])].sort());
  for (const [name, [onGh, onAzp]] of rows) {
    assert.equal(onGh, gh.includes(name) ? 'yes' : '—', `${name} on GitHub`);
    assert.equal(onAzp, azp.includes(name) ? 'yes' : '—', `${name} on Azure Pipelines`);
  }
});

test('the generated tables are current (npm run docs:inputs rewrites them)', () => {
  const a = ciDoc.indexOf(START);
  const b = ciDoc.indexOf(END);
  assert.ok(a >= 0 && b > a, 'the markers are there');
  assert.equal(ciDoc.slice(a, b + END.length), inputsMarkdown(action, task), 'run `npm run docs:inputs`');
});

test('every example uses the Action at @v1 and the task at its current major version', () => {
  const docs: Record<string, string> = { 'README.md': readFileSync(join(ROOT, 'README.md'), 'utf8') };
  for (const f of readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'))) docs[`docs/${f}`] = readFileSync(join(ROOT, 'docs', f), 'utf8');
  let actionRefs = 0;
  let taskRefs = 0;
  for (const [file, text] of Object.entries(docs)) {
    for (const m of text.matchAll(/uses:\s*[\w.-]+\/azcp@([\w.-]+)/g)) {
      actionRefs++;
      assert.equal(m[1], 'v1', `${file}: uses …/azcp@${m[1]}`);
    }
    for (const m of text.matchAll(/AzcpTransfer@(\d+)\b/g)) {
      taskRefs++;
      assert.equal(m[1], String(task.version.Major), `${file}: AzcpTransfer@${m[1]}`);
    }
  }
  assert.ok(actionRefs >= 3 && taskRefs >= 3, `${actionRefs} Action and ${taskRefs} task references found`);
});
