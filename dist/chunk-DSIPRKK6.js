#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  HOST_ONLY,
  INPUTS,
  RateMeter,
  SECRET_CARRIERS,
  SECRET_INPUTS,
  STEP_DEFAULTS,
  STEP_INPUTS,
  mergeOptions,
  parseBool,
  parseJobOptions,
  printable,
  progressLine,
  runJob
} from "./chunk-ND7CLVYE.js";
import {
  progressIntervalMs,
  secretPartsOf
} from "./chunk-D4RS6R3A.js";
import {
  UsageError
} from "./chunk-Q62OLSTV.js";
import {
  describeError,
  redact,
  registerSecret
} from "./chunk-YTE2SNQG.js";

// src/hosts/ci/inputs.ts
function readStepInputs(get, jobDir) {
  const value = (name) => {
    const v = get(name);
    if (v === void 0 || v.trim() === "") return STEP_DEFAULTS[name];
    return v;
  };
  const raw = {};
  for (const name of STEP_INPUTS) {
    if (HOST_ONLY.has(name)) continue;
    const v = value(name);
    if (v !== void 0) raw[name] = v;
  }
  const mode = String(raw.mode ?? "copy").toLowerCase();
  if (mode === "list" || mode === "make") {
    if (get("recursive") === void 0 || get("recursive")?.trim() === "") delete raw.recursive;
  }
  if (jobDir) raw.jobDir = jobDir;
  raw.commandLine = commandLineOf(raw);
  return {
    raw,
    uploadArtifact: parseBool({ uploadArtifact: value("uploadArtifact") }, "uploadArtifact", true),
    summary: parseBool({ summary: value("summary") }, "summary", true),
    artifactName: value("artifactName")?.trim(),
    artifactRetentionDays: retentionDaysOf(value("artifactRetentionDays")),
    azureSubscription: value("azureSubscription")?.trim(),
    audience: (value("audience") ?? "api://AzureADTokenExchange").trim(),
    clientId: value("clientId")?.trim(),
    tenantId: value("tenantId")?.trim(),
    authType: (value("authType") ?? "auto").trim()
  };
}
function retentionDaysOf(v) {
  const text = v?.trim();
  if (!text) return void 0;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(`artifactRetentionDays must be a whole number of days, 1 or more (e.g. ${INPUTS.artifactRetentionDays.example}), not "${text}"; leave it empty for the repository's setting`);
  }
  return Number(text);
}
function commandLineOf(raw) {
  const parts = ["azcp", String(raw.mode ?? "copy")];
  if (raw.source) parts.push(String(raw.source));
  if (raw.destination) parts.push(String(raw.destination));
  for (const [k, v] of Object.entries(raw)) {
    if (["mode", "source", "destination", "jobDir", "commandLine"].includes(k)) continue;
    if (SECRET_INPUTS.includes(k)) continue;
    if (v === void 0 || v === "" || STEP_DEFAULTS[k] === v) continue;
    parts.push(`${k}=${JSON.stringify(String(v))}`);
  }
  return redact(parts.join(" "));
}
function artifactNameOf(inputs, jobId) {
  return inputs.artifactName || `azcp-${jobId}`;
}

// src/hosts/ci/outputs.ts
import { join } from "node:path";
function stepOutputs(report) {
  return {
    jobId: report.jobId,
    status: report.status,
    filesTotal: String(report.counts.total),
    filesTransferred: String(report.counts.transferred),
    filesSkipped: String(report.counts.skipped),
    filesFailed: String(report.counts.failed),
    filesDeleted: String(report.counts.deleted),
    bytesTransferred: String(report.counts.bytes),
    // Property drift (sync with header rules or header flags); 0 otherwise.
    propertiesUpdated: String(report.counts.propertiesUpdated ?? 0),
    reconciled: String(report.reconciliation?.ok === true),
    reportPath: report.reportPath
  };
}
function stepResult(report, failOnMismatch) {
  const message = redact(report.message || `azcp ${report.command} ended ${report.status}`);
  const mismatch = report.reconciliation !== void 0 && !report.reconciliation.ok;
  if (report.status === "Cancelled") return { result: "cancelled", message };
  if (report.exitCode === 0) return mismatch ? { result: "warning", message } : { result: "succeeded", message };
  const onlyMismatch = mismatch && report.counts.failed === 0 && report.failuresTotal === 0;
  if (!failOnMismatch && onlyMismatch) return { result: "warning", message };
  return { result: "failed", message };
}
function summaryPath(report) {
  return join(report.jobFolder, "summary.md");
}

// src/hosts/ci/progress.ts
function percentOf(p) {
  if (p.phase === "done") return 100;
  if (p.phase === "planning" || p.bytesPlanned <= 0) return void 0;
  return Math.max(0, Math.min(99, Math.floor(p.bytes / p.bytesPlanned * 100)));
}
function progressLine2(p, rate) {
  return `[azcp] ${progressLine(p, rate)}`;
}
function progressLines() {
  const meter = new RateMeter();
  return (p) => progressLine2(p, meter.add(p));
}
var LIST_PRINT_CAP = 1e3;
function listPrinter(print) {
  let n = 0;
  return {
    onListEntry: (e) => {
      n++;
      if (n <= LIST_PRINT_CAP) print(`${printable(e.name)}	${e.size}	${e.lastModified}${e.tier ? `	${e.tier}` : ""}`);
    },
    finish: () => {
      if (n > LIST_PRINT_CAP) print(`\u2026 ${n - LIST_PRINT_CAP} more; the whole listing is list.jsonl in the job folder`);
    }
  };
}

// src/hosts/ci/step.ts
function cancellationSignal(onCancel) {
  const controller = new AbortController();
  const handlers = [];
  for (const sig of ["SIGINT", "SIGTERM"]) {
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
    }
  };
}
function failureMessage(err) {
  return err instanceof UsageError ? redact(err.message) : describeError(err);
}
async function runCiStep(host) {
  let inputs;
  let options;
  try {
    inputs = host.readInputs();
    if (inputs.raw.mode === "merge") {
      await host.prepareMerge?.(inputs);
      options = mergeOptions(inputs.raw);
    } else options = parseJobOptions(inputs.raw);
  } catch (err) {
    host.fail(failureMessage(err));
    return;
  }
  const cancel = cancellationSignal((sig) => host.warn(`azcp: ${sig} received, cancelling the job`));
  const listing = listPrinter((line) => host.print(redact(line)));
  let report;
  try {
    const credential = await host.credential(inputs, options);
    report = await runJob(options, {
      credential,
      // ctx.log hands hosts text it has already redacted.
      log: (level, message) => host.log(level, message),
      progress: (p) => host.progress(p),
      progressIntervalMs: progressIntervalMs(),
      signal: cancel.signal,
      onListEntry: listing.onListEntry
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

// src/hosts/ci/secrets.ts
function secretValues(get) {
  const out = [];
  for (const name of [...SECRET_INPUTS, ...SECRET_CARRIERS]) {
    for (const part of secretPartsOf(name, get(name) ?? "")) if (!out.includes(part)) out.push(part);
  }
  return out;
}
function maskValue(value, mask) {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("-----"));
  for (const line of lines) {
    if (line.length < 6) continue;
    mask(line);
    const encoded = encodeURIComponent(line);
    if (encoded !== line) mask(encoded);
    registerSecret(line);
  }
  if (lines.length > 1) registerSecret(value.trim());
}
function maskSecrets(get, mask) {
  for (const v of secretValues(get)) maskValue(v, mask);
}

export {
  readStepInputs,
  artifactNameOf,
  maskValue,
  maskSecrets,
  stepOutputs,
  stepResult,
  summaryPath,
  percentOf,
  progressLines,
  runCiStep
};
