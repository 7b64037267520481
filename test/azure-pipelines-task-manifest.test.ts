// task.json declares the same camelCase inputs as action.yml (INTERFACE.md),
// typed for the task editor, the outputs as output variables, and both Node
// handlers pointing at the shipped bundle. Nothing is mocked: this reads the
// file that ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEP_INPUTS, STEP_DEFAULTS } from '../src/contract/inputs.ts';
import { ROOT } from './helpers/ci-harness.ts';

const task = JSON.parse(readFileSync(join(ROOT, 'task.json'), 'utf8'));
const inputs: Array<Record<string, any>> = task.inputs;
const byName = new Map(inputs.map((i) => [i.name, i]));

test('task.json declares every step input with a type, and the host defaults', () => {
  assert.deepEqual(inputs.map((i) => i.name).sort(), [...STEP_INPUTS].sort());
  for (const name of STEP_INPUTS) {
    const i = byName.get(name)!;
    assert.ok(i.label && i.type, `${name} has a label and a type`);
    if (STEP_DEFAULTS[name] !== undefined) assert.equal(i.defaultValue, STEP_DEFAULTS[name], `${name} default`);
  }
  assert.equal(byName.get('azureSubscription')!.type, 'connectedService:AzureRM');
  for (const name of ['mode', 'authType', 'overwrite', 'compareHash', 'checkMd5', 'accessTier']) assert.equal(byName.get(name)!.type, 'pickList', name);
  for (const name of ['recursive', 'deleteDestination', 'allowEmptySource', 'dryRun', 'putMd5', 'uploadArtifact', 'summary', 'failOnMismatch']) {
    assert.equal(byName.get(name)!.type, 'boolean', name);
  }
  assert.deepEqual(Object.keys(byName.get('mode')!.options), ['copy', 'sync', 'remove', 'list', 'make', 'merge']);
  assert.deepEqual(Object.keys(byName.get('authType')!.options), ['auto', 'oidc', 'sas', 'key', 'connectionString', 'managedIdentity', 'azureCli']);
  // Mode-specific inputs default to empty: the agent passes every default, and other modes reject them.
  for (const name of ['compareHash', 'maxDelete', 'destination', 'shard', 'shardsFrom', 'listOfFiles']) assert.equal(byName.get(name)!.defaultValue, '', name);
});

test('task.json groups the advanced inputs, and every group is used', () => {
  const groups = task.groups.map((g: { name: string }) => g.name);
  for (const g of ['filters', 'performance', 'auth', 'evidence']) assert.ok(groups.includes(g), g);
  for (const g of groups) assert.ok(inputs.some((i) => i.groupName === g), `group ${g} holds inputs`);
  for (const i of inputs) if (i.groupName) assert.ok(groups.includes(i.groupName), `${i.name} is in a declared group`);
});

test('task.json runs dist/index.js with the Node20_1 and Node24 handlers and declares the outputs', () => {
  assert.match(task.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(Object.keys(task.execution).sort(), ['Node20_1', 'Node24']);
  for (const h of Object.values(task.execution) as Array<{ target: string }>) assert.equal(h.target, 'dist/index.js');
  // Node20_1 first shipped in agent 3.232.1; agents with Node24 (4.265.1+) pick it, older ones run Node20_1.
  assert.equal(task.minimumAgentVersion, '3.232.1');
  assert.deepEqual(
    task.outputVariables.map((o: { name: string }) => o.name).sort(),
    ['jobId', 'status', 'filesTotal', 'filesTransferred', 'filesSkipped', 'filesFailed', 'filesDeleted', 'bytesTransferred', 'propertiesUpdated', 'reconciled', 'reportPath'].sort(),
  );
  for (const k of ['Major', 'Minor', 'Patch']) assert.equal(typeof task.version[k], 'number');
});
