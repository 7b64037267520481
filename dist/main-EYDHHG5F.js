#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  INPUTS,
  JobLockedError,
  RateMeter,
  UnreadableJobFile,
  VERSION,
  describeOwner,
  flagOf,
  formatBytes,
  formatDuration,
  inputRow,
  listJobIds,
  lockedMessage,
  mergeOptions,
  overwriteRuleSentences,
  parseJobOptions,
  printable,
  progressLine,
  publishedText,
  rateAndEta,
  readLock,
  readManifest,
  readReport,
  readTransfers,
  removeJob,
  runJob,
  throughput
} from "./chunk-ND7CLVYE.js";
import {
  ENV_VARIABLES,
  envNumber,
  progressIntervalMs
} from "./chunk-D4RS6R3A.js";
import {
  UsageError,
  readSession,
  removeSession,
  removeTokenCacheFiles,
  sessionPath,
  writeSession
} from "./chunk-Q62OLSTV.js";
import {
  redact
} from "./chunk-YTE2SNQG.js";
import "./chunk-ELJRGXWH.js";
import "./chunk-4IYJINNE.js";
import "./chunk-QNKGTQTQ.js";
import "./chunk-WOBUYCSG.js";

// src/hosts/cli/commands.ts
function flagSpecs(keys, command) {
  return keys.map((key) => {
    const row = inputRow(key);
    if (!row.cli) throw new Error(`${key} has no command-line flag`);
    const own = row.cli.for?.[command];
    const example = own?.example !== void 0 ? own.example || void 0 : row.example;
    return { key, name: row.cli.flag, kind: row.kind === "boolean" ? "boolean" : "string", help: own?.help ?? row.help, example };
  });
}
var FILTERS = ["includePattern", "excludePattern", "includePath", "excludePath", "includeRegex", "excludeRegex", "includeAfter", "includeBefore"];
var TRANSFER_FILTERS = [...FILTERS, "listOfFiles"];
var COMMON = ["authType", "jobDir", "outputType", "logLevel", "concurrency"];
var TRANSFER = [
  "fromTo",
  "recursive",
  ...TRANSFER_FILTERS,
  "overwrite",
  "dryRun",
  "putMd5",
  "checkMd5",
  "blockSizeMb",
  "accessTier",
  "contentType",
  "noGuessMimeType",
  "cacheControl",
  "metadata",
  "headerRules",
  "contentEncoding",
  "contentDisposition",
  "contentLanguage",
  "blobTags",
  "s2sPreserveProperties",
  "s2sPreserveAccessTier",
  "uploadLast",
  "purgeCdn",
  "purgeWait",
  "purgeMaxPaths",
  "purgeFailure",
  "shard",
  "followSymlinks",
  "preserveSymlinks",
  "allowEmptySource",
  ...COMMON
];
var SYNC_ONLY = ["deleteDestination", "maxDelete", "compareHash", "mirrorMode"];
var COMMAND_INPUTS = {
  copy: TRANSFER,
  sync: [...TRANSFER, ...SYNC_ONLY],
  list: ["fromTo", ...FILTERS, ...COMMON],
  make: ["fromTo", ...COMMON],
  remove: ["fromTo", "recursive", ...FILTERS, "dryRun", "maxDelete", ...COMMON],
  jobs: ["jobDir", "withStatus", "sourceSas", "destinationSas", "olderThanDays", "outputType", "authType", "logLevel"],
  login: ["tenantId", "authorityHost", "servicePrincipal", "applicationId", "certificatePath", "identity", "identityClientId", "identityResourceId", "federatedTokenFile", "azureCli", "outputType"]
};
var COMMANDS = {
  copy: {
    name: "copy",
    usage: "azcp copy SOURCE DESTINATION [options]",
    summary: "Copy files to, from or between blob containers (blob \u2192 blob runs inside the service).",
    positionals: ["source", "destination"],
    flags: flagSpecs(COMMAND_INPUTS.copy, "copy"),
    examples: [
      'azcp copy ./site "https://acct.blob.core.windows.net/web?SAS" --recursive',
      'azcp copy "./site/*" "https://acct.blob.core.windows.net/$web" --recursive --cache-control "max-age=60"',
      'azcp copy "https://acct.blob.core.windows.net/logs/2026?SAS" ./logs --recursive --include-pattern "*.json"',
      'azcp copy "https://a.blob.core.windows.net/c/x?SAS" "https://b.blob.core.windows.net/c/x?SAS"'
    ]
  },
  sync: {
    name: "sync",
    usage: "azcp sync SOURCE DESTINATION [options]",
    summary: "Make the destination match the source: transfer what is new or changed, optionally delete what is gone.",
    positionals: ["source", "destination"],
    flags: flagSpecs(COMMAND_INPUTS.sync, "sync"),
    examples: [
      'azcp sync ./site "https://acct.blob.core.windows.net/web?SAS" --delete-destination true --max-delete 10%',
      'azcp sync "https://acct.blob.core.windows.net/backup" ./restore --compare-hash md5 --auth azure-cli',
      'azcp sync ./data "https://acct.blob.core.windows.net/data" --dry-run'
    ]
  },
  list: {
    name: "list",
    usage: "azcp list CONTAINER_URL[/PREFIX] [options]",
    summary: "List blobs: name, size, last modified, tier, MD5.",
    positionals: ["source"],
    flags: flagSpecs(COMMAND_INPUTS.list, "list"),
    examples: ['azcp list "https://acct.blob.core.windows.net/web?SAS"', 'azcp list "https://acct.blob.core.windows.net/web/img" --output-type json']
  },
  make: {
    name: "make",
    usage: "azcp make CONTAINER_URL [options]",
    summary: "Create a container (an existing one is not an error).",
    positionals: ["source"],
    flags: flagSpecs(COMMAND_INPUTS.make, "make"),
    examples: ['azcp make "https://acct.blob.core.windows.net/newcontainer?SAS"']
  },
  remove: {
    name: "remove",
    usage: "azcp remove URL [--recursive] [options]",
    summary: "Delete one blob, or everything under a prefix with --recursive (filters apply).",
    positionals: ["source"],
    flags: flagSpecs(COMMAND_INPUTS.remove, "remove"),
    examples: ['azcp remove "https://acct.blob.core.windows.net/web/old.html?SAS"', 'azcp remove "https://acct.blob.core.windows.net/web/tmp?SAS" --recursive --dry-run']
  }
};
var JOBS_FLAGS = flagSpecs(COMMAND_INPUTS.jobs, "jobs");
var LOGIN_FLAGS = flagSpecs(COMMAND_INPUTS.login, "login");
var TOOL_COMMANDS = [
  { name: "jobs", summary: "jobs list | show JOB_ID | resume JOB_ID | merge FOLDER... | clean: the job folders.", words: ["list", "show", "resume", "merge", "clean"], flags: JOBS_FLAGS },
  { name: "login", summary: "Sign in once for later commands (device code by default); login status shows who.", words: ["status"], flags: LOGIN_FLAGS },
  { name: "logout", summary: "Forget the saved sign-in (the session and its cached tokens).", words: [], flags: [] },
  { name: "env", summary: "Every AZCP_* variable with its value or default (secrets: set or unset).", words: [], flags: [] },
  { name: "completion", summary: "Print a shell completion script: azcp completion bash|zsh|fish.", words: ["bash", "zsh", "fish"], flags: [] }
];

// src/hosts/cli/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
function table() {
  return [...Object.values(COMMANDS).map((c) => ({ name: c.name, summary: c.summary, words: [], flags: c.flags })), ...TOOL_COMMANDS, { name: "help", summary: "Show the help of a command.", words: Object.keys(COMMANDS), flags: [] }];
}
var valuesOf = (f) => inputRow(f.key).values;
var sq = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function bash(cmds) {
  const valueCases = /* @__PURE__ */ new Map();
  const takesValue = /* @__PURE__ */ new Set();
  for (const c of cmds)
    for (const f of c.flags) {
      if (f.kind === "string") takesValue.add(`--${f.name}`);
      const v = valuesOf(f);
      if (v) valueCases.set(`--${f.name}`, v.join(" "));
    }
  return `# azcp completion for bash. Load it with:  source <(azcp completion bash)
_azcp() {
  local cur prev cmd
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [[ \${COMP_CWORD} -eq 1 ]]; then
    COMPREPLY=( $(compgen -W ${sq(["--help", "--version", ...cmds.map((c) => c.name)].join(" "))} -- "$cur") )
    return
  fi
  case "$prev" in
${[...valueCases].map(([flag2, values]) => `    ${flag2}) COMPREPLY=( $(compgen -W ${sq(values)} -- "$cur") ); return ;;`).join("\n")}
${takesValue.size ? `    ${[...takesValue].filter((f) => !valueCases.has(f)).join("|")}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;` : ""}
  esac
  local flags="" words=""
  case "$cmd" in
${cmds.map((c) => `    ${c.name}) flags=${sq([...c.flags.map((f) => `--${f.name}`), "--help"].join(" "))}; words=${sq(c.words.join(" "))} ;;`).join("\n")}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$flags" -- "$cur") )
  elif [[ -n "$words" && \${COMP_CWORD} -eq 2 ]]; then
    COMPREPLY=( $(compgen -W "$words" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -o bashdefault -F _azcp azcp
`;
}
var zq = (s) => s.replace(/\\/g, "\\\\").replace(/([[\]:])/g, "\\$1").replace(/'/g, `'\\''`);
function zsh(cmds) {
  const spec = (f) => {
    const v = valuesOf(f);
    const help = zq(f.help.split(/(?<=\.)\s/)[0]);
    if (f.kind === "boolean") return `'--${f.name}[${help}]'`;
    return `'--${f.name}[${help}]:value:${v ? `(${v.join(" ")})` : "_files"}'`;
  };
  return `#compdef azcp
# azcp completion for zsh. Load it with:  source <(azcp completion zsh)
_azcp() {
  local -a commands
  commands=(
${cmds.map((c) => `    ${sq(`${c.name}:${c.summary.replace(/:/g, "\\:")}`)}`).join("\n")}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case $words[2] in
${cmds.map((c) => {
    const rest = c.words.length ? `'1:subcommand:(${c.words.join(" ")})' '*:location:_files'` : `'*:location:_files'`;
    return `    ${c.name}) shift words; (( CURRENT-- )); _arguments ${[...c.flags.map(spec), rest].join(" ")} ;;`;
  }).join("\n")}
  esac
}
if (( $+functions[compdef] )); then compdef _azcp azcp; fi
`;
}
function fish(cmds) {
  const lines = ["# azcp completion for fish. Load it with:  azcp completion fish | source", "complete -c azcp -f"];
  for (const c of cmds) lines.push(`complete -c azcp -n '__fish_use_subcommand' -a ${c.name} -d ${sq(c.summary)}`);
  for (const c of cmds) {
    const when = `'__fish_seen_subcommand_from ${c.name}'`;
    for (const w of c.words) lines.push(`complete -c azcp -n ${when} -a ${w}`);
    if (!c.words.length) lines.push(`complete -c azcp -n ${when} -F`);
    for (const f of c.flags) {
      const v = valuesOf(f);
      const value = f.kind === "boolean" ? "" : v ? ` -x -a ${sq(v.join(" "))}` : " -r -F";
      lines.push(`complete -c azcp -n ${when} -l ${f.name}${value} -d ${sq(f.help.split(/(?<=\.)\s/)[0])}`);
    }
  }
  return lines.join("\n") + "\n";
}
function completionScript(shell) {
  const cmds = table();
  switch (shell) {
    case "bash":
      return bash(cmds);
    case "zsh":
      return zsh(cmds);
    case "fish":
      return fish(cmds);
    default:
      throw new UsageError(`completion needs a shell: azcp completion ${SHELLS.join("|")}`);
  }
}

// src/hosts/cli/env-command.ts
function envText(env) {
  const width = Math.max(...ENV_VARIABLES.map((v) => v.name.length));
  const lines = [];
  for (const v of ENV_VARIABLES) {
    const raw = env[v.name];
    const given = raw !== void 0 && raw !== "";
    const value = v.secret ? given ? "set (secret: not shown)" : "unset" : given ? printable(redact(raw)) : `unset (default: ${v.default})`;
    lines.push(`${v.name.padEnd(width)}  ${value}`);
    lines.push(`${"".padEnd(width)}  ${v.help}`);
  }
  return lines.join("\n") + "\n";
}

// src/hosts/cli/login.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/hosts/cli/args.ts
function closest(name, candidates) {
  const dist = (a, b) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  let best;
  let bestD = 4;
  for (const c of candidates) {
    const x = dist(name, c);
    if (x < bestD) {
      bestD = x;
      best = c;
    }
  }
  return best;
}
function parseFlags(args, flags, commandName) {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const raw = {};
  const positionals = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a === "-h" || a === "--help") {
      help = true;
      continue;
    }
    if (!a.startsWith("--") || a === "-") {
      if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) throw new UsageError(`unknown option "${a}" for ${commandName}; options are spelled --name (see azcp ${commandName} --help)`);
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.slice(2, eq < 0 ? void 0 : eq);
    const spec = byName.get(name);
    if (!spec) {
      const owners = Object.values(COMMANDS).filter((c) => c.name !== commandName && c.flags.some((f) => f.name === name)).map((c) => c.name);
      if (owners.length && byName.size) throw new UsageError(`--${name} only applies to ${owners.join(" and ")}, not ${commandName} (see azcp ${commandName} --help)`);
      const hint = closest(name, [...byName.keys()]);
      throw new UsageError(`unknown option --${name} for ${commandName}${hint ? `; did you mean --${hint}?` : ""} (see azcp ${commandName} --help)`);
    }
    const key = spec.key;
    if (key in raw) throw new UsageError(`--${name} is given twice`);
    if (spec.kind === "boolean") {
      if (eq >= 0) raw[key] = a.slice(eq + 1);
      else if (args[i + 1] !== void 0 && /^(true|false)$/i.test(args[i + 1])) raw[key] = args[++i];
      else raw[key] = "true";
    } else {
      if (eq >= 0) raw[key] = a.slice(eq + 1);
      else {
        const v = args[i + 1];
        if (v === void 0 || v.startsWith("--") && v.length > 2) throw new UsageError(`--${name} needs a value, e.g. --${name} ${spec.example ?? "VALUE"}`);
        raw[key] = v;
        i++;
      }
    }
  }
  return { raw, positionals, help };
}

// src/hosts/cli/json-lines.ts
function jsonLine(type, content, now = /* @__PURE__ */ new Date()) {
  const text2 = typeof content === "string" ? content : JSON.stringify(content);
  const line = JSON.stringify({
    TimeStamp: now.toISOString(),
    MessageType: type,
    MessageContent: redact(text2),
    // AzCopy's envelope always carries it; azcp never prompts.
    PromptDetails: { PromptType: "", ResponseOptions: null, PromptTarget: "" }
  });
  return redact(line) + "\n";
}
function initContent(s, merge) {
  return { LogFileLocation: s.logPath, JobID: s.jobId, IsCleanupJob: false, AzcpJobFolder: s.jobFolder, ...merge ? { AzcpMerge: { shardFolders: merge.folders } } : {} };
}
function mergeSummary(r, merge) {
  const rows = r.shards ?? [];
  return { shardFolders: merge.folders, shardCount: rows[0]?.count ?? 0, shardJobIds: rows.map((x) => x.jobId) };
}
function azcopyJobStatus(r) {
  if (r.status === "Failed" || r.status === "Cancelled") return r.status;
  const failed = r.counts.failed > 0 || r.status === "CompletedWithErrors";
  const skipped = r.counts.skipped > 0;
  if (failed) return skipped ? "CompletedWithErrorsAndSkipped" : "CompletedWithErrors";
  return skipped ? "CompletedWithSkipped" : "Completed";
}
var n = (x) => String(x ?? 0);
var percent = (done, total) => (total > 0 ? Math.min(100, done / total * 100) : 0).toFixed(1);
function progressContent(jobId, p, rate) {
  const total = p.total ?? p.scanned;
  const { bytesPerSecond, etaSeconds } = rateAndEta(p, rate);
  return {
    ErrorMsg: "",
    JobID: jobId,
    CompleteJobOrdered: !!p.listingComplete,
    JobStatus: "InProgress",
    TotalTransfers: n(total),
    FileTransfers: n(total),
    FolderPropertyTransfers: "0",
    TransfersCompleted: n(p.transferred),
    TransfersFailed: n(p.failed),
    TransfersSkipped: n(p.skipped),
    BytesOverWire: n(p.bytes),
    TotalBytesTransferred: n(p.bytes),
    TotalBytesEnumerated: n(p.bytesPlanned),
    TotalBytesExpected: n(p.bytesPlanned),
    PercentComplete: percent(p.bytesPlanned > 0 ? p.bytes : p.transferred + p.skipped + p.failed, p.bytesPlanned > 0 ? p.bytesPlanned : total),
    FailedTransfers: [],
    SkippedTransfers: [],
    AzcpProgress: { ...p, bytesPerSecond, etaSeconds }
  };
}
function endOfJobContent(r, merge) {
  const c = r.counts;
  const base = {
    ErrorMsg: r.exitCode === 0 ? "" : r.message,
    JobID: r.jobId,
    CompleteJobOrdered: true,
    JobStatus: azcopyJobStatus(r),
    TotalTransfers: n(c.transferred + c.failed + c.skipped),
    FileTransfers: n(c.transferred + c.failed + c.skipped),
    FolderPropertyTransfers: "0",
    TransfersCompleted: n(c.transferred),
    TransfersFailed: n(c.failed),
    TransfersSkipped: n(c.skipped),
    BytesOverWire: n(c.bytes),
    TotalBytesTransferred: n(c.bytes),
    TotalBytesEnumerated: n(c.bytes),
    TotalBytesExpected: n(c.bytes),
    PercentComplete: r.exitCode === 0 ? 100 .toFixed(1) : percent(c.transferred + c.skipped, c.total),
    FailedTransfers: r.failures.map((f) => ({ Src: f.path, Dst: "", IsFolderProperties: false, TransferStatus: "Failed", TransferSize: "0", ErrorCode: "0", ErrorMessage: f.error })),
    SkippedTransfers: r.skipped.map((s) => ({ Src: s.path, Dst: "", IsFolderProperties: false, TransferStatus: "SkippedEntityAlreadyExists", TransferSize: "0", ErrorCode: "0", ErrorMessage: s.reason })),
    IsCleanupJob: false
  };
  const sync = r.command === "sync" || r.command === "remove" ? { DeleteTotalTransfers: n(c.deleted), DeleteTransfersCompleted: n(c.deleted) } : {};
  return { ...base, ...sync, ...merge ? { AzcpMerge: mergeSummary(r, merge) } : {}, AzcpReport: r };
}
function listObjectContent(o) {
  return {
    Path: o.name,
    LastModifiedTime: o.lastModified,
    ...o.tier ? { BlobAccessTier: o.tier } : {},
    ...o.contentType ? { ContentType: o.contentType } : {},
    ...o.md5 ? { ContentMD5: o.md5 } : {},
    ContentLength: String(o.size)
  };
}
var KIND_NAMES = { local: "Local", blob: "Blob", file: "File" };
var kindName = (l) => KIND_NAMES[l.kind] ?? l.kind.charAt(0).toUpperCase() + l.kind.slice(1);
function baseOf(l) {
  let s = l.display.split("?")[0];
  if (s.endsWith("/*")) s = s.slice(0, -2);
  else if (l.wildcard) s = s.slice(0, Math.max(0, s.lastIndexOf("/")));
  return s.replace(/\/+$/, "");
}
function under(l, name) {
  const base = baseOf(l);
  if (base === name || base.endsWith("/" + name)) return base;
  return `${base}/${name}`;
}
function dryrunContent(rec, source, destination) {
  const del = rec.action === "delete";
  const at = del ? destination ?? source : source;
  return {
    EntityType: "File",
    ...del || !destination ? {} : destination.kind === "blob" || source.kind === "blob" ? { BlobType: "BlockBlob" } : {},
    FromTo: del ? `${kindName(at)}Trash` : `${kindName(source)}${destination ? kindName(destination) : ""}`,
    Source: under(at, rec.path),
    Destination: del || !destination ? "" : under(destination, rec.path),
    SourceSize: rec.size,
    Action: rec.action ?? "",
    ...rec.reason ? { Reason: rec.reason } : {}
  };
}

// src/hosts/cli/jobs-json.ts
function documentLines(type, content) {
  return (type ? jsonLine(type, content) : "") + jsonLine("EndOfJob", content);
}
function jobStatusOf(row) {
  if (row.status === "Running") return "InProgress";
  if (row.status === "Interrupted" || row.status === "Unreadable") return row.status;
  return azcopyJobStatus({ status: row.status, counts: row });
}
function jobsListContent(rows) {
  return {
    ErrorMessage: "",
    JobIDDetails: rows.map((r) => ({
      JobId: r.jobId,
      CommandString: r.command,
      StartTime: r.startedAt ? Math.floor(Date.parse(r.startedAt) / 1e3) : 0,
      JobStatus: jobStatusOf(r)
    })),
    AzcpJobs: rows
  };
}
function jobShowContent(id, report, fallback) {
  if (report) return endOfJobContent(report);
  return { ErrorMsg: "", JobID: id, CompleteJobOrdered: false, JobStatus: fallback.status === "Running" ? "InProgress" : fallback.status, AzcpReport: fallback };
}
var TRANSFER_STATUS = {
  Completed: "Success",
  Deleted: "Success",
  Failed: "Failed",
  Skipped: "SkippedEntityAlreadyExists",
  Cancelled: "Cancelled",
  DryRun: "NotStarted"
};
function jobTransfersContent(id, records) {
  return {
    ErrorMsg: "",
    JobID: id,
    Details: records.map((t) => ({ Src: t.path, Dst: "", IsFolderProperties: false, TransferStatus: TRANSFER_STATUS[t.status] ?? t.status, TransferSize: t.size, ErrorCode: 0, AzcpTransfer: t }))
  };
}
var AUTH_METHOD = {
  deviceCode: "Device",
  servicePrincipalSecret: "SPN",
  servicePrincipalCertificate: "SPN",
  managedIdentity: "MSI",
  workloadIdentity: "Workload",
  azureCli: "AzCLI"
};
function loginStatusContent(s, azcp) {
  if (!s) return { valid: false, AzcpLoginStatus: azcp };
  const tenant = s.tokenTenantId ?? s.tenantId;
  return {
    // AzCopy: valid while a token can be had; azcp renews an expired one from the session on the next command.
    valid: true,
    ...tenant ? { tenantID: tenant } : {},
    AADEndpoint: s.authorityHost ?? "https://login.microsoftonline.com",
    authMethod: AUTH_METHOD[s.method] ?? s.method,
    AzcpLoginStatus: azcp
  };
}

// src/hosts/cli/login.ts
var LOGIN_HELP = `Usage:
  azcp login [--tenant-id T] [--authority-host URL]        Device code (the default): prints a code and a URL, waits.
  azcp login --service-principal --application-id ID [--tenant-id T] [--certificate-path PEM]
                                      A service principal: its secret from AZCP_CLIENT_SECRET (never saved;
                                      set it for every later command too), or a certificate file.
  azcp login --identity [--identity-client-id ID | --identity-resource-id RID]
                                      This machine's managed identity.
  azcp login --federated-token-file F --application-id ID --tenant-id T
                                      Workload identity: a federated token read from F each time.
  azcp login --azure-cli [--tenant-id T]
                                      The Azure CLI's sign-in (az login).
  azcp login status [--output-type json]
                                      Who is signed in, the tenant, the method, the token's expiry; exit 1 if nobody.
  azcp logout                         Removes the saved sign-in and the token cache azcp login kept.

Later commands use the saved sign-in with --auth login, and with --auth auto when no SAS, key or connection
string applies. The session file (AZCP_LOGIN_DIR, default ~/.azcp/session.json) holds no secret. A device-code
sign-in needs @azure/identity's encrypted token cache (@azure/identity-cache-persistence, the OS keyring);
without a keyring it is refused unless AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE=true.`;
var flag = (raw, key) => raw[key] === true || raw[key] === "true";
var text = (raw, key) => typeof raw[key] === "string" && raw[key] !== "true" && raw[key] !== "false" ? String(raw[key]) : void 0;
function existingFile(what, path) {
  if (!path) return void 0;
  const abs = resolve(path);
  if (!existsSync(abs)) throw new UsageError(`${what} ${path} does not exist`);
  return abs;
}
async function loginCommand(args, io) {
  const status = args[0] === "status";
  const parsed = parseFlags(status ? args.slice(1) : args, LOGIN_FLAGS, status ? "login status" : "login");
  if (parsed.help) {
    io.out(LOGIN_HELP + "\n");
    return 0;
  }
  const raw = parsed.raw;
  if (status) return loginStatus(io, raw.outputType === "json");
  if (parsed.positionals.length) throw new UsageError(`login takes no location; unexpected "${parsed.positionals[0]}" (azcp login --help)`);
  const chosen = ["servicePrincipal", "identity", "federatedTokenFile", "azureCli"].filter((k) => k === "federatedTokenFile" ? !!text(raw, k) : flag(raw, k));
  if (chosen.length > 1) throw new UsageError(`choose one way to sign in; got ${chosen.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(" and ")}`);
  const certificatePath = existingFile("--certificate-path", text(raw, "certificatePath"));
  const federatedTokenFile = existingFile("--federated-token-file", text(raw, "federatedTokenFile"));
  const method = chosen[0] === "servicePrincipal" ? certificatePath ? "servicePrincipalCertificate" : "servicePrincipalSecret" : chosen[0] === "identity" ? "managedIdentity" : chosen[0] === "federatedTokenFile" ? "workloadIdentity" : chosen[0] === "azureCli" ? "azureCli" : "deviceCode";
  if (certificatePath && !chosen.includes("servicePrincipal")) throw new UsageError("--certificate-path goes with --service-principal");
  if ((text(raw, "identityClientId") || text(raw, "identityResourceId")) && method !== "managedIdentity") throw new UsageError("--identity-client-id and --identity-resource-id go with --identity");
  const { login } = await import("./login-BCLNQSDQ.js");
  const session = await login(
    {
      method,
      tenantId: text(raw, "tenantId") ?? io.env.AZURE_TENANT_ID,
      authorityHost: text(raw, "authorityHost"),
      applicationId: text(raw, "applicationId"),
      certificatePath,
      identityClientId: text(raw, "identityClientId"),
      identityResourceId: text(raw, "identityResourceId"),
      federatedTokenFile
    },
    io.env,
    (message) => io.err(printable(message) + "\n")
  );
  const path = writeSession(session, io.env);
  io.out(`Signed in as ${printable(session.who)} (tenant ${session.tokenTenantId ?? session.tenantId ?? "?"}) by ${session.method}; the token expires at ${session.expiresOn}.
`);
  io.out(`Saved to ${path} (no secret in it). Later commands use it with --auth login, and with --auth auto when no SAS, key or connection string applies.
`);
  if (method === "servicePrincipalSecret") io.out("The client secret was not saved: set AZCP_CLIENT_SECRET for every later command too.\n");
  return 0;
}
function loginStatus(io, json) {
  const s = readSession(io.env);
  if (!s) {
    if (json) io.out(documentLines("LoginStatusInfo", loginStatusContent(void 0, { signedIn: false, session: sessionPath(io.env) })));
    else io.err(`not signed in (no ${sessionPath(io.env)}); run azcp login
`);
    return 1;
  }
  const expired = Date.parse(s.expiresOn) <= Date.now();
  if (json) {
    io.out(documentLines("LoginStatusInfo", loginStatusContent(s, statusObject(s, expired, sessionPath(io.env)))));
    return 0;
  }
  io.out(
    [
      `Signed in as ${printable(s.who)}`,
      `  tenant:   ${s.tokenTenantId ?? s.tenantId ?? "organizations"}`,
      `  method:   ${s.method}${s.clientId ? ` (application ${s.clientId})` : ""}`,
      `  token:    ${expired ? "expired" : "expires"} at ${s.expiresOn}${expired ? s.method === "deviceCode" ? " (renewed from the token cache on the next command)" : " (a new one is got on the next command)" : ""}`,
      `  saved:    ${s.savedAt} in ${sessionPath(io.env)}${s.method === "deviceCode" ? `; refresh token: ${s.tokenCache} token cache` : ""}`
    ].join("\n") + "\n"
  );
  return 0;
}
function statusObject(s, expired, path) {
  return { signedIn: true, who: s.who, tenantId: s.tokenTenantId ?? s.tenantId, method: s.method, clientId: s.clientId, expiresOn: s.expiresOn, expired, savedAt: s.savedAt, tokenCache: s.tokenCache, session: path };
}
function logoutCommand(args, io) {
  if (args[0] === "--help" || args[0] === "-h") {
    io.out("Usage: azcp logout\n\nRemoves the sign-in azcp login saved: the session file and the token cache it kept.\n");
    return 0;
  }
  if (args.length) throw new UsageError("logout takes no arguments");
  const s = readSessionQuietly(io.env);
  const had = removeSession(io.env);
  const cache = removeTokenCacheFiles(io.env.HOME || void 0);
  if (!had && !cache.length) {
    io.out("Not signed in; nothing to remove.\n");
    return 0;
  }
  io.out(`Signed out${s ? ` ${printable(s.who)}` : ""}: removed ${[had ? sessionPath(io.env) : "", ...cache].filter(Boolean).join(", ")}.
`);
  return 0;
}
function readSessionQuietly(env) {
  try {
    return readSession(env);
  } catch {
    return void 0;
  }
}

// src/hosts/cli/help.ts
function commandHelp(spec) {
  const width = Math.max(...spec.flags.map((f) => f.name.length + (f.kind === "string" ? 8 : 0))) + 4;
  const lines = [`Usage: ${spec.usage}`, "", spec.summary, "", "Options:"];
  for (const f of spec.flags) {
    const left = `  --${f.name}${f.kind === "string" ? " VALUE" : ""}`;
    lines.push(`${left.padEnd(width + 2)} ${f.help}${f.example ? `  e.g. --${f.name} ${f.example}` : ""}`);
  }
  lines.push(`  ${"-h, --help".padEnd(width)} This help.`);
  lines.push("", "Examples:", ...spec.examples.map((e) => `  ${e}`));
  lines.push("", "Exit status: 0 all done and the destination reconciled; 1 a transfer failed, reconciliation found a difference, or a guard refused; 2 bad input (nothing was transferred).");
  return lines.join("\n");
}
function mainHelp(version) {
  return [
    `azcp ${version} \u2014 move data into, out of and between Azure Storage accounts, with evidence.`,
    "",
    "Usage: azcp COMMAND [arguments] [options]",
    "",
    "Commands:",
    ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    ...TOOL_COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    "",
    "Locations: a local path (file, folder, folder/* for its contents, a wildcard in the last segment),",
    "a blob URL https://ACCOUNT.blob.core.windows.net/CONTAINER[/PATH][?SAS], or an emulator URL",
    "http://127.0.0.1:10000/devstoreaccount1/CONTAINER[/PATH], or an Azure Files share URL",
    "https://ACCOUNT.file.core.windows.net/SHARE[/PATH][?SAS] (a path-style share endpoint: --from-to or AZCP_FILE_ENDPOINT).",
    "",
    "Every run is a job with a folder of evidence (report.json, transfers.jsonl, azcp.log, summary.md)",
    "under --job-dir (default ~/.azcp/jobs). Secrets are written as REDACTED.",
    "",
    "azcp COMMAND --help shows the options of a command. azcp --version prints the version."
  ].join("\n");
}
var JOBS_HELP = `Usage:
  azcp jobs list                      Every job: id, command, status, start, counts.
  azcp jobs show JOB_ID [--with-status Failed|Skipped|Completed]
                                      A job's report, or its transfers with that status.
  azcp jobs resume JOB_ID [--source-sas SAS] [--destination-sas SAS]
                                      Run the job again: what completed is skipped, what failed
                                      or was in flight is retried; large uploads send only the
                                      blocks the destination does not already hold.
  azcp jobs merge FOLDER... [--source-sas SAS] [--destination-sas SAS]
                                      Finish one job that N machines ran as shards (--shard I/N):
                                      refuses a missing, doubled or failed shard or one of another
                                      job; sums the counts; applies the delete guards once over the
                                      whole job; runs the deferred deletions; reconciles the whole
                                      scope. FOLDER: a shard's job folder, or one that holds them.
  azcp jobs clean [--older-than-days N]
                                      Remove job folders; a running job (locked: job.lock) and a
                                      folder whose job.json cannot be read are left, and named.
Options: --job-dir DIR (env AZCP_JOB_DIR; default ~/.azcp/jobs), --output-type text|json, --auth, --log-level`;
var COMPLETION_HELP = `Usage: azcp completion bash|zsh|fish

Prints a completion script for the shell: commands, their options, and the values of options with a fixed choice.
  bash:  source <(azcp completion bash)        (or save it in ~/.local/share/bash-completion/completions/azcp)
  zsh:   source <(azcp completion zsh)         (or save it as _azcp in a folder of $fpath)
  fish:  azcp completion fish | source         (or save it in ~/.config/fish/completions/azcp.fish)`;
var ENV_HELP = `Usage: azcp env

Every AZCP_* environment variable azcp reads: its value, or "unset" and the default that applies.
Secrets (SAS token, account key, connection string, client secret) are shown only as set or unset.`;

// src/hosts/cli/jobs.ts
import { homedir } from "node:os";
import { join } from "node:path";

// src/hosts/cli/live-line.ts
var LiveLine = class {
  constructor(io) {
    this.io = io;
  }
  io;
  shown = 0;
  draw(line) {
    const fit = this.io.columns && line.length >= this.io.columns ? line.slice(0, Math.max(1, this.io.columns - 2)) + "\u2026" : line;
    this.io.err("\r" + fit.padEnd(this.shown));
    this.shown = fit.length;
  }
  end() {
    if (!this.shown) return;
    this.io.err("\r" + " ".repeat(this.shown) + "\r");
    this.shown = 0;
  }
  out(text2) {
    this.end();
    this.io.out(text2);
  }
  err(text2) {
    this.end();
    this.io.err(text2);
  }
};

// src/hosts/cli/summary.ts
function summaryText(r) {
  const c = r.counts;
  const out = [];
  out.push(`Job ${r.jobId} ${r.status} in ${formatDuration(r.durationMs)} (${throughput(c.bytes - (r.resume?.bytesEarlier ?? 0), r.durationMs)})`);
  out.push(`  in scope ${c.total} \xB7 transferred ${c.transferred} (${formatBytes(c.bytes)}) \xB7 skipped ${c.skipped} \xB7 deleted ${c.deleted} \xB7 failed ${c.failed} \xB7 retries ${r.retries}`);
  if (r.resume) {
    out.push(`  resumed: earlier runs of this job did ${r.resume.completedEarlier} of the transfers and ${r.resume.deletedEarlier ?? 0} of the deletions, and sent ${formatBytes(r.resume.bytesEarlier)} of the bytes`);
  }
  if (r.reconciliation) {
    const x = r.reconciliation;
    out.push(`  reconciliation${x.basis === "planning" ? " (from the planning listings: nothing was written)" : ""}: ${x.ok ? "OK" : "DIFFERENCES"} \u2014 source ${x.sourceCount} (${formatBytes(x.sourceBytes)}), destination ${x.destinationCount} (${formatBytes(x.destinationBytes)}); matched ${x.matched}, missing ${x.missing}, size ${x.sizeMismatch}, md5 ${x.hashMismatch}, extra ${x.extra}`);
    for (const d of x.differences.slice(0, 5)) out.push(`    ${d.path}: ${d.problem}`);
  }
  for (const para of overwriteRuleSentences(r)) {
    out.push(`  ${para.sentence}`);
    for (const p of para.paths.slice(0, 5)) out.push(`    ${p}`);
    if (para.total > Math.min(5, para.paths.length)) out.push(`    \u2026 ${para.total - Math.min(5, para.paths.length)} more in ${r.reportPath}`);
  }
  out.push(...publishedText(r));
  for (const f of r.failures.slice(0, 10)) out.push(`  FAILED ${f.path}: ${f.error}`);
  if (r.failuresTotal > 10) out.push(`  \u2026 ${r.failuresTotal - 10} more failures: azcp jobs show ${r.jobId} --with-status Failed`);
  for (const w of r.warnings.slice(0, 5)) out.push(`  warning: ${w}`);
  out.push(`  ${r.message}`);
  out.push(`  evidence: ${r.jobFolder}`);
  return out.map(printable).join("\n");
}

// src/hosts/cli/output.ts
var TextSink = class {
  constructor(io, term, command, outputGone) {
    this.io = io;
    this.term = term;
    this.command = command;
    this.outputGone = outputGone;
  }
  io;
  term;
  command;
  outputGone;
  hooks(quiet) {
    const { io, term } = this;
    const meter = new RateMeter();
    return {
      log: (level, message) => {
        if (!quiet()) term.err(`${level === "info" ? "" : `${level}: `}${message}
`);
      },
      // A terminal redraws often; a log (stderr to a file or a CI step) gets a line every AZCP_PROGRESS_INTERVAL_MS.
      progressIntervalMs: io.isTTY ? 500 : progressIntervalMs(io.env),
      progress: (p) => {
        if (this.command === "list" || this.command === "make" || p.phase === "done") return;
        const line = progressLine(p, meter.add(p));
        if (io.isTTY) term.draw(line);
        else term.err(line + "\n");
      },
      onListEntry: (e) => {
        if (!this.outputGone()) term.out(`${printable(e.name)}	${e.size}	${e.lastModified}	${e.tier ?? ""}	${e.md5 ?? ""}
`);
      }
    };
  }
  end(report) {
    printReport(report, this.command, this.io);
  }
};
var TYPE_OF_LEVEL = { error: "Info", warning: "Warning", info: "Info", debug: "Info" };
var JsonLinesSink = class {
  constructor(io, options) {
    this.io = io;
    this.options = options;
  }
  io;
  options;
  jobId = "";
  fatal;
  write(type, content) {
    this.io.out(jsonLine(type, content));
  }
  hooks(quiet) {
    const o = this.options;
    const every = this.io.env.AZCP_PROGRESS_INTERVAL_MS ? envNumber("AZCP_PROGRESS_INTERVAL_MS", this.io.env) : 2e3;
    const meter = new RateMeter();
    return {
      onStart: (s) => {
        this.jobId = s.jobId;
        this.write("Init", initContent(s, o.merge));
      },
      log: (level, message) => {
        if (quiet()) return;
        this.write(TYPE_OF_LEVEL[level], message);
        this.io.err(`${level === "info" ? "" : `${level}: `}${message}
`);
      },
      progressIntervalMs: every,
      progress: (p) => {
        if (o.command === "list" || o.command === "make") return;
        this.write("Progress", progressContent(this.jobId, p, meter.add(p)));
      },
      onDryRun: (rec) => this.write("Dryrun", dryrunContent(rec, o.source, o.destination)),
      onFatal: (message) => this.fatal = message,
      onListEntry: (e) => {
        if (!quiet()) this.write("ListObject", listObjectContent(e));
      }
    };
  }
  end(report) {
    if (this.fatal !== void 0) this.write("Error", this.fatal);
    this.write("EndOfJob", endOfJobContent(report, this.options.merge));
  }
};
function jsonErrorLine(message) {
  return jsonLine("Error", message);
}
function wantsJson(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--output-type" && argv[i + 1] === "json") return true;
    if (argv[i] === "--output-type=json") return true;
  }
  return false;
}
function printReport(report, command, io) {
  if (command === "list") {
    io.err(report.exitCode === 0 ? `${report.counts.total} blobs listed.
` : `${report.message}
`);
    return;
  }
  if (command === "make") {
    io.out(`${report.exitCode === 0 ? report.counts.transferred ? "Created" : "Already exists:" : report.message} ${report.source}
`);
    return;
  }
  io.out(summaryText(report) + "\n");
}

// src/hosts/cli/run.ts
var EXIT_OUTPUT_CLOSED = 128 + 13;
async function runWithInputs(raw, io, jobId) {
  const options = raw.mode === "merge" ? mergeOptions(raw, flagOf) : parseJobOptions(raw, flagOf);
  const controller = new AbortController();
  const term = new LiveLine(io);
  let interrupts = 0;
  const onSignal = (sig) => {
    interrupts++;
    if (interrupts > 1) {
      term.err(`azcp: ${sig} again; stopping now. The job can be resumed.
`);
      process.exit(130);
    }
    term.err(`azcp: ${sig}: finishing in-flight requests and writing the report (press again to stop at once)
`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let outputGone = false;
  const onOutputClosed = () => {
    outputGone = true;
    if (options.command === "list") controller.abort();
  };
  if (io.outputClosed?.aborted) onOutputClosed();
  else io.outputClosed?.addEventListener("abort", onOutputClosed, { once: true });
  const quiet = () => outputGone && options.command === "list";
  const json = options.outputType === "json";
  const sink = json ? new JsonLinesSink(io, options) : new TextSink(io, term, options.command, () => outputGone);
  try {
    const report = await runJob(options, {
      signal: controller.signal,
      jobId,
      ...sink.hooks(quiet)
    });
    term.end();
    if (quiet()) return EXIT_OUTPUT_CLOSED;
    sink.end(report);
    return report.exitCode;
  } finally {
    term.end();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    io.outputClosed?.removeEventListener("abort", onOutputClosed);
  }
}

// src/hosts/cli/jobs.ts
async function jobsCommand(args, io) {
  const [sub, ...rest] = args;
  const parsed = parseFlags(rest, JOBS_FLAGS, `jobs ${sub ?? ""}`.trim());
  if (!sub || parsed.help || sub === "--help" || sub === "-h") {
    io.out(JOBS_HELP + "\n");
    return 0;
  }
  const root = String(parsed.raw.jobDir ?? io.env.AZCP_JOB_DIR ?? join(homedir(), ".azcp", "jobs"));
  const json = parsed.raw.outputType === "json";
  switch (sub) {
    case "list": {
      const rows = [];
      for (const id of await listJobIds(root)) rows.push(jobRow(root, id));
      rows.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.jobId.localeCompare(b.jobId));
      if (json) io.out(documentLines(void 0, jobsListContent(rows)));
      else if (rows.length === 0) io.out(`no jobs in ${root}
`);
      else
        for (const r of rows) {
          if (r.status === "Unreadable") {
            io.out(`${r.jobId}  ${"?".padEnd(6)} ${r.status.padEnd(19)} ${r.problem}; jobs clean leaves this folder alone
`);
            continue;
          }
          const note = r.lockNote ? `  (${r.lockNote})` : "";
          io.out(`${r.jobId}  ${r.command.padEnd(6)} ${r.status.padEnd(19)} ${r.startedAt}  ${r.total} in scope: ${r.transferred} transferred, ${r.skipped} skipped, ${r.failed} failed, ${r.deleted} deleted, ${formatBytes(r.bytes)}${note}
`);
        }
      return 0;
    }
    case "show": {
      const id = parsed.positionals[0];
      if (!id) throw new UsageError("jobs show needs a JOB_ID (see azcp jobs list)");
      const m = readManifest(root, id);
      const status = parsed.raw.withStatus ? String(parsed.raw.withStatus) : void 0;
      if (status) {
        const allowed = INPUTS.withStatus.values;
        const match = allowed.find((a) => a.toLowerCase() === status.toLowerCase());
        if (!match) throw new UsageError(`--with-status must be one of ${allowed.join(", ")}`);
        const picked = [];
        for await (const t of readTransfers(root, id)) {
          if (t.status !== match) continue;
          if (json) picked.push(t);
          else io.out(`${t.status}	${printable(t.path)}	${t.size}${t.error ? `	${printable(t.error)}` : t.reason ? `	${printable(t.reason)}` : ""}
`);
        }
        if (json) io.out(documentLines("ListJobTransfers", jobTransfersContent(id, picked)));
        return 0;
      }
      const r = readReport(root, id);
      const lock = readLock(join(root, id));
      const running = lock.state === "running" || lock.state === "unreadable";
      if (running && r) io.err(`note: job ${id} is running now (${describeOwner(lock)}); this is the report of its previous run
`);
      const shown = r ?? { jobId: id, status: running ? "Running" : "Interrupted", ...running ? { lock } : {}, manifest: m };
      if (json) io.out(documentLines("GetJobSummary", jobShowContent(id, r, shown)));
      else io.out(JSON.stringify(shown, null, 2) + "\n");
      return 0;
    }
    case "resume": {
      const id = parsed.positionals[0];
      if (!id) throw new UsageError("jobs resume needs a JOB_ID (see azcp jobs list)");
      const m = readManifest(root, id);
      const lock = readLock(join(root, id));
      if (lock.state === "running" || lock.state === "unreadable") throw new JobLockedError(lockedMessage(id, lock, "resume"), lock);
      const inputs = { ...m.inputs, jobDir: root, ...parsed.raw.outputType !== void 0 ? { outputType: parsed.raw.outputType } : {} };
      for (const side of ["source", "destination"]) {
        const sas = parsed.raw[`${side}Sas`];
        if (typeof sas === "string" && sas) inputs[side] = `${String(inputs[side]).split("?")[0]}?${sas.replace(/^\?/, "")}`;
        else if (m.sasStripped[side] && !io.env.AZCP_SAS_TOKEN) {
          io.err(`note: the ${side} had a SAS that was not stored; pass --${side}-sas if access fails
`);
        }
      }
      if (m.inputs.mode === "merge") {
        io.err(`note: job ${id} is a merge; merging its shards again as a new job
`);
        return runWithInputs(inputs, io);
      }
      return runWithInputs(inputs, io, id);
    }
    case "merge": {
      if (!parsed.positionals.length) throw new UsageError("jobs merge needs the shard job folders: azcp jobs merge FOLDER... (or one folder that holds them)");
      const inputs = {
        mode: "merge",
        shardsFrom: parsed.positionals.join("\n"),
        jobDir: root,
        commandLine: ["azcp", "jobs", ...args].map((a) => /\s/.test(a) ? JSON.stringify(a) : a).join(" ")
      };
      for (const k of ["sourceSas", "destinationSas", "outputType", "authType", "logLevel"]) if (parsed.raw[k] !== void 0) inputs[k] = parsed.raw[k];
      return runWithInputs(inputs, io);
    }
    case "clean": {
      const days = parsed.raw.olderThanDays !== void 0 ? Number(parsed.raw.olderThanDays) : 0;
      if (!Number.isFinite(days) || days < 0) throw new UsageError("--older-than-days must be a number of days");
      const cutoff = Date.now() - days * 864e5;
      let removed = 0;
      const skipped = [];
      for (const id of await listJobIds(root)) {
        let ended;
        try {
          const r = readReport(root, id);
          ended = r ? Date.parse(r.endedAt) : Date.parse(readManifest(root, id).createdAt);
        } catch (e) {
          if (!(e instanceof UnreadableJobFile)) throw e;
          skipped.push(`skipped ${id}: ${e.message}; remove ${join(root, id)} by hand if it is not needed`);
          continue;
        }
        if (ended > cutoff) continue;
        try {
          await removeJob(root, id);
          removed++;
        } catch (e) {
          if (!(e instanceof JobLockedError)) throw e;
          skipped.push(`skipped ${id}: ${e.lock.state === "unreadable" ? `its lock file cannot be read (${e.lock.path})` : `it is running (${describeOwner(e.lock)})`}`);
        }
      }
      io.out(`removed ${removed} job folder(s) from ${root}${skipped.length ? `; skipped ${skipped.length}` : ""}
`);
      for (const line of skipped) io.out(line + "\n");
      return 0;
    }
    default:
      throw new UsageError(`unknown jobs command "${sub}"; use list, show, resume, merge or clean`);
  }
}
function jobRow(root, id) {
  const empty = { total: 0, transferred: 0, skipped: 0, failed: 0, deleted: 0, bytes: 0 };
  let m, r;
  try {
    m = readManifest(root, id);
    r = readReport(root, id);
  } catch (e) {
    if (!(e instanceof UnreadableJobFile)) throw e;
    return { jobId: id, command: "", status: "Unreadable", startedAt: "", ...empty, problem: e.message };
  }
  const lock = readLock(join(root, id));
  const row = {
    jobId: id,
    command: String(m.inputs.mode ?? ""),
    status: r?.status ?? "Interrupted",
    startedAt: r?.startedAt ?? m.createdAt,
    total: r?.counts.total ?? 0,
    transferred: r?.counts.transferred ?? 0,
    skipped: r?.counts.skipped ?? 0,
    failed: r?.counts.failed ?? 0,
    deleted: r?.counts.deleted ?? 0,
    bytes: r?.counts.bytes ?? 0
  };
  if (lock.state === "free") return row;
  if (lock.state === "unreadable") return { ...row, status: "Running", lock: { state: lock.state }, lockNote: `lock file cannot be read: ${lock.path}` };
  row.lock = { state: lock.state, pid: lock.owner.pid, hostname: lock.owner.hostname, startedAt: lock.owner.startedAt };
  if (lock.state === "stale") return { ...row, lockNote: `stale lock: pid ${lock.owner.pid} no longer runs; jobs resume takes it over` };
  return { ...row, status: "Running", startedAt: lock.owner.startedAt, lockNote: `${describeOwner(lock)}${r ? "; counts are from its previous run" : ""}` };
}

// src/hosts/cli/main.ts
var defaultIo = () => {
  const outClosed = new AbortController();
  let errClosed = false;
  process.stdout.on("error", () => outClosed.abort());
  process.stderr.on("error", () => errClosed = true);
  return {
    out: (t) => void (outClosed.signal.aborted || process.stdout.write(t)),
    err: (t) => void (errClosed || process.stderr.write(t)),
    isTTY: !!process.stderr.isTTY,
    env: process.env,
    // A getter: a window resized while a job runs gets a line of its new width.
    get columns() {
      return process.stderr.isTTY ? process.stderr.columns : void 0;
    },
    outputClosed: outClosed.signal
  };
};
async function runCli(argv, io = defaultIo()) {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    const code = err instanceof UsageError ? 2 : 1;
    const message = redact(err.message ?? String(err));
    const jobCommand = !!COMMANDS[argv[0]] || argv[0] === "jobs" && ["list", "show", "resume", "merge"].includes(argv[1]) || argv[0] === "login" && argv[1] === "status";
    if (jobCommand && wantsJson(argv)) io.out(jsonErrorLine(message));
    else io.err(`azcp: ${message}
`);
    return code;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    const topic = command === "help" ? rest[0] : void 0;
    const tools = { jobs: JOBS_HELP, login: LOGIN_HELP, logout: LOGIN_HELP, completion: COMPLETION_HELP, env: ENV_HELP };
    io.out((topic && COMMANDS[topic] ? commandHelp(COMMANDS[topic]) : topic && tools[topic] ? tools[topic] : mainHelp(VERSION)) + "\n");
    return 0;
  }
  if (command === "--version" || command === "-v" || command === "version") {
    io.out(`azcp ${VERSION}
`);
    return 0;
  }
  if (command === "jobs") return jobsCommand(rest, io);
  if (command === "login") return loginCommand(rest, io);
  if (command === "logout") return logoutCommand(rest, io);
  if (command === "completion") {
    if (rest[0] === "--help" || rest[0] === "-h") {
      io.out(COMPLETION_HELP + "\n");
      return 0;
    }
    io.out(completionScript(rest[0]));
    return 0;
  }
  if (command === "env") {
    if (rest.length) {
      if (rest[0] === "--help" || rest[0] === "-h") {
        io.out(ENV_HELP + "\n");
        return 0;
      }
      throw new UsageError(`env takes no arguments (azcp env --help)`);
    }
    io.out(envText(io.env));
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) {
    throw new UsageError(`unknown command "${command}"; commands are ${[...Object.keys(COMMANDS), ...TOOL_COMMANDS.map((c) => c.name)].join(", ")} (azcp --help)`);
  }
  const parsed = parseFlags(rest, spec.flags, command);
  if (parsed.help) {
    io.out(commandHelp(spec) + "\n");
    return 0;
  }
  if (parsed.positionals.length > spec.positionals.length) {
    throw new UsageError(`${command} takes ${spec.positionals.length === 1 ? "one location" : "a source and a destination"}; unexpected "${redact(parsed.positionals[spec.positionals.length])}" (quote URLs that contain & or ?)`);
  }
  if (parsed.positionals.length < spec.positionals.length) {
    throw new UsageError(`${command} needs ${spec.positionals.join(" and ")}: ${spec.usage}`);
  }
  const raw = { ...parsed.raw, mode: command };
  spec.positionals.forEach((key, i) => raw[key] = parsed.positionals[i]);
  raw.commandLine = ["azcp", ...argv].map((a) => /\s/.test(a) ? JSON.stringify(a) : a).join(" ");
  return runWithInputs(raw, io);
}
export {
  runCli
};
