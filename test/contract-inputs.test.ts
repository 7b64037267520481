// The input table (src/contract/inputs.ts) is the one description of every
// input: the CLI's flags and --help, the CI step's reader and masking come
// from it. These tests hold it to what ships: the defaults, task.json types,
// groups and pickList options that action.yml and task.json declare, one
// flag per input that parses back to its row, and value lists that the job
// accepts and names in its messages. Nothing is mocked: this reads the
// manifests that ship and calls the real parsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActionManifest } from '../scripts/docs-inputs.mjs';
import {
  INPUT_KEYS,
  STEP_INPUTS,
  SECRET_INPUTS,
  ciValues,
  flagOf,
  inputRow,
  manifestDefault,
  taskType,
  type InputKey,
} from '../src/contract/inputs.ts';
import { COMMANDS, COMMAND_INPUTS, JOBS_FLAGS } from '../src/hosts/cli/commands.ts';
import { parseFlags } from '../src/hosts/cli/args.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { ROOT } from './helpers/ci-harness.ts';
import { tempDir } from './helpers/temp.ts';

const action = readActionManifest(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const task = JSON.parse(readFileSync(join(ROOT, 'task.json'), 'utf8'));
const taskInputs = new Map<string, Record<string, any>>(task.inputs.map((i: Record<string, any>) => [i.name, i]));
const cliKeys = INPUT_KEYS.filter((k) => inputRow(k).cli);

test('action.yml declares every step input of the table, with the default the table gives', () => {
  assert.deepEqual(Object.keys(action.inputs).sort(), [...STEP_INPUTS].sort());
  for (const k of STEP_INPUTS) {
    assert.equal(action.inputs[k].default, manifestDefault(k), `action.yml default of ${k}`);
    // A CI-only row's help is the start of what action.yml says about it.
    if (!inputRow(k).cli) assert.ok(action.inputs[k].description.startsWith(inputRow(k).help.replace(/\.$/, '')), `${k}: action.yml's description starts with "${inputRow(k).help}"`);
  }
});

test("task.json declares every step input with the table's default, type, group and pickList options", () => {
  assert.deepEqual([...taskInputs.keys()].sort(), [...STEP_INPUTS].sort());
  for (const k of STEP_INPUTS) {
    const i = taskInputs.get(k)!;
    assert.equal(i.defaultValue, manifestDefault(k), `task.json defaultValue of ${k}`);
    assert.equal(i.type, taskType(k), `task.json type of ${k}`);
    assert.equal(i.groupName, inputRow(k).ci!.group, `task.json groupName of ${k}`);
    if (i.type === 'pickList') assert.deepEqual(Object.keys(i.options), ciValues(k), `task.json options of ${k}`);
    else assert.equal(i.options, undefined, `${k} offers no options`);
  }
});

test('the step defaults are values the input can take', () => {
  for (const k of STEP_INPUTS) {
    const d = inputRow(k).ci!.stepDefault;
    if (d === undefined) continue;
    if (inputRow(k).kind === 'boolean') assert.match(d, /^(true|false)$/, k);
    if (inputRow(k).kind === 'choice') assert.ok(ciValues(k)!.includes(d), `${k}: ${d} is one of its values`);
  }
});

test('every command-line input has one flag of its own, listed by some command, and the flag parses back to its row', () => {
  const flags = cliKeys.map((k) => inputRow(k).cli!.flag);
  assert.equal(new Set(flags).size, flags.length, 'no two rows share a flag');
  const listed = new Set(Object.values(COMMAND_INPUTS).flat());
  for (const k of cliKeys) assert.ok(listed.has(k), `--${inputRow(k).cli!.flag} is taken by some command`);
  for (const k of listed) assert.ok(inputRow(k).cli, `${k} is listed by a command, so it needs a flag`);
  for (const [command, spec] of [...Object.entries(COMMANDS), ['jobs', { flags: JOBS_FLAGS }] as const]) {
    assert.equal(new Set(spec.flags.map((f) => f.name)).size, spec.flags.length, `${command} lists each flag once`);
    for (const f of spec.flags) {
      const { raw } = parseFlags([`--${f.name}`, f.kind === 'boolean' ? 'true' : 'x'], spec.flags, command);
      assert.deepEqual(Object.keys(raw), [f.key], `${command} --${f.name} sets ${f.key}`);
      assert.equal(flagOf(f.key), `--${f.name}`, `messages call ${f.key} --${f.name}`);
    }
  }
});

test('a choice names every value in its --help line', () => {
  for (const k of cliKeys.filter((k) => inputRow(k).kind === 'choice')) {
    for (const v of inputRow(k).values!) assert.ok(inputRow(k).help.includes(v), `--${inputRow(k).cli!.flag} help names ${v}`);
  }
});

test("the job takes every value of a choice, in either spelling, and its refusal lists the table's values in order", () => {
  const source = tempDir('contract-inputs');
  const base = { mode: 'sync', source, destination: 'http://127.0.0.1:1/devstoreaccount1/contract', jobDir: join(source, 'jobs') };
  const jobChoices: InputKey[] = ['mode', 'overwrite', 'compareHash', 'checkMd5', 'accessTier', 'outputType', 'logLevel', 'authType'];
  for (const k of jobChoices) {
    const row = inputRow(k);
    const mode = k === 'overwrite' ? 'copy' : 'sync';
    for (const v of new Set([...row.values!, ...(row.ci?.values ?? [])])) {
      if (k === 'accessTier' && v === 'Archive') continue; // refused for sync on purpose, and tried with copy below
      if (k === 'mode' && v === 'merge') continue; // a merge's options come from its shards' folders (mergeOptions): test/shards-merge.test.ts
      const raw = k === 'mode' ? { ...base, mode: v, ...(v === 'copy' || v === 'sync' ? {} : { source: base.destination, destination: undefined }) } : { ...base, mode, [k]: v };
      assert.doesNotThrow(() => parseJobOptions(raw, flagOf), `${k} ${v}`);
    }
    assert.throws(
      () => parseJobOptions({ ...base, mode, [k]: 'bogus' }, flagOf),
      (e: Error) => e.message.startsWith(`${flagOf(k)} must be one of ${row.values!.join(', ')}; got`),
      `${k}: the refusal lists ${row.values!.join(', ')}`,
    );
  }
  assert.doesNotThrow(() => parseJobOptions({ ...base, mode: 'copy', accessTier: 'Archive' }, flagOf));
});

test('a secret is either a step input (kept out of job.json, masked) or a jobs flag that never reaches a job', () => {
  for (const k of INPUT_KEYS.filter((k) => inputRow(k).secret === 'value')) {
    const stepInput = (SECRET_INPUTS as readonly string[]).includes(k);
    const onlyJobs = Object.entries(COMMAND_INPUTS).every(([c, keys]) => c === 'jobs' || !keys.includes(k));
    assert.ok(stepInput || onlyJobs, `${k} is a secret that a job would store`);
  }
});
