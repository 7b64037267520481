// The static-site inputs through the GitHub Action as a runner runs it
// (`node dist/index.js`, INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files), against Azurite over HTTPS: header rules
// given inline (one a line, as a YAML block gives them), the
// propertiesUpdated output, and the step summary's Published section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeLoopbackCert, type TestCert } from './helpers/certs.ts';
import { assertBuilt, runBundle, githubInputEnv, githubStepFiles, parseGitHubOutput, startSecureAzurite, type SecureAzurite } from './helpers/ci-harness.ts';
import { tempDir, writeTree } from './helpers/trees.ts';

let cert: TestCert;
let azurite: SecureAzurite;

before(async () => {
  assertBuilt();
  cert = makeLoopbackCert();
  azurite = await startSecureAzurite(cert);
  await azurite.createContainer('web');
});
after(async () => {
  await azurite?.stop();
  cert?.cleanup();
});

function step(inputs: Record<string, string>) {
  const files = githubStepFiles();
  const env = { ...files.env, ...githubInputEnv({ uploadArtifact: 'false', authType: 'sas', sasToken: `?${azurite.sas}`, ...inputs }), NODE_EXTRA_CA_CERTS: cert.certPath };
  return { files, run: () => runBundle(env) };
}

test('headerRules inline sets the headers; a rules change is propertiesUpdated in the outputs and the Published summary', async () => {
  const src = tempDir('gh-site');
  writeTree(src, { 'index.html': 'home', 'assets/app.1.js': 'app', 'assets/app.1.js.br': 'BR' });
  const base = { mode: 'sync', source: src, destination: `${azurite.serviceUrl}/web` };
  const first = step({ ...base, headerRules: '**  Cache-Control: public, max-age=300\n**/*.br  Content-Encoding: br\n' });
  const r1 = await first.run();
  assert.equal(r1.code, 0, r1.stdout + r1.stderr);
  assert.equal(parseGitHubOutput(first.files.output).propertiesUpdated, '0');

  const second = step({ ...base, headerRules: '**  Cache-Control: public, max-age=300\n**/*.html  Cache-Control: no-cache\n**/*.br  Content-Encoding: br\n' });
  const r2 = await second.run();
  assert.equal(r2.code, 0, r2.stdout + r2.stderr);
  const out = parseGitHubOutput(second.files.output);
  assert.equal(out.filesTransferred, '0');
  assert.equal(out.propertiesUpdated, '1');
  const summary = readFileSync(second.files.summary, 'utf8');
  assert.match(summary, /### Published/);
  assert.match(summary, /Properties updated \(headers set in place, no upload\): 1/);
  assert.match(summary, /\| Cache-Control \| `headerRules:2` \| 1 \|/);
});
