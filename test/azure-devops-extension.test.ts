// The Azure DevOps extension, as a project collection installs it: the
// .vsix that `npm run package` builds (scripts/package-extension.mjs, with
// tfx-cli), unpacked by an independent zip reader (test/helpers/zip.ts).
// Its manifest must name the publisher, id, version and icon; the task
// folder must hold exactly task.json, icon.png and dist/; and the task must
// run from the unpacked folder the way the agent starts it (node
// TASK/dist/index.js), here against Azurite with the development account.
// Mocked, because it cannot be real here: the agent (we set its environment
// and read its ##vso commands). The .vsix, tfx and the bundle are real.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, copyFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { startAzurite, type AzuriteInstance } from '../scripts/azurite.mjs';
import { stageExtension, createVsix, versionIssues, TASK_FOLDER } from '../scripts/package-extension.mjs';
import { syncVersion } from '../scripts/sync-version.mjs';
import { assertBuilt, runBundle, pipelinesAgentEnv, pipelinesInputEnv, parseVso, vsoOutputs, makeFiles, ROOT } from './helpers/ci-harness.ts';
import { extractZip } from './helpers/zip.ts';
import { tempDir } from './helpers/temp.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const task = JSON.parse(readFileSync(join(ROOT, 'task.json'), 'utf8'));
const extension = JSON.parse(readFileSync(join(ROOT, 'vss-extension.json'), 'utf8'));

let azurite: AzuriteInstance;
let unpacked: string;
let vsix: string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

before(async () => {
  assertBuilt();
  azurite = await startAzurite();
  const work = tempDir('vsix');
  const version = stageExtension(join(work, 'stage'));
  vsix = createVsix(join(work, 'stage'), join(work, 'out'), version).vsix;
  unpacked = join(work, 'unpacked');
  extractZip(vsix, unpacked);
});

after(async () => {
  await azurite?.stop();
});

test('the .vsix is azcp-VERSION.vsix and its manifest names the publisher, id, version, icon and overview', () => {
  assert.equal(relative(join(vsix, '..'), vsix), `azcp-${pkg.version}.vsix`);
  const manifest = readFileSync(join(unpacked, 'extension.vsixmanifest'), 'utf8');
  const identity = /<Identity\b([^>]*)\/?>/.exec(manifest)?.[1] ?? '';
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(identity)?.[1];
  assert.equal(attr('Id'), extension.id);
  assert.equal(attr('Publisher'), extension.publisher);
  assert.equal(attr('Version'), pkg.version);
  assert.match(manifest, /<Asset Type="Microsoft\.VisualStudio\.Services\.Icons\.Default" [^>]*Path="images\/icon\.png"/);
  assert.match(manifest, /<Asset Type="Microsoft\.VisualStudio\.Services\.Content\.Details" [^>]*Path="overview\.md"/);
  assert.equal(readFileSync(join(unpacked, 'images', 'icon.png')).subarray(1, 4).toString(), 'PNG');
  assert.match(readFileSync(join(unpacked, 'overview.md'), 'utf8'), /AzcpTransfer@0/);
  // The contribution that makes it a pipeline task, pointing at the task folder.
  const contributions = JSON.parse(readFileSync(join(unpacked, 'extension.vsomanifest'), 'utf8')).contributions;
  const taskContribution = contributions.find((c: { type: string }) => c.type === 'ms.vss-distributed-task.task');
  assert.equal(taskContribution?.properties?.name, TASK_FOLDER);
  assert.deepEqual(taskContribution.targets, ['ms.vss-distributed-task.tasks']);
});

test('the task folder in the .vsix holds exactly task.json, icon.png and dist/, the same files the repository builds', () => {
  const taskDir = join(unpacked, TASK_FOLDER);
  const files = filesUnder(taskDir).map((p) => relative(taskDir, p).split('\\').join('/')).sort();
  const dist = filesUnder(join(ROOT, 'dist'))
    .map((p) => `dist/${relative(join(ROOT, 'dist'), p).split('\\').join('/')}`)
    .filter((p) => !/\/\.[^/]*\.tmp$/.test(p));
  assert.deepEqual(files, ['icon.png', 'task.json', ...dist].sort());
  for (const f of files) {
    const from = f === 'icon.png' ? join(ROOT, 'images', 'icon.png') : join(ROOT, f);
    assert.ok(readFileSync(join(taskDir, f)).equals(readFileSync(from)), `${f} is the repository's`);
  }
});

test('the task runs from the unpacked .vsix as the agent starts it: make a container, copy files into it, report the outputs', async () => {
  const bundle = join(unpacked, TASK_FOLDER, task.execution.Node24.target);
  const container = `${azurite.serviceUrl}/fromvsix`;
  const agent = pipelinesAgentEnv();
  const make = await runBundle({ ...agent.env, ...pipelinesInputEnv({ mode: 'make', source: container }) }, { bundle });
  assert.equal(make.code, 0, `${make.stdout}\n${make.stderr}`);

  const src = tempDir('vsix-src');
  const bytes = makeFiles(src, 5, 80);
  const r = await runBundle({ ...agent.env, ...pipelinesInputEnv({ mode: 'copy', source: `${src}/*`, destination: container, uploadArtifact: 'false' }) }, { bundle });
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  const cmds = parseVso(r.stdout);
  const out = vsoOutputs(cmds);
  assert.equal(out.status, 'Completed');
  assert.equal(out.filesTransferred, '5');
  assert.equal(out.bytesTransferred, String(bytes));
  assert.equal(cmds.filter((c) => c.command === 'task.complete').at(-1)?.properties.result, 'Succeeded');
  // Checked with the storage SDK, not with azcp.
  const names: string[] = [];
  for await (const b of BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('fromvsix').listBlobsFlat()) names.push(b.name);
  assert.deepEqual(names.sort(), readdirSync(src).sort());
});

test('package.json, task.json and vss-extension.json carry one version, and `npm version` keeps them in step', () => {
  assert.deepEqual(versionIssues(pkg, task, extension), []);
  // scripts/sync-version.mjs (the npm "version" script) on a copy of the three files.
  const dir = tempDir('version');
  for (const f of ['package.json', 'task.json', 'vss-extension.json']) copyFileSync(join(ROOT, f), join(dir, f));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, version: '1.4.2' }, null, 2));
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  assert.ok(versionIssues(read('package.json'), read('task.json'), read('vss-extension.json')).length === 2, 'a bumped package.json disagrees with both');
  syncVersion(dir);
  assert.deepEqual(read('task.json').version, { Major: 1, Minor: 4, Patch: 2 });
  assert.equal(read('vss-extension.json').version, '1.4.2');
  assert.deepEqual(versionIssues(read('package.json'), read('task.json'), read('vss-extension.json')), []);
  // Everything else in task.json is untouched.
  assert.deepEqual({ ...read('task.json'), version: task.version }, task);
});
