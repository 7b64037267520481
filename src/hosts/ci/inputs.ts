// The step's inputs as a CI host reads them: each input through the host's
// own reader (core.getInput, tl.getInput or a secret snapshot), the step's
// defaults applied, the host-only inputs kept apart from the job's.
import type { RawInputs } from '../../contract/options.ts';
import { parseBool } from '../../job/options.ts';
import { UsageError } from '../../contract/errors.ts';
import { redact } from '../../auth/redact.ts';
import { INPUTS, STEP_INPUTS, STEP_DEFAULTS, HOST_ONLY, SECRET_INPUTS, type StepInput } from '../../contract/inputs.ts';

export interface StepInputs {
  /** For parseJobOptions: every job input, with the step's defaults applied. */
  raw: RawInputs;
  uploadArtifact: boolean;
  summary: boolean;
  artifactName?: string;
  /** Days the artifact is kept (GitHub); undefined: the repository's setting. */
  artifactRetentionDays?: number;
  azureSubscription?: string;
  audience: string;
  clientId?: string;
  tenantId?: string;
  authType: string;
}

/**
 * Reads the step's inputs through the host's reader and applies the step's
 * defaults. `jobDir` is where this runner keeps job folders by default.
 */
export function readStepInputs(get: (name: StepInput) => string | undefined, jobDir?: string): StepInputs {
  const value = (name: StepInput): string | undefined => {
    const v = get(name);
    if (v === undefined || v.trim() === '') return STEP_DEFAULTS[name];
    return v;
  };
  const raw: RawInputs = {};
  for (const name of STEP_INPUTS) {
    if (HOST_ONLY.has(name)) continue;
    const v = value(name);
    if (v !== undefined) raw[name] = v;
  }
  const mode = String(raw.mode ?? 'copy').toLowerCase();
  if (mode === 'list' || mode === 'make') {
    // Nothing to recurse or filter; a default of "true" must not be read as a choice.
    if (get('recursive') === undefined || get('recursive')?.trim() === '') delete raw.recursive;
  }
  if (jobDir) raw.jobDir = jobDir;
  raw.commandLine = commandLineOf(raw);
  return {
    raw,
    uploadArtifact: parseBool({ uploadArtifact: value('uploadArtifact') }, 'uploadArtifact', true),
    summary: parseBool({ summary: value('summary') }, 'summary', true),
    artifactName: value('artifactName')?.trim(),
    artifactRetentionDays: retentionDaysOf(value('artifactRetentionDays')),
    azureSubscription: value('azureSubscription')?.trim(),
    audience: (value('audience') ?? 'api://AzureADTokenExchange').trim(),
    clientId: value('clientId')?.trim(),
    tenantId: value('tenantId')?.trim(),
    authType: (value('authType') ?? 'auto').trim(),
  };
}

/**
 * artifactRetentionDays: a whole number of days from 1 (GitHub caps it at
 * the repository's maximum, 90 by default, and warns). Empty: the
 * repository's setting.
 */
function retentionDaysOf(v: string | undefined): number | undefined {
  const text = v?.trim();
  if (!text) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(`artifactRetentionDays must be a whole number of days, 1 or more (e.g. ${INPUTS.artifactRetentionDays.example}), not "${text}"; leave it empty for the repository's setting`);
  }
  return Number(text);
}

/** A readable stand-in for a command line, for the report (redacted by the writer, and here). */
function commandLineOf(raw: RawInputs): string {
  const parts = ['azcp', String(raw.mode ?? 'copy')];
  if (raw.source) parts.push(String(raw.source));
  if (raw.destination) parts.push(String(raw.destination));
  for (const [k, v] of Object.entries(raw)) {
    if (['mode', 'source', 'destination', 'jobDir', 'commandLine'].includes(k)) continue;
    if ((SECRET_INPUTS as readonly string[]).includes(k)) continue;
    if (v === undefined || v === '' || STEP_DEFAULTS[k as StepInput] === v) continue;
    parts.push(`${k}=${JSON.stringify(String(v))}`);
  }
  return redact(parts.join(' '));
}

/** The artifact's name: artifactName, or one unique to the job. */
export function artifactNameOf(inputs: StepInputs, jobId: string): string {
  return inputs.artifactName || `azcp-${jobId}`;
}
