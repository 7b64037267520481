#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  artifactNameOf,
  maskSecrets,
  progressLines,
  readStepInputs,
  runCiStep,
  stepOutputs,
  stepResult,
  summaryPath
} from "./chunk-DSIPRKK6.js";
import {
  parseList
} from "./chunk-ND7CLVYE.js";
import {
  require_picomatch
} from "./chunk-D4RS6R3A.js";
import {
  UsageError
} from "./chunk-Q62OLSTV.js";
import {
  describeError,
  redact,
  registerSecret
} from "./chunk-YTE2SNQG.js";
import "./chunk-ELJRGXWH.js";
import "./chunk-4IYJINNE.js";
import "./chunk-QNKGTQTQ.js";
import {
  __toESM
} from "./chunk-WOBUYCSG.js";

// src/hosts/github/action.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join as join3 } from "node:path";
import { tmpdir } from "node:os";

// src/hosts/github/inputs.ts
import { join } from "node:path";
function getGitHubInputs(getInput, mask, env = process.env) {
  const get = (name) => getInput(name);
  maskSecrets(get, mask);
  const jobDir = env.AZCP_JOB_DIR || (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "azcp", "jobs") : void 0);
  return readStepInputs(get, jobDir);
}

// src/hosts/github/shards.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, mkdirSync } from "node:fs";
import { join as join2 } from "node:path";
var DEFAULT_SHARD_ARTIFACTS = "azcp-*";
function namesFolders(items) {
  return items.length > 0 && items.every((i) => existsSync(i));
}
async function downloadShardArtifacts(client, patterns, into, info) {
  const wanted = (0, import_picomatch.default)(patterns.length ? patterns : [DEFAULT_SHARD_ARTIFACTS]);
  const { artifacts } = await client.listArtifacts({ latest: true });
  const matching = artifacts.filter((a) => wanted(a.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (!matching.length) {
    throw new UsageError(`no artifact of this run matches shardsFrom ${JSON.stringify(patterns.join(";") || DEFAULT_SHARD_ARTIFACTS)} (artifacts: ${artifacts.map((a) => a.name).join(", ") || "none"}); give each shard step an artifactName such as azcp-shard-\${{ matrix.shard }}`);
  }
  mkdirSync(into, { recursive: true });
  for (const a of matching) {
    const path = join2(into, a.name.replace(/[\\/]/g, "_"));
    await client.downloadArtifact(a.id, { path });
    info(`azcp: downloaded artifact "${a.name}" (id ${a.id}) into ${path}`);
  }
  return into;
}

// src/hosts/github/action.ts
var SUMMARY_LIMIT = 1e6;
async function runGitHubAction() {
  const core = await import("./core-SDCCIXFF.js");
  const line = progressLines();
  await runCiStep({
    // Secrets are masked inside, before anything else is read or printed.
    readInputs: () => getGitHubInputs((name) => core.getInput(name), (v) => core.setSecret(v)),
    credential: (inputs, options) => gitHubCredential(core, inputs, options),
    log: (level, message) => log(core, level, message),
    progress: (p) => core.info(line(p)),
    print: (line2) => core.info(line2),
    warn: (message) => core.warning(message),
    fail: (message) => core.setFailed(message),
    prepareMerge: (inputs) => prepareMerge(core, inputs),
    publish: (inputs, options, report) => publish(core, inputs, options, report)
  });
}
async function prepareMerge(core, inputs) {
  const given = parseList(inputs.raw.shardsFrom);
  if (namesFolders(given)) return;
  const { DefaultArtifactClient } = await import("./artifact-RJVPMBDF.js");
  const into = join3(process.env.RUNNER_TEMP || tmpdir(), "azcp-shards", String(process.pid));
  inputs.raw.shardsFrom = await downloadShardArtifacts(new DefaultArtifactClient(), given, into, (m) => core.info(m));
}
function log(core, level, message) {
  const text = redact(message);
  if (level === "error") core.error(text);
  else if (level === "warning") core.warning(text);
  else if (level === "debug") core.debug(text);
  else core.info(text);
}
async function gitHubCredential(core, inputs, options) {
  const kind = options.auth.kind;
  const clientId = inputs.clientId ?? process.env.AZURE_CLIENT_ID;
  const tenantId = inputs.tenantId ?? process.env.AZURE_TENANT_ID;
  const runnerOffersTokens = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  if (kind === "oidc" || kind === "workload-identity") {
    if (!runnerOffersTokens) {
      if (process.env.AZURE_FEDERATED_TOKEN_FILE) return void 0;
      throw new UsageError("authType oidc needs an ID token from GitHub: give the job `permissions: id-token: write`");
    }
    if (!clientId || !tenantId) throw new UsageError("authType oidc needs clientId and tenantId (the Entra app registration or managed identity)");
  } else if (!(kind === "auto" && clientId && tenantId && runnerOffersTokens)) {
    return void 0;
  }
  registerSecret(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const audience = inputs.audience;
  const { buildFederatedCredential } = await import("./identity-AMYSSNPA.js");
  return buildFederatedCredential(tenantId, clientId, () => core.getIDToken(audience));
}
async function publish(core, inputs, options, report) {
  try {
    for (const [name, value] of Object.entries(stepOutputs(report))) core.setOutput(name, value);
  } catch (err) {
    core.warning(`azcp: could not set the step outputs: ${describeError(err)}`);
  }
  const artifact = inputs.uploadArtifact ? await uploadJobFolder(core, inputs, report) : void 0;
  if (inputs.summary) {
    try {
      const footer = redact(evidenceLine(inputs, report, artifact));
      let md = redact(readFileSync(summaryPath(report), "utf8"));
      if (Buffer.byteLength(md) + Buffer.byteLength(footer) > SUMMARY_LIMIT) {
        md = md.slice(0, SUMMARY_LIMIT - 200 - footer.length) + `

\u2026 summary cut at GitHub's size limit; the full one is in ${report.reportPath}
`;
      }
      await core.summary.addRaw(md + footer, true).write();
    } catch (err) {
      core.warning(`azcp: could not write the step summary: ${describeError(err)}`);
    }
  }
  const { result, message } = stepResult(report, options.failOnMismatch);
  if (result === "failed" || result === "cancelled") core.setFailed(message);
  else if (result === "warning") core.warning(message);
  else core.info(message);
}
async function uploadJobFolder(core, inputs, report) {
  const name = artifactNameOf(inputs, report.jobId);
  try {
    const { DefaultArtifactClient } = await import("./artifact-RJVPMBDF.js");
    const files = filesUnder(report.jobFolder);
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, report.jobFolder, {
      retentionDays: inputs.artifactRetentionDays
    });
    const url = result.id ? artifactUrlOf(result.id) : void 0;
    if (result.id) core.setOutput("artifactId", String(result.id));
    if (url) core.setOutput("artifactUrl", url);
    core.info(`azcp: job folder uploaded as artifact "${name}"${result.id ? ` (id ${result.id})` : ""}${url ? `: ${url}` : ""}`);
    return { name, id: result.id, url };
  } catch (err) {
    core.warning(`azcp: could not upload the job folder as artifact "${name}": ${describeError(err)}`);
    return { name, failed: true };
  }
}
function artifactUrlOf(id, env = process.env) {
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
  if (!repo || !runId) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return `${server}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}
function evidenceLine(inputs, report, artifact) {
  const files = "report.json, transfers.jsonl, azcp.log, summary.md";
  if (artifact?.url) return `

**Evidence:** [artifact ${artifact.name}](${artifact.url}) (${files})
`;
  if (artifact && !artifact.failed) return `

**Evidence:** artifact ${artifact.name} of this run (${files})
`;
  if (artifact?.failed) return `

**Evidence:** the artifact upload failed; the job folder is ${report.jobFolder} on the runner
`;
  return inputs.uploadArtifact ? "" : `

**Evidence:** the job folder is ${report.jobFolder} on the runner (uploadArtifact is false)
`;
}
function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join3(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...filesUnder(path));
    else if (st.isFile()) out.push(path);
  }
  return out.sort();
}
export {
  runGitHubAction
};
