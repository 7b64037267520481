// What the two CI hosts (GitHub Actions, Azure Pipelines) share: the input
// names and defaults of the step, which inputs are secrets, how a finished
// job becomes outputs and a step result, the progress line, and the step's
// flow itself (runCiStep). No CI library is imported here: each host passes
// its own input reader, logger and publisher in.
import { join } from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import type { RawInputs, JobOptions } from '../job/options.ts';
import { parseBool, parseJobOptions, SECRET_INPUTS } from '../job/options.ts';
import { formatBytes } from '../job/report.ts';
import type { JobReport, Progress, ListedBlob, LogLevel } from '../job/types.ts';
import { registerSecret, redact, describeError } from '../auth/redact.ts';
import { UsageError } from '../job/errors.ts';
import { runJob } from '../job/run.ts';

export { SECRET_INPUTS };

/** Inputs that may carry a secret: the secret inputs, and source and
 *  destination (a SAS written into the URL). */
export const SECRET_BEARING_INPUTS = [...SECRET_INPUTS, 'source', 'destination'] as const;

/** The artifact's name: artifactName, or one unique to the job. */
export function artifactNameOf(inputs: StepInputs, jobId: string): string {
  return inputs.artifactName || `azcp-${jobId}`;
}

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
const HOST_ONLY = new Set<StepInput>(['azureSubscription', 'artifactName', 'uploadArtifact', 'artifactRetentionDays', 'summary']);

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
 * Every secret that an input carries: the secret inputs themselves, their
 * parts (a SAS signature, an AccountKey inside a connection string) and a
 * SAS query string written straight into source or destination.
 */
export function secretValues(get: (name: StepInput) => string | undefined): string[] {
  const out: string[] = [];
  const add = (v: string | undefined | null) => {
    if (v && v.trim() && !out.includes(v.trim())) out.push(v.trim());
  };
  for (const name of SECRET_INPUTS) {
    const v = get(name)?.trim();
    if (!v) continue;
    add(v);
    if (name === 'sasToken') {
      const q = v.replace(/^\?/, '');
      add(q);
      add(new URLSearchParams(q).get('sig'));
    }
    if (name === 'connectionString') {
      add(/AccountKey=([^;]+)/i.exec(v)?.[1]);
      add(/SharedAccessSignature=([^;]+)/i.exec(v)?.[1]);
    }
  }
  for (const name of ['source', 'destination'] as const) {
    const v = get(name)?.trim();
    const q = v && /^https?:\/\//i.test(v) ? v.indexOf('?') : -1;
    if (v && q >= 0) {
      const query = v.slice(q + 1);
      const sig = new URLSearchParams(query).get('sig');
      if (sig) {
        add(query);
        add(sig);
      }
    }
  }
  return out;
}

/**
 * Masks one secret value with the host (`mask`: core.setSecret or
 * tl.setSecret) and registers it with azcp's redaction. Runners mask line by
 * line, so a multi-line value (a PEM) is masked per line; armour lines such
 * as -----BEGIN PRIVATE KEY----- are not secret and are left alone.
 */
export function maskValue(value: string, mask: (value: string) => void): void {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('-----'));
  for (const line of lines) {
    if (line.length < 6) continue;
    mask(line);
    const encoded = encodeURIComponent(line);
    if (encoded !== line) mask(encoded);
    registerSecret(line);
  }
  if (lines.length > 1) registerSecret(value.trim());
}

/**
 * Registers every secret input with the host's masking (`mask`) and with
 * azcp's own redaction. Call it before anything is printed.
 */
export function maskSecrets(get: (name: StepInput) => string | undefined, mask: (value: string) => void): void {
  for (const v of secretValues(get)) maskValue(v, mask);
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
    throw new UsageError(`artifactRetentionDays must be a whole number of days, 1 or more (e.g. 14), not "${text}"; leave it empty for the repository's setting`);
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

/** The step outputs (INTERFACE.md), as strings. */
export function stepOutputs(report: JobReport): Record<string, string> {
  return {
    jobId: report.jobId,
    status: report.status,
    filesTotal: String(report.counts.total),
    filesTransferred: String(report.counts.transferred),
    filesSkipped: String(report.counts.skipped),
    filesFailed: String(report.counts.failed),
    filesDeleted: String(report.counts.deleted),
    bytesTransferred: String(report.counts.bytes),
    reconciled: String(report.reconciliation?.ok === true),
    reportPath: report.reportPath,
  };
}

export type StepResult = 'succeeded' | 'warning' | 'failed' | 'cancelled';

/**
 * How the step ends. It fails when the job's exit code is not 0, except when
 * failOnMismatch is false and the only problem is that the destination did
 * not reconcile: then it is a warning (SucceededWithIssues on Azure Pipelines).
 */
export function stepResult(report: JobReport, failOnMismatch: boolean): { result: StepResult; message: string } {
  const message = redact(report.message || `azcp ${report.command} ended ${report.status}`);
  const mismatch = report.reconciliation !== undefined && !report.reconciliation.ok;
  if (report.status === 'Cancelled') return { result: 'cancelled', message };
  if (report.exitCode === 0) return mismatch ? { result: 'warning', message } : { result: 'succeeded', message };
  const onlyMismatch = mismatch && report.counts.failed === 0 && report.failuresTotal === 0;
  if (!failOnMismatch && onlyMismatch) return { result: 'warning', message };
  return { result: 'failed', message };
}

/** The job folder's human summary. */
export function summaryPath(report: JobReport): string {
  return join(report.jobFolder, 'summary.md');
}

/** 0..100 when it can be known (bytes planned so far), else undefined. */
export function percentOf(p: Progress): number | undefined {
  if (p.phase === 'done') return 100;
  if (p.phase === 'planning' || p.bytesPlanned <= 0) return undefined;
  return Math.max(0, Math.min(99, Math.floor((p.bytes / p.bytesPlanned) * 100)));
}

export function progressLine(p: Progress): string {
  const secs = Math.round(p.elapsedMs / 1000);
  const pct = percentOf(p);
  return (
    `[azcp] ${p.phase}${pct === undefined ? '' : ` ${pct}%`}: ` +
    `${p.transferred} transferred, ${p.skipped} skipped, ${p.failed} failed, ${p.deleted} deleted, ` +
    `${formatBytes(p.bytes)}${p.bytesPlanned > 0 ? ` of ${formatBytes(p.bytesPlanned)}` : ''}; ${p.scanned} scanned; ${secs}s`
  );
}

/** How often a CI step prints progress. AZCP_PROGRESS_INTERVAL_MS overrides (tests). */
export function progressIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.AZCP_PROGRESS_INTERVAL_MS);
  return Number.isFinite(n) && n >= 100 ? n : 10_000;
}

/**
 * An AbortSignal that fires on SIGINT or SIGTERM (a cancelled CI job), so the
 * job stops its transfers and still writes its report.
 */
export function cancellationSignal(onCancel?: (signal: string) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handlers: Array<[NodeJS.Signals, () => void]> = [];
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    const handler = () => {
      if (!controller.signal.aborted) {
        onCancel?.(sig);
        controller.abort(new Error(`cancelled by ${sig}`));
      }
    };
    process.on(sig, handler);
    handlers.push([sig, handler]);
  }
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [sig, handler] of handlers) process.off(sig, handler);
    },
  };
}

/** Lines a CI log shows for mode list; the full listing is list.jsonl in the job folder. */
export const LIST_PRINT_CAP = 1000;

/** For mode list: prints one line a blob (name, size, last modified), up to LIST_PRINT_CAP. */
export function listPrinter(print: (line: string) => void): { onListEntry: (e: ListedBlob) => void; finish: () => void } {
  let n = 0;
  return {
    onListEntry: (e) => {
      n++;
      if (n <= LIST_PRINT_CAP) print(`${e.name}\t${e.size}\t${e.lastModified}${e.tier ? `\t${e.tier}` : ''}`);
    },
    finish: () => {
      if (n > LIST_PRINT_CAP) print(`… ${n - LIST_PRINT_CAP} more; the whole listing is list.jsonl in the job folder`);
    },
  };
}

/** What each CI host supplies to the one step flow in runCiStep(). */
export interface StepHost {
  /** Reads and masks the inputs; throws UsageError on bad input. */
  readInputs(): StepInputs;
  /** The credential the host lends the job (OIDC, service connection), if any. */
  credential(inputs: StepInputs, options: JobOptions): Promise<TokenCredential | undefined>;
  log(level: LogLevel, message: string): void;
  progress(p: Progress): void;
  /** One plain line of output (listings). */
  print(line: string): void;
  warn(message: string): void;
  /** Fails the step with one line. */
  fail(message: string): void;
  /** Outputs, summary, artifact and the step's result. */
  publish(inputs: StepInputs, options: JobOptions, report: JobReport): Promise<void> | void;
}

/** The step's one line for an error that ended it before a report existed. */
export function failureMessage(err: unknown): string {
  // A UsageError's message is already the one line users need.
  return err instanceof UsageError ? redact(err.message) : describeError(err);
}

/** The flow both CI hosts share: inputs → options → credential → job → publish. */
export async function runCiStep(host: StepHost): Promise<void> {
  let inputs: StepInputs;
  let options: JobOptions;
  try {
    inputs = host.readInputs();
    options = parseJobOptions(inputs.raw);
  } catch (err) {
    host.fail(failureMessage(err));
    return;
  }
  const cancel = cancellationSignal((sig) => host.warn(`azcp: ${sig} received, cancelling the job`));
  const listing = listPrinter((line) => host.print(redact(line)));
  let report: JobReport;
  try {
    const credential = await host.credential(inputs, options);
    report = await runJob(options, {
      credential,
      // ctx.log hands hosts text it has already redacted.
      log: (level, message) => host.log(level, message),
      progress: (p) => host.progress(p),
      progressIntervalMs: progressIntervalMs(),
      signal: cancel.signal,
      onListEntry: listing.onListEntry,
    });
    listing.finish();
  } catch (err) {
    host.fail(failureMessage(err));
    return;
  } finally {
    cancel.dispose();
  }
  await host.publish(inputs, options, report);
}
