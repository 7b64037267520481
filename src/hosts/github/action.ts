// The GitHub Actions host: action.yml inputs in; outputs, step summary, the
// job folder as an artifact and the step's result out. Only this module
// loads @actions/core and @actions/artifact (both ESM-only), and only when
// src/main.ts found this process is a GitHub Actions step.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { TokenCredential } from '@azure/core-auth';
import type { JobOptions } from '../../contract/options.ts';
import type { JobReport } from '../../job/types.ts';
import type { LogLevel } from '../../contract/options.ts';
import { UsageError } from '../../contract/errors.ts';
import { redact, describeError, registerSecret } from '../../auth/redact.ts';
import { getGitHubInputs } from './inputs.ts';
import { artifactNameOf, type StepInputs } from '../ci/inputs.ts';
import { stepOutputs, stepResult, summaryPath } from '../ci/outputs.ts';
import { progressLines } from '../ci/progress.ts';
import { runCiStep } from '../ci/step.ts';
import { parseList } from '../../job/options.ts';
import { downloadShardArtifacts, namesFolders } from './shards.ts';

type Core = typeof import('@actions/core');

/** GitHub's limit for one step's summary is 1 MiB; stay under it. */
const SUMMARY_LIMIT = 1_000_000;

export async function runGitHubAction(): Promise<void> {
  const core: Core = await import('@actions/core');
  // One job's progress lines: the rate of the last few seconds, not the average since the start.
  const line = progressLines();
  await runCiStep({
    // Secrets are masked inside, before anything else is read or printed.
    readInputs: () => getGitHubInputs((name) => core.getInput(name), (v) => core.setSecret(v)),
    credential: (inputs, options) => gitHubCredential(core, inputs, options),
    log: (level, message) => log(core, level, message),
    progress: (p) => core.info(line(p)),
    print: (line) => core.info(line),
    warn: (message) => core.warning(message),
    fail: (message) => core.setFailed(message),
    prepareMerge: (inputs) => prepareMerge(core, inputs),
    publish: (inputs, options, report) => publish(core, inputs, options, report),
  });
}

/** mode merge: shardsFrom names folders, or the shards' artifacts, which are downloaded here. */
async function prepareMerge(core: Core, inputs: StepInputs): Promise<void> {
  const given = parseList(inputs.raw.shardsFrom);
  if (namesFolders(given)) return;
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const into = join(process.env.RUNNER_TEMP || tmpdir(), 'azcp-shards', String(process.pid));
  inputs.raw.shardsFrom = await downloadShardArtifacts(new DefaultArtifactClient(), given, into, (m) => core.info(m));
}

function log(core: Core, level: LogLevel, message: string): void {
  const text = redact(message);
  if (level === 'error') core.error(text);
  else if (level === 'warning') core.warning(text);
  else if (level === 'debug') core.debug(text);
  else core.info(text);
}

/**
 * GitHub OIDC: when the workflow grants `id-token: write`, the runner serves
 * ID tokens; Entra ID exchanges each for an access token through the app's
 * federated credential. Used for authType oidc, and for auto when clientId
 * and tenantId are given and the runner offers ID tokens.
 */
async function gitHubCredential(core: Core, inputs: StepInputs, options: JobOptions): Promise<TokenCredential | undefined> {
  const kind = options.auth.kind;
  const clientId = inputs.clientId ?? process.env.AZURE_CLIENT_ID;
  const tenantId = inputs.tenantId ?? process.env.AZURE_TENANT_ID;
  const runnerOffersTokens = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  if (kind === 'oidc' || kind === 'workload-identity') {
    if (!runnerOffersTokens) {
      // Workload identity outside GitHub's OIDC (a token file): resolveAuth builds it.
      if (process.env.AZURE_FEDERATED_TOKEN_FILE) return undefined;
      throw new UsageError('authType oidc needs an ID token from GitHub: give the job `permissions: id-token: write`');
    }
    if (!clientId || !tenantId) throw new UsageError('authType oidc needs clientId and tenantId (the Entra app registration or managed identity)');
  } else if (!(kind === 'auto' && clientId && tenantId && runnerOffersTokens)) {
    return undefined;
  }
  registerSecret(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const audience = inputs.audience;
  const { buildFederatedCredential } = await import('../../auth/identity.ts');
  // A fresh ID token each time: core.getIDToken asks the runner anew (and masks it).
  return buildFederatedCredential(tenantId!, clientId!, () => core.getIDToken(audience));
}

async function publish(core: Core, inputs: StepInputs, options: JobOptions, report: JobReport): Promise<void> {
  try {
    for (const [name, value] of Object.entries(stepOutputs(report))) core.setOutput(name, value);
  } catch (err) {
    core.warning(`azcp: could not set the step outputs: ${describeError(err)}`);
  }

  // The artifact goes up before the summary is written, so the summary can link to it.
  const artifact = inputs.uploadArtifact ? await uploadJobFolder(core, inputs, report) : undefined;

  if (inputs.summary) {
    try {
      const footer = redact(evidenceLine(inputs, report, artifact));
      let md = redact(readFileSync(summaryPath(report), 'utf8'));
      if (Buffer.byteLength(md) + Buffer.byteLength(footer) > SUMMARY_LIMIT) {
        md = md.slice(0, SUMMARY_LIMIT - 200 - footer.length) + `\n\n… summary cut at GitHub's size limit; the full one is in ${report.reportPath}\n`;
      }
      await core.summary.addRaw(md + footer, true).write();
    } catch (err) {
      core.warning(`azcp: could not write the step summary: ${describeError(err)}`);
    }
  }

  const { result, message } = stepResult(report, options.failOnMismatch);
  if (result === 'failed' || result === 'cancelled') core.setFailed(message);
  else if (result === 'warning') core.warning(message);
  else core.info(message);
}

interface UploadedArtifact {
  name: string;
  id?: number;
  url?: string;
  failed?: boolean;
}

/** Uploads the job folder as an artifact and sets the artifactId and artifactUrl outputs. Never throws. */
async function uploadJobFolder(core: Core, inputs: StepInputs, report: JobReport): Promise<UploadedArtifact> {
  const name = artifactNameOf(inputs, report.jobId);
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const files = filesUnder(report.jobFolder);
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, report.jobFolder, {
      retentionDays: inputs.artifactRetentionDays,
    });
    const url = result.id ? artifactUrlOf(result.id) : undefined;
    if (result.id) core.setOutput('artifactId', String(result.id));
    if (url) core.setOutput('artifactUrl', url);
    core.info(`azcp: job folder uploaded as artifact "${name}"${result.id ? ` (id ${result.id})` : ''}${url ? `: ${url}` : ''}`);
    return { name, id: result.id, url };
  } catch (err) {
    // The evidence stays in the job folder; a missing artifact must not fail a transfer that worked.
    core.warning(`azcp: could not upload the job folder as artifact "${name}": ${describeError(err)}`);
    return { name, failed: true };
  }
}

/** Where the run page offers the artifact for download (the URL actions/upload-artifact reports). */
function artifactUrlOf(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
  if (!repo || !runId) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}

/** The summary's last line: where the job folder's evidence can be found. */
function evidenceLine(inputs: StepInputs, report: JobReport, artifact: UploadedArtifact | undefined): string {
  const files = 'report.json, transfers.jsonl, azcp.log, summary.md';
  if (artifact?.url) return `\n\n**Evidence:** [artifact ${artifact.name}](${artifact.url}) (${files})\n`;
  if (artifact && !artifact.failed) return `\n\n**Evidence:** artifact ${artifact.name} of this run (${files})\n`;
  if (artifact?.failed) return `\n\n**Evidence:** the artifact upload failed; the job folder is ${report.jobFolder} on the runner\n`;
  return inputs.uploadArtifact ? '' : `\n\n**Evidence:** the job folder is ${report.jobFolder} on the runner (uploadArtifact is false)\n`;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...filesUnder(path));
    else if (st.isFile()) out.push(path);
  }
  return out.sort();
}
