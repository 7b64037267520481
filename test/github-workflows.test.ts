// The repository's GitHub automation is sound: every workflow parses, pins
// each action to a commit, declares its permissions and asks for an OIDC
// token only where a step signs in with it; Dependabot watches npm and the
// actions; CODEOWNERS covers everything. And the self-test job does what
// it claims: its steps are run here the way a runner runs them
// (test/helpers/workflow-runner.ts: bash for `run:`, the Action for
// `uses: ./`), against Azurite in place of the service container.
// Mocked, because it cannot be real here: the runner itself and the
// Actions results service behind artifact uploads (test/helpers/oidc.ts,
// whose upload URL points at Azurite so the zip really is uploaded).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateBlobSASQueryParameters, ContainerSASPermissions, StorageSharedKeyCredential, BlobServiceClient } from '@azure/storage-blob';
import { startAzurite, DEV_ACCOUNT, DEV_KEY, type AzuriteInstance } from '../scripts/azurite.mjs';
import { parseYaml, YamlError, type YamlValue } from './helpers/yaml.ts';
import { runWorkflowJob } from './helpers/workflow-runner.ts';
import { startArtifactService, type ArtifactService } from './helpers/oidc.ts';
import { assertBuilt, ROOT } from './helpers/ci-harness.ts';
import { tempDir } from './helpers/temp.ts';

type Obj = Record<string, any>;
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const workflowFiles = () => readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();
const load = (path: string) => parseYaml(readFileSync(path, 'utf8')) as Obj;

/** Every `uses:` in a workflow: job-level (reusable workflows) and step-level, with where it is. */
function usesOf(doc: Obj): Array<{ where: string; uses: string; job: string }> {
  const out: Array<{ where: string; uses: string; job: string }> = [];
  for (const [jobName, job] of Object.entries(doc.jobs as Obj)) {
    if (job.uses) out.push({ where: `jobs.${jobName}`, uses: String(job.uses), job: jobName });
    for (const [i, step] of ((job.steps ?? []) as Obj[]).entries()) if (step.uses) out.push({ where: `jobs.${jobName}.steps[${i}]`, uses: String(step.uses), job: jobName });
  }
  return out;
}

/** Whether a job signs in with OIDC: a step of this Action with authType oidc, or azure/login. */
function jobUsesOidc(job: Obj): boolean {
  return ((job.steps ?? []) as Obj[]).some((s) => (s.uses === './' || /\/azcp@/.test(String(s.uses ?? ''))) && s.with?.authType === 'oidc') || ((job.steps ?? []) as Obj[]).some((s) => /^azure\/login@/.test(String(s.uses ?? '')));
}

test('the YAML reader agrees with YAML on the constructs the files use and refuses what it does not know', () => {
  const doc = parseYaml(
    [
      'name: "x: y" # comment',
      "on:",
      "  push:",
      "    branches: [main, 'release/*']",
      "jobs:",
      "  a:",
      "    env: { A: 1, B: 'two' }",
      "    steps:",
      "      - run: |",
      "          echo one",
      "          echo '# not a comment'",
      "        name: it's",
      "      - uses: x/y@0123 # v1",
      "        with:",
      "          folded: >-",
      "            a",
      "            b",
      "          t: true",
      "          n: 10000:10000",
    ].join('\n'),
  ) as Obj;
  assert.deepEqual(doc, {
    name: 'x: y',
    on: { push: { branches: ['main', 'release/*'] } },
    jobs: {
      a: {
        env: { A: 1, B: 'two' },
        steps: [
          { run: "echo one\necho '# not a comment'\n", name: "it's" },
          { uses: 'x/y@0123', with: { folded: 'a b', t: true, n: '10000:10000' } },
        ],
      },
    },
  } as YamlValue);
  for (const bad of ['a: &anchor 1', 'a: *alias', 'a: 1\na: 2', 'a:\n\tb: 1', 'a: b: c', "a: 'open"]) assert.throws(() => parseYaml(bad), YamlError, bad);
});

test('every workflow parses, pins each action to a commit, sets its permissions, and asks for id-token only to sign in with OIDC', () => {
  const files = workflowFiles();
  for (const f of ['release.yml', 'test.yml']) assert.ok(files.includes(f), `${f} is there`);
  for (const file of files) {
    const text = readFileSync(join(WORKFLOWS, file), 'utf8');
    const doc = load(join(WORKFLOWS, file));
    assert.ok(doc.name && doc.on && doc.jobs, `${file}: name, on and jobs`);
    // Permissions: read-only at the top; anything more on the one job that needs it.
    assert.ok(doc.permissions && typeof doc.permissions === 'object', `${file}: top-level permissions are set`);
    for (const [scope, level] of Object.entries(doc.permissions as Obj)) assert.ok(level === 'read' || level === 'none', `${file}: top-level ${scope}: ${level} (only read at the top)`);
    for (const u of usesOf(doc)) {
      if (u.uses.startsWith('./')) continue;
      assert.match(u.uses, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${file} ${u.where}: ${u.uses} is pinned to a full commit SHA`);
      // The version the pin stands for, for readers and for Dependabot.
      const line = text.split('\n').find((l) => l.includes(u.uses))!;
      assert.match(line, /# v\d+(\.\d+)*\s*$/, `${file} ${u.where}: the pin carries its version as a comment`);
    }
    for (const [name, job] of Object.entries(doc.jobs as Obj)) {
      assert.ok(job['timeout-minutes'], `${file} ${name}: a timeout`);
      for (const [, image] of Object.entries((job.services ?? {}) as Obj)) assert.match(String(image.image), /:(\d+\.\d+\.\d+|[^:]*@sha256:[0-9a-f]{64})$/, `${file} ${name}: the service image has a fixed version`);
      const perms = { ...(doc.permissions as Obj), ...((job.permissions ?? {}) as Obj) };
      if (perms['id-token'] === 'write') assert.ok(jobUsesOidc(job), `${file} ${name}: id-token: write without a step that signs in with OIDC`);
      for (const [scope, level] of Object.entries((job.permissions ?? {}) as Obj)) if (level === 'write') assert.ok(file === 'release.yml' && scope === 'contents', `${file} ${name}: ${scope}: write`);
    }
    // Untrusted text never goes straight into a shell script.
    assert.ok(!/\$\{\{\s*github\.event\.(pull_request|issue|comment|head_commit)/.test(text), `${file}: no event text in expressions`);
  }
});

test('test.yml runs npm test, checks dist/, and self-tests the Action with uses: ./ for copy, sync and a failing case', () => {
  const doc = load(join(WORKFLOWS, 'test.yml'));
  const runs = (job: string) => ((doc.jobs[job].steps ?? []) as Obj[]).map((s) => String(s.run ?? '')).join('\n');
  assert.deepEqual(Object.keys(doc.on).sort(), ['pull_request', 'push', 'workflow_dispatch']);
  assert.match(runs('test'), /^npm test$/m);
  assert.match(runs('check-dist'), /^npm run build$/m);
  assert.match(runs('check-dist'), /git diff --quiet -- dist/);
  const self = doc.jobs['self-test'] as Obj;
  assert.match(String(self.services.azurite.image), /^mcr\.microsoft\.com\/azure-storage\/azurite:/);
  const actionSteps = (self.steps as Obj[]).filter((s) => s.uses === './');
  const modes = actionSteps.map((s) => s.with?.mode ?? 'copy');
  for (const m of ['copy', 'sync']) assert.ok(modes.includes(m), `the self-test runs ${m}`);
  assert.ok(actionSteps.some((s) => s['continue-on-error'] === true), 'a failing case, allowed to fail …');
  assert.match(runs('self-test'), /test "\$OUTCOME" = failure/, '… and checked to have failed');
});

test('release.yml tags vX.Y.Z from package.json, moves vX, and may write contents only', () => {
  const doc = load(join(WORKFLOWS, 'release.yml'));
  const job = doc.jobs.release as Obj;
  assert.deepEqual(job.permissions, { contents: 'write' });
  const script = (job.steps as Obj[]).map((s) => String(s.run ?? '')).join('\n');
  assert.match(script, /require\('\.\/package\.json'\)\.version/);
  assert.match(script, /git tag -a "v\$VERSION"/);
  assert.match(script, /git tag -fa "\$MAJOR"/);
  assert.match(script, /git push --force origin "refs\/tags\/\$MAJOR"/);
  assert.match(script, /npm test/);
  assert.match(script, /npm run package/);
});

test('Dependabot updates npm and the pinned actions; CODEOWNERS has an owner for every path', () => {
  const bot = load(join(ROOT, '.github', 'dependabot.yml'));
  assert.equal(bot.version, 2);
  const ecosystems = (bot.updates as Obj[]).map((u) => `${u['package-ecosystem']} ${u.directory}`).sort();
  assert.deepEqual(ecosystems, ['github-actions /', 'npm /']);
  const owners = join(ROOT, '.github', 'CODEOWNERS');
  assert.ok(existsSync(owners));
  assert.match(readFileSync(owners, 'utf8'), /^\*\s+@\S+/m, 'a default owner');
});

let azurite: AzuriteInstance;
let artifacts: ArtifactService;

before(async () => {
  assertBuilt();
  azurite = await startAzurite();
  const blobs = BlobServiceClient.fromConnectionString(azurite.connectionString);
  await blobs.getContainerClient('artifacts').create();
  const sas = generateBlobSASQueryParameters(
    { containerName: 'artifacts', permissions: ContainerSASPermissions.parse('cw'), expiresOn: new Date(Date.now() + 3600_000) },
    new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY),
  ).toString();
  artifacts = await startArtifactService({ signedUploadUrl: (name) => `${azurite.serviceUrl}/artifacts/${name}.zip?${sas}` });
});

after(async () => {
  await artifacts?.stop();
  await azurite?.stop();
});

test('the self-test job passes when its steps run as a runner runs them, and its checks catch a wrong result', async () => {
  const workspace = tempDir('workspace');
  const runnerEnv = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: 'contoso/azcp',
    GITHUB_RUN_ID: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    ACTIONS_RESULTS_URL: artifacts.resultsUrl,
    ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken,
  };
  // The service container's port 10000 is Azurite's port here.
  const port = new URL(azurite.serviceUrl).port;
  const mapJobEnv = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace('127.0.0.1:10000', `127.0.0.1:${port}`)]));
  const run = await runWorkflowJob({ workflow: join(WORKFLOWS, 'test.yml'), job: 'self-test', workspace, runnerEnv, mapJobEnv });
  const report = run.steps.map((s) => `${s.outcome.padEnd(8)} ${s.name}${s.outcome === 'failure' ? `\n${s.log}` : ''}`).join('\n');
  assert.equal(run.result, 'success', report);
  assert.equal(run.steps.find((s) => s.id === 'refused')?.outcome, 'failure', 'the refused sync failed its step');
  assert.ok(run.steps.filter((s) => s.kind === 'action').length >= 5, report);
  // What is left in storage, read with the SDK.
  const names: string[] = [];
  for await (const b of BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('selftest').listBlobsFlat()) names.push(b.name);
  assert.deepEqual(names.sort(), ['web/css/site.css', 'web/page1.html', 'web/page2.html']);
  assert.ok(artifacts.finalized.some((a) => a.name === 'selftest-copy-1'), 'the copy published its evidence');

  // The checks are real: with a stale page in storage the sync deletes two files, and the job fails at that check.
  await BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('selftest').getBlockBlobClient('web/stale.html').upload('old', 3);
  const again = await runWorkflowJob({ workflow: join(WORKFLOWS, 'test.yml'), job: 'self-test', workspace: tempDir('workspace'), runnerEnv: { ...runnerEnv, GITHUB_RUN_ATTEMPT: '2' }, mapJobEnv });
  assert.equal(again.result, 'failure');
  assert.deepEqual(
    again.steps.filter((s) => s.outcome === 'failure').map((s) => s.name),
    ['The sync deleted 1 file and sent nothing else'],
  );
});
