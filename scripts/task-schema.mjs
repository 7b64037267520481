// The checks of the Azure Pipelines task schema that decide whether the task
// installs and shows correctly, applied to task.json.
//
// Source: tasks.schema.json of microsoft/azure-pipelines-task-lib
// (https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json,
// the file task.json's "$schema" names), plus the rules `tfx extension create`
// enforces (tfx-cli _build/lib/jsonvalidate.js: friendlyName at most 40
// characters, instanceNameFormat, each handler's target present). The
// package azure-pipelines-task-lib does not ship the schema file, so these
// checks are written out here rather than read from node_modules.
//
// Where the published schema lags what the service accepts, the service wins
// and the difference is noted: it lists only the old execution handlers (no
// Node16/Node20_1/Node24) and spells the output list "OutputVariables" while
// the agent and every Microsoft task use "outputVariables".
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const TOP_LEVEL = new Set([
  '$schema', 'id', 'name', 'friendlyName', 'description', 'helpUrl', 'helpMarkDown', 'author', 'preview', 'deprecated',
  'showEnvironmentVariables', 'runsOn', 'visibility', 'category', 'groups', 'demands', 'minimumAgentVersion', 'version',
  'instanceNameFormat', 'inputs', 'dataSourceBindings', 'sourceDefinitions', 'prejobexecution', 'execution',
  'postjobexecution', 'messages', 'outputVariables', 'restrictions',
]);
const CATEGORIES = ['Build', 'Utility', 'Test', 'Package', 'Deploy', 'Azure Repos', 'Azure Boards', 'Azure Pipelines', 'Azure Test Plans', 'Azure Artifacts'];
const INPUT_TYPES = ['boolean', 'filePath', 'multiLine', 'pickList', 'radio', 'secureFile', 'string', 'int', 'identities', 'querycontrol'];
const INPUT_KEYS = new Set(['name', 'label', 'type', 'defaultValue', 'required', 'helpMarkDown', 'groupName', 'visibleRule', 'properties', 'options', 'aliases', 'validation']);
const HANDLERS = ['Node', 'Node10', 'Node16', 'Node20_1', 'Node24', 'PowerShell', 'PowerShell3', 'HttpRequest', 'HttpRequestChain'];
const GUID = /^[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$/;
/** Input properties the task editor reads, with the JSON type each must be. */
const INPUT_PROPERTY_TYPES = { resizable: 'boolean', rows: 'string', maxLength: 'string', EditableOptions: 'string', MultiSelect: 'string', MultiSelectFlatList: 'string', DisableManageLink: 'string', isSearchable: 'string', isVariableOrNonNegativeNumber: 'string' };

/**
 * Every way task.json breaks the schema, as one line each; empty when it is
 * valid. `taskDir` is the folder that will hold task.json in the package:
 * execution targets must exist there.
 */
export function taskSchemaIssues(task, taskDir) {
  const issues = [];
  const bad = (msg) => issues.push(msg);
  for (const key of Object.keys(task)) if (!TOP_LEVEL.has(key)) bad(`unknown top-level field "${key}"`);
  if (typeof task.id !== 'string' || !GUID.test(task.id)) bad('id must be a GUID');
  if (typeof task.name !== 'string' || !/^[A-Za-z0-9-]+$/.test(task.name)) bad('name must be letters, digits and "-" only');
  if (typeof task.friendlyName !== 'string' || task.friendlyName.length < 1 || task.friendlyName.length > 40) {
    bad(`friendlyName must be 1 to 40 characters (it has ${String(task.friendlyName ?? '').length})`);
  }
  for (const key of ['description', 'author', 'instanceNameFormat', 'helpMarkDown']) {
    if (typeof task[key] !== 'string' || !task[key].trim()) bad(`${key} must be a non-empty string`);
  }
  if (typeof task.helpUrl !== 'string' || !/^https:\/\//.test(task.helpUrl)) bad('helpUrl must be an https URL (the "Learn more" link of the task)');
  if (!CATEGORIES.includes(task.category)) bad(`category must be one of ${CATEGORIES.join(', ')}`);
  for (const v of task.visibility ?? []) if (!['Build', 'Release'].includes(v)) bad(`visibility "${v}" is not Build or Release`);
  if (task.minimumAgentVersion !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(task.minimumAgentVersion)) bad('minimumAgentVersion must be N.N or N.N.N');
  const version = task.version ?? {};
  for (const k of ['Major', 'Minor', 'Patch']) if (typeof version[k] !== 'number' || !Number.isInteger(version[k])) bad(`version.${k} must be a whole number`);
  for (const k of Object.keys(version)) if (!['Major', 'Minor', 'Patch'].includes(k)) bad(`version has an unknown field "${k}"`);

  const groups = new Set();
  for (const g of task.groups ?? []) {
    if (typeof g.name !== 'string' || typeof g.displayName !== 'string') bad('every group needs a name and a displayName');
    if (g.isExpanded !== undefined && typeof g.isExpanded !== 'boolean') bad(`group ${g.name}: isExpanded must be a boolean`);
    groups.add(g.name);
  }

  const names = new Set();
  for (const input of task.inputs ?? []) {
    const where = `input ${input.name ?? '?'}`;
    for (const key of Object.keys(input)) if (!INPUT_KEYS.has(key)) bad(`${where}: unknown field "${key}"`);
    if (typeof input.name !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(input.name)) bad(`${where}: name must start with a letter and hold letters and digits only`);
    if (names.has(input.name)) bad(`${where}: declared twice`);
    names.add(input.name);
    if (typeof input.label !== 'string' || !input.label) bad(`${where}: label is required`);
    if (typeof input.type !== 'string' || !(INPUT_TYPES.includes(input.type) || /^connectedService:.+$/.test(input.type))) bad(`${where}: type "${input.type}" is not a task input type`);
    if (input.defaultValue !== undefined && !['string', 'boolean'].includes(typeof input.defaultValue)) bad(`${where}: defaultValue must be a string or a boolean`);
    if (input.type === 'boolean' && input.defaultValue !== undefined && !['true', 'false', true, false].includes(input.defaultValue)) bad(`${where}: a boolean input defaults to true or false`);
    if (input.required !== undefined && typeof input.required !== 'boolean') bad(`${where}: required must be a boolean`);
    if (input.groupName !== undefined && !groups.has(input.groupName)) bad(`${where}: group "${input.groupName}" is not declared`);
    if ((input.type === 'pickList' || input.type === 'radio') && (typeof input.options !== 'object' || !input.options || !Object.keys(input.options).length)) bad(`${where}: a ${input.type} needs options`);
    if (input.type === 'pickList' && input.defaultValue && !(input.defaultValue in (input.options ?? {}))) bad(`${where}: default "${input.defaultValue}" is not one of its options`);
    for (const [k, v] of Object.entries(input.properties ?? {})) {
      const want = INPUT_PROPERTY_TYPES[k];
      if (want && typeof v !== want) bad(`${where}: properties.${k} must be a ${want} (it is ${JSON.stringify(v)})`);
    }
    if (input.properties?.EditableOptions !== undefined && !['True', 'False'].includes(input.properties.EditableOptions)) bad(`${where}: properties.EditableOptions must be "True" or "False"`);
  }

  for (const out of task.outputVariables ?? []) {
    if (typeof out.name !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(out.name)) bad(`output variable ${out.name}: name must start with a letter and hold letters and digits only`);
  }

  const execution = task.execution ?? {};
  if (!Object.keys(execution).length) bad('execution must name at least one handler');
  for (const [handler, spec] of Object.entries(execution)) {
    if (!HANDLERS.includes(handler)) bad(`execution handler "${handler}" is unknown`);
    if (typeof spec?.target !== 'string' || !spec.target) bad(`execution.${handler}.target is required`);
    else if (taskDir && !existsSync(join(taskDir, spec.target))) bad(`execution.${handler}.target ${spec.target} does not exist beside task.json`);
  }
  return issues;
}
