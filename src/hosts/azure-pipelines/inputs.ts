// Reads the Azure Pipelines task's inputs (task.json) and its service
// connection. Two readers are involved, on purpose:
// - Secret values (the secret inputs, a service connection's key or
//   certificate, System.AccessToken) are copied from the environment BEFORE
//   azure-pipelines-task-lib loads (`snapshotSecrets`). The task-lib moves
//   INPUT_* and ENDPOINT_AUTH_* variables into its vault when it loads, and
//   its getters print every value they return as a debug line
//   (##vso[task.debug]name=value) — the secret would be on stdout before
//   anyone could mask it. Reading them first lets the host mask them first.
// - Everything else is read through the task-lib (tl.getInput,
//   tl.getEndpoint*), as any task does.
import { join } from 'node:path';
import { SECRET_BEARING_INPUTS, type StepInput } from '../../contract/inputs.ts';
import { readStepInputs, type StepInputs } from '../ci/inputs.ts';
import { maskSecrets, maskValue } from '../ci/secrets.ts';
import type { ServiceConnection } from '../../auth/identity.ts';
import { UsageError } from '../../contract/errors.ts';

type TaskLib = typeof import('azure-pipelines-task-lib/task.js');

/** The task-lib's variable key: dots and spaces to '_', upper case. */
function key(name: string): string {
  return name.replace(/\./g, '_').replace(/ /g, '_').toUpperCase();
}

export interface SecretSnapshot {
  inputs: Partial<Record<StepInput, string>>;
  /** Secret parameters of the service connection named by azureSubscription. */
  endpoint: { clientSecret?: string; certificate?: string };
  systemAccessToken?: string;
}

/** Copies every secret value out of the environment. Call before loading the task-lib. */
export function snapshotSecrets(env: NodeJS.ProcessEnv = process.env): SecretSnapshot {
  const inputs: Partial<Record<StepInput, string>> = {};
  for (const name of SECRET_BEARING_INPUTS) {
    const v = env[`INPUT_${key(name)}`];
    if (v) inputs[name] = v;
  }
  const endpoint: SecretSnapshot['endpoint'] = {};
  const connection = env[`INPUT_${key('azureSubscription')}`]?.trim();
  if (connection) {
    const param = (p: string) => env[`ENDPOINT_AUTH_PARAMETER_${connection}_${p.toUpperCase()}`] || undefined;
    endpoint.clientSecret = param('serviceprincipalkey');
    endpoint.certificate = param('servicePrincipalCertificate');
  }
  const systemAccessToken =
    env.SYSTEM_ACCESSTOKEN || env.SECRET_SYSTEM_ACCESSTOKEN || env.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN || undefined;
  return { inputs, endpoint, systemAccessToken };
}

/**
 * Masks every secret (tl.setSecret and azcp's redaction), then reads the
 * task's inputs. `tl` has loaded by now; secrets come from the snapshot.
 */
export function getAzurePipelinesInputs(tl: TaskLib, secrets: SecretSnapshot, env: NodeJS.ProcessEnv = process.env): StepInputs {
  const fromSnapshot = (name: StepInput) => secrets.inputs[name];
  const mask = (v: string) => tl.setSecret(v);
  maskSecrets(fromSnapshot, mask);
  for (const v of [secrets.endpoint.clientSecret, secrets.endpoint.certificate, secrets.systemAccessToken]) {
    if (v) maskValue(v, mask);
  }
  // Inputs that may hold a secret (a SAS inside source or destination too)
  // come from the snapshot: tl.getInput would echo them in a debug line.
  const get = (name: StepInput): string | undefined => ((SECRET_BEARING_INPUTS as readonly string[]).includes(name) ? secrets.inputs[name] : tl.getInput(name, false));
  // Job folders live in the agent's temp folder (cleaned after every job)
  // unless AZCP_JOB_DIR says otherwise.
  const agentTemp = env.AZCP_JOB_DIR ? undefined : tl.getVariable('Agent.TempDirectory');
  const jobDir = env.AZCP_JOB_DIR || (agentTemp ? join(agentTemp, 'azcp', 'jobs') : undefined);
  return readStepInputs(get, jobDir);
}

/** The service connection named by azureSubscription, read through the task-lib. */
export function getServiceConnection(tl: TaskLib, id: string, secrets: SecretSnapshot): ServiceConnection {
  const scheme = tl.getEndpointAuthorizationScheme(id, true);
  if (!scheme) {
    throw new UsageError(`the service connection "${id}" is not available to this task: check the azureSubscription input and that the pipeline is authorised to use it`);
  }
  const param = (name: string) => tl.getEndpointAuthorizationParameter(id, name, true) || undefined;
  const data = (name: string) => tl.getEndpointDataParameter(id, name, true) || undefined;
  return {
    id,
    scheme,
    tenantId: param('tenantid'),
    clientId: param('serviceprincipalid'),
    authenticationType: param('authenticationType'),
    clientSecret: secrets.endpoint.clientSecret,
    certificate: secrets.endpoint.certificate,
    authorityUrl: data('environmentAuthorityUrl') || data('activeDirectoryAuthority'),
    systemAccessToken: secrets.systemAccessToken,
  };
}
