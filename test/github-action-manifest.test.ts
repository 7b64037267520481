// action.yml declares exactly the step inputs and outputs of INTERFACE.md
// (the names the host reads, src/contract/inputs.ts), with the same defaults
// as the host applies, and runs the shipped bundle on node24. Nothing is
// mocked: this reads the files that ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEP_INPUTS, STEP_DEFAULTS } from '../src/contract/inputs.ts';
import { ROOT } from './helpers/ci-harness.ts';

// artifactId and artifactUrl are GitHub's own: the job folder's artifact (Azure Pipelines has no such id).
const OUTPUTS = ['jobId', 'status', 'filesTotal', 'filesTransferred', 'filesSkipped', 'filesFailed', 'filesDeleted', 'bytesTransferred', 'propertiesUpdated', 'reconciled', 'reportPath', 'artifactId', 'artifactUrl'];

/** A small reader for action.yml's regular shape: top-level sections, two-space keys, four-space fields. */
function readActionYml(): { sections: Record<string, Record<string, Record<string, string>>>; runs: Record<string, string> } {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const sections: Record<string, Record<string, Record<string, string>>> = {};
  const runs: Record<string, string> = {};
  let section = '';
  let key = '';
  let folded: { into: Record<string, string>; field: string } | undefined;
  for (const line of text.split(/\r?\n/)) {
    let m: RegExpExecArray | null;
    if (folded && (m = /^      (.*)$/.exec(line))) {
      folded.into[folded.field] = `${folded.into[folded.field]} ${m[1].trim()}`.trim();
      continue;
    }
    folded = undefined;
    if ((m = /^(\w+):\s*(.*)$/.exec(line))) {
      section = m[1];
      sections[section] ??= {};
      continue;
    }
    if (section === 'runs' && (m = /^  (\w+):\s*'?([^']*)'?$/.exec(line))) {
      runs[m[1]] = m[2];
      continue;
    }
    if ((m = /^  (\w+):\s*$/.exec(line))) {
      key = m[1];
      sections[section][key] = {};
      continue;
    }
    if ((m = /^    (\w+):\s*(.*)$/.exec(line)) && key) {
      let v = m[2].trim();
      if (/^'.*'$/.test(v)) v = v.slice(1, -1).replace(/''/g, "'");
      sections[section][key][m[1]] = v;
      if (v === '>-' || v === '>') {
        sections[section][key][m[1]] = '';
        folded = { into: sections[section][key], field: m[1] };
      }
    }
  }
  return { sections, runs };
}

test('action.yml declares every step input, in INTERFACE.md names, with the host defaults', () => {
  const { sections } = readActionYml();
  assert.deepEqual(Object.keys(sections.inputs).sort(), [...STEP_INPUTS].sort());
  for (const name of STEP_INPUTS) {
    const input = sections.inputs[name];
    assert.ok(input.description && input.description.length > 5, `${name} has a description`);
    assert.ok('default' in input, `${name} has a default`);
    if (STEP_DEFAULTS[name] !== undefined) assert.equal(input.default, STEP_DEFAULTS[name], `${name} default`);
  }
  // Inputs that only apply to one mode must default to empty, or every other mode would reject them.
  for (const name of ['compareHash', 'maxDelete', 'destination', 'shard', 'includeAfter', 'includeBefore']) assert.equal(sections.inputs[name].default, '', name);
});

test('action.yml declares every step output and runs dist/index.js on node24', () => {
  const { sections, runs } = readActionYml();
  assert.deepEqual(Object.keys(sections.outputs).sort(), [...OUTPUTS].sort());
  for (const name of OUTPUTS) assert.ok(sections.outputs[name].description, `${name} has a description`);
  assert.equal(runs.using, 'node24');
  assert.equal(runs.main, 'dist/index.js');
});
