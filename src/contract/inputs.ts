// The inputs of a job as every host names them: the CI step inputs
// (action.yml and task.json use exactly these camelCase names), their step
// defaults, and which of them are or may carry secrets. A leaf module: it
// imports nothing from src/ and reads no environment when it loads, so the
// Azure Pipelines host can use it before azure-pipelines-task-lib loads.

/** Every step input, by the camelCase name in INTERFACE.md (action.yml and task.json use the same). */
export const STEP_INPUTS = [
  'mode',
  'source',
  'destination',
  'recursive',
  'includePattern',
  'excludePattern',
  'includePath',
  'excludePath',
  'includeRegex',
  'excludeRegex',
  'includeAfter',
  'includeBefore',
  'overwrite',
  'deleteDestination',
  'maxDelete',
  'allowEmptySource',
  'dryRun',
  'compareHash',
  'putMd5',
  'checkMd5',
  'blockSizeMb',
  'concurrency',
  'accessTier',
  'contentType',
  'cacheControl',
  'metadata',
  'shard',
  'authType',
  'clientId',
  'tenantId',
  'audience',
  'sasToken',
  'accountKey',
  'connectionString',
  'azureSubscription',
  'artifactName',
  'uploadArtifact',
  'artifactRetentionDays',
  'summary',
  'failOnMismatch',
] as const;
export type StepInput = (typeof STEP_INPUTS)[number];

/** Defaults of the step (the same in action.yml and task.json). Others default to empty, meaning the engine's default. */
export const STEP_DEFAULTS: Partial<Record<StepInput, string>> = {
  mode: 'copy',
  recursive: 'true',
  deleteDestination: 'false',
  allowEmptySource: 'false',
  putMd5: 'true',
  authType: 'auto',
  audience: 'api://AzureADTokenExchange',
  uploadArtifact: 'true',
  summary: 'true',
  failOnMismatch: 'true',
};

/** Inputs that only the host uses; the job never sees them. */
export const HOST_ONLY: ReadonlySet<StepInput> = new Set<StepInput>(['azureSubscription', 'artifactName', 'uploadArtifact', 'artifactRetentionDays', 'summary']);

/** Inputs whose values are secrets: masked by CI hosts, kept out of job.json,
 *  and redacted everywhere else. */
export const SECRET_INPUTS = ['sasToken', 'accountKey', 'connectionString'] as const;

/** Inputs that may carry a secret: the secret inputs, and source and
 *  destination (a SAS written into the URL). */
export const SECRET_BEARING_INPUTS = [...SECRET_INPUTS, 'source', 'destination'] as const;
