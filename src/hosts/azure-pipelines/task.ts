// The Azure Pipelines host: task.json inputs and the azureSubscription
// service connection in; output variables, the build summary, the job
// folder as an artifact and the task result out (##vso logging commands).
// Only this module loads azure-pipelines-task-lib, and only after the
// secrets were copied out of the environment (see inputs.ts).
import type { TokenCredential } from '@azure/core-auth';
import type { JobOptions } from '../../contract/options.ts';
import type { JobReport } from '../../job/types.ts';
import type { LogLevel } from '../../contract/options.ts';
import { UsageError } from '../../contract/errors.ts';
import { redact } from '../../auth/redact.ts';
import { snapshotSecrets, getAzurePipelinesInputs, getServiceConnection } from './inputs.ts';
import { artifactNameOf, type StepInputs } from '../ci/inputs.ts';
import { stepOutputs, stepResult, summaryPath } from '../ci/outputs.ts';
import { progressLines, percentOf } from '../ci/progress.ts';
import { runCiStep } from '../ci/step.ts';

type TaskLib = typeof import('azure-pipelines-task-lib/task.js');

export async function runAzurePipelinesTask(): Promise<void> {
  // Before the task-lib loads and moves INPUT_* / ENDPOINT_AUTH_* into its vault.
  const secrets = snapshotSecrets();
  const mod = (await import('azure-pipelines-task-lib/task.js')) as TaskLib & { default?: TaskLib };
  const tl: TaskLib = mod.default ?? mod;
  // One job's progress lines: the rate of the last few seconds, not the average since the start.
  const line = progressLines();
  await runCiStep({
    readInputs: () => getAzurePipelinesInputs(tl, secrets),
    credential: (inputs, options) => serviceConnectionCredential(tl, inputs, options, secrets),
    log: (level, message) => log(tl, level, message),
    progress: (p) => {
      console.log(line(p));
      const pct = percentOf(p);
      if (pct !== undefined) tl.setProgress(pct, `azcp ${p.phase}`);
    },
    print: (line) => console.log(line),
    warn: (message) => tl.warning(message),
    fail: (message) => {
      tl.setResult(tl.TaskResult.Failed, message);
      process.exitCode = 1;
    },
    // mode merge: the shards' artifacts were downloaded by a DownloadPipelineArtifact
    // (or `download: current`) step; shardsFrom names where, by default the pipeline workspace.
    prepareMerge: async (inputs) => {
      if (!inputs.raw.shardsFrom) {
        const workspace = tl.getVariable('Pipeline.Workspace');
        if (workspace) inputs.raw.shardsFrom = workspace;
      }
    },
    publish: (inputs, options, report) => publish(tl, inputs, options, report),
  });
}

function log(tl: TaskLib, level: LogLevel, message: string): void {
  const text = redact(message);
  if (level === 'error') tl.error(text);
  else if (level === 'warning') tl.warning(text);
  else if (level === 'debug') tl.debug(text);
  else console.log(text);
}

/**
 * The azureSubscription service connection as a TokenCredential:
 * WorkloadIdentityFederation (AzurePipelinesCredential, a fresh ID token
 * from the pipeline whenever a new access token is needed), ServicePrincipal
 * (secret or certificate) or ManagedServiceIdentity.
 */
async function serviceConnectionCredential(
  tl: TaskLib,
  inputs: StepInputs,
  options: JobOptions,
  secrets: ReturnType<typeof snapshotSecrets>,
): Promise<TokenCredential | undefined> {
  const id = inputs.azureSubscription;
  if (!id) {
    if (options.auth.kind === 'oidc') {
      throw new UsageError('authType oidc on Azure Pipelines needs azureSubscription: an Azure Resource Manager service connection');
    }
    return undefined;
  }
  const conn = getServiceConnection(tl, id, secrets);
  const { buildServiceConnectionCredential } = await import('../../auth/identity.ts');
  tl.debug(`azcp: service connection ${id} (${conn.scheme})`);
  return buildServiceConnectionCredential(conn);
}

function publish(tl: TaskLib, inputs: StepInputs, options: JobOptions, report: JobReport): void {
  for (const [name, value] of Object.entries(stepOutputs(report))) tl.setVariable(name, value, false, true);

  if (inputs.summary) tl.uploadSummary(summaryPath(report));
  if (inputs.uploadArtifact) {
    const name = artifactNameOf(inputs, report.jobId);
    // The agent uploads the folder after the command is read; the job
    // folder lives in the agent's temp folder until the job ends.
    tl.uploadArtifact(name, report.jobFolder, name);
  }

  const { result, message } = stepResult(report, options.failOnMismatch);
  if (result === 'failed') {
    tl.setResult(tl.TaskResult.Failed, message);
    process.exitCode = 1;
  } else if (result === 'cancelled') {
    tl.setResult(tl.TaskResult.Cancelled, message);
    process.exitCode = 1;
  } else if (result === 'warning') {
    tl.setResult(tl.TaskResult.SucceededWithIssues, message);
  } else {
    tl.setResult(tl.TaskResult.Succeeded, message);
  }
}
