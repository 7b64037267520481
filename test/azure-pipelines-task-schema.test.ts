// task.json passes the checks of the Azure Pipelines task schema that
// decide whether the task installs and renders (scripts/task-schema.mjs
// says which schema and where it lags the service), and the checks catch
// the mistakes they exist for. Nothing is mocked: this reads the file that ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taskSchemaIssues } from '../scripts/task-schema.mjs';
import { ROOT } from './helpers/ci-harness.ts';

const task = JSON.parse(readFileSync(join(ROOT, 'task.json'), 'utf8'));

test('task.json meets the task schema: friendlyName of at most 40 characters, typed properties, a help URL, handlers that exist', () => {
  assert.deepEqual(taskSchemaIssues(task, ROOT), []);
  assert.ok(task.friendlyName.length <= 40, task.friendlyName);
  for (const i of task.inputs) if (i.properties && 'resizable' in i.properties) assert.equal(i.properties.resizable, true, i.name);
});

test('the task schema checks catch a long friendlyName, a string where a boolean belongs, a missing helpUrl and a missing target', () => {
  const broken = structuredClone(task);
  broken.friendlyName = 'azcp: copy and sync with Azure Blob Storage'; // 43 characters
  broken.inputs.find((i: { properties?: object }) => i.properties).properties.resizable = 'true';
  delete broken.helpUrl;
  broken.execution.Node24.target = 'dist/missing.js';
  broken.inputs[0].required = 'true';
  const issues = taskSchemaIssues(broken, ROOT);
  assert.ok(issues.some((m) => /^friendlyName must be 1 to 40 characters \(it has 43\)$/.test(m)), issues.join('\n'));
  assert.ok(issues.some((m) => /properties\.resizable must be a boolean/.test(m)), issues.join('\n'));
  assert.ok(issues.some((m) => /^helpUrl must be an https URL/.test(m)), issues.join('\n'));
  assert.ok(issues.some((m) => /execution\.Node24\.target dist\/missing\.js does not exist/.test(m)), issues.join('\n'));
  assert.ok(issues.some((m) => /input mode: required must be a boolean/.test(m)), issues.join('\n'));
});
