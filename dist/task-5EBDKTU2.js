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
  maskValue,
  percentOf,
  progressLines,
  readStepInputs,
  runCiStep,
  stepOutputs,
  stepResult,
  summaryPath
} from "./chunk-DSIPRKK6.js";
import {
  SECRET_BEARING_INPUTS
} from "./chunk-ND7CLVYE.js";
import "./chunk-D4RS6R3A.js";
import {
  UsageError
} from "./chunk-Q62OLSTV.js";
import {
  redact
} from "./chunk-YTE2SNQG.js";
import "./chunk-ELJRGXWH.js";
import "./chunk-4IYJINNE.js";
import "./chunk-QNKGTQTQ.js";
import "./chunk-WOBUYCSG.js";

// src/hosts/azure-pipelines/inputs.ts
import { join } from "node:path";
function key(name) {
  return name.replace(/\./g, "_").replace(/ /g, "_").toUpperCase();
}
function snapshotSecrets(env = process.env) {
  const inputs = {};
  for (const name of SECRET_BEARING_INPUTS) {
    const v = env[`INPUT_${key(name)}`];
    if (v) inputs[name] = v;
  }
  const endpoint = {};
  const connection = env[`INPUT_${key("azureSubscription")}`]?.trim();
  if (connection) {
    const param = (p) => env[`ENDPOINT_AUTH_PARAMETER_${connection}_${p.toUpperCase()}`] || void 0;
    endpoint.clientSecret = param("serviceprincipalkey");
    endpoint.certificate = param("servicePrincipalCertificate");
  }
  const systemAccessToken = env.SYSTEM_ACCESSTOKEN || env.SECRET_SYSTEM_ACCESSTOKEN || env.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN || void 0;
  return { inputs, endpoint, systemAccessToken };
}
function getAzurePipelinesInputs(tl, secrets, env = process.env) {
  const fromSnapshot = (name) => secrets.inputs[name];
  const mask = (v) => tl.setSecret(v);
  maskSecrets(fromSnapshot, mask);
  for (const v of [secrets.endpoint.clientSecret, secrets.endpoint.certificate, secrets.systemAccessToken]) {
    if (v) maskValue(v, mask);
  }
  const get = (name) => SECRET_BEARING_INPUTS.includes(name) ? secrets.inputs[name] : tl.getInput(name, false);
  const agentTemp = env.AZCP_JOB_DIR ? void 0 : tl.getVariable("Agent.TempDirectory");
  const jobDir = env.AZCP_JOB_DIR || (agentTemp ? join(agentTemp, "azcp", "jobs") : void 0);
  return readStepInputs(get, jobDir);
}
function getServiceConnection(tl, id, secrets) {
  const scheme = tl.getEndpointAuthorizationScheme(id, true);
  if (!scheme) {
    throw new UsageError(`the service connection "${id}" is not available to this task: check the azureSubscription input and that the pipeline is authorised to use it`);
  }
  const param = (name) => tl.getEndpointAuthorizationParameter(id, name, true) || void 0;
  const data = (name) => tl.getEndpointDataParameter(id, name, true) || void 0;
  return {
    id,
    scheme,
    tenantId: param("tenantid"),
    clientId: param("serviceprincipalid"),
    authenticationType: param("authenticationType"),
    clientSecret: secrets.endpoint.clientSecret,
    certificate: secrets.endpoint.certificate,
    authorityUrl: data("environmentAuthorityUrl") || data("activeDirectoryAuthority"),
    systemAccessToken: secrets.systemAccessToken
  };
}

// src/hosts/azure-pipelines/task.ts
async function runAzurePipelinesTask() {
  const secrets = snapshotSecrets();
  const mod = await import("./task-RMRBEM22.js");
  const tl = mod.default ?? mod;
  const line = progressLines();
  await runCiStep({
    readInputs: () => getAzurePipelinesInputs(tl, secrets),
    credential: (inputs, options) => serviceConnectionCredential(tl, inputs, options, secrets),
    log: (level, message) => log(tl, level, message),
    progress: (p) => {
      console.log(line(p));
      const pct = percentOf(p);
      if (pct !== void 0) tl.setProgress(pct, `azcp ${p.phase}`);
    },
    print: (line2) => console.log(line2),
    warn: (message) => tl.warning(message),
    fail: (message) => {
      tl.setResult(tl.TaskResult.Failed, message);
      process.exitCode = 1;
    },
    // mode merge: the shards' artifacts were downloaded by a DownloadPipelineArtifact
    // (or `download: current`) step; shardsFrom names where, by default the pipeline workspace.
    prepareMerge: async (inputs) => {
      if (!inputs.raw.shardsFrom) {
        const workspace = tl.getVariable("Pipeline.Workspace");
        if (workspace) inputs.raw.shardsFrom = workspace;
      }
    },
    publish: (inputs, options, report) => publish(tl, inputs, options, report)
  });
}
function log(tl, level, message) {
  const text = redact(message);
  if (level === "error") tl.error(text);
  else if (level === "warning") tl.warning(text);
  else if (level === "debug") tl.debug(text);
  else console.log(text);
}
async function serviceConnectionCredential(tl, inputs, options, secrets) {
  const id = inputs.azureSubscription;
  if (!id) {
    if (options.auth.kind === "oidc") {
      throw new UsageError("authType oidc on Azure Pipelines needs azureSubscription: an Azure Resource Manager service connection");
    }
    return void 0;
  }
  const conn = getServiceConnection(tl, id, secrets);
  const { buildServiceConnectionCredential } = await import("./identity-AMYSSNPA.js");
  tl.debug(`azcp: service connection ${id} (${conn.scheme})`);
  return buildServiceConnectionCredential(conn);
}
function publish(tl, inputs, options, report) {
  for (const [name, value] of Object.entries(stepOutputs(report))) tl.setVariable(name, value, false, true);
  if (inputs.summary) tl.uploadSummary(summaryPath(report));
  if (inputs.uploadArtifact) {
    const name = artifactNameOf(inputs, report.jobId);
    tl.uploadArtifact(name, report.jobFolder, name);
  }
  const { result, message } = stepResult(report, options.failOnMismatch);
  if (result === "failed") {
    tl.setResult(tl.TaskResult.Failed, message);
    process.exitCode = 1;
  } else if (result === "cancelled") {
    tl.setResult(tl.TaskResult.Cancelled, message);
    process.exitCode = 1;
  } else if (result === "warning") {
    tl.setResult(tl.TaskResult.SucceededWithIssues, message);
  } else {
    tl.setResult(tl.TaskResult.Succeeded, message);
  }
}
export {
  runAzurePipelinesTask
};
