#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  DestinationChangedError,
  DiskCalls,
  InlineCalls,
  IntegrityError,
  QUIET,
  SDK_BODY_RETRIES,
  SHARE_NAME,
  assertUnchanged,
  byWildcard,
  checkObjectSas,
  checkSas,
  checkStorageUrl,
  commitTempFile,
  compareUtf8,
  containerNameRule,
  encodeObjectPath,
  errorCodeOf,
  expiredSasMessage,
  fileNameProblem,
  fileTimeMs,
  foundAt,
  giveBackPiece,
  isNotImplemented,
  isObjectSas,
  jobWideFailure,
  journalMaxBytes,
  logRotateBytes,
  md5OfFile,
  one,
  parentPrefix,
  parseRemoteUrl,
  preflightError,
  readWhole,
  registerInputSecrets,
  renamed,
  require_picomatch,
  resolveAuth,
  retryTuning,
  sameEtag,
  sasLetters,
  sendPiecesInOrder,
  sourceAccess,
  splitWildcard,
  statusOf,
  takePiece,
  tempPathFor,
  unclaimedUrlMessage,
  underFileEndpoint,
  uploadHeaders,
  useAzcpPolicies,
  watchBodyIdle,
  wildcardMatcher,
  withBodyRetries,
  withSlash,
  writeRangeBody
} from "./chunk-D4RS6R3A.js";
import {
  GuardError,
  UsageError
} from "./chunk-Q62OLSTV.js";
import {
  describeError,
  redact,
  registerSecret
} from "./chunk-YTE2SNQG.js";
import {
  BlobServiceClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  newPipeline
} from "./chunk-ELJRGXWH.js";
import {
  AnonymousCredential,
  StorageSharedKeyCredential
} from "./chunk-4IYJINNE.js";
import {
  RestError,
  createDefaultHttpClient,
  createPipelineRequest
} from "./chunk-QNKGTQTQ.js";
import {
  __toESM
} from "./chunk-WOBUYCSG.js";

// src/job/options.ts
import { cpus, homedir } from "node:os";
import { join as join4 } from "node:path";

// src/engine/glob-check.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var CLOSER = { "[": "]", "{": "}", "(": ")" };
function unclosed(p) {
  const open2 = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (c === "[") {
      const close = p.indexOf("]", i + 1);
      if (close < 0) return "[";
      i = close;
    } else if (c === "{" || c === "(") open2.push(c);
    else if (open2.length && c === CLOSER[open2[open2.length - 1]]) open2.pop();
  }
  return open2.pop();
}
function globProblem(p) {
  const open2 = unclosed(p);
  if (open2) return `has a '${open2}' without a closing '${CLOSER[open2]}'; write \\${open2} for a literal '${open2}'`;
  let re;
  try {
    re = import_picomatch.default.makeRe(p, { dot: true, windows: false });
  } catch (e) {
    return `is not a valid pattern: ${e.message}`;
  }
  if (re.source === "$^") return "is not a valid pattern: it can match nothing";
  return void 0;
}

// src/storage/local/location.ts
import { resolve } from "node:path";
function parseLocalLocation(text) {
  refuseInnerWildcard(text);
  const { base, contentsOnly, wildcard } = splitWildcard(text);
  const path = resolve(base);
  return { kind: "local", remote: false, path, contentsOnly, wildcard, display: text };
}
function refuseInnerWildcard(text) {
  const segments2 = text.replace(/\\/g, "/").split("/");
  const inner = segments2.slice(0, -1).findIndex((s) => s.includes("*"));
  if (inner < 0) return;
  const folder2 = segments2.slice(0, inner).join("/") || (text.startsWith("/") ? "/" : ".");
  const last = segments2[segments2.length - 1];
  const regex = segments2.slice(inner).map((s) => s.replace(/[.+^${}()|\\?[\]]/g, "\\$&").replace(/\*/g, "[^/]*")).join("/");
  throw new UsageError(
    `wildcards are allowed only in the last segment of a local path, not in "${segments2[inner]}" of "${text}". Give the folder and choose files with a filter: "${folder2}" --recursive --include-regex "^${regex}$" (or --include-pattern "${last || "*"}" for that file name at any depth).`
  );
}

// src/storage/local/side.ts
import { createHash } from "node:crypto";
import { lstat as lstat3, rm, stat as stat4 } from "node:fs/promises";

// src/storage/folders.ts
import { mkdirSync, statSync } from "node:fs";
import { mkdir, stat, lstat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve as resolve2, sep, join } from "node:path";
var FolderError = class extends Error {
  constructor(path, reason) {
    super(`cannot create the folder "${path}": ${reason}`);
    this.path = path;
    this.reason = reason;
  }
  path;
  reason;
  name = "FolderError";
};
function osReason(err) {
  const e = err;
  const known = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the device",
    ENOTDIR: "a part of the path is a file, not a folder",
    // Only reached after the parent was found: the file system refuses new folders here.
    ENOENT: "this file system does not allow creating folders here"
  };
  const text = (e?.code && known[e.code]) ?? e?.message ?? String(err);
  return e?.code ? `${text} (${e.code})` : text;
}
function folderError(path, err) {
  if (err.code === "ENOTDIR") {
    for (let at = dirname(path); at !== dirname(at); at = dirname(at)) {
      let info;
      try {
        info = statSync(at);
      } catch {
        continue;
      }
      if (!info.isDirectory()) return new FolderError(at, "a file is in the way (not a folder)");
      break;
    }
  }
  return new FolderError(path, osReason(err));
}
async function ensureFolder(dir) {
  const path = resolve2(dir);
  const info = await stat(path).catch((err) => {
    if (err.code === "ENOENT") return void 0;
    throw folderError(path, err);
  });
  if (info) {
    if (!info.isDirectory()) throw new FolderError(path, "a file is in the way (not a folder)");
    return;
  }
  const parent = dirname(path);
  if (parent === path) throw new FolderError(path, "the file system root does not exist");
  await ensureFolder(parent);
  await mkdir(path).catch(async (err) => {
    if (err.code === "EEXIST" && (await stat(path).catch(() => void 0))?.isDirectory()) return;
    throw new FolderError(path, osReason(err));
  });
}
function ensureFolderSync(dir) {
  const path = resolve2(dir);
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    if (err.code !== "ENOENT") throw folderError(path, err);
  }
  if (info) {
    if (!info.isDirectory()) throw new FolderError(path, "a file is in the way (not a folder)");
    return;
  }
  const parent = dirname(path);
  if (parent === path) throw new FolderError(path, "the file system root does not exist");
  ensureFolderSync(parent);
  try {
    mkdirSync(path);
  } catch (err) {
    if (err.code === "EEXIST" && statSync(path, { throwIfNoEntry: false })?.isDirectory()) return;
    throw new FolderError(path, osReason(err));
  }
}
var LinkInPathError = class extends Error {
  name = "LinkInPathError";
};
function folderMakerUnder(root) {
  const base = resolve2(root);
  const checked = /* @__PURE__ */ new Map();
  const component = (path) => {
    let p = checked.get(path);
    if (!p) {
      p = checkComponent(base, path);
      p.catch(() => checked.delete(path));
      checked.set(path, p);
    }
    return p;
  };
  const rootReady = () => component(base);
  return async (dir) => {
    const rel = relative(base, resolve2(dir));
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new LinkInPathError(`"${dir}" is outside the destination folder "${base}"`);
    await rootReady();
    let at = base;
    for (const part of rel === "" ? [] : rel.split(sep)) {
      at = join(at, part);
      await component(at);
    }
  };
}
async function checkComponent(base, path, again = false) {
  if (path === base) return ensureFolder(base);
  const shown = relative(dirname(base), path);
  const info = await lstat(path).catch((err) => {
    if (err.code === "ENOENT") return void 0;
    throw new FolderError(path, osReason(err));
  });
  if (!info) {
    try {
      await mkdir(path);
      return;
    } catch (err) {
      if (err.code !== "EEXIST" || again) throw new FolderError(path, osReason(err));
    }
    return checkComponent(base, path, true);
  }
  if (info.isSymbolicLink()) throw new LinkInPathError(`path goes through a symbolic link (${shown}); nothing is written through links`);
  if (!info.isDirectory()) throw new LinkInPathError(`path goes through a file (${shown}), which is not a folder`);
}

// src/storage/local/scope.ts
import { readdir as readdir2, stat as stat3 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join3 } from "node:path";

// src/storage/local/walk.ts
import { join as join2 } from "node:path";

// src/engine/tree-walk.ts
var leaf = (name, entry) => ({ key: name, entry });
var folder = (name, dir) => ({ key: `${name}/`, folder: dir });
async function* walkInByteOrder(dir, namePrefix, readDir) {
  const children = await readDir(dir, namePrefix);
  children.sort((a, b) => compareUtf8(a.key, b.key));
  for (const c of children) {
    if (c.folder !== void 0) yield* walkInByteOrder(c.folder, c.key, readDir);
    else yield c.entry;
  }
}

// src/engine/pool.ts
function abortError(signal) {
  const error = new DOMException("The operation was aborted", "AbortError");
  if (signal?.reason !== void 0) Object.defineProperty(error, "cause", { value: signal.reason, configurable: true, writable: true });
  return error;
}
async function runPool(items, concurrency, worker, options = {}) {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1; got ${concurrency}`);
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const iterator = iteratorOf(items);
  const running = /* @__PURE__ */ new Set();
  let failure;
  let listingDone = false;
  let pullPending = false;
  const runWorker = async (item) => {
    try {
      await worker(item);
    } catch (error) {
      failure ??= { error };
    }
  };
  let slotFreed;
  const start = (item) => {
    const task = runWorker(item).then(() => {
      running.delete(task);
      const wake = slotFreed;
      slotFreed = void 0;
      wake?.();
    });
    running.add(task);
  };
  try {
    while (failure === void 0 && !signal?.aborted) {
      while (running.size >= concurrency) await new Promise((resolve5) => slotFreed = resolve5);
      if (failure !== void 0 || signal?.aborted) break;
      let step;
      try {
        step = await untilAborted(Promise.resolve(iterator.next()), signal);
      } catch (error) {
        failure ??= { error };
        listingDone = true;
        break;
      }
      if (step === ABORTED) {
        pullPending = true;
        break;
      }
      if (step.done) {
        listingDone = true;
        break;
      }
      start(step.value);
    }
    await Promise.all(running);
  } finally {
    if (!listingDone) await closeIterator(iterator, pullPending);
  }
  if (failure !== void 0) throw failure.error;
  if (signal?.aborted) throw abortError(signal);
}
var ABORTED = /* @__PURE__ */ Symbol("aborted");
function untilAborted(promise, signal) {
  if (!signal) return promise;
  return new Promise((resolve5, reject) => {
    const onAbort = () => resolve5(ABORTED);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve5, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
function iteratorOf(items) {
  return Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
}
async function closeIterator(iterator, pullPending) {
  try {
    const closing = Promise.resolve(iterator.return?.());
    if (pullPending) closing.catch(() => {
    });
    else await closing;
  } catch {
  }
}
async function mapInOrder(items, concurrency, fn) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

// src/storage/local/walk-calls.ts
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync as statSync2 } from "node:fs";
import { lstat as lstat2, readdir, readlink, realpath, stat as stat2 } from "node:fs/promises";
var WalkCalls = class extends InlineCalls {
  readdir(path) {
    return this.call(() => readdirSync(path, { withFileTypes: true }), () => readdir(path, { withFileTypes: true }));
  }
  lstat(path) {
    return this.call(() => lstatSync(path), () => lstat2(path));
  }
  stat(path) {
    return this.call(() => statSync2(path), () => stat2(path));
  }
  readlink(path) {
    return this.call(() => readlinkSync(path), () => readlink(path));
  }
  realpath(path) {
    return this.call(() => realpathSync.native(path), () => realpath(path));
  }
};

// src/storage/local/walk.ts
function isAncestor(real, chain) {
  for (let a = chain; a; a = a.parent) if (a.real === real) return true;
  return false;
}
function walkLocal(dir, namePrefix, options) {
  const calls = options.calls ?? new WalkCalls();
  return walkInByteOrder({ abs: dir }, namePrefix, (d, prefix) => readLocalDir(d, prefix, options, calls));
}
async function readLocalDir(at, namePrefix, options, calls) {
  const dir = at.abs;
  let ancestors;
  if (options.followSymlinks) {
    let real;
    try {
      real = await calls.realpath(dir);
    } catch (err) {
      options.onProblem?.({ path: dir, error: err.message });
      return [];
    }
    if (isAncestor(real, at.ancestors)) {
      options.onProblem?.({ path: dir, error: `symbolic link loop: ${real} is already being walked (not followed again)` });
      return [];
    }
    ancestors = { real, parent: at.ancestors };
  }
  let dirents;
  try {
    dirents = await calls.readdir(dir);
  } catch (err) {
    options.onProblem?.({ path: dir, error: err.message });
    return [];
  }
  const outcomes = await mapInOrder(dirents, STATS_IN_FLIGHT, (d) => readLocalEntry(dir, d, namePrefix, ancestors, options, calls));
  const children = [];
  for (const o of outcomes) {
    if (o.problem) options.onProblem?.(o.problem);
    if (o.skip) options.onSkip?.(o.skip.path, o.skip.reason);
    if (o.unfollowed) options.onUnfollowedLink?.(o.unfollowed.name, o.unfollowed.path);
    if (o.child) children.push(o.child);
  }
  return children;
}
var STATS_IN_FLIGHT = 32;
async function readLocalEntry(dir, d, namePrefix, ancestors, options, calls) {
  const abs = join2(dir, d.name);
  const name = namePrefix + d.name;
  let isDir = d.isDirectory();
  let isFile = d.isFile();
  let info;
  if (d.isSymbolicLink() && options.preserveSymlinks) {
    try {
      const [linkTarget, own] = await Promise.all([calls.readlink(abs), calls.lstat(abs)]);
      return { child: leaf(name, { name, size: Buffer.byteLength(linkTarget), mtimeMs: fileTimeMs(own.mtimeMs), absPath: abs, linkTarget }) };
    } catch (err) {
      return { problem: { path: abs, error: err.message } };
    }
  }
  if (d.isSymbolicLink()) {
    try {
      const target = await calls.stat(abs);
      if (target.isDirectory() && !options.followSymlinks) {
        return { skip: { path: abs, reason: "symbolic link to a folder (not followed)" }, unfollowed: { name, path: abs } };
      }
      isDir = target.isDirectory();
      isFile = target.isFile();
      info = target;
    } catch (err) {
      return { problem: { path: abs, error: `broken symbolic link: ${err.message}` } };
    }
  }
  if (!isDir && !isFile) return { skip: { path: abs, reason: "not a regular file" } };
  if (isDir) return options.recursive ? { child: folder(name, { abs, ancestors }) } : {};
  if (!info) {
    try {
      info = await calls.lstat(abs);
    } catch (err) {
      return { problem: { path: abs, error: err.message } };
    }
  }
  return { child: leaf(name, { name, size: info.size, mtimeMs: fileTimeMs(info.mtimeMs), absPath: abs }) };
}

// src/storage/local/paths.ts
import { sep as sep2, isAbsolute as isAbsolute2, resolve as resolve3, relative as relative2 } from "node:path";
var WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(\..*)?$/i;
function windowsNameReason(name) {
  for (const seg of name.split("/")) {
    if (WINDOWS_DEVICE.test(seg.replace(/[. ]+$/, ""))) return `"${seg}" is a Windows device name`;
    if (/[<>:"|?*]/.test(seg)) return `"${seg}" contains a character Windows does not allow in a file name (< > : " | ? *)`;
    if (/[. ]$/.test(seg) && seg !== "." && seg !== "..") return `"${seg}" ends with a dot or a space, which Windows drops (it would be another file's name)`;
  }
  return void 0;
}
function unsafeNameReason(name, platform = process.platform) {
  if (name.length === 0) return "empty name";
  if (name.startsWith("/")) return 'name starts with "/" (absolute path)';
  if (name.includes("\\")) return "name contains a backslash";
  if (/^[A-Za-z]:/.test(name)) return "name starts with a drive letter";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "name contains a control character";
  if (name.endsWith("/")) return 'name ends with "/" (a folder marker, not a file)';
  const segments2 = name.split("/");
  if (segments2.some((s) => s === "..")) return 'name contains a ".." segment (would leave the destination folder)';
  if (segments2.some((s) => s === ".")) return 'name contains a "." segment';
  if (segments2.slice(0, -1).some((s) => s === "")) return 'name contains an empty path segment ("//")';
  return platform === "win32" ? windowsNameReason(name) : void 0;
}
function safeLocalPath(root, name) {
  const reason = unsafeNameReason(name);
  if (reason) return { reason };
  const target = resolve3(root, ...name.split("/"));
  const rel = relative2(root, target);
  if (rel === "" || rel.startsWith("..") || isAbsolute2(rel) || rel.split(sep2).includes("..")) {
    return { reason: "name resolves outside the destination folder" };
  }
  return { path: target };
}

// src/storage/local/scope.ts
async function prepareRoot(root, display) {
  await ensureFolder(root).catch((err) => {
    if (err instanceof FolderError) throw new UsageError(`the destination "${display}" cannot be written: ${err.message}`);
    throw err;
  });
}
async function localSourceScope(loc, rules, ev) {
  const { command, recursive } = rules;
  const info = await stat3(loc.path).catch((err) => {
    if (err.code === "ENOENT") throw new UsageError(`the source "${loc.display}" does not exist`);
    if (err.code === "EACCES") throw new UsageError(`the source "${loc.display}" cannot be read (permission denied)`);
    throw new UsageError(`the source "${loc.display}" cannot be read: ${err.message}`);
  });
  if (info.isFile()) {
    if (loc.contentsOnly) throw new UsageError(`the source "${loc.display}" is a file, not a folder`);
    const entry = { name: basename(loc.path), size: info.size, mtimeMs: fileTimeMs(info.mtimeMs), absPath: loc.path };
    return { namePrefix: "", single: true, list: () => one(entry) };
  }
  if (!info.isDirectory()) throw new UsageError(`the source "${loc.display}" is neither a file nor a folder`);
  if (!recursive && !loc.contentsOnly && command === "copy") {
    throw new UsageError(`the source "${loc.display}" is a folder: add --recursive to copy it with its subfolders, or write "${loc.display.replace(/[\\/]$/, "")}/*" for the files at its top level`);
  }
  const namePrefix = command === "copy" && !loc.contentsOnly ? `${basename(loc.path)}/` : "";
  const walkRecursive = recursive || !loc.contentsOnly && command === "copy";
  return {
    namePrefix,
    single: false,
    list: (quiet) => byWildcard(walkLocal(loc.path, namePrefix, { recursive: walkRecursive, followSymlinks: rules.followSymlinks, preserveSymlinks: rules.preserveSymlinks, ...quiet ? QUIET : ev }), loc.wildcard, namePrefix),
    selects: loc.wildcard ? wildcardMatcher(loc.wildcard, namePrefix) : void 0,
    emptyFolders: walkRecursive ? () => emptyLocalFolders(loc.path, namePrefix) : void 0
  };
}
async function* emptyLocalFolders(dir, namePrefix) {
  let names;
  try {
    names = await readdir2(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const d of names) {
    if (!d.isDirectory()) continue;
    const name = `${namePrefix}${d.name}`;
    const inner = await readdir2(join3(dir, d.name)).catch(() => void 0);
    if (inner?.length === 0) yield name;
    else if (inner) yield* emptyLocalFolders(join3(dir, d.name), `${name}/`);
  }
}
async function localDestinationScope(loc, source, rules, ev) {
  const { recursive, preserveSymlinks } = rules;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  const info = await stat3(loc.path).catch(() => void 0);
  if (source.single) {
    const intoFolder = info?.isDirectory() || /[\\/]$/.test(loc.display) || loc.contentsOnly;
    const locate = (n) => {
      if (!intoFolder) return { target: loc.path };
      const safe = safeLocalPath(loc.path, n);
      return "path" in safe ? { target: safe.path } : safe;
    };
    const root2 = intoFolder ? loc.path : dirname2(loc.path);
    return { list: () => existingFiles(source.list(), locate), locate, root: root2, prepare: () => prepareRoot(root2, loc.display) };
  }
  if (info && !info.isDirectory()) throw new UsageError(`the destination "${loc.display}" is a file; a folder is needed to receive many objects`);
  const root = loc.path;
  const scopeDir = source.namePrefix ? join3(root, ...source.namePrefix.split("/").filter(Boolean)) : root;
  return {
    // With --preserve-symlinks the destination's links are compared as links.
    list: () => walkLocal(scopeDir, source.namePrefix, { recursive, preserveSymlinks, ...ev }),
    locate: (n) => {
      const safe = safeLocalPath(root, n);
      return "path" in safe ? { target: safe.path } : safe;
    },
    root,
    prepare: () => prepareRoot(root, loc.display)
  };
}
async function* existingFiles(entries, locate) {
  for await (const e of entries) {
    const where = locate(e.name);
    if (!("target" in where)) continue;
    const s = await stat3(where.target).catch(() => void 0);
    if (s?.isFile()) yield { name: e.name, size: s.size, mtimeMs: fileTimeMs(s.mtimeMs), absPath: where.target };
  }
}

// src/storage/local/side.ts
var LocalSide = class {
  constructor(location, role) {
    this.location = location;
    this.role = role;
  }
  location;
  role;
  kind = "local";
  features = { remote: false, caseInsensitiveNames: false };
  stats = { retries: 0 };
  /** Folders below the destination's root, made once per job; set by destinationScope. */
  folders;
  async connect() {
  }
  checkAccess() {
    return [];
  }
  async probe() {
  }
  sourceScope(rules, events) {
    return localSourceScope(this.location, rules, events);
  }
  async destinationScope(source, rules, events) {
    const scope = await localDestinationScope(this.location, source, rules, events);
    const folders = folderMakerUnder(scope.root);
    this.folders = folders;
    return { ...scope, makeFolder: (target) => folders(target) };
  }
  async stat(target, name = target) {
    const s = await stat4(target).catch(() => void 0);
    return s?.isFile() ? { name, size: s.size, mtimeMs: fileTimeMs(s.mtimeMs), absPath: target } : void 0;
  }
  properties(e) {
    return { fullName: e.name, size: e.size, lastModifiedMs: e.mtimeMs };
  }
  /** A local listing carries no MD5: it comes from the bytes (a preserved link: from its target text). */
  async hash(e) {
    if (!e.absPath) return void 0;
    if (e.linkTarget !== void 0) return createHash("md5").update(e.linkTarget).digest("base64");
    return (await md5OfFile(e.absPath)).toString("base64");
  }
  /**
   * Deletes the file only if it is still the one that was listed (size and
   * time): a file written again since (a build still running, another job)
   * is kept and reported. The gap between this look and the delete is one
   * system call, not the whole job's.
   */
  async remove(e) {
    const now = await (e.linkTarget !== void 0 ? lstat3 : stat4)(e.absPath).catch((err) => {
      if (err.code === "ENOENT") return void 0;
      throw err;
    });
    if (!now) return;
    if (now.size !== e.size || fileTimeMs(now.mtimeMs) !== fileTimeMs(e.mtimeMs)) {
      throw new DestinationChangedError(`refused: the file changed after it was listed (listed ${e.size} bytes, now ${now.size}, modified since); it was not deleted. Run the job again to judge the new version`);
    }
    await rm(e.absPath, { force: true });
  }
  /** A LocalEntry is the file's own description: no copy per transfer. */
  localFile(e) {
    return e;
  }
  makeFolder(dir) {
    return this.folders ? this.folders(dir) : Promise.resolve();
  }
};

// src/storage/local/backend.ts
var localBackend = {
  kind: "local",
  parse: (text) => parseLocalLocation(text),
  // The registry only hands this backend the locations it parsed.
  open: (loc, role) => new LocalSide(loc, role)
};

// src/storage/blob/location.ts
var CONTAINER_NAME = /^(?:\$root|\$web|\$logs|[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62})$/;
function claimsBlobUrl(url) {
  return !/\.(file|queue|table|dfs)\.core\./.test(url.hostname.toLowerCase()) && !underFileEndpoint(url);
}
function parseBlobUrl(text, url, role) {
  return parseRemoteUrl(text, url, role, {
    kind: "blob",
    noun: "container",
    nameProblem: containerNameRule(CONTAINER_NAME, "container")
  });
}

// src/storage/blob/name.ts
var MAX_BLOB_NAME_LENGTH = 1024;
var MAX_BLOB_NAME_SEGMENTS = 254;
function blobNameProblem(name) {
  if (name.length > MAX_BLOB_NAME_LENGTH) return `the blob name is ${name.length} characters long; Azure allows at most ${MAX_BLOB_NAME_LENGTH}`;
  const segments2 = name.split("/").length;
  if (segments2 > MAX_BLOB_NAME_SEGMENTS) return `the blob name has ${segments2} path segments; Azure allows at most ${MAX_BLOB_NAME_SEGMENTS}`;
  return void 0;
}

// src/storage/blob/client.ts
function sdkCredential(auth) {
  if (auth.kind === "key") return new StorageSharedKeyCredential(auth.account, auth.accountKey);
  if (auth.kind === "token") return auth.credential;
  return new AnonymousCredential();
}
function serviceUrlWithSas(loc, auth) {
  return auth.kind === "sas" ? `${loc.serviceUrl}?${auth.sas}` : loc.serviceUrl;
}
async function openBlobSide(loc, authInputs, hostCredential, tuning = retryTuning(), stats = { retries: 0 }) {
  const auth = await resolveAuth(loc, authInputs, hostCredential);
  const credential = sdkCredential(auth);
  const sharedKey = credential instanceof StorageSharedKeyCredential ? credential : void 0;
  const pipeline2 = newPipeline(credential, {
    keepAliveOptions: { enable: true },
    // Our policy replaces the SDK's; one try here means "no SDK retries".
    retryOptions: { maxTries: 1 }
  });
  const service = new BlobServiceClient(serviceUrlWithSas(loc, auth), pipeline2);
  const core = useAzcpPolicies(pipeline2, loc.serviceUrl, tuning, stats);
  return {
    loc,
    auth,
    sharedKey,
    service,
    container: service.getContainerClient(loc.container),
    stats,
    tryTimeoutMs: tuning.tryTimeoutMs,
    oneBlob: auth.kind === "sas" && isObjectSas(auth.sas, "b"),
    raw: core ? { pipeline: core, httpClient: createDefaultHttpClient() } : void 0
  };
}

// src/storage/blob/entry.ts
var MTIME_METADATA_KEY = "mtime";
var SYMLINK_METADATA_KEY = "is_symlink";
function entryFromBlobItem(item, rootPrefix) {
  const props = item.properties;
  const lastModifiedMs = props.lastModified ? props.lastModified.getTime() : 0;
  const metaTime = item.metadata?.[MTIME_METADATA_KEY];
  const parsed = metaTime ? Date.parse(metaTime) : NaN;
  const md5 = props.contentMD5 ? Buffer.from(props.contentMD5).toString("base64") : void 0;
  return {
    name: item.name.slice(rootPrefix.length),
    blobName: item.name,
    size: props.contentLength ?? 0,
    mtimeMs: Number.isNaN(parsed) ? lastModifiedMs : parsed,
    lastModifiedMs,
    md5,
    tier: props.accessTier,
    etag: props.etag,
    contentType: props.contentType,
    ...props.cacheControl ? { cacheControl: props.cacheControl } : {},
    ...props.contentEncoding ? { contentEncoding: props.contentEncoding } : {},
    ...props.contentLanguage ? { contentLanguage: props.contentLanguage } : {},
    ...props.contentDisposition ? { contentDisposition: props.contentDisposition } : {},
    ...props.tagCount ? { tagCount: props.tagCount } : {},
    metadata: item.metadata
  };
}

// src/storage/blob/objects.ts
function accessFacts(conn, role) {
  return { role, account: conn.loc.account, container: conn.loc.container, serviceUrl: conn.loc.serviceUrl, containerNoun: "container" };
}
async function getBlobEntry(side, blobName, stripPrefix) {
  try {
    const p = await side.container.getBlobClient(blobName).getProperties();
    return entryFromBlobItem(
      {
        name: blobName,
        deleted: false,
        snapshot: "",
        metadata: p.metadata,
        properties: {
          lastModified: p.lastModified ?? /* @__PURE__ */ new Date(0),
          etag: p.etag ?? "",
          contentLength: p.contentLength,
          contentMD5: p.contentMD5,
          accessTier: p.accessTier,
          contentType: p.contentType,
          cacheControl: p.cacheControl,
          contentEncoding: p.contentEncoding,
          contentLanguage: p.contentLanguage,
          contentDisposition: p.contentDisposition,
          tagCount: p.tagCount
        }
      },
      stripPrefix
    );
  } catch (err) {
    if (err.statusCode === 404) return void 0;
    throw err;
  }
}
async function containerExists(side) {
  try {
    return await side.container.exists();
  } catch (err) {
    if (err.statusCode === 403) return true;
    throw err;
  }
}
async function deleteBlob(side, blobName, listedEtag) {
  try {
    await side.container.getBlobClient(blobName).delete({ deleteSnapshots: "include", conditions: listedEtag ? { ifMatch: listedEtag } : void 0 });
  } catch (err) {
    const status = err.statusCode;
    if (status === 404) return;
    if (status === 412) throw new DestinationChangedError("refused: the blob was written again after it was listed (its ETag changed); it was not deleted. Run the job again to judge the new version");
    throw err;
  }
}
async function makeContainer(side) {
  const res = await side.container.createIfNotExists();
  return res.succeeded;
}
async function probeContainer(side, role) {
  if (side.oneBlob) return probeBlob(side, role);
  try {
    await side.container.listBlobsFlat().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw preflightError(err, accessFacts(side, role));
  }
}
async function probeBlob(side, role) {
  try {
    await side.container.getBlobClient(side.loc.path).getProperties();
  } catch (err) {
    if (err.statusCode === 404) {
      if (role === "destination") return;
      throw new UsageError(`the ${role} "${side.loc.display}" does not exist: no blob ${side.loc.path} in container "${side.loc.container}"`);
    }
    throw preflightError(err, accessFacts(side, role));
  }
}
async function hasBlobsUnder(side, prefix) {
  const first = await side.container.listBlobsFlat({ prefix }).byPage({ maxPageSize: 1 }).next();
  return !(first.done || first.value.segment.blobItems.length === 0);
}

// src/storage/blob/scope.ts
import { basename as basename2 } from "node:path";

// src/storage/blob/list-xml.ts
var ENTITY = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeXmlText(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e) => {
    if (e[0] !== "#") return ENTITY[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
function element(xml, tag) {
  let i = xml.indexOf(`<${tag}`);
  while (i >= 0) {
    const after = xml.charCodeAt(i + tag.length + 1);
    if (after === 62 || after === 32 || after === 47 || after === 9 || after === 10 || after === 13) break;
    i = xml.indexOf(`<${tag}`, i + 1);
  }
  if (i < 0) return void 0;
  const close = xml.indexOf(">", i);
  if (close < 0) return void 0;
  if (xml.charCodeAt(close - 1) === 47) return { text: "", attrs: xml.slice(i + tag.length + 1, close - 1) };
  const end2 = xml.indexOf(`</${tag}>`, close);
  if (end2 < 0) return void 0;
  return { text: xml.slice(close + 1, end2), attrs: xml.slice(i + tag.length + 1, close) };
}
function nameOf(xml) {
  const n = element(xml, "Name");
  if (!n) return void 0;
  if (/Encoded\s*=\s*"true"/i.test(n.attrs)) return decodeURIComponent(n.text);
  return decodeXmlText(n.text);
}
function metadataOf(xml) {
  const out = {};
  const m = element(xml, "Metadata");
  if (!m || !m.text) return out;
  const re = /<([A-Za-z_][\w.-]*)\s*(?:\/>|>([\s\S]*?)<\/\1>)/g;
  let hit;
  while (hit = re.exec(m.text)) out[hit[1]] = decodeXmlText(hit[2] ?? "");
  return out;
}
function blobOf(xml) {
  const name = nameOf(xml);
  if (name === void 0) return void 0;
  const propsAt = xml.indexOf("<Properties>");
  const props = propsAt >= 0 ? xml.slice(propsAt, xml.indexOf("</Properties>", propsAt) + 13 || void 0) : xml;
  const text = (tag) => {
    const e = element(props, tag);
    return e && e.text !== "" ? decodeXmlText(e.text) : void 0;
  };
  const length = text("Content-Length");
  const tags = text("TagCount");
  return {
    name,
    lastModified: text("Last-Modified"),
    etag: text("Etag"),
    contentLength: length === void 0 ? void 0 : Number(length),
    contentType: text("Content-Type"),
    cacheControl: text("Cache-Control"),
    contentEncoding: text("Content-Encoding"),
    contentLanguage: text("Content-Language"),
    contentDisposition: text("Content-Disposition"),
    tagCount: tags === void 0 ? void 0 : Number(tags),
    contentMd5: text("Content-MD5"),
    accessTier: text("AccessTier"),
    metadata: metadataOf(xml)
  };
}
function parseListBlobs(xml) {
  const blobs = [];
  const prefixes = [];
  let pos = 0;
  let nextBlob = xml.indexOf("<Blob>", pos);
  let nextPrefix = xml.indexOf("<BlobPrefix>", pos);
  while (nextBlob >= 0 || nextPrefix >= 0) {
    if (nextPrefix >= 0 && (nextBlob < 0 || nextPrefix < nextBlob)) {
      const end3 = xml.indexOf("</BlobPrefix>", nextPrefix);
      if (end3 < 0) throw new Error("truncated List Blobs response");
      const name = nameOf(xml.slice(nextPrefix, end3));
      if (name !== void 0) prefixes.push(name);
      pos = end3 + 13;
      nextPrefix = xml.indexOf("<BlobPrefix>", pos);
      if (nextBlob >= 0 && nextBlob < pos) nextBlob = xml.indexOf("<Blob>", pos);
      continue;
    }
    const end2 = xml.indexOf("</Blob>", nextBlob);
    if (end2 < 0) throw new Error("truncated List Blobs response");
    const blob = blobOf(xml.slice(nextBlob, end2));
    if (blob) blobs.push(blob);
    pos = end2 + 7;
    nextBlob = xml.indexOf("<Blob>", pos);
    if (nextPrefix >= 0 && nextPrefix < pos) nextPrefix = xml.indexOf("<BlobPrefix>", pos);
  }
  if (xml.indexOf("</EnumerationResults>", pos) < 0) throw new Error("truncated List Blobs response (no closing EnumerationResults)");
  const tail = xml.slice(pos);
  const marker = element(tail, "NextMarker") ?? element(xml, "NextMarker");
  return { blobs, prefixes, nextMarker: marker && marker.text ? decodeXmlText(marker.text) : void 0 };
}

// src/storage/blob/raw-request.ts
var RAW_API_VERSION = "2025-01-05";
function blobObjectUrl(containerUrl, blobName) {
  const segments2 = blobName.split("/");
  if (segments2.some((seg) => seg === "." || seg === "..")) throw new Error(`the blob name "${blobName}" has a '.' or '..' segment, which a URL cannot address`);
  const url = new URL(containerUrl);
  const name = segments2.map(encodeURIComponent).join("/");
  url.pathname = url.pathname.endsWith("/") ? `${url.pathname}${name}` : `${url.pathname}/${name}`;
  url.pathname = sdkPathEscape(url.pathname);
  return url.toString();
}
function sdkPathEscape(path) {
  return encodeURIComponent(path).replace(/%2F/g, "/").replace(/'/g, "%27").replace(/\+/g, "%20").replace(/%25/g, "%");
}
function rawRequest(url, method, abortSignal) {
  const request2 = createPipelineRequest({ url, method, allowInsecureConnection: true, abortSignal });
  request2.headers.set("x-ms-version", RAW_API_VERSION);
  return request2;
}
async function sendRaw(side, request2) {
  const { pipeline: pipeline2, httpClient } = side.raw;
  return pipeline2.sendRequest(httpClient, request2);
}
function serviceError(request2, response, body) {
  const code = response.headers.get("x-ms-error-code") ?? /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]+)<\/Message>/.exec(body)?.[1]?.split("\n")[0] ?? `HTTP ${response.status}`;
  const err = new RestError(`${code ? `${code}: ` : ""}${message}`, { statusCode: response.status, code, request: request2, response });
  err.details = { errorCode: code };
  return err;
}

// src/storage/blob/list.ts
function isFolderMarker(item) {
  return (item.properties.contentLength ?? 0) === 0 && (item.metadata?.hdi_isfolder === "true" || item.name.endsWith("/"));
}
async function* listBlobs(side, options) {
  const pages = side.raw ? rawPages(side, options) : sdkPages(side, options);
  for await (const items of pages) {
    for (const item of items) {
      if (isFolderMarker(item)) {
        options.onSkip?.(item.name, "folder marker");
        continue;
      }
      yield entryFromBlobItem(item, options.stripPrefix);
    }
  }
}
async function* sdkPages(side, options) {
  const pages = options.recursive ? side.container.listBlobsFlat({ prefix: options.prefix || void 0, includeMetadata: true }).byPage({ maxPageSize: options.pageSize ?? 5e3 }) : side.container.listBlobsByHierarchy("/", { prefix: options.prefix || void 0, includeMetadata: true }).byPage({ maxPageSize: options.pageSize ?? 5e3 });
  for await (const page of pages) yield page.segment.blobItems;
}
function toBlobItem(b) {
  return {
    name: b.name,
    deleted: false,
    snapshot: "",
    metadata: b.metadata,
    properties: {
      lastModified: b.lastModified ? new Date(b.lastModified) : /* @__PURE__ */ new Date(0),
      etag: b.etag ?? "",
      contentLength: b.contentLength,
      contentType: b.contentType,
      cacheControl: b.cacheControl,
      contentEncoding: b.contentEncoding,
      contentLanguage: b.contentLanguage,
      contentDisposition: b.contentDisposition,
      tagCount: b.tagCount,
      contentMD5: b.contentMd5 ? new Uint8Array(Buffer.from(b.contentMd5, "base64")) : void 0,
      accessTier: b.accessTier
    }
  };
}
async function readText(stream, idleMs) {
  if (!stream) return "";
  const chunks = [];
  const idle = watchBodyIdle(stream, idleMs);
  try {
    for await (const chunk of stream) {
      idle.touch();
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    }
  } finally {
    idle.stop();
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function* rawPages(side, options) {
  const base = side.container.url;
  const pageUrl = (marker) => {
    const url = new URL(base);
    url.searchParams.set("restype", "container");
    url.searchParams.set("comp", "list");
    url.searchParams.set("maxresults", String(options.pageSize ?? 5e3));
    url.searchParams.set("include", "metadata");
    if (options.prefix) url.searchParams.set("prefix", options.prefix);
    if (!options.recursive) url.searchParams.set("delimiter", "/");
    if (marker) url.searchParams.set("marker", marker);
    return url.toString();
  };
  let next = listPage(side, pageUrl(void 0));
  while (next) {
    const page = await next;
    next = page.nextMarker ? listPage(side, pageUrl(page.nextMarker)) : void 0;
    next?.catch(() => {
    });
    yield page.blobs.map(toBlobItem);
  }
}
async function listPage(side, url) {
  return withBodyRetries(side.stats, void 0, async (answered) => {
    const request2 = rawRequest(url, "GET");
    request2.streamResponseStatusCodes = /* @__PURE__ */ new Set([200]);
    const response = await sendRaw(side, request2);
    if (response.status !== 200) throw serviceError(request2, response, response.bodyAsText ?? "");
    answered();
    return parseListBlobs(await readText(response.readableStreamBody, side.tryTimeoutMs));
  });
}

// src/storage/blob/scope.ts
async function blobSourceScope(side, rules, ev) {
  const { command, recursive } = rules;
  const loc = side.loc;
  const path = loc.path.replace(/\/+$/, "");
  const listing = (prefix2, strip2, rec, quiet) => listBlobs(side, { prefix: prefix2, stripPrefix: strip2, recursive: rec, onSkip: (quiet ? QUIET : ev).onSkip });
  if (path === "" && !loc.contentsOnly && command === "copy") {
    const namePrefix = `${loc.container}/`;
    return {
      namePrefix,
      single: false,
      list: (quiet) => renamed(listing("", "", recursive, quiet), namePrefix),
      listUnder: recursive ? (p, quiet) => renamed(listing(p, "", true, quiet), namePrefix) : void 0
    };
  }
  if (loc.contentsOnly || path === "") {
    const prefix2 = withSlash(path);
    return {
      namePrefix: "",
      single: false,
      list: (quiet) => byWildcard(listing(prefix2, prefix2, recursive, quiet), loc.wildcard, ""),
      selects: loc.wildcard ? wildcardMatcher(loc.wildcard, "") : void 0,
      listUnder: recursive ? (p, quiet) => byWildcard(listing(prefix2 + p, prefix2, true, quiet), loc.wildcard, "") : void 0
    };
  }
  if (!loc.path.endsWith("/")) {
    const exact = await getBlobEntry(side, path, parentPrefix(path));
    if (exact) return { namePrefix: "", single: true, list: () => one(exact) };
    if (side.oneBlob) throw new UsageError(`the source "${loc.display}" does not exist: no blob ${path} in container "${loc.container}"`);
  }
  const prefix = `${path}/`;
  if (!await hasBlobsUnder(side, prefix)) {
    throw new UsageError(`the source "${loc.display}" does not exist: no blob of that name and nothing under ${prefix} in container "${loc.container}"`);
  }
  if (command === "copy" && !recursive) {
    throw new UsageError(`the source "${loc.display}" is a virtual folder, not a blob: add --recursive to copy what is under it, or write ".../${basename2(path)}/*"`);
  }
  const strip = command === "copy" ? parentPrefix(path) : prefix;
  return {
    namePrefix: prefix.slice(strip.length),
    single: false,
    list: (quiet) => listing(prefix, strip, recursive, quiet),
    listUnder: recursive ? (p, quiet) => listing(prefix + p, strip, true, quiet) : void 0
  };
}
function blobTarget(name) {
  const problem = blobNameProblem(name);
  return problem ? { reason: problem } : { target: name };
}
async function blobDestinationScope(side, source, rules) {
  const { recursive } = rules;
  const loc = side.loc;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  if (source.single) {
    let exactName;
    if (loc.path !== "" && !loc.path.endsWith("/") && !loc.contentsOnly) {
      const exists = side.oneBlob || await getBlobEntry(side, loc.path, "");
      if (exists) exactName = loc.path;
      else {
        if (!await hasBlobsUnder(side, `${loc.path}/`)) exactName = loc.path;
      }
    }
    const prefix2 = exactName ? "" : withSlash(loc.path);
    const blobNameFor = (n) => exactName ?? prefix2 + n;
    return {
      list: () => foundAt(source.list(), (n) => getBlobEntry(side, blobNameFor(n), "")),
      locate: (n) => blobTarget(blobNameFor(n))
    };
  }
  if (side.oneBlob) throw new UsageError(`the destination "${loc.display}" has a blob SAS (sr=b), which grants one blob only, but the source is not one file or blob: use a container SAS`);
  const prefix = withSlash(loc.path);
  return {
    list: () => listBlobs(side, { prefix: prefix + source.namePrefix, stripPrefix: prefix, recursive }),
    listUnder: recursive ? (p) => listBlobs(side, { prefix: prefix + source.namePrefix + p, stripPrefix: prefix, recursive: true }) : void 0,
    locate: (n) => blobTarget(prefix + n)
  };
}
async function blobTargetScope(side, use) {
  const loc = side.loc;
  const single = loc.path && !loc.path.endsWith("/") && !loc.contentsOnly ? await getBlobEntry(side, loc.path, "") : void 0;
  const prefix = withSlash(loc.path);
  const strip = use === "list" ? prefix : "";
  const everything = () => listBlobs(side, { prefix, stripPrefix: strip, recursive: true });
  return {
    single,
    async *list(signal) {
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, strip === "" ? prefix : "") : () => true;
      for await (const e of everything()) {
        signal?.throwIfAborted();
        if (named(e.name)) yield e;
      }
    },
    async any() {
      for await (const _ of listBlobs(side, { prefix, stripPrefix: "", recursive: true })) return true;
      return false;
    },
    relist: () => single ? (async function* () {
      const still = await getBlobEntry(side, single.blobName, "");
      if (still) yield still;
    })() : listBlobs(side, { prefix, stripPrefix: "", recursive: true })
  };
}

// src/storage/blob/upload.ts
import { createHash as createHash2 } from "node:crypto";
var DEFAULT_BLOCK_SIZE = 8 * 1024 * 1024;
var MAX_BLOCKS = 5e4;
var MiB = 1024 * 1024;
function blockSizeFor(fileSize, wanted = DEFAULT_BLOCK_SIZE) {
  const minimum = Math.ceil(fileSize / MAX_BLOCKS);
  if (wanted >= minimum) return wanted;
  return Math.ceil(minimum / MiB) * MiB;
}
var BLOCK_ID_TAG = Buffer.from("azcp-v2-");
var BLOCK_ID_BYTES = 36;
function blockIdFor(index, length, md5UpToHere) {
  const id = Buffer.alloc(BLOCK_ID_BYTES);
  BLOCK_ID_TAG.copy(id, 0);
  id.writeUInt32BE(index, 8);
  id.writeBigUInt64BE(BigInt(length), 12);
  md5UpToHere.copy(id, 20);
  return id.toString("base64");
}
function headersFor(blobName, s, md5) {
  const h = uploadHeaders(blobName, s);
  return {
    blobContentType: h.contentType,
    blobCacheControl: h.cacheControl,
    blobContentEncoding: h.contentEncoding,
    blobContentLanguage: h.contentLanguage,
    blobContentDisposition: h.contentDisposition,
    blobContentMD5: md5
  };
}
function metadataFor(s, mtimeMs) {
  return { ...s.props?.metadata ?? s.metadata, [MTIME_METADATA_KEY]: new Date(mtimeMs).toISOString() };
}
async function uploadFile(side, localPath, blobName, source, s) {
  const blockSize = blockSizeFor(source.size, s.blockSize ?? DEFAULT_BLOCK_SIZE);
  const link = source.linkTarget !== void 0;
  if (source.size <= blockSize || link) {
    return s.memory.run(link ? source.linkTarget.length : source.size, async () => {
      const body = link ? Buffer.from(source.linkTarget) : await readWhole(localPath, source.size);
      const md5 = createHash2("md5").update(body).digest();
      const headers = headersFor(blobName, s, md5);
      const metadata = metadataFor(s, source.mtimeMs);
      if (link) metadata[SYMLINK_METADATA_KEY] = "true";
      if (side.raw) await putBlobRaw(side, blobObjectUrl(side.container.url, blobName), body, headers, metadata, s);
      else await side.container.getBlockBlobClient(blobName).upload(body, body.length, { blobHTTPHeaders: headers, metadata, tier: s.accessTier, tags: s.tags, abortSignal: s.abortSignal });
      s.onBytes?.(body.length);
      return { bytes: body.length, bytesSent: body.length, blocksReused: 0, md5: md5.toString("base64") };
    });
  }
  return uploadInBlocks(side.container.getBlockBlobClient(blobName), localPath, blobName, source, blockSize, s);
}
async function putBlobRaw(side, url, body, headers, metadata, s) {
  const request2 = rawRequest(url, "PUT", s.abortSignal);
  request2.body = body;
  request2.headers.set("x-ms-blob-type", "BlockBlob");
  request2.headers.set("Content-Length", String(body.length));
  if (headers.blobContentType) request2.headers.set("x-ms-blob-content-type", headers.blobContentType);
  if (headers.blobCacheControl) request2.headers.set("x-ms-blob-cache-control", headers.blobCacheControl);
  if (headers.blobContentEncoding) request2.headers.set("x-ms-blob-content-encoding", headers.blobContentEncoding);
  if (headers.blobContentLanguage) request2.headers.set("x-ms-blob-content-language", headers.blobContentLanguage);
  if (headers.blobContentDisposition) request2.headers.set("x-ms-blob-content-disposition", headers.blobContentDisposition);
  if (s.tags && Object.keys(s.tags).length) request2.headers.set("x-ms-tags", tagsHeader(s.tags));
  if (headers.blobContentMD5) request2.headers.set("x-ms-blob-content-md5", Buffer.from(headers.blobContentMD5).toString("base64"));
  for (const [key, value] of Object.entries(metadata)) request2.headers.set(`x-ms-meta-${key}`, value);
  if (s.accessTier) request2.headers.set("x-ms-access-tier", s.accessTier);
  const response = await sendRaw(side, request2);
  if (response.status !== 201) throw serviceError(request2, response, response.bodyAsText ?? "");
}
function tagsHeader(tags) {
  return Object.entries(tags).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}
async function stagedBlocks(client, s) {
  try {
    const list = await client.getBlockList("uncommitted", { abortSignal: s.abortSignal });
    return new Map((list.uncommittedBlocks ?? []).map((b) => [b.name, b.size]));
  } catch (err) {
    if (err.statusCode === 404) return /* @__PURE__ */ new Map();
    throw err;
  }
}
async function uploadInBlocks(client, localPath, blobName, source, blockSize, s) {
  const ids = new Array(Math.ceil(source.size / blockSize));
  const already = await stagedBlocks(client, s);
  const { md5, sent: bytesSent, reused } = await sendPiecesInOrder(localPath, source.size, blockSize, s, (p) => {
    const id = blockIdFor(p.index, p.length, p.md5UpToHere());
    ids[p.index] = id;
    if (already.get(id) === p.length) return void 0;
    return () => client.stageBlock(id, p.buf, p.length, { abortSignal: s.abortSignal });
  });
  await assertUnchanged(localPath, source.size, source.mtimeMs);
  await client.commitBlockList(ids, {
    blobHTTPHeaders: headersFor(blobName, s, s.putMd5 ? md5 : void 0),
    metadata: metadataFor(s, source.mtimeMs),
    tier: s.accessTier,
    tags: s.tags,
    abortSignal: s.abortSignal
  });
  return { bytes: source.size, bytesSent, blocksReused: reused, md5: s.putMd5 ? md5.toString("base64") : void 0 };
}

// src/storage/blob/download.ts
import { createHash as createHash3 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { lutimes, open, rename, rm as rm2, symlink } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";
import { Transform, addAbortSignal } from "node:stream";
import { pipeline } from "node:stream/promises";
var SMALL_BODY_BYTES = 1024 * 1024;
var SINGLE_GET_BLOCKS = 4;
var RANGE_MD5_MAX = 4 * 1024 * 1024;
async function downloadBlob(side, blob, target, s) {
  const check = s.checkMd5 !== "NoCheck";
  if (check && !blob.md5 && blob.size > 0 && s.checkMd5 === "FailIfDifferentOrMissing") {
    throw new IntegrityError("the blob has no Content-MD5, so its download cannot be verified (--check-md5 FailIfDifferentOrMissing); nothing was written");
  }
  await s.makeFolder(dirname3(target));
  const temp = tempPathFor(target);
  const blockSize = s.blockSize ?? DEFAULT_BLOCK_SIZE;
  const verify = !!blob.md5 && check;
  const inTransit = !blob.md5 && check && blob.size > 0;
  const verified = verify || check && blob.size === 0 ? "end-to-end" : inTransit ? "in-transit" : "none";
  try {
    const got = inTransit ? await rangedGet(side, blob, temp, Math.min(blockSize, RANGE_MD5_MAX), { whole: false, ranges: true }, s) : blob.size <= blockSize * SINGLE_GET_BLOCKS ? await streamedGet(side, blob, temp, verify, s) : await rangedGet(side, blob, temp, blockSize, { whole: verify, ranges: false }, s);
    if (got.bytes !== blob.size) throw new IntegrityError(`downloaded ${got.bytes} bytes but the blob has ${blob.size}`);
    const mismatch = verify && got.md5 !== blob.md5 ? `MD5 mismatch: the blob says ${blob.md5}, the downloaded bytes hash to ${got.md5}` : got.rangeMismatch;
    if (mismatch) {
      if (s.checkMd5 === "LogOnly") s.onWarning?.(`${blob.blobName}: ${mismatch}`);
      else throw new IntegrityError(mismatch);
    }
    await commitTempFile(temp, target, blob.mtimeMs, s.disk);
    return { bytes: blob.size, verified: got.rangesUnchecked ? "none" : verified };
  } catch (err) {
    await rm2(temp, { force: true });
    throw err;
  }
}
var MAX_LINK_TARGET = 4096;
async function downloadLink(side, blob, target, s) {
  if (blob.size === 0 || blob.size > MAX_LINK_TARGET) throw new Error(`the blob is marked as a symbolic link but holds ${blob.size} bytes, not a link target`);
  await s.makeFolder(dirname3(target));
  const body = await side.container.getBlobClient(blob.blobName).downloadToBuffer(0, void 0, {
    abortSignal: s.abortSignal,
    conditions: blob.etag ? { ifMatch: blob.etag } : void 0
  });
  const linkTarget = body.toString("utf8");
  if (linkTarget.includes("\0")) throw new Error("the blob is marked as a symbolic link but its target contains a NUL character");
  const temp = tempPathFor(target);
  await symlink(linkTarget, temp);
  try {
    const t = new Date(blob.mtimeMs);
    await lutimes(temp, t, t);
    await rename(temp, target).catch((err) => {
      if (err.code === "EISDIR" || err.code === "ENOTEMPTY" || err.code === "EEXIST") throw new Error(`a folder already exists where the link "${target}" should go`);
      throw err;
    });
  } catch (err) {
    await rm2(temp, { force: true });
    throw err;
  }
  return { bytes: body.length };
}
async function streamedGet(side, blob, temp, verify, s) {
  return s.memory.run(Math.min(blob.size, s.blockSize ?? DEFAULT_BLOCK_SIZE), async () => {
    let reported = 0;
    let tries = 0;
    const counted = { ...s, onBytes: (n) => (reported += n, s.onBytes?.(n)) };
    return withBodyRetries(
      side.stats,
      s.abortSignal,
      (answered) => (reported = 0, getIntoFile(side, blob, temp, verify, counted, answered, tries++ === 0)),
      () => s.onBytes?.(-reported)
    );
  });
}
async function getIntoFile(side, blob, temp, verify, s, onAnswered, fresh) {
  const body = side.raw ? await rawGetBody(side, blob, s) : await sdkGetBody(side, blob, s);
  onAnswered();
  const idle = watchBodyIdle(body, side.tryTimeoutMs);
  const hash = verify ? createHash3("md5") : void 0;
  let bytes = 0;
  if (blob.size <= SMALL_BODY_BYTES) {
    const chunks = [];
    if (s.abortSignal) addAbortSignal(s.abortSignal, body);
    try {
      for await (const chunk of body) {
        idle.touch();
        hash?.update(chunk);
        bytes += chunk.length;
        s.onBytes?.(chunk.length);
        chunks.push(chunk);
        if (bytes > blob.size) break;
      }
    } finally {
      idle.stop();
    }
    await s.disk.writeFile(temp, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), fresh ? "wx" : "w", s.abortSignal);
    return { bytes, md5: hash?.digest("base64") };
  }
  const tap = new Transform({
    transform(chunk, _enc, done) {
      idle.touch();
      hash?.update(chunk);
      bytes += chunk.length;
      s.onBytes?.(chunk.length);
      done(null, chunk);
    }
  });
  try {
    await pipeline(body, tap, createWriteStream(temp, { flags: fresh ? "wx" : "w" }), { signal: s.abortSignal });
  } finally {
    idle.stop();
  }
  return { bytes, md5: hash?.digest("base64") };
}
async function rawGetBody(side, blob, s) {
  const request2 = rawRequest(blobObjectUrl(side.container.url, blob.blobName), "GET", s.abortSignal);
  if (blob.etag) request2.headers.set("If-Match", blob.etag);
  request2.streamResponseStatusCodes = /* @__PURE__ */ new Set([200]);
  const response = await sendRaw(side, request2);
  if (response.status !== 200) throw serviceError(request2, response, response.bodyAsText ?? "");
  if (!response.readableStreamBody) throw new Error("the service returned no body");
  return response.readableStreamBody;
}
async function sdkGetBody(side, blob, s) {
  const res = await side.container.getBlobClient(blob.blobName).download(0, void 0, {
    abortSignal: s.abortSignal,
    maxRetryRequests: SDK_BODY_RETRIES,
    conditions: blob.etag ? { ifMatch: blob.etag } : void 0
  });
  if (!res.readableStreamBody) throw new Error("the service returned no body");
  return res.readableStreamBody;
}
async function rangedGet(side, blob, temp, blockSize, check, s) {
  const client = side.container.getBlobClient(blob.blobName);
  const handle = await open(temp, "wx");
  const hash = check.whole ? createHash3("md5") : void 0;
  let rangeMismatch;
  let rangesUnchecked = 0;
  const finished2 = /* @__PURE__ */ new Map();
  const hashed = /* @__PURE__ */ new Map();
  let nextToHash = 0;
  const window = Math.max(2, Math.floor(s.memory.capacity / blockSize));
  let wake;
  let bytes = 0;
  const fetchRange = async (offset, count) => {
    let reported = 0;
    const buffer = hash ? takePiece(blockSize, count) : void 0;
    return withBodyRetries(
      side.stats,
      s.abortSignal,
      async (answered) => {
        reported = 0;
        const res = await client.download(offset, count, {
          abortSignal: s.abortSignal,
          conditions: blob.etag ? { ifMatch: blob.etag } : void 0,
          maxRetryRequests: SDK_BODY_RETRIES,
          rangeGetContentMD5: check.ranges
        });
        answered();
        const r = await writeRangeBody(res, handle, offset, count, {
          idleMs: side.tryTimeoutMs,
          copyInto: buffer,
          checkInTransit: check.ranges,
          onBytes: (n) => {
            reported += n;
            s.onBytes?.(n);
          }
        });
        if (r.unchecked) rangesUnchecked++;
        else if (r.mismatch) rangeMismatch ??= r.mismatch;
        return buffer;
      },
      () => s.onBytes?.(-reported)
    );
  };
  try {
    const ranges = Math.ceil(blob.size / blockSize);
    let failure;
    const tasks = [];
    for (let i = 0; i < ranges && !failure; i++) {
      while (hash && i >= nextToHash + window && !failure) await new Promise((r) => wake = r);
      tasks.push(
        s.memory.run(Math.min(blockSize, blob.size - i * blockSize), async () => {
          if (failure) return;
          const offset = i * blockSize;
          const count = Math.min(blockSize, blob.size - offset);
          try {
            const buffer = await fetchRange(offset, count);
            bytes += count;
            if (!hash || !buffer) return;
            finished2.set(i, buffer);
            for (let next = finished2.get(nextToHash); next; next = finished2.get(nextToHash)) {
              hash.update(next);
              finished2.delete(nextToHash);
              giveBackPiece(next, blockSize);
              hashed.get(nextToHash)?.();
              hashed.delete(nextToHash++);
            }
            if (nextToHash <= i && !failure) await new Promise((r) => hashed.set(i, r));
          } catch (err) {
            failure ??= err;
            for (const release of hashed.values()) release();
            hashed.clear();
          } finally {
            wake?.();
          }
        })
      );
    }
    await Promise.all(tasks);
    if (failure) throw failure;
    return { bytes, md5: hash?.digest("base64"), rangeMismatch, rangesUnchecked };
  } finally {
    await handle.close();
  }
}

// src/storage/blob/server-copy.ts
var weight = (bytes) => Math.min(bytes, DEFAULT_BLOCK_SIZE);
var SINGLE_SHOT_LIMIT = 256 * 1024 * 1024;
var BLOCK_FROM_URL_SIZE = 100 * 1024 * 1024;
var defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
function finalProperties(source, s) {
  const explicit = s.props ?? { headers: { contentType: s.contentType, cacheControl: s.cacheControl }, metadata: s.metadata };
  const kept = s.preserveProperties ? { ...source.headers, contentType: source.contentType } : {};
  const h = { ...kept, ...defined(explicit.headers) };
  const headers = {
    blobContentType: h.contentType,
    blobCacheControl: h.cacheControl,
    blobContentEncoding: h.contentEncoding,
    blobContentLanguage: h.contentLanguage,
    blobContentDisposition: h.contentDisposition,
    blobContentMD5: source.md5 ? Buffer.from(source.md5, "base64") : void 0
  };
  const metadata = { ...s.preserveProperties ? source.metadata ?? {} : {}, ...explicit.metadata, [MTIME_METADATA_KEY]: new Date(source.mtimeMs).toISOString() };
  const tags = s.tags ?? (s.preserveProperties ? source.tags : void 0);
  const tier = s.accessTier ?? (s.preserveTier && source.tier && source.tier !== "Archive" ? source.tier : void 0);
  const headersAfterCopy = !s.preserveProperties || Object.keys(defined(explicit.headers)).length > 0;
  return { headers, metadata, tags, tier, headersAfterCopy };
}
async function copyFromSource(dst, source, destName, s) {
  const { headers, metadata, tags, tier, headersAfterCopy } = finalProperties(source, s);
  const client = dst.container.getBlockBlobClient(destName);
  const common = { abortSignal: s.abortSignal, sourceAuthorization: source.authorization, tier, metadata, tags };
  const setHeaders = async () => {
    if (headersAfterCopy) await client.setHTTPHeaders(headers, { abortSignal: s.abortSignal });
  };
  if (source.size <= SINGLE_SHOT_LIMIT) {
    if (!s.unsupported.has("putBlobFromUrl")) {
      try {
        await s.memory.run(weight(source.size), () => client.syncUploadFromURL(source.url, { ...common, blobHTTPHeaders: headers, copySourceBlobProperties: false }));
        s.onBytes?.(source.size);
        return { bytes: source.size };
      } catch (err) {
        if (!isNotImplemented(err)) throw err;
        s.unsupported.add("putBlobFromUrl");
      }
    }
    await s.memory.run(weight(source.size), async () => {
      await client.syncCopyFromURL(source.url, common);
      await setHeaders();
    });
    s.onBytes?.(source.size);
    return { bytes: source.size };
  }
  if (!s.unsupported.has("putBlockFromUrl")) {
    try {
      await copyInBlocks(client, source, s, headers, metadata, tags, tier);
      return { bytes: source.size };
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add("putBlockFromUrl");
    }
  }
  const poller = await client.beginCopyFromURL(source.url, { abortSignal: s.abortSignal, metadata, tier, tags, intervalInMs: 500 });
  const result = await poller.pollUntilDone();
  if (result.copyStatus !== "success") throw new Error(`the service's copy ended as ${result.copyStatus ?? "unknown"}`);
  await setHeaders();
  s.onBytes?.(source.size);
  return { bytes: source.size };
}
async function copyInBlocks(client, source, s, headers, metadata, tags, tier) {
  const blockSize = blockSizeFor(source.size, BLOCK_FROM_URL_SIZE);
  const count = Math.ceil(source.size / blockSize);
  const ids = Array.from({ length: count }, (_, i) => Buffer.from(`azcp-s2s-${String(i).padStart(6, "0")}`).toString("base64"));
  let failure;
  await Promise.all(
    ids.map(
      (id, i) => s.memory.run(weight(Math.min(blockSize, source.size - i * blockSize)), async () => {
        if (failure) return;
        const offset = i * blockSize;
        const length = Math.min(blockSize, source.size - offset);
        try {
          await client.stageBlockFromURL(id, source.url, offset, length, { abortSignal: s.abortSignal, sourceAuthorization: source.authorization });
          s.onBytes?.(length);
        } catch (err) {
          failure ??= err;
        }
      })
    )
  );
  if (failure) throw failure;
  await client.commitBlockList(ids, { abortSignal: s.abortSignal, blobHTTPHeaders: headers, metadata, tier, tags });
}

// src/storage/blob/copy-source.ts
async function blobCopySource(src, blob, withProperties = true) {
  const access = await blobAccess(src, blob);
  const out = { ...access, size: blob.size, mtimeMs: blob.mtimeMs, md5: blob.md5, contentType: blob.contentType, metadata: blob.metadata, tier: blob.tier };
  if (withProperties) {
    out.headers = { cacheControl: blob.cacheControl, contentEncoding: blob.contentEncoding, contentLanguage: blob.contentLanguage, contentDisposition: blob.contentDisposition };
    if (blob.tagCount) out.tags = (await src.container.getBlobClient(blob.blobName).getTags()).tags;
  }
  return out;
}
function blobAccess(src, blob) {
  return sourceAccess({
    owner: src,
    auth: src.auth,
    url: `${src.loc.serviceUrl}/${encodeURIComponent(src.loc.container)}/${encodeObjectPath(blob.blobName)}`,
    // A read-only SAS for the source container, so the destination account can read its blobs.
    signReadSas: (startsOn, expiresOn) => generateBlobSASQueryParameters({ containerName: src.loc.container, permissions: ContainerSASPermissions.parse("r"), startsOn, expiresOn }, src.sharedKey).toString(),
    noun: "blob"
  });
}

// src/storage/blob/properties.ts
async function setBlobProperties(c, e, props, parts) {
  const client = c.container.getBlobClient(e.blobName);
  if (parts.headers) {
    const h = props.headers;
    await client.setHTTPHeaders({
      blobContentType: h.contentType,
      blobCacheControl: h.cacheControl,
      blobContentEncoding: h.contentEncoding,
      blobContentLanguage: h.contentLanguage,
      blobContentDisposition: h.contentDisposition,
      blobContentMD5: e.md5 ? Buffer.from(e.md5, "base64") : void 0
    });
  }
  if (parts.metadata) {
    const own = {};
    for (const [k, v] of Object.entries(e.metadata ?? {})) if (k === MTIME_METADATA_KEY || k === SYMLINK_METADATA_KEY) own[k] = v;
    await client.setMetadata({ ...props.metadata, ...own });
  }
}

// src/storage/blob/side.ts
var BlobSide = class {
  constructor(location, role, access) {
    this.location = location;
    this.role = role;
    this.access = access;
  }
  location;
  role;
  access;
  kind = "blob";
  features = { remote: true, caseInsensitiveNames: false };
  nouns = { one: "blob", many: "blobs", container: "container" };
  stats = { retries: 0 };
  /** APIs the service answered 501 for: the server copy falls back once per job. */
  unsupported = /* @__PURE__ */ new Set();
  /** Downloads' file-system calls: inline while this job's disk is fast. */
  disk = new DiskCalls();
  conn;
  /** The per-job part of the upload, download and copy settings, made once for the job's TransferJob. */
  settingsFor;
  get containerName() {
    return this.location.container;
  }
  get c() {
    if (!this.conn) throw new Error("BlobSide used before connect()");
    return this.conn;
  }
  async connect() {
    this.conn ??= await openBlobSide(this.location, this.access.auth, this.access.credential, retryTuning(), this.stats);
  }
  checkAccess(needs) {
    const a = this.c.auth;
    if (a.kind !== "sas") return [];
    if (this.c.oneBlob) return checkObjectSas(this.location, this.role, a.sas, needs, { one: "blob", container: "container", sr: "b" });
    return checkSas(a.sas, this.role, sasLetters(needs));
  }
  probe() {
    return probeContainer(this.c, this.role);
  }
  preflightError(err) {
    return preflightError(err, accessFacts(this.c, this.role));
  }
  /**
   * Where blobSourceScope, blobDestinationScope and blobTargetScope make no
   * request: a container or its contents as a source, any container path as
   * a destination, a container or a path ending in '/' as a target (list,
   * remove). Never with a blob SAS, which cannot list.
   */
  listingProves() {
    if (this.c.oneBlob) return false;
    const { path, contentsOnly } = this.location;
    if (this.role === "destination") return true;
    if (this.role === "source") return contentsOnly || path.replace(/\/+$/, "") === "";
    return contentsOnly || path === "" || path.endsWith("/");
  }
  sourceScope(rules, events) {
    return blobSourceScope(this.c, rules, events);
  }
  destinationScope(source, rules) {
    return blobDestinationScope(this.c, source, rules);
  }
  targetScope(use) {
    return blobTargetScope(this.c, use);
  }
  async stat(target, name = target) {
    const e = await getBlobEntry(this.c, target, "");
    return e && name !== target ? { ...e, name } : e;
  }
  properties(e) {
    return {
      fullName: e.blobName,
      size: e.size,
      lastModifiedMs: e.lastModifiedMs,
      md5: e.md5,
      contentType: e.contentType,
      tier: e.tier,
      etag: e.etag,
      metadata: e.metadata,
      headers: { contentType: e.contentType, cacheControl: e.cacheControl, contentEncoding: e.contentEncoding, contentLanguage: e.contentLanguage, contentDisposition: e.contentDisposition }
    };
  }
  /** Entries revived from deletions.jsonl keep blobName; a name is the blob name where none was stored. */
  remove(e) {
    return deleteBlob(this.c, e.blobName ?? e.name, e.etag || void 0);
  }
  containerExists() {
    return containerExists(this.c);
  }
  makeContainer() {
    return makeContainer(this.c);
  }
  settings(j) {
    if (this.settingsFor?.job !== j) {
      const memory = j.memory;
      this.settingsFor = {
        job: j,
        upload: {
          blockSize: j.blockSize,
          putMd5: j.putMd5,
          contentType: j.contentType,
          guessMimeType: j.guessMimeType,
          cacheControl: j.cacheControl,
          metadata: j.metadata,
          accessTier: j.accessTier,
          tags: j.blobTags,
          memory,
          abortSignal: j.signal,
          guessType: j.guessType
        },
        download: { blockSize: j.blockSize, checkMd5: j.checkMd5, memory, abortSignal: j.signal, disk: this.disk },
        copy: {
          accessTier: j.accessTier,
          metadata: j.metadata,
          cacheControl: j.cacheControl,
          contentType: j.contentType,
          tags: j.blobTags,
          preserveProperties: j.s2sPreserveProperties,
          preserveTier: j.s2sPreserveAccessTier,
          memory,
          abortSignal: j.signal,
          unsupported: this.unsupported
        }
      };
    }
    return this.settingsFor;
  }
  writeFromFile(f, target, j, io, props) {
    return uploadFile(this.c, f.absPath, target, f, { ...this.settings(j).upload, props, onBytes: io.onBytes }).then((r) => ({ bytes: r.bytesSent, reusedBlocks: r.blocksReused }));
  }
  readToFile(e, path, j, io) {
    if (j.preserveSymlinks && e.metadata?.[SYMLINK_METADATA_KEY] === "true") return downloadLink(this.c, e, path, { abortSignal: j.signal, makeFolder: j.makeFolder });
    return downloadBlob(this.c, e, path, { ...this.settings(j).download, onBytes: io.onBytes, onWarning: io.onWarning, makeFolder: j.makeFolder });
  }
  copySource(e, withProperties) {
    return blobCopySource(this.c, e, withProperties);
  }
  writeFromSource(s, target, j, io, props) {
    return copyFromSource(this.c, s, target, { ...this.settings(j).copy, props, onBytes: io.onBytes });
  }
  setProperties(e, props, parts) {
    return setBlobProperties(this.c, e, props, parts);
  }
};

// src/storage/blob/backend.ts
var blobBackend = {
  kind: "blob",
  claims: claimsBlobUrl,
  claimsWhenTold: claimsBlobUrl,
  parse: (text, url, role) => parseBlobUrl(text, url, role),
  nameProblem: blobNameProblem,
  // The registry only hands this backend the locations it parsed.
  open: (loc, role, access) => new BlobSide(loc, role, access)
};

// src/storage/file/location.ts
function claimsFileUrl(url) {
  return /\.file\.core\./.test(url.hostname.toLowerCase()) || underFileEndpoint(url);
}
function claimsFileUrlWhenTold(url) {
  return claimsFileUrl(url) || !/\.(blob|queue|table|dfs|web)\.core\./.test(url.hostname.toLowerCase());
}
function parseFileUrl(text, url, role) {
  return parseRemoteUrl(text, url, role, {
    kind: "file",
    noun: "share",
    nameProblem: containerNameRule(SHARE_NAME, "share")
  });
}

// src/storage/file/side.ts
var parentOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
var fold = (name) => name.toUpperCase();
var FileSide = class {
  constructor(location, role, access) {
    this.location = location;
    this.role = role;
    this.access = access;
  }
  location;
  role;
  access;
  kind = "file";
  features = { remote: true, caseInsensitiveNames: true };
  nouns = { one: "file", many: "files", container: "share" };
  stats = { retries: 0 };
  conn;
  calls;
  unsupported = /* @__PURE__ */ new Set();
  /** Downloads' file-system calls: inline while this job's disk is fast. */
  disk = new DiskCalls();
  /** Per directory written into this job (by its case-folded path): the names it held, by their case-folded form. */
  directories = /* @__PURE__ */ new Map();
  /** The paths this job wrote, by their case-folded form: `A/x` and `a/x` are one file too. */
  claimed = /* @__PURE__ */ new Map();
  /** Directories that held a file this job deleted: emptied ones go in afterDeletes. */
  touched = /* @__PURE__ */ new Set();
  get containerName() {
    return this.location.container;
  }
  get c() {
    if (!this.conn) throw new Error("FileSide used before connect()");
    return this.conn;
  }
  get sdk() {
    if (!this.calls) throw new Error("FileSide used before connect()");
    return this.calls;
  }
  async connect() {
    this.calls ??= await import("./sdk-calls-AEYRIXMN.js");
    this.conn ??= await this.calls.openFileSide(this.location, this.access.auth, this.access.credential, retryTuning(), this.stats);
  }
  checkAccess(needs) {
    const a = this.c.auth;
    if (a.kind !== "sas") return [];
    if (this.c.oneFile) return checkObjectSas(this.location, this.role, a.sas, needs, { one: "file", container: "share", sr: "f" });
    return checkSas(a.sas, this.role, sasLetters(needs));
  }
  probe() {
    return this.sdk.probeShare(this.c, this.role);
  }
  preflightError(err) {
    return preflightError(err, this.sdk.accessFacts(this.c, this.role));
  }
  sourceScope(rules, events) {
    return this.sdk.fileSourceScope(this.c, rules, events);
  }
  async destinationScope(source, rules) {
    const scope = await this.sdk.fileDestinationScope(this.c, source, rules);
    return { ...scope, makeFolder: async (target) => void await this.namesIn(target.replace(/\/+$/, "")) };
  }
  targetScope(use) {
    return this.sdk.fileTargetScope(this.c, use);
  }
  async stat(target, name = target) {
    const e = await this.sdk.getFileEntry(this.c, target, "");
    return e && name !== target ? { ...e, name } : e;
  }
  properties(e) {
    return { fullName: e.fullName, size: e.size, lastModifiedMs: e.lastModifiedMs, md5: e.md5, contentType: e.contentType, headers: e.headers, etag: e.etag, metadata: e.metadata };
  }
  /** A listing carries no headers, metadata or Content-MD5: drift reads them per file (one Get File Properties). */
  async withProperties(e) {
    if (e.headers) return e;
    const full = await this.sdk.getFileEntry(this.c, e.fullName, "");
    if (!full) throw new Error("the file is no longer on the share");
    return { ...full, name: e.name };
  }
  setProperties(e, props, parts) {
    return this.sdk.setFileProperties(this.c, e, props, parts);
  }
  /** A listing carries no Content-MD5: it comes from the file's properties (--compare-hash md5). */
  async hash(e) {
    return e.md5 ?? (await this.sdk.getFileEntry(this.c, e.fullName, ""))?.md5;
  }
  /** Entries revived from deletions.jsonl keep fullName; a name is the path where none was stored. */
  async remove(e) {
    const path = e.fullName ?? e.name;
    const wrote = this.claimed.get(fold(path));
    if (wrote !== void 0 && wrote !== path) {
      throw new Error(`refused: "${wrote}" was written by this job, and Azure Files names that differ only by case are one file; deleting "${path}" would delete it`);
    }
    await this.sdk.deleteFile(this.c, path, e.etag || void 0);
    this.touched.add(parentOf(path));
  }
  /**
   * Directories the deletions emptied, deepest first, up to the location's
   * own directory; a remove of a whole directory (no filter) also takes the
   * directory itself and the empty ones below it. A directory still holding
   * anything stays.
   */
  async afterDeletes(o = {}) {
    if (this.c.oneFile) return void this.touched.clear();
    const root = this.location.path.replace(/\/+$/, "");
    const inScope = (d) => d !== "" && (root === "" || d === root || d.startsWith(`${root}/`));
    const candidates = /* @__PURE__ */ new Set();
    for (const d of this.touched) for (let at = d; inScope(at); at = parentOf(at)) candidates.add(at);
    if (this.role === "target" && o.wholeTree && root !== "" && !this.location.contentsOnly && !this.location.wildcard) {
      for (const d of await this.sdk.directoriesUnder(this.c, root)) candidates.add(d);
    }
    const order = [...candidates].sort((a, b) => b.split("/").length - a.split("/").length || (a < b ? 1 : -1));
    for (const d of order) {
      if (this.role === "destination" && d === root) continue;
      await this.sdk.deleteEmptyDirectory(this.c, d);
    }
    this.touched.clear();
  }
  containerExists() {
    return this.sdk.shareExists(this.c);
  }
  makeContainer() {
    return this.sdk.makeShare(this.c);
  }
  /** The names in `dir`, creating it (and its parents) if it is not there; once per directory per job. */
  namesIn(dir) {
    const key = fold(dir);
    let known = this.directories.get(key);
    if (!known) {
      known = (async () => {
        const names = /* @__PURE__ */ new Map();
        if (this.c.oneFile) return names;
        try {
          for await (const page of this.sdk.directoryClient(this.c, dir).listFilesAndDirectories().byPage({ maxPageSize: 5e3 })) {
            for (const f of page.segment.fileItems) names.set(fold(f.name), f.name);
            for (const d of page.segment.directoryItems) names.set(fold(d.name), d.name);
          }
        } catch (err) {
          if (statusOf(err) !== 404 || dir === "") throw err;
          await this.namesIn(parentOf(dir));
          try {
            await this.sdk.directoryClient(this.c, dir).create();
          } catch (e) {
            if (!(statusOf(e) === 409 && errorCodeOf(e) === "ResourceAlreadyExists")) throw e;
          }
        }
        return names;
      })();
      known.catch(() => this.directories.delete(key));
      this.directories.set(key, known);
    }
    return known;
  }
  /** Makes the target's directory and claims its path, or fails when a path differing only in case holds it. */
  async claim(target) {
    const why = "Azure Files names that differ only by case are one file";
    const earlier = this.claimed.get(fold(target));
    if (earlier !== void 0 && earlier !== target) throw new Error(`refused: "${earlier}" was written by this job, and ${why}; "${target}" would overwrite it`);
    this.claimed.set(fold(target), target);
    const dir = parentOf(target);
    const name = target.slice(dir === "" ? 0 : dir.length + 1);
    const names = await this.namesIn(dir);
    const held2 = names.get(fold(name));
    if (held2 !== void 0 && held2 !== name) {
      throw new Error(`refused: "${dir ? `${dir}/` : ""}${held2}" is already on the share, and ${why}; "${name}" would overwrite it`);
    }
    names.set(fold(name), name);
  }
  async writeFromFile(f, target, j, io, props) {
    await this.claim(target);
    const r = await this.sdk.uploadToShare(this.c, f, target, {
      putMd5: j.putMd5,
      contentType: j.contentType,
      guessMimeType: j.guessMimeType,
      cacheControl: j.cacheControl,
      metadata: j.metadata,
      props,
      memory: j.memory,
      abortSignal: j.signal,
      guessType: j.guessType,
      onBytes: io.onBytes
    });
    return { bytes: r.bytesSent, reusedBlocks: r.rangesReused || void 0 };
  }
  async readToFile(e, path, j, io) {
    const full = e.md5 === void 0 && j.checkMd5 !== "NoCheck" ? await this.sdk.getFileEntry(this.c, e.fullName, "") : e;
    if (!full) throw new Error("the file is no longer on the share");
    return this.sdk.downloadFromShare(this.c, { ...full, name: e.name }, path, {
      checkMd5: j.checkMd5,
      memory: j.memory,
      abortSignal: j.signal,
      onBytes: io.onBytes,
      onWarning: io.onWarning,
      makeFolder: j.makeFolder,
      disk: this.disk
    });
  }
  /** A file's headers and metadata always travel with it (the listing carries none, so they are read per file anyway). */
  copySource(e, withProperties) {
    return this.sdk.fileCopySource(this.c, e, withProperties);
  }
  async writeFromSource(s, target, j, io, props) {
    await this.claim(target);
    return this.sdk.copyIntoShare(this.c, s, target, {
      metadata: j.metadata,
      cacheControl: j.cacheControl,
      contentType: j.contentType,
      preserveProperties: j.s2sPreserveProperties,
      props,
      memory: j.memory,
      abortSignal: j.signal,
      unsupported: this.unsupported,
      onBytes: io.onBytes
    });
  }
};

// src/storage/file/backend.ts
var fileBackend = {
  kind: "file",
  claims: claimsFileUrl,
  claimsWhenTold: claimsFileUrlWhenTold,
  parse: (text, url, role) => parseFileUrl(text, url, role),
  nameProblem: fileNameProblem,
  // The registry only hands this backend the locations it parsed.
  open: (loc, role, access) => new FileSide(loc, role, access)
};

// src/storage/backends.ts
var LOCAL = localBackend;
var KIND_WORDS = { blob: "a blob URL", file: "a file share URL", local: "a local path" };
var URL_BACKENDS = [fileBackend, blobBackend];
var BY_KIND = new Map([LOCAL, ...URL_BACKENDS].map((b) => [b.kind, b]));
function backendOf(kind) {
  const b = BY_KIND.get(kind);
  if (!b) throw new Error(`no storage backend of kind "${kind}"`);
  return b;
}
function parseLocation(raw, role, told) {
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new UsageError(`the ${role} is missing: give a local path or a blob URL such as https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH`);
  }
  const text = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const url = checkStorageUrl(text, role);
    if (told?.kind === "local") throw new UsageError(`${told.said} says the ${role} is a local path, but "${redact(text)}" is a URL`);
    let backend = URL_BACKENDS.find((b) => b.claims?.(url));
    if (told && backend?.kind !== told.kind) {
      const named = backendOf(told.kind);
      if (!named.claimsWhenTold?.(url)) {
        throw new UsageError(`${told.said} says the ${role} is ${KIND_WORDS[told.kind] ?? told.kind}, but "${redact(text)}" is ${backend ? KIND_WORDS[backend.kind] ?? backend.kind : "neither"}: correct one of them`);
      }
      backend = named;
    }
    if (!backend) throw new UsageError(unclaimedUrlMessage(url, role));
    return backend.parse(text, url, role);
  }
  if (told && told.kind !== "local") throw new UsageError(`${told.said} says the ${role} is ${KIND_WORDS[told.kind] ?? told.kind}, but "${redact(text)}" is a local path`);
  if (/^[a-z]{2,}:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    throw new UsageError(`the ${role} "${redact(text)}" is neither a local path nor an http(s) URL`);
  }
  return LOCAL.parse(text, void 0, role);
}
function destinationProblem(loc) {
  if (!loc.path) return void 0;
  return backendOf(loc.kind).nameProblem?.(loc.path.replace(/\/+$/, ""));
}
function openSide(loc, role, access) {
  return backendOf(loc.kind).open(loc, role, access);
}

// src/contract/options.ts
var JOB_COMMANDS = ["copy", "sync", "remove", "list", "make"];
var MODES = [...JOB_COMMANDS, "merge"];
var OVERWRITE = ["true", "false", "ifSourceNewer"];
var COMPARE_HASH = ["none", "md5"];
var CHECK_MD5 = ["FailIfDifferent", "FailIfDifferentOrMissing", "LogOnly", "NoCheck"];
var ACCESS_TIERS = ["Hot", "Cool", "Cold", "Archive"];
var OUTPUT_TYPES = ["text", "json"];
var LOG_LEVELS = ["error", "warning", "info", "debug"];
var PURGE_FAILURE = ["fail", "warn"];
var FROM_TO = ["LocalBlob", "BlobLocal", "BlobBlob", "LocalFile", "FileLocal", "FileFile", "BlobFile", "FileBlob", "BlobTrash", "FileTrash"];

// src/job/overlap.ts
function endpointKey(loc) {
  const u = new URL(loc.serviceUrl);
  const host = ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname) ? "loopback" : u.hostname;
  return `${loc.kind}|${u.protocol}//${host}:${u.port}${u.pathname.replace(/\/+$/, "")}|${loc.container}`;
}
function segments(loc) {
  return loc.path.split("/").filter(Boolean);
}
function isWithin(inner, outer) {
  return outer.length <= inner.length && outer.every((s, i) => s === inner[i]);
}
function mayWriteIntoSource(source, destination) {
  return source.remote && destination.remote && endpointKey(source) === endpointKey(destination);
}
function refuseOverlap(source, destination, command, deleteDestination, flag) {
  if (!source.remote || !destination.remote) return;
  if (endpointKey(source) !== endpointKey(destination)) return;
  const s = segments(source);
  const d = segments(destination);
  const here = (l) => `${l.container}/${l.path.replace(/\/+$/, "")}`.replace(/\/$/, "");
  if (s.length === d.length && isWithin(d, s)) {
    throw new UsageError(`the source and the destination are the same (${here(source)}): give a destination that is not the source`);
  }
  if (command === "copy" && !source.contentsOnly && s.length > 0 && d.length === s.length - 1 && isWithin(s, d)) {
    throw new UsageError(
      `the copy would land on the source itself: ${here(source)} copied into ${here(destination) || destination.container} keeps its name there; give another destination folder`
    );
  }
  if (isWithin(d, s)) {
    throw new UsageError(
      `the destination ${here(destination)} is inside the source ${here(source)}: every ${command} would take its own output as source again (nesting deeper each run); choose a destination outside the source`
    );
  }
  if (command === "sync" && deleteDestination && isWithin(s, d)) {
    throw new UsageError(
      `the source ${here(source)} is inside the destination ${here(destination)}: ${flag("deleteDestination")} would delete the source itself; sync to a destination that does not contain the source`
    );
  }
}

// src/job/shard.ts
import { createHash as createHash4 } from "node:crypto";
import { hostname } from "node:os";
var MAX_SHARDS = 1e3;
function parseShardText(text, what) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
    throw new UsageError(`${what} must be I/N with 1 \u2264 I \u2264 N, e.g. 2/4; got "${text}"`);
  }
  if (Number(m[2]) > MAX_SHARDS) throw new UsageError(`${what} N must be at most ${MAX_SHARDS}; got "${text}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}
function wholeNumber(v, name) {
  if (!/^\s*\d+\s*$/.test(v)) throw new UsageError(`--shard auto: ${name} must be a whole number; got "${v}"`);
  return Number(v);
}
function resolveShard(text, flag, env = process.env) {
  if (text.trim().toLowerCase() !== "auto") return parseShardText(text, flag);
  const set = (k) => env[k] !== void 0 && env[k].trim() !== "";
  if (set("AZCP_SHARD")) return parseShardText(env.AZCP_SHARD, `${flag} auto: AZCP_SHARD`);
  if (set("SYSTEM_JOBPOSITIONINPHASE") || set("SYSTEM_TOTALJOBSINPHASE")) {
    if (!set("SYSTEM_JOBPOSITIONINPHASE") || !set("SYSTEM_TOTALJOBSINPHASE")) {
      throw new UsageError(`${flag} auto: Azure Pipelines sets SYSTEM_JOBPOSITIONINPHASE and SYSTEM_TOTALJOBSINPHASE together; only one is set`);
    }
    const i = wholeNumber(env.SYSTEM_JOBPOSITIONINPHASE, "SYSTEM_JOBPOSITIONINPHASE");
    const n = wholeNumber(env.SYSTEM_TOTALJOBSINPHASE, "SYSTEM_TOTALJOBSINPHASE");
    return parseShardText(`${i}/${n}`, `${flag} auto (SYSTEM_JOBPOSITIONINPHASE/SYSTEM_TOTALJOBSINPHASE)`);
  }
  if (set("JOB_COMPLETION_INDEX")) {
    if (!set("AZCP_SHARD_COUNT")) throw new UsageError(`${flag} auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but AZCP_SHARD_COUNT is not: set it to the Job's completions`);
    const i = wholeNumber(env.JOB_COMPLETION_INDEX, "JOB_COMPLETION_INDEX");
    const n = wholeNumber(env.AZCP_SHARD_COUNT, "AZCP_SHARD_COUNT");
    return parseShardText(`${i + 1}/${n}`, `${flag} auto (JOB_COMPLETION_INDEX + 1 / AZCP_SHARD_COUNT)`);
  }
  throw new UsageError(
    `${flag} auto found no shard in the environment: it reads AZCP_SHARD (I/N), Azure Pipelines' SYSTEM_JOBPOSITIONINPHASE and SYSTEM_TOTALJOBSINPHASE, or a Kubernetes Indexed Job's JOB_COMPLETION_INDEX with AZCP_SHARD_COUNT`
  );
}
function placeOf(raw, display) {
  const text = typeof raw === "string" && raw.trim() ? raw.trim() : display ?? "";
  return /^https?:\/\//i.test(text) ? text.split("?")[0] : text;
}
function jobFingerprint(o) {
  const shaping = {
    v: 1,
    command: o.command,
    source: placeOf(o.inputs.source, o.source.display),
    destination: placeOf(o.inputs.destination, o.destination?.display),
    recursive: o.recursive,
    filters: o.filters,
    listOfFiles: o.listOfFiles ?? null,
    overwrite: o.overwrite,
    compareHash: o.compareHash,
    mirrorMode: o.mirrorMode,
    deleteDestination: o.deleteDestination,
    maxDelete: o.maxDelete ?? null,
    allowEmptySource: o.allowEmptySource,
    followSymlinks: o.followSymlinks,
    preserveSymlinks: o.preserveSymlinks,
    dryRun: o.dryRun,
    shards: o.shard?.count ?? null
  };
  return "sha256:" + createHash4("sha256").update(JSON.stringify(shaping)).digest("hex");
}
function runnerInfo(env = process.env) {
  if (env.GITHUB_ACTIONS === "true") return { name: env.RUNNER_NAME || hostname(), ci: "github", runId: env.GITHUB_RUN_ID || void 0 };
  if (env.TF_BUILD) return { name: env.AGENT_NAME || hostname(), ci: "azure-pipelines", runId: env.BUILD_BUILDID || void 0 };
  if (env.JOB_COMPLETION_INDEX !== void 0 && env.KUBERNETES_SERVICE_HOST) return { name: hostname(), ci: "kubernetes" };
  return { name: hostname() };
}

// src/contract/inputs.ts
var AUTH_TYPES = ["auto", "sas", "key", "connection-string", "workload-identity", "managed-identity", "azure-cli", "login"];
var CI_AUTH_TYPES = ["auto", "oidc", "sas", "key", "connectionString", "managedIdentity", "azureCli"];
var TRANSFER_STATUSES = ["Failed", "Skipped", "Completed", "Deleted", "DryRun", "Cancelled"];
var INPUTS = {
  mode: {
    kind: "choice",
    values: MODES,
    help: "What to do: copy, sync, remove, list, make (create a container) or merge (finish one job that shards ran: guards, deletions, one report).",
    ci: { stepDefault: "copy" }
  },
  source: {
    kind: "text",
    secret: "carrier",
    help: "Where from: a local path (file, folder, folder/* for its contents, or a wildcard in the last part) or a blob URL https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX].",
    ci: {}
  },
  destination: { kind: "text", secret: "carrier", help: "Where to (copy and sync): a local path or a blob URL.", ci: {} },
  fromTo: {
    kind: "choice",
    values: FROM_TO,
    help: "AzCopy's --from-to: the kinds of the two sides, LocalBlob | BlobLocal | BlobBlob | LocalFile | FileLocal | FileFile | BlobFile | FileBlob, or BlobTrash | FileTrash for remove, list and make. Needed only for a path-style URL of a file share not under AZCP_FILE_ENDPOINT; a contradiction with the URLs is refused.",
    example: "LocalFile",
    env: "AZCP_FILE_ENDPOINT",
    cli: { flag: "from-to" },
    ci: {}
  },
  recursive: {
    kind: "boolean",
    help: "Include subfolders (copy: off by default; sync: on).",
    cli: { flag: "recursive", for: { remove: { help: "Remove everything under the prefix." } } },
    ci: { stepDefault: "true" }
  },
  includePattern: {
    kind: "list",
    help: "Only names (the last path segment) matching these globs, ;-separated.",
    example: '"*.html;*.css"',
    cli: { flag: "include-pattern" },
    ci: { group: "filters" }
  },
  excludePattern: { kind: "list", help: "Leave out names matching these globs.", example: '"*.tmp;.DS_Store"', cli: { flag: "exclude-pattern" }, ci: { group: "filters" } },
  includePath: {
    kind: "list",
    help: "Only these relative paths (files or folders), ;-separated.",
    example: '"img;docs/index.md"',
    cli: { flag: "include-path" },
    ci: { group: "filters" }
  },
  excludePath: { kind: "list", help: "Leave out these relative paths.", example: '"drafts"', cli: { flag: "exclude-path" }, ci: { group: "filters" } },
  includeRegex: {
    kind: "list",
    help: "Only relative paths matching these regular expressions.",
    example: '"^2026/.*\\.csv$"',
    cli: { flag: "include-regex" },
    ci: { group: "filters" }
  },
  excludeRegex: { kind: "list", help: "Leave out relative paths matching these.", example: '"\\.bak$"', cli: { flag: "exclude-regex" }, ci: { group: "filters" } },
  includeAfter: {
    kind: "text",
    help: "Only objects modified at or after this ISO 8601 time.",
    example: "2026-01-01T00:00:00Z",
    cli: { flag: "include-after" },
    ci: { group: "filters" }
  },
  includeBefore: { kind: "text", help: "Only objects modified at or before this time.", example: "2026-06-30", cli: { flag: "include-before" }, ci: { group: "filters" } },
  listOfFiles: {
    kind: "text",
    help: "Act on these relative paths only: a file with one path a line (- reads standard input). The other filters apply too.",
    example: "files.txt",
    cli: { flag: "list-of-files" },
    ci: { group: "filters" }
  },
  overwrite: {
    kind: "choice",
    values: OVERWRITE,
    help: "true | false | ifSourceNewer (copy; default true).",
    example: "ifSourceNewer",
    cli: {
      flag: "overwrite",
      for: {
        sync: {
          help: "true (default): make the destination match the source, saying when that replaces a newer destination | ifSourceNewer: AzCopy's rule, transfer only when the source is newer and keep (and count) a newer destination."
        }
      }
    },
    ci: { manifestDefault: "true" }
  },
  deleteDestination: {
    kind: "boolean",
    help: "Delete destination objects that are not at the source (within the filters), after all transfers succeeded.",
    cli: { flag: "delete-destination" },
    ci: { stepDefault: "false" }
  },
  maxDelete: {
    kind: "text",
    help: "Refuse to delete more than this many objects, or this share of the destination (default 50%).",
    example: "100 | 10%",
    cli: {
      flag: "max-delete",
      for: { remove: { help: "Refuse to remove more than this many blobs, or this share of all the blobs under the URL (before filters).", example: "500 | 10%" } }
    },
    ci: {}
  },
  allowEmptySource: {
    kind: "boolean",
    help: "Accept a source with nothing in scope (otherwise the job fails and deletes nothing).",
    cli: { flag: "allow-empty-source" },
    ci: { stepDefault: "false" }
  },
  dryRun: {
    kind: "boolean",
    help: "Print and record what would be done; change nothing.",
    cli: { flag: "dry-run", for: { remove: { help: "Print what would be removed; remove nothing." } } },
    ci: { manifestDefault: "false" }
  },
  compareHash: {
    kind: "choice",
    values: COMPARE_HASH,
    help: "none | md5: compare by Content-MD5 (hashing local files) instead of modification time.",
    example: "md5",
    cli: { flag: "compare-hash" },
    ci: { group: "blob" }
  },
  mirrorMode: { kind: "boolean", help: "Transfer everything, whatever the destination holds.", cli: { flag: "mirror-mode" } },
  putMd5: {
    kind: "boolean",
    help: "Store the MD5 of every uploaded file as Content-MD5 (default true; --put-md5=false leaves it off files staged in blocks, as AzCopy does by default, so their downloads cannot be verified).",
    cli: { flag: "put-md5" },
    ci: { stepDefault: "true", group: "blob" }
  },
  checkMd5: {
    kind: "choice",
    values: CHECK_MD5,
    help: "FailIfDifferent | FailIfDifferentOrMissing | LogOnly | NoCheck: verify downloads against Content-MD5 (default FailIfDifferent; a blob without one is checked range by range in transit, and counted in the summary; FailIfDifferentOrMissing fails it instead).",
    example: "FailIfDifferentOrMissing",
    cli: { flag: "check-md5" },
    ci: { manifestDefault: "FailIfDifferent", group: "blob" }
  },
  blockSizeMb: {
    kind: "text",
    help: "Block size for uploads and ranged downloads in MiB (default 8; grows to stay under 50,000 blocks).",
    example: "16",
    cli: { flag: "block-size-mb" },
    ci: { group: "performance" }
  },
  concurrency: {
    kind: "text",
    help: "Transfers in flight (env AZCP_CONCURRENCY; default 16 per core, at most 64).",
    example: "32",
    env: "AZCP_CONCURRENCY",
    cli: { flag: "concurrency" },
    ci: { group: "performance" }
  },
  accessTier: {
    kind: "choice",
    values: ACCESS_TIERS,
    help: "Hot | Cool | Cold | Archive for uploaded blobs.",
    example: "Cool",
    cli: { flag: "access-tier" },
    ci: { group: "blob" }
  },
  contentType: {
    kind: "text",
    help: "Content-Type for every uploaded blob (default: guessed from the name).",
    example: "application/json",
    cli: { flag: "content-type" },
    ci: { group: "blob" }
  },
  noGuessMimeType: { kind: "boolean", help: "Do not guess Content-Type from names.", cli: { flag: "no-guess-mime-type" } },
  cacheControl: { kind: "text", help: "Cache-Control for uploaded blobs.", example: '"public, max-age=3600"', cli: { flag: "cache-control" }, ci: { group: "blob" } },
  metadata: { kind: "list", help: "Metadata for uploaded blobs, k=v;k2=v2.", example: '"team=web;build=1234"', cli: { flag: "metadata" }, ci: { group: "blob" } },
  // Static-site deploys (issue 13): per-path headers, safe order, CDN purge.
  headerRules: {
    kind: "text",
    help: "Header rules: a file, or the rules inline, one a line: GLOB  Header-Name: value (Cache-Control, Content-Type, Content-Encoding, Content-Language, Content-Disposition, x-ms-meta-NAME); the last matching line wins, # starts a comment.",
    example: "./site.rules",
    cli: { flag: "header-rules" },
    ci: { group: "blob", taskType: "multiLine" }
  },
  contentEncoding: { kind: "text", help: "Content-Encoding for uploaded blobs (a default under --header-rules).", example: "gzip", cli: { flag: "content-encoding" } },
  contentDisposition: { kind: "text", help: "Content-Disposition for uploaded blobs.", example: '"attachment"', cli: { flag: "content-disposition" } },
  contentLanguage: { kind: "text", help: "Content-Language for uploaded blobs.", example: "en-GB", cli: { flag: "content-language" } },
  blobTags: {
    kind: "text",
    help: "Blob index tags for written blobs, k=v&k2=v2 (at most 10; letters, digits, space and + - . / : = _).",
    example: '"team=web&release=42"',
    cli: { flag: "blob-tags" }
  },
  s2sPreserveProperties: {
    kind: "boolean",
    help: "Blob \u2192 blob: keep the source blob's headers, metadata and tags (default true; header flags and rules still win).",
    cli: { flag: "s2s-preserve-properties" }
  },
  s2sPreserveAccessTier: {
    kind: "boolean",
    help: "Blob \u2192 blob: give each copy its source's access tier (default false: the destination account's default, or --access-tier).",
    cli: { flag: "s2s-preserve-access-tier" }
  },
  uploadLast: {
    kind: "list",
    help: "Globs of files written only after every other transfer succeeded (default **/*.html when the destination container is $web); deletions come after them.",
    example: '"**/*.html;sw.js"',
    cli: { flag: "upload-last" },
    ci: { group: "blob" }
  },
  purgeCdn: {
    kind: "list",
    help: "After the job: purge what it wrote or deleted from these Azure Front Door (Standard/Premium) or Azure CDN endpoints, by ARM resource id.",
    example: "/subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Cdn/profiles/P/afdEndpoints/E",
    cli: { flag: "purge-cdn" },
    ci: { group: "blob" }
  },
  purgeWait: { kind: "boolean", help: "Wait until the purge has finished (default true).", cli: { flag: "purge-wait" }, ci: { manifestDefault: "true", group: "blob" } },
  purgeMaxPaths: {
    kind: "text",
    help: "Purge everything (/*) instead when more than this many paths changed (default 100).",
    example: "500",
    cli: { flag: "purge-max-paths" },
    ci: { group: "blob" }
  },
  purgeFailure: {
    kind: "choice",
    values: PURGE_FAILURE,
    help: "fail | warn: whether a failed purge fails the job (default fail; the files are live either way).",
    example: "warn",
    cli: { flag: "purge-failure" },
    ci: { manifestDefault: "fail", group: "blob" }
  },
  shard: {
    kind: "text",
    help: "Run shard I of N of one job spread over N machines (a stable split by name); its deletions wait for the merge (azcp jobs merge). auto: I and N from Azure Pipelines parallel jobs, a Kubernetes Indexed Job (with AZCP_SHARD_COUNT) or AZCP_SHARD.",
    example: "2/4 | auto",
    env: "AZCP_SHARD, SYSTEM_JOBPOSITIONINPHASE, SYSTEM_TOTALJOBSINPHASE, JOB_COMPLETION_INDEX, AZCP_SHARD_COUNT",
    cli: { flag: "shard" },
    ci: { group: "performance" }
  },
  shardsFrom: {
    kind: "list",
    help: "merge: the folder that holds the shards' job folders (downloaded artifacts), or the folders themselves.",
    ci: { group: "performance" }
  },
  followSymlinks: {
    kind: "boolean",
    help: "Local source: follow links to folders as well as to files (a loop is reported and not followed). Without it a linked folder is left out, and sync deletes nothing under it.",
    cli: { flag: "follow-symlinks" }
  },
  preserveSymlinks: {
    kind: "boolean",
    help: "Local source: upload each link as a blob holding the link target (metadata is_symlink=true) instead of what it points at.",
    cli: { flag: "preserve-symlinks" }
  },
  authType: {
    kind: "choice",
    values: AUTH_TYPES,
    help: "auto | sas | key | connection-string | workload-identity | managed-identity | azure-cli | login. auto: SAS in the URL, then AZCP_ACCOUNT_KEY / AZURE_STORAGE_KEY, AZCP_CONNECTION_STRING, then the azcp login session, then Entra ID. login: the session azcp login saved.",
    example: "azure-cli",
    cli: { flag: "auth" },
    ci: { stepDefault: "auto", group: "auth", values: CI_AUTH_TYPES }
  },
  clientId: {
    kind: "text",
    help: "oidc: the client (application) id of the Entra app or user-assigned managed identity with the federated credential.",
    env: "AZURE_CLIENT_ID",
    ci: { group: "auth" }
  },
  tenantId: {
    kind: "text",
    help: "oidc: the Entra tenant (directory) id.",
    env: "AZURE_TENANT_ID",
    cli: { flag: "tenant-id", for: { login: { help: "The Entra tenant (directory) id or domain (default: organizations; env AZURE_TENANT_ID).", example: "contoso.onmicrosoft.com" } } },
    ci: { group: "auth" }
  },
  audience: {
    kind: "text",
    help: "oidc: the audience of the GitHub ID token; must match the federated credential.",
    ci: { stepDefault: "api://AzureADTokenExchange", group: "auth" }
  },
  sasToken: { kind: "text", secret: "value", help: "A SAS token (pass it from a secret).", env: "AZCP_SAS_TOKEN, AZURE_STORAGE_SAS_TOKEN", ci: { group: "auth" } },
  accountKey: {
    kind: "text",
    secret: "value",
    help: "The storage account key (pass it from a secret).",
    env: "AZCP_ACCOUNT_KEY, AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY",
    ci: { group: "auth" }
  },
  connectionString: {
    kind: "text",
    secret: "value",
    help: "A storage connection string (pass it from a secret).",
    env: "AZCP_CONNECTION_STRING, AZURE_STORAGE_CONNECTION_STRING",
    ci: { group: "auth" }
  },
  azureSubscription: {
    kind: "text",
    help: "Azure Pipelines only (the service connection); not used on GitHub.",
    ci: { taskType: "connectedService:AzureRM", hostOnly: true }
  },
  artifactName: { kind: "text", help: "Name of the artifact that holds the job folder (default: azcp-JOB_ID).", ci: { group: "evidence", hostOnly: true } },
  uploadArtifact: {
    kind: "boolean",
    help: "Upload the job folder (report.json, transfers.jsonl, azcp.log, summary.md) as a workflow artifact.",
    ci: { stepDefault: "true", group: "evidence", hostOnly: true }
  },
  artifactRetentionDays: {
    kind: "text",
    help: "Days to keep the artifact (1 or more; capped at the repository's maximum).",
    example: "14",
    ci: { group: "evidence", hostOnly: true }
  },
  summary: { kind: "boolean", help: "Add the job summary to the workflow run's summary page.", ci: { stepDefault: "true", group: "evidence", hostOnly: true } },
  failOnMismatch: {
    kind: "boolean",
    help: "Fail the step when the destination does not match the source after the transfer; when false, only warn.",
    ci: { stepDefault: "true", group: "evidence" }
  },
  jobDir: {
    kind: "text",
    help: "Where job folders go (env AZCP_JOB_DIR; default ~/.azcp/jobs).",
    example: "./.azcp-jobs",
    env: "AZCP_JOB_DIR",
    cli: { flag: "job-dir", for: { jobs: { help: "Where job folders are (env AZCP_JOB_DIR).", example: "" } } }
  },
  outputType: {
    kind: "choice",
    values: OUTPUT_TYPES,
    help: "text | json: json prints AzCopy's JSON lines on stdout (TimeStamp, MessageType, MessageContent), nothing else; EndOfJob carries the report.",
    example: "json",
    cli: { flag: "output-type", for: { jobs: { help: "text | json (jobs list and show: plain JSON; resume: JSON lines).", example: "" } } }
  },
  logLevel: {
    kind: "choice",
    values: LOG_LEVELS,
    help: "error | warning | info | debug (what is printed; the job log keeps everything).",
    example: "warning",
    cli: { flag: "log-level" }
  },
  withStatus: {
    kind: "choice",
    values: TRANSFER_STATUSES,
    help: "show: only transfers with this status (Failed, Skipped, Completed, Deleted, DryRun, Cancelled).",
    cli: { flag: "with-status" }
  },
  sourceSas: {
    kind: "text",
    secret: "value",
    help: "resume: the SAS for the source URL (SAS tokens are never stored in the job folder).",
    cli: { flag: "source-sas" }
  },
  destinationSas: { kind: "text", secret: "value", help: "resume: the SAS for the destination URL.", cli: { flag: "destination-sas" } },
  olderThanDays: { kind: "text", help: "clean: only jobs that ended at least this many days ago.", cli: { flag: "older-than-days" } },
  // azcp login: how to sign in once for later commands (AzCopy's flag names).
  servicePrincipal: { kind: "boolean", help: "Sign in as a service principal: --application-id and a secret in AZCP_CLIENT_SECRET, or --certificate-path.", cli: { flag: "service-principal" } },
  applicationId: { kind: "text", help: "The application (client) id of the service principal.", example: "00000000-0000-0000-0000-000000000000", cli: { flag: "application-id" } },
  certificatePath: { kind: "text", help: "A PEM file with the service principal's certificate and private key.", example: "./sp.pem", cli: { flag: "certificate-path" } },
  identity: { kind: "boolean", help: "Sign in with the managed identity of this machine.", cli: { flag: "identity" } },
  identityClientId: { kind: "text", help: "A user-assigned managed identity, by client id.", cli: { flag: "identity-client-id" } },
  identityResourceId: { kind: "text", help: "A user-assigned managed identity, by resource id.", cli: { flag: "identity-resource-id" } },
  federatedTokenFile: { kind: "text", help: "Workload identity: a file holding the federated token (with --application-id and --tenant-id).", example: "/var/run/secrets/azure/tokens/azure-identity-token", cli: { flag: "federated-token-file" } },
  azureCli: { kind: "boolean", help: "Use the Azure CLI's sign-in (az login) for later commands.", cli: { flag: "azure-cli" } },
  authorityHost: { kind: "text", help: "The Entra authority (sovereign clouds; env AZURE_AUTHORITY_HOST).", example: "https://login.microsoftonline.us", env: "AZURE_AUTHORITY_HOST", cli: { flag: "authority-host" } }
};
var ROWS = INPUTS;
var INPUT_KEYS = Object.keys(INPUTS);
var inputRow = (key) => ROWS[key];
var STEP_INPUTS = INPUT_KEYS.filter((k) => ROWS[k].ci);
var ci = (k) => ROWS[k].ci;
var STEP_DEFAULTS = Object.fromEntries(
  STEP_INPUTS.flatMap((k) => ci(k).stepDefault === void 0 ? [] : [[k, ci(k).stepDefault]])
);
var HOST_ONLY = new Set(STEP_INPUTS.filter((k) => ci(k).hostOnly));
var SECRET_INPUTS = STEP_INPUTS.filter((k) => ROWS[k].secret === "value");
var SECRET_CARRIERS = STEP_INPUTS.filter((k) => ROWS[k].secret === "carrier");
var SECRET_BEARING_INPUTS = [...SECRET_INPUTS, ...SECRET_CARRIERS];
var kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
var flagOf = (key) => `--${ROWS[key]?.cli?.flag ?? kebab(key)}`;

// src/job/publish/blob-tags.ts
var MAX_TAGS = 10;
var TAG_CHARS = /^[A-Za-z0-9 +\-./:=_]*$/;
function parseBlobTags(text, flag) {
  if (text === void 0 || text.trim() === "") return void 0;
  const out = {};
  for (const pair of text.split("&")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`${flag} entries are key=value joined by '&'; got "${pair}"`);
    let key, value;
    try {
      key = decodeURIComponent(pair.slice(0, eq));
      value = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      throw new UsageError(`${flag} "${pair}" has a broken %-escape`);
    }
    if (key.length > 128) throw new UsageError(`${flag} key "${key.slice(0, 20)}\u2026" is longer than the service's 128 characters`);
    if (value.length > 256) throw new UsageError(`${flag} value of "${key}" is longer than the service's 256 characters`);
    for (const [what, s] of [["key", key], ["value", value]]) {
      if (!TAG_CHARS.test(s)) throw new UsageError(`${flag} ${what} "${s}" may hold only letters, digits, space and + - . / : = _ (the service's rule for tags)`);
    }
    if (key in out) throw new UsageError(`${flag} key "${key}" is given twice`);
    out[key] = value;
  }
  if (Object.keys(out).length > MAX_TAGS) throw new UsageError(`${flag} has ${Object.keys(out).length} tags; a blob can carry at most ${MAX_TAGS}`);
  return out;
}

// src/job/publish/options.ts
import { readFileSync } from "node:fs";

// src/engine/header-rules.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
var HEADER_NAMES = {
  cacheControl: "Cache-Control",
  contentType: "Content-Type",
  contentEncoding: "Content-Encoding",
  contentLanguage: "Content-Language",
  contentDisposition: "Content-Disposition"
};
var FIELD_OF = new Map(Object.entries(HEADER_NAMES).map(([f, n]) => [n.toLowerCase(), f]));
var META_PREFIX = "x-ms-meta-";
var RESERVED_METADATA = ["mtime", "is_symlink"];
function valueProblem(value) {
  const bad = /[^\t\x20-\x7e]/.exec(value);
  if (!bad) return void 0;
  const c = bad[0];
  if (c === "\r" || c === "\n") return "holds a line break (CR or LF), which would split the HTTP header";
  return `holds U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}; header values can hold only printable ASCII`;
}
function parseHeaderRules(text, origin) {
  const rules = [];
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  lines.forEach((raw, i) => {
    const line = i + 1;
    const fail = (why) => {
      throw new UsageError(`${origin} line ${line}: ${why} (in "${raw.replace(/[^\x20-\x7e]/g, "?").slice(0, 120)}")`);
    };
    const text2 = raw.replace(/(^|\s)#.*$/, "").trim();
    if (text2 === "") return;
    if (/\r/.test(raw)) fail("holds a line break (a carriage return, CR) inside the line");
    const m = /^(\S+)\s+([^\s:]+)\s*:(.*)$/.exec(text2);
    if (!m) fail("a rule is GLOB, whitespace, then Header-Name: value");
    const [, glob, name, rawValue] = m;
    const value = rawValue.trim();
    const problem = globProblem(glob);
    if (problem) fail(`the glob "${glob}" ${problem}`);
    const vp = valueProblem(value);
    if (vp) fail(`the value of ${name} ${vp}`);
    if (value === "") fail(`${name} has no value`);
    const lower = name.toLowerCase();
    const rule = { line, glob, value, matches: (0, import_picomatch2.default)(glob, { dot: true, windows: false }) };
    const field = FIELD_OF.get(lower);
    if (field) rule.field = field;
    else if (lower.startsWith(META_PREFIX)) {
      const meta = name.slice(META_PREFIX.length);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(meta)) fail(`the metadata name "${meta}" must start with a letter or '_' and hold only letters, digits and '_'`);
      if (RESERVED_METADATA.includes(meta.toLowerCase())) fail(`the metadata name "${meta}" is one azcp sets itself (${RESERVED_METADATA.join(", ")})`);
      rule.meta = meta;
    } else {
      fail(`unknown header "${name}": rules set ${Object.values(HEADER_NAMES).join(", ")} or x-ms-meta-NAME`);
    }
    rules.push(rule);
  });
  return { origin, rules };
}
var ENCODING_SUFFIX = /\.(br|gz|gzip|zst|zstd|deflate)$/i;
function resolveHeaders(path, rules, defaults) {
  const headers = {};
  const setBy = {};
  for (const f of Object.keys(HEADER_NAMES)) {
    if (defaults[f] !== void 0) {
      headers[f] = defaults[f];
      setBy[HEADER_NAMES[f]] = "flag";
    }
  }
  const metadata = {};
  const metaKey = /* @__PURE__ */ new Map();
  const setMeta = (name, value, by) => {
    const old = metaKey.get(name.toLowerCase());
    if (old !== void 0) {
      delete metadata[old];
      delete setBy[META_PREFIX + old];
    }
    metaKey.set(name.toLowerCase(), name);
    metadata[name] = value;
    setBy[META_PREFIX + name] = by;
  };
  for (const [k, v] of Object.entries(defaults.metadata)) setMeta(k, v, "flag");
  for (const r of rules?.rules ?? []) {
    if (!r.matches(path)) continue;
    const by = `${rules.origin}:${r.line}`;
    if (r.field) {
      headers[r.field] = r.value;
      setBy[HEADER_NAMES[r.field]] = by;
    } else setMeta(r.meta, r.value, by);
  }
  const typeFrom = headers.contentEncoding !== void 0 ? path.replace(ENCODING_SUFFIX, "") : path;
  return { headers, metadata, setBy, typeFrom };
}
function headerDrift(wanted, actual, compareMetadata) {
  const out = [];
  for (const f of Object.keys(HEADER_NAMES)) {
    if ((wanted.headers[f] ?? "") !== (actual.headers[f] ?? "")) out.push(HEADER_NAMES[f]);
  }
  if (compareMetadata) {
    const norm = (m) => new Map(Object.entries(m).filter(([k]) => !RESERVED_METADATA.includes(k.toLowerCase())).map(([k, v]) => [k.toLowerCase(), v]));
    const w = norm(wanted.metadata);
    const a = norm(actual.metadata);
    const names = /* @__PURE__ */ new Set([...w.keys(), ...a.keys()]);
    for (const n of [...names].sort()) if (w.get(n) !== a.get(n)) out.push(META_PREFIX + n);
  }
  return out;
}

// src/job/publish/options.ts
var CDN_ENDPOINT_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Cdn\/profiles\/[^/]+\/(afdEndpoints|endpoints)\/[^/]+$/i;
var looksInline = (v) => /[\r\n]/.test(v) || /^\s*\S+\s+[^\s:]+\s*:/.test(v);
function parseHeaderRulesInput(raw, flag) {
  const v = raw.headerRules;
  if (typeof v !== "string" || v.trim() === "") return void 0;
  if (looksInline(v)) return parseHeaderRules(v, flag);
  const path = v.trim();
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`${flag} "${path}" cannot be read: ${e.code ?? e.message}`);
  }
  return parseHeaderRules(text, path);
}
function parseGlobList(list, flag) {
  for (const g of list) {
    const problem = globProblem(g);
    if (problem) throw new UsageError(`${flag} "${g}" ${problem}`);
  }
  return list;
}
function parsePurge(raw, endpoints, destinationRemote, f, bool) {
  if (endpoints.length === 0) return void 0;
  if (!destinationRemote) throw new UsageError(`${f("purgeCdn")} purges what a job writes to a container: the ${f("destination")} must be a container URL`);
  for (const id of endpoints) {
    if (!CDN_ENDPOINT_ID.test(id)) {
      throw new UsageError(
        `${f("purgeCdn")} "${id}" is not the ARM id of a CDN endpoint: /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Cdn/profiles/PROFILE/afdEndpoints/NAME (Front Door Standard/Premium) or .../endpoints/NAME (classic CDN)`
      );
    }
  }
  const maxText = typeof raw.purgeMaxPaths === "string" ? raw.purgeMaxPaths.trim() : "";
  let maxPaths = 100;
  if (maxText !== "") {
    if (!/^\d+$/.test(maxText) || Number(maxText) < 1 || Number(maxText) > 1e4) throw new UsageError(`${f("purgeMaxPaths")} must be a whole number from 1 to 10000; got "${maxText}"`);
    maxPaths = Number(maxText);
  }
  const failText = typeof raw.purgeFailure === "string" ? raw.purgeFailure.trim().toLowerCase() : "";
  if (failText !== "" && !PURGE_FAILURE.includes(failText)) throw new UsageError(`${f("purgeFailure")} must be one of ${PURGE_FAILURE.join(", ")}; got "${raw.purgeFailure}"`);
  return { endpoints, wait: bool("purgeWait", true), maxPaths, failure: failText || "fail" };
}

// src/job/publish/upload-last-globs.ts
var STATIC_WEBSITE_CONTAINER = "$web";
var DEFAULT_UPLOAD_LAST = ["**/*.html"];
function uploadLastGlobs(o) {
  if (o.uploadLast) return o.uploadLast;
  const d = o.destination;
  return d?.remote && d.container === STATIC_WEBSITE_CONTAINER ? DEFAULT_UPLOAD_LAST : [];
}

// src/job/options.ts
var DEFAULT_CONCURRENCY = Math.min(64, Math.max(16, cpus().length * 16));
function str(raw, key) {
  const v = raw[key];
  if (v === void 0 || v === null) return void 0;
  const s = String(v).trim();
  return s === "" ? void 0 : s;
}
function parseBool(raw, key, fallback, flag = key) {
  const v = raw[key];
  if (v === void 0 || v === "") return fallback;
  if (typeof v === "boolean") return v;
  const s = v.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(s)) return true;
  if (["false", "no", "0", "off"].includes(s)) return false;
  throw new UsageError(`${flag} must be true or false, not "${v}"`);
}
function oneOf(raw, key, allowed, fallback, flag) {
  const v = str(raw, key);
  if (v === void 0) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (!hit) throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${v}"`);
  return hit;
}
function parseList(value) {
  if (value === void 0 || typeof value === "boolean") return [];
  return value.split(/[;\r\n]+/).map((s) => s.trim()).filter(Boolean);
}
function numberText(raw, key, flag, example) {
  const v = raw[key];
  if (typeof v === "string" && v.trim() === "") throw new UsageError(`${flag} is empty: give a number, e.g. ${flag} ${example}, or leave the option out`);
  return str(raw, key);
}
function positiveInt(raw, key, flag, min, max) {
  const v = numberText(raw, key, flag, String(min));
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`${flag} must be from ${min} to ${max}; got ${n}`);
  return n;
}
function parseDate(raw, key, flag) {
  const v = str(raw, key);
  if (v === void 0) return void 0;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    throw new UsageError(`${flag} must be an ISO 8601 date or time such as 2026-01-31 or 2026-01-31T12:00:00Z; got "${v}"`);
  }
  const t = Date.parse(v);
  const [y, m, d] = v.slice(0, 10).split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(t) || day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
    throw new UsageError(`${flag} is not a real date: "${v}"`);
  }
  return t;
}
var DEFAULT_SYNC_MAX_DELETE = { percent: 50 };
function parseMaxDelete(value, flag = "--max-delete") {
  if (value === void 0) return DEFAULT_SYNC_MAX_DELETE;
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(value.trim());
  if (!m) throw new UsageError(`${flag} must be a count (e.g. 100) or a percentage of the destination (e.g. 10%); got "${value}"`);
  const n = Number(m[1]);
  if (m[2]) {
    if (n < 0 || n > 100) throw new UsageError(`${flag} percentage must be from 0% to 100%; got ${value}`);
    return { percent: n };
  }
  if (!Number.isInteger(n)) throw new UsageError(`${flag} count must be a whole number; got ${value}`);
  return { count: n };
}
function headerSafe(value, what) {
  if (value === void 0) return;
  const bad = /[^\t\x20-\x7e]/.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new UsageError(`${what} can hold only printable ASCII characters (it travels as an HTTP header); found U+${code}`);
  }
}
var RESERVED_METADATA2 = ["mtime", "is_symlink"];
function parseMetadata(value) {
  const out = {};
  for (const pair of parseList(value)) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--metadata entries are key=value; got "${pair}"`);
    const key = pair.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`--metadata key "${key}" must start with a letter or '_' and hold only letters, digits and '_'`);
    if (RESERVED_METADATA2.includes(key.toLowerCase())) throw new UsageError(`--metadata key "${key}" is one azcp sets itself (${RESERVED_METADATA2.join(", ")}); choose another name`);
    const twin = Object.keys(out).find((k) => k.toLowerCase() === key.toLowerCase());
    if (twin !== void 0) throw new UsageError(`--metadata key "${key}" is given twice${twin === key ? "" : ` (as "${twin}": metadata names ignore case)`}; give each key once`);
    out[key] = pair.slice(eq + 1).trim();
  }
  return out;
}
function validRegexes(list, flag) {
  for (const r of list) {
    try {
      new RegExp(r);
    } catch (e) {
      throw new UsageError(`${flag} "${r}" is not a valid regular expression: ${e.message}`);
    }
  }
  return list;
}
function validGlobs(list, flag) {
  for (const p of list) {
    const problem = globProblem(p);
    if (problem) throw new UsageError(`${flag} "${p}" ${problem}`);
  }
  return list;
}
var FROM_TO_KIND = { Local: "local", Blob: "blob", File: "file" };
function fromToKinds(fromTo, twoSided, command, flag) {
  const [, from, to] = /^(Local|Blob|File)(Local|Blob|File|Trash)$/.exec(fromTo);
  if (twoSided === (to === "Trash")) {
    throw new UsageError(twoSided ? `${flag} ${fromTo} is for remove, list and make; ${command} takes a pair such as LocalFile or FileBlob` : `${command} takes one URL: give ${flag} ${from}Trash, not ${fromTo}`);
  }
  return { source: FROM_TO_KIND[from], destination: to === "Trash" ? void 0 : FROM_TO_KIND[to] };
}
var AUTH_ALIASES = {
  auto: "auto",
  sas: "sas",
  key: "key",
  "connection-string": "connection-string",
  connectionstring: "connection-string",
  "workload-identity": "workload-identity",
  workloadidentity: "workload-identity",
  oidc: "oidc",
  "managed-identity": "managed-identity",
  managedidentity: "managed-identity",
  "azure-cli": "azure-cli",
  azurecli: "azure-cli",
  login: "login"
};
function parseJobOptions(raw, flagName = (k) => k) {
  const f = flagName;
  const mode = oneOf(raw, "mode", MODES, "copy", f("mode"));
  if (mode === "merge") throw new UsageError(`${f("mode")} merge takes its options from the shards' job folders: azcp jobs merge FOLDER... (CI: shardsFrom)`);
  const command = mode;
  const twoSided = command === "copy" || command === "sync";
  const sourceText = str(raw, "source");
  if (!sourceText) {
    throw new UsageError(twoSided ? `${f("source")} is missing: say what to ${command} from` : `${f("source")} is missing: give the blob URL to ${command}`);
  }
  const fromTo = str(raw, "fromTo") === void 0 ? void 0 : oneOf(raw, "fromTo", FROM_TO, "LocalBlob", f("fromTo"));
  const kinds = fromTo ? fromToKinds(fromTo, twoSided, command, f("fromTo")) : void 0;
  const source = parseLocation(sourceText, twoSided ? "source" : "target", kinds && { kind: kinds.source, said: `${f("fromTo")} ${fromTo}` });
  let destination;
  if (twoSided) {
    const destText = str(raw, "destination");
    if (!destText) throw new UsageError(`${f("destination")} is missing: say where to ${command} to`);
    destination = parseLocation(destText, "destination", kinds && { kind: kinds.destination, said: `${f("fromTo")} ${fromTo}` });
    if (!source.remote && !destination.remote) {
      throw new UsageError(`both ${f("source")} and ${f("destination")} are local paths; one of them must be a blob URL`);
    }
    const problem = destinationProblem(destination);
    if (problem) throw new UsageError(`the ${f("destination")} cannot be written: ${problem}`);
  } else {
    if (str(raw, "destination")) throw new UsageError(`${command} takes one URL; ${f("destination")} is not used`);
    if (!source.remote) throw new UsageError(`${command} works on a blob URL, not a local path: "${source.display}"`);
  }
  const filters = {
    includePattern: validGlobs(parseList(raw.includePattern), f("includePattern")),
    excludePattern: validGlobs(parseList(raw.excludePattern), f("excludePattern")),
    includePath: parseList(raw.includePath).map((p) => p.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "")),
    excludePath: parseList(raw.excludePath).map((p) => p.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "")),
    includeRegex: validRegexes(parseList(raw.includeRegex), f("includeRegex")),
    excludeRegex: validRegexes(parseList(raw.excludeRegex), f("excludeRegex")),
    includeAfter: parseDate(raw, "includeAfter", f("includeAfter")),
    includeBefore: parseDate(raw, "includeBefore", f("includeBefore"))
  };
  if (filters.includeAfter !== void 0 && filters.includeBefore !== void 0 && filters.includeAfter > filters.includeBefore) {
    throw new UsageError(`${f("includeAfter")} is later than ${f("includeBefore")}: nothing could match`);
  }
  const deleteDestination = parseBool(raw, "deleteDestination", false, f("deleteDestination"));
  if (deleteDestination && command !== "sync") throw new UsageError(`${f("deleteDestination")} only applies to sync`);
  if (destination) refuseOverlap(source, destination, command, deleteDestination, f);
  const compareHash = oneOf(raw, "compareHash", COMPARE_HASH, "none", f("compareHash"));
  const mirrorMode = parseBool(raw, "mirrorMode", false, f("mirrorMode"));
  if (mirrorMode && compareHash === "md5") throw new UsageError(`${f("mirrorMode")} copies everything; it cannot be combined with ${f("compareHash")} md5`);
  const overwrite = oneOf(raw, "overwrite", OVERWRITE, "true", f("overwrite"));
  if (command === "sync" && overwrite === "false") {
    throw new UsageError(`${f("overwrite")} false does not apply to sync: use copy ${f("overwrite")} false to add only what is missing, or sync ${f("overwrite")} ifSourceNewer to keep destination objects newer than their source`);
  }
  if (command === "sync" && overwrite === "ifSourceNewer" && mirrorMode) {
    throw new UsageError(`${f("mirrorMode")} transfers everything, which contradicts ${f("overwrite")} ifSourceNewer (keep a newer destination): choose one`);
  }
  if (command !== "sync" && (str(raw, "compareHash") || raw.mirrorMode !== void 0)) {
    throw new UsageError(`${f(str(raw, "compareHash") ? "compareHash" : "mirrorMode")} only applies to sync`);
  }
  const blockSizeMb = numberText(raw, "blockSizeMb", f("blockSizeMb"), "8");
  let blockSize;
  if (blockSizeMb !== void 0) {
    const n = /^\d+(?:\.\d+)?$/.test(blockSizeMb) ? Number(blockSizeMb) : NaN;
    if (!Number.isFinite(n) || n <= 0 || n > 4e3) throw new UsageError(`${f("blockSizeMb")} must be a number of MiB above 0 and at most 4000; got "${blockSizeMb}"`);
    blockSize = Math.round(n * 1024 * 1024);
    if (blockSize < 1) throw new UsageError(`${f("blockSizeMb")} is too small`);
  }
  const envConcurrency = process.env.AZCP_CONCURRENCY;
  let concurrency = positiveInt(raw, "concurrency", f("concurrency"), 1, 1024);
  if (concurrency === void 0 && envConcurrency) {
    concurrency = positiveInt({ concurrency: envConcurrency }, "concurrency", "AZCP_CONCURRENCY", 1, 1024);
  }
  const shardText = numberText(raw, "shard", f("shard"), "2/4");
  if (shardText && !twoSided) throw new UsageError(`${f("shard")} splits a copy or sync over N machines; ${command} runs whole`);
  const shard = shardText ? resolveShard(shardText, f("shard")) : void 0;
  if (shard && parseList(raw.purgeCdn).length > 0) throw new UsageError(`${f("purgeCdn")} cannot be combined with ${f("shard")}: purge the CDN in a step after the merge (a later sync with --purge-cdn, or the CDN's own purge)`);
  if (str(raw, "listOfFiles") && !twoSided) throw new UsageError(`${f("listOfFiles")} applies to copy and sync`);
  const authText = (str(raw, "authType") ?? str({ authType: raw.auth }, "authType") ?? "auto").toLowerCase();
  const authKind = AUTH_ALIASES[authText];
  if (!authKind) throw new UsageError(`${f("authType")} must be one of auto, sas, key, connection-string, workload-identity, managed-identity, azure-cli, login; got "${authText}"`);
  const auth = {
    kind: authKind,
    clientId: str(raw, "clientId"),
    tenantId: str(raw, "tenantId"),
    audience: str(raw, "audience"),
    sasToken: str(raw, "sasToken")?.replace(/^\?/, ""),
    accountKey: str(raw, "accountKey"),
    connectionString: str(raw, "connectionString")
  };
  registerInputSecrets(auth);
  const accessTierText = str(raw, "accessTier");
  const accessTier = accessTierText ? oneOf(raw, "accessTier", ACCESS_TIERS, "Hot", f("accessTier")) : void 0;
  const followSymlinks = parseBool(raw, "followSymlinks", false, f("followSymlinks"));
  const preserveSymlinks = parseBool(raw, "preserveSymlinks", false, f("preserveSymlinks"));
  if (followSymlinks && preserveSymlinks) {
    throw new UsageError(`${f("followSymlinks")} and ${f("preserveSymlinks")} exclude each other: follow links to copy what they point at, or preserve them to copy the links themselves`);
  }
  const jobDir = str(raw, "jobDir") ?? process.env.AZCP_JOB_DIR ?? join4(homedir(), ".azcp", "jobs");
  const options = {
    command,
    fromTo,
    source,
    destination,
    // sync works on whole trees by default (as AzCopy's sync does); copy asks.
    recursive: parseBool(raw, "recursive", command === "sync", f("recursive")),
    filters,
    overwrite,
    dryRun: parseBool(raw, "dryRun", false, f("dryRun")),
    deleteDestination,
    maxDelete: numberText(raw, "maxDelete", f("maxDelete"), "10%") === void 0 ? void 0 : parseMaxDelete(str(raw, "maxDelete"), f("maxDelete")),
    allowEmptySource: parseBool(raw, "allowEmptySource", false, f("allowEmptySource")),
    compareHash,
    mirrorMode,
    followSymlinks,
    preserveSymlinks,
    // Every blob azcp writes carries Content-MD5 unless told otherwise, so that
    // any later download can be verified.
    putMd5: parseBool(raw, "putMd5", true, f("putMd5")),
    checkMd5: oneOf(raw, "checkMd5", CHECK_MD5, "FailIfDifferent", f("checkMd5")),
    blockSize,
    concurrency: concurrency ?? DEFAULT_CONCURRENCY,
    accessTier,
    contentType: str(raw, "contentType"),
    guessMimeType: !parseBool(raw, "noGuessMimeType", false, f("noGuessMimeType")),
    cacheControl: str(raw, "cacheControl"),
    metadata: parseMetadata(str(raw, "metadata")),
    headers: { contentEncoding: str(raw, "contentEncoding"), contentDisposition: str(raw, "contentDisposition"), contentLanguage: str(raw, "contentLanguage") },
    headerRules: twoSided ? parseHeaderRulesInput(raw, f("headerRules")) : void 0,
    blobTags: parseBlobTags(str(raw, "blobTags"), f("blobTags")),
    s2sPreserveProperties: parseBool(raw, "s2sPreserveProperties", true, f("s2sPreserveProperties")),
    s2sPreserveAccessTier: parseBool(raw, "s2sPreserveAccessTier", false, f("s2sPreserveAccessTier")),
    uploadLast: raw.uploadLast === void 0 || parseList(raw.uploadLast).length === 0 ? void 0 : parseGlobList(parseList(raw.uploadLast), f("uploadLast")),
    purge: twoSided ? parsePurge(raw, parseList(raw.purgeCdn), destination?.remote === true, f, (k, d) => parseBool(raw, k, d, f(k))) : void 0,
    shard,
    listOfFiles: str(raw, "listOfFiles"),
    auth,
    jobDir,
    outputType: oneOf(raw, "outputType", OUTPUT_TYPES, "text", f("outputType")),
    logLevel: oneOf(raw, "logLevel", LOG_LEVELS, "info", f("logLevel")),
    failOnMismatch: parseBool(raw, "failOnMismatch", true, f("failOnMismatch")),
    commandLine: String(raw.commandLine ?? ""),
    // job.json keeps the shard this run resolved (--shard auto): a resume
    // on another runner is the same shard.
    inputs: shard && String(raw.shard).trim().toLowerCase() === "auto" ? { ...raw, shard: `${shard.index}/${shard.count}` } : raw
  };
  headerSafe(options.contentType, f("contentType"));
  headerSafe(options.cacheControl, f("cacheControl"));
  headerSafe(options.headers.contentEncoding, f("contentEncoding"));
  headerSafe(options.headers.contentDisposition, f("contentDisposition"));
  headerSafe(options.headers.contentLanguage, f("contentLanguage"));
  for (const [key, value] of Object.entries(options.metadata)) headerSafe(value, `${f("metadata")} value of "${key}"`);
  const last = shard ? uploadLastGlobs(options) : [];
  if (last.length) {
    const why = options.uploadLast ? "" : " (the default for a $web container)";
    throw new UsageError(`${f("uploadLast")} ${JSON.stringify(last.join(";"))}${why} cannot be combined with ${f("shard")}: each shard would put its pages live before the other shards had written what they reference; deploy the site as one job, without ${f("shard")}`);
  }
  if (options.accessTier === "Archive" && command === "sync") {
    throw new UsageError(`${f("accessTier")} Archive cannot be used with sync: archived blobs cannot be read back to compare`);
  }
  if (options.blockSize !== void 0 && options.blockSize > 4e3 * 1024 * 1024) {
    throw new UsageError(`${f("blockSizeMb")} is above Azure's 4000 MiB block limit`);
  }
  return options;
}

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/job/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/job/evidence/format.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${ms} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
function throughput(bytes, ms) {
  if (ms <= 0 || bytes === 0) return "\u2014";
  return `${formatBytes(Math.round(bytes / ms * 1e3))}/s`;
}

// src/job/evidence/progress-line.ts
var RateMeter = class _RateMeter {
  static WINDOW_MS = 1e4;
  samples = [];
  /** Records a snapshot and returns the rate in bytes per second. */
  add(p) {
    this.samples.push({ at: p.elapsedMs, bytes: p.bytes });
    while (this.samples.length > 2 && p.elapsedMs - this.samples[1].at >= _RateMeter.WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const span = p.elapsedMs - first.at;
    if (this.samples.length < 2 || span <= 0) return p.elapsedMs > 0 ? p.bytes / p.elapsedMs * 1e3 : 0;
    return (p.bytes - first.bytes) / span * 1e3;
  }
};
function rateAndEta(p, rate) {
  const secs = p.elapsedMs / 1e3;
  const bytesPerSecond = rate ?? (secs > 0 ? p.bytes / secs : 0);
  if (!p.listingComplete || p.phase === "done") return { bytesPerSecond };
  const left = Math.max(0, p.bytesPlanned - p.bytes);
  if (left === 0) return { bytesPerSecond, etaSeconds: 0 };
  return bytesPerSecond > 0 ? { bytesPerSecond, etaSeconds: Math.ceil(left / bytesPerSecond) } : { bytesPerSecond };
}
function formatEta(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
function progressLine(p, rate) {
  const total = p.total ?? p.scanned;
  const done = p.transferred + p.skipped + p.failed;
  const more = p.listingComplete ? "" : "+";
  const parts = [`[${p.phase}] ${done}/${total}${more} files`];
  const pct = p.bytesPlanned > 0 ? ` ${Math.min(100, p.bytes / p.bytesPlanned * 100).toFixed(1)}%` : "";
  parts.push(p.bytesPlanned > 0 ? `${formatBytes(p.bytes)}/${formatBytes(p.bytesPlanned)}${more}${pct}` : formatBytes(p.bytes));
  const { bytesPerSecond, etaSeconds } = rateAndEta(p, rate);
  parts.push(bytesPerSecond > 0 ? `${formatBytes(Math.round(bytesPerSecond))}/s` : "\u2014/s");
  if (etaSeconds !== void 0) parts.push(`ETA ${formatEta(etaSeconds)}`);
  if (p.skipped) parts.push(`${p.skipped} skipped`);
  if (p.failed) parts.push(`${p.failed} failed`);
  if (p.deleted) parts.push(`${p.deleted} deleted`);
  const retries = p.retries ?? 0;
  parts.push(`${retries} ${retries === 1 ? "retry" : "retries"}`);
  return parts.join(" \xB7 ");
}

// src/job/shard-set.ts
import { existsSync, lstatSync as lstatSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import { join as join5, resolve as resolve4 } from "node:path";
var isJobFolder = (dir) => existsSync(join5(dir, "job.json"));
function readJsonAt(path, valid) {
  let value;
  try {
    value = JSON.parse(readFileSync2(path, "utf8"));
  } catch (e) {
    throw new Error(`${path} cannot be read: ${e.message}`);
  }
  if (!value || typeof value !== "object" || !valid(value)) throw new Error(`${path} is not what azcp writes there`);
  return value;
}
function findShardFolders(given) {
  const out = [];
  const subfolders = (dir) => readdirSync2(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith(".")).map((d) => join5(dir, d.name)).sort();
  for (const g of given) {
    const dir = resolve4(g);
    if (!existsSync(dir) || !statSync3(dir).isDirectory()) throw new UsageError(`shard folder "${g}" does not exist or is not a folder`);
    if (isJobFolder(dir)) {
      out.push({ dir, given: true });
      continue;
    }
    const found = [];
    for (const sub of subfolders(dir)) {
      if (isJobFolder(sub)) found.push(sub);
      else for (const subsub of subfolders(sub)) if (isJobFolder(subsub)) found.push(subsub);
    }
    if (!found.length) throw new UsageError(`"${g}" holds no azcp job folder (a folder with job.json), nor do its subfolders`);
    out.push(...found.map((d) => ({ dir: d, given: false })));
  }
  return out;
}
var SHARD_FILES = ["job.json", "report.json", "deletions.jsonl", "transfers.jsonl", "list-of-files.txt"];
function refuseLinks(dir) {
  for (const f of SHARD_FILES) {
    let st;
    try {
      st = lstatSync2(join5(dir, f));
    } catch {
      continue;
    }
    if (!st.isFile()) throw new UsageError(`${join5(dir, f)} is not a regular file (a link?); azcp writes only files in a job folder, so this one was not made by a shard; nothing was merged`);
  }
}
function shardOfInputs(inputs) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(String(inputs.shard ?? ""));
  return m ? { index: Number(m[1]), count: Number(m[2]) } : void 0;
}
function readShardSet(given, fingerprintOf) {
  const seen = /* @__PURE__ */ new Set();
  const shards = [];
  for (const { dir, given: named } of findShardFolders(given)) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    refuseLinks(dir);
    let manifest;
    let report;
    try {
      manifest = readJsonAt(join5(dir, "job.json"), (m) => typeof m.inputs === "object" && m.inputs !== null && typeof m.jobId === "string");
      report = existsSync(join5(dir, "report.json")) ? readJsonAt(join5(dir, "report.json"), (r) => typeof r.status === "string" && typeof r.counts === "object") : void 0;
    } catch (e) {
      if (!named) continue;
      throw new UsageError(`shard folder ${dir}: ${e.message}`);
    }
    const jobId = manifest.jobId;
    const shard = shardOfInputs(manifest.inputs);
    if (!shard && !named) continue;
    if (!shard) throw new UsageError(`${dir} is not a shard: job ${jobId} ran without --shard, so it is a whole job of its own and there is nothing to merge`);
    shards.push({ dir, jobId, manifest, report, ...shard });
  }
  if (!shards.length) throw new UsageError(`no shard job folder in ${given.join(", ")}: the folders found ran without --shard`);
  const first = shards[0];
  const fp = fingerprintOf(first.manifest.inputs);
  for (const s of shards) {
    const own = fingerprintOf(s.manifest.inputs);
    if (own !== fp) {
      throw new UsageError(
        `shards of different jobs: ${s.dir} (shard ${s.index}/${s.count}) is not of the same job as ${first.dir}: source, destination, filters or options differ (fingerprints ${own.slice(0, 19)}\u2026 and ${fp.slice(0, 19)}\u2026); nothing was merged`
      );
    }
    if (s.report?.fingerprint && s.report.fingerprint !== own) throw new UsageError(`${s.dir}: report.json names another job than its job.json (fingerprint differs); nothing was merged`);
    if (s.count !== first.count) throw new UsageError(`${s.dir} is shard ${s.index} of ${s.count}, ${first.dir} one of ${first.count}: one job has one shard count; nothing was merged`);
  }
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const twin = byIndex.get(s.index);
    if (twin) throw new UsageError(`shard ${s.index}/${s.count} is given twice (${twin.dir} and ${s.dir}); give each shard's job folder once`);
    byIndex.set(s.index, s);
  }
  const lists = new Set(shards.map((s) => s.report?.listOfFiles?.digest).filter(Boolean));
  if (lists.size > 1) throw new UsageError(`the shards read different --list-of-files lists (${lists.size} digests): one job has one list; nothing was merged`);
  const runs = new Set(shards.map((s) => s.report?.shardPlan?.runner.runId).filter(Boolean));
  if (runs.size > 1) throw new UsageError(`the shards ran in different CI runs (${[...runs].join(", ")}): shards of one job run in one; nothing was merged`);
  return shards.sort((a, b) => a.index - b.index);
}

// src/job/merge-options.ts
var MERGE_OWN = [
  "jobDir",
  "outputType",
  "logLevel",
  "authType",
  "auth",
  "clientId",
  "tenantId",
  "audience",
  "sasToken",
  "accountKey",
  "connectionString",
  "concurrency",
  "failOnMismatch"
];
function fingerprintOfInputs(inputs) {
  return jobFingerprint(parseJobOptions(inputs));
}
function mergeOptions(raw, f = (k) => k) {
  const given = parseList(raw.shardsFrom);
  if (!given.length) throw new UsageError(`${f("shardsFrom")} is missing: give the shard job folders, or a folder that holds them (downloaded artifacts)`);
  const shards = readShardSet(given, fingerprintOfInputs);
  const inputs = { ...shards[0].manifest.inputs };
  for (const side of ["source", "destination"]) {
    const own = raw[side];
    if (typeof own === "string" && own.trim() && placeOf(own, void 0) !== placeOf(inputs[side], void 0)) {
      throw new UsageError(`the merge's ${f(side)} "${placeOf(own, void 0)}" is not the shards' (${placeOf(inputs[side], void 0)}); a merge takes its source and destination from the shards, so leave it out or give theirs`);
    }
  }
  delete inputs.shard;
  for (const k of MERGE_OWN) if (raw[k] !== void 0) inputs[k] = raw[k];
  for (const side of ["source", "destination"]) {
    const sas = raw[`${side}Sas`];
    if (typeof sas === "string" && sas && typeof inputs[side] === "string") inputs[side] = `${String(inputs[side]).split("?")[0]}?${sas.replace(/^\?/, "")}`;
  }
  const job = parseJobOptions(inputs, f);
  if (job.command !== "copy" && job.command !== "sync") throw new UsageError(`only copy and sync run as shards; these shards are of ${job.command}`);
  return {
    ...job,
    // The whole job, no longer one shard of it; its count stays in merge.
    shard: void 0,
    merge: { folders: shards.map((s) => s.dir) },
    commandLine: String(raw.commandLine ?? ""),
    // job.json of the merge: what was asked of the merge (a rerun merges again).
    inputs: raw
  };
}

// src/job/evidence/lock.ts
import { closeSync, linkSync, openSync, readFileSync as readFileSync3, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname as hostname2 } from "node:os";
import { join as join6 } from "node:path";
var LOCK_FILE = "job.lock";
var JobLockedError = class extends GuardError {
  constructor(message, lock) {
    super(message);
    this.lock = lock;
  }
  lock;
  name = "JobLockedError";
};
function processStartOf(pid) {
  try {
    const stat5 = readFileSync3(`/proc/${pid}/stat`, "utf8");
    return stat5.slice(stat5.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
function ownerRuns(owner) {
  if (!pidRuns(owner.pid)) return false;
  if (owner.processStart === void 0) return true;
  const now = processStartOf(owner.pid);
  return now === void 0 || now === owner.processStart;
}
function pidRuns(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code !== "ESRCH";
  }
}
function readLock(dir) {
  const path = join6(dir, LOCK_FILE);
  let text;
  try {
    text = readFileSync3(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return { state: "free" };
    return { state: "unreadable", path, error: e.message };
  }
  let owner;
  try {
    owner = JSON.parse(text);
    if (!Number.isInteger(owner.pid) || owner.pid <= 0 || typeof owner.hostname !== "string") throw new Error("no pid and hostname in it");
  } catch (e) {
    return { state: "unreadable", path, error: e.message };
  }
  if (owner.hostname !== hostname2()) return { state: "running", owner, elsewhere: true, path };
  return ownerRuns(owner) ? { state: "running", owner, elsewhere: false, path } : { state: "stale", owner, path };
}
function describeOwner(lock) {
  if (lock.state === "unreadable") return `an unreadable lock file (${lock.path}: ${lock.error})`;
  if (lock.state === "free") return "nothing";
  const o = lock.owner;
  return `pid ${o.pid}${lock.state === "running" && lock.elsewhere ? ` on host ${o.hostname}` : ""} (since ${o.startedAt})`;
}
function lockedMessage(jobId, lock, doing) {
  if (lock.state === "unreadable") {
    return `cannot ${doing} job ${jobId}: its lock file ${lock.path} cannot be read (${lock.error}); if no azcp process runs this job, remove that file and try again`;
  }
  if (lock.state === "running" && lock.elsewhere) {
    return `cannot ${doing} job ${jobId}: it is locked by pid ${lock.owner.pid} on host ${lock.owner.hostname} (since ${lock.owner.startedAt}), which cannot be checked from here; if it no longer runs there, remove ${lock.path} and try again`;
  }
  return `cannot ${doing} job ${jobId}: it is running now (pid ${lock.owner.pid}, since ${lock.owner.startedAt}); wait for it to end, or stop that process first`;
}
var held = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function removeIfOurs(path) {
  try {
    const owner = JSON.parse(readFileSync3(path, "utf8"));
    if (owner.pid === process.pid && owner.hostname === hostname2()) unlinkSync(path);
  } catch {
  }
}
function setAsideStale(path, stale) {
  const aside = `${path}.${process.pid}.${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  let moved;
  try {
    moved = JSON.parse(readFileSync3(aside, "utf8"));
  } catch {
    moved = void 0;
  }
  const same = moved?.pid === stale.pid && moved?.hostname === stale.hostname && moved?.startedAt === stale.startedAt;
  try {
    if (!same) linkSync(aside, path);
  } catch {
  }
  try {
    unlinkSync(aside);
  } catch {
  }
  return same;
}
function acquireLock(dir, jobId, doing) {
  const path = join6(dir, LOCK_FILE);
  const owner = { pid: process.pid, hostname: hostname2(), startedAt: (/* @__PURE__ */ new Date()).toISOString(), processStart: processStartOf(process.pid) };
  let replaced;
  for (let attempt = 0; ; attempt++) {
    let fd;
    try {
      fd = openSync(path, "wx");
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const lock = readLock(dir);
      if (lock.state === "free" && attempt < 3) continue;
      if (lock.state === "stale" && attempt < 3) {
        if (setAsideStale(path, lock.owner)) replaced = lock.owner;
        continue;
      }
      throw new JobLockedError(lockedMessage(jobId, lock, doing), lock);
    }
    try {
      writeSync(fd, JSON.stringify(owner) + "\n");
    } finally {
      closeSync(fd);
    }
    break;
  }
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const p of held) removeIfOurs(p);
    });
  }
  return {
    replaced,
    release: () => {
      if (!held.delete(path)) return;
      removeIfOurs(path);
    }
  };
}

// src/job/evidence/journal.ts
import { createReadStream, openSync as openSync2, writeSync as writeSync2, closeSync as closeSync2, existsSync as existsSync2, renameSync as renameSync2, statSync as statSync4, readFileSync as readFileSync4, writeFileSync } from "node:fs";
import { readdir as readdir3, rm as rm3 } from "node:fs/promises";
import { join as join7 } from "node:path";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
var LOG_KEEP = 3;
var JOB_ID = /^\d{8}-\d{6}Z-[0-9a-f]{6}$/;
function isJobId(id) {
  return JOB_ID.test(id);
}
function checkJobId(id) {
  if (!isJobId(id)) {
    throw new UsageError(`"${id}" is not a job id: ids look like 20250102-030405Z-a1b2c3 (see: azcp jobs list)`);
  }
  return id;
}
function newJobId(now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z").replace("T", "-");
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}
function stripSas(value) {
  if (typeof value !== "string" || !/^https?:\/\//i.test(value)) return { value, had: false };
  const q = value.indexOf("?");
  return q < 0 ? { value, had: false } : { value: value.slice(0, q), had: true };
}
var LineBatcher = class _LineBatcher {
  pending = [];
  pendingBytes = 0;
  timer;
  fd;
  static FLUSH_MS = 50;
  static MAX_BYTES = 64 * 1024;
  constructor(path, flags) {
    this.fd = openSync2(path, flags);
  }
  write(text, urgent = false) {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (urgent || this.pendingBytes >= _LineBatcher.MAX_BYTES) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), _LineBatcher.FLUSH_MS);
      this.timer.unref();
    }
  }
  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
    if (this.pending.length === 0) return;
    writeSync2(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingBytes = 0;
  }
  /** Flushes and closes; with a path, goes on writing to a new file there. */
  reopen(path) {
    this.flush();
    closeSync2(this.fd);
    if (path) this.fd = openSync2(path, "w");
  }
};
var JOURNAL_HARD_SLACK = 0.1;
var ROUTINE = /* @__PURE__ */ new Set(["Completed", "Skipped", "DryRun"]);
var URGENT_RECORD_BYTES = 4 * 1024 * 1024;
function openJobFolder(dir) {
  try {
    ensureFolderSync(dir);
  } catch (err) {
    if (err instanceof FolderError) throw new UsageError(`the job folder cannot be created: ${err.message}. Choose another place with --job-dir (AZCP_JOB_DIR).`);
    throw err;
  }
}
var JobFolder = class _JobFolder {
  constructor(jobId, root, doing) {
    this.jobId = jobId;
    this.root = root;
    this.dir = join7(root, jobId);
    openJobFolder(this.dir);
    this.lock = acquireLock(this.dir, jobId, doing);
    this.transfers = new LineBatcher(join7(this.dir, "transfers.jsonl"), "a");
    this.log = new LineBatcher(join7(this.dir, "azcp.log"), "a");
    this.logBytes = sizeOf(join7(this.dir, "azcp.log"));
    this.transfersBytes = sizeOf(join7(this.dir, "transfers.jsonl"));
  }
  jobId;
  root;
  dir;
  transfers;
  log;
  logBytes = 0;
  rotateAt = logRotateBytes();
  transfersBytes = 0;
  journalMax = journalMaxBytes();
  /** Lines left out of transfers.jsonl by its size cap. */
  journalDropped = 0;
  /** Held from creation to close(): no other process runs, resumes or
   *  cleans this job meanwhile (see lock.ts). */
  lock;
  get journalMaxBytes() {
    return this.journalMax;
  }
  static create(root, inputs, version, jobId) {
    const id = jobId ?? newJobId();
    const folder2 = new _JobFolder(id, root, jobId ? "resume" : "run");
    if (!jobId || !existsSync2(join7(folder2.dir, "job.json"))) {
      const clean = {};
      const sasStripped = { source: false, destination: false };
      for (const [k, v] of Object.entries(inputs)) {
        if (SECRET_INPUTS.includes(k)) continue;
        const { value, had } = stripSas(v);
        if (k === "source" || k === "destination") sasStripped[k] = had;
        clean[k] = typeof value === "string" ? redact(value) : value;
      }
      const manifest = { jobId: id, createdAt: (/* @__PURE__ */ new Date()).toISOString(), inputs: clean, sasStripped, version };
      writeFileSync(join7(folder2.dir, "job.json"), JSON.stringify(manifest, null, 2) + "\n");
    }
    return folder2;
  }
  writeLog(line) {
    const text = redact(line) + "\n";
    const n = Buffer.byteLength(text);
    if (this.logBytes > 0 && this.logBytes + n > this.rotateAt) this.rotateLog();
    this.logBytes += n;
    this.log.write(text);
  }
  rotateLog() {
    const base = join7(this.dir, "azcp.log");
    this.log.flush();
    for (let i = LOG_KEEP - 1; i >= 1; i--) {
      const from = i === 1 ? base : join7(this.dir, `azcp.${i - 1}.log`);
      if (existsSync2(from)) renameSync2(from, join7(this.dir, `azcp.${i}.log`));
    }
    this.log.reopen(base);
    this.logBytes = 0;
  }
  /** Appends one line (batched: see LineBatcher). */
  recordTransfer(rec) {
    const limit = ROUTINE.has(rec.status) ? this.journalMax : this.journalMax * (1 + JOURNAL_HARD_SLACK);
    if (this.transfersBytes >= limit) {
      this.journalDropped++;
      return;
    }
    const line = redact(JSON.stringify({ ...rec, at: rec.at ?? (/* @__PURE__ */ new Date()).toISOString() })) + "\n";
    this.transfersBytes += Buffer.byteLength(line);
    this.transfers.write(line, rec.size >= URGENT_RECORD_BYTES || rec.status === "Deleted");
  }
  writeFile(name, content) {
    const path = join7(this.dir, name);
    writeFileSync(path, redact(content));
    return path;
  }
  async close() {
    try {
      this.transfers.reopen();
      this.log.reopen();
    } finally {
      this.lock.release();
    }
  }
};
function sizeOf(path) {
  try {
    return statSync4(path).size;
  } catch {
    return 0;
  }
}
var UnreadableJobFile = class extends Error {
  constructor(path, cause) {
    super(`${path} cannot be read: ${cause?.message ?? String(cause)}`);
    this.path = path;
  }
  path;
  name = "UnreadableJobFile";
};
function readJsonFile(path, valid) {
  try {
    const value = JSON.parse(readFileSync4(path, "utf8"));
    if (!value || typeof value !== "object" || !valid(value)) throw new Error("not what azcp writes there");
    return value;
  } catch (e) {
    throw new UnreadableJobFile(path, e);
  }
}
function readManifest(root, jobId) {
  const path = join7(root, checkJobId(jobId), "job.json");
  if (!existsSync2(path)) throw new UsageError(`no job "${jobId}" in ${root} (see: azcp jobs list)`);
  return readJsonFile(path, (m) => typeof m.inputs === "object" && m.inputs !== null && typeof m.createdAt === "string");
}
function readReport(root, jobId) {
  const path = join7(root, jobId, "report.json");
  return existsSync2(path) ? readJsonFile(path, (r) => typeof r.status === "string" && typeof r.counts === "object") : void 0;
}
async function* readTransfers(root, jobId) {
  const path = join7(root, jobId, "transfers.jsonl");
  if (!existsSync2(path)) return;
  yield* readJsonLines(path);
}
async function* readJsonLines(path) {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line);
    } catch {
    }
  }
}
async function completedPaths(root, jobId) {
  const transferred = /* @__PURE__ */ new Map();
  const deleted = /* @__PURE__ */ new Map();
  for await (const rec of readTransfers(root, jobId)) {
    if (rec.status === "Completed") transferred.set(rec.path, rec.size);
    else if (rec.status === "Deleted") deleted.set(rec.path, rec.size);
    else if (rec.status === "Failed" || rec.status === "Cancelled") (rec.action === "delete" ? deleted : transferred).delete(rec.path);
  }
  return { transferred, deleted };
}
async function listJobIds(root) {
  try {
    const names = await readdir3(root, { withFileTypes: true });
    return names.filter((d) => d.isDirectory() && isJobId(d.name) && existsSync2(join7(root, d.name, "job.json"))).map((d) => d.name).sort();
  } catch {
    return [];
  }
}
async function removeJob(root, jobId) {
  const dir = join7(root, checkJobId(jobId));
  const lock = acquireLock(dir, jobId, "remove");
  try {
    const trash = join7(root, `.removing-${jobId}-${process.pid}`);
    renameSync2(dir, trash);
    await rm3(trash, { recursive: true, force: true });
  } finally {
    lock.release();
  }
  return { replaced: lock.replaced };
}

// src/job/run.ts
import { setMaxListeners } from "node:events";
import { join as join14 } from "node:path";

// src/job/evidence/published.ts
var cell = (t) => t.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function publishedMarkdown(r) {
  const p = r.published;
  if (!p) return [];
  const dry = r.status === "DryRun";
  const out = ["### Published", ""];
  if (p.byRule && Object.keys(p.byRule).length) {
    out.push("| Header | Set by | Files |", "|---|---|---:|");
    for (const [header2, by] of Object.entries(p.byRule).sort()) {
      for (const [rule, n] of Object.entries(by).sort()) out.push(`| ${cell(header2)} | \`${cell(rule)}\` | ${n} |`);
    }
    out.push("");
  }
  const updated = r.counts.propertiesUpdated;
  if (updated !== void 0) out.push(`- Properties updated (headers set in place, no upload): ${updated}${dry ? " (would be)" : ""}`);
  const last = p.uploadLast;
  if (last) {
    const globs = last.globs.map((g) => `\`${cell(g)}\``).join(", ");
    out.push(
      last.withheld ? `- Upload last (${globs}): ${last.held} object(s) NOT written because ${cell(last.withheld)}; the live pages still reference only what is there` : `- Upload last (${globs}): ${last.held} object(s) held back${dry ? "" : `, ${last.written} written after everything else`}`
    );
  }
  const purge = p.purge;
  if (purge) {
    const what = purge.everything ? `\`/*\` (${purge.changed} paths changed, more than --purge-max-paths)` : `${purge.paths.length} path(s)`;
    if (purge.changed === 0) out.push("- CDN purge: nothing changed, nothing purged");
    else {
      out.push(`- CDN purge${dry ? " (would purge)" : ""}: ${what}`);
      for (const x of purge.results) out.push(`  - \`${cell(x.endpoint)}\`: ${x.status}${x.error ? ` \u2014 ${cell(x.error)}` : ""}`);
      if (!purge.everything) {
        for (const path of purge.paths.slice(0, 20)) out.push(`  - \`${cell(path)}\``);
        if (purge.paths.length > 20) out.push(`  - \u2026 ${purge.paths.length - 20} more in report.json`);
      }
    }
  }
  out.push("");
  return out;
}
function publishedText(r) {
  const p = r.published;
  if (!p) return [];
  const out = [];
  if (r.counts.propertiesUpdated !== void 0) out.push(`  properties updated (no upload): ${r.counts.propertiesUpdated}`);
  if (p.uploadLast) {
    const l = p.uploadLast;
    out.push(`  upload last (${l.globs.join(", ")}): ${l.withheld ? `${l.held} NOT written: ${l.withheld}` : `${l.held} held, ${l.written} written last`}`);
  }
  if (p.purge && p.purge.changed > 0) {
    const res = p.purge.results.map((x) => `${x.endpoint.split("/").pop()} ${x.status}`).join(", ");
    out.push(`  CDN purge: ${p.purge.everything ? "/*" : `${p.purge.paths.length} path(s)`}${res ? ` \u2014 ${res}` : ""}`);
  }
  return out;
}

// src/job/evidence/report.ts
var REPORT_LIST_CAP = 1e3;
function verdict(input) {
  const { counts, reconciliation } = input;
  if (input.cancelled) return { status: "Cancelled", exitCode: 1, message: `Cancelled after ${counts.transferred} of ${counts.total} transfers; resume to finish.` };
  if (input.fatal) return { status: "Failed", exitCode: 1, message: input.fatal };
  if (input.dryRun) return { status: "DryRun", exitCode: 0, message: `Dry run: nothing was changed.` };
  const problems = [];
  if (counts.failed > 0) problems.push(`${counts.failed} failed`);
  if (input.unreadable) problems.push(`${input.unreadable} source path(s) could not be read, so what they hold was not copied`);
  if (reconciliation && !reconciliation.ok) {
    const r = reconciliation;
    const parts = [
      r.missing && `${r.missing} missing at the destination`,
      r.sizeMismatch && `${r.sizeMismatch} with a different size`,
      r.hashMismatch && `${r.hashMismatch} with a different MD5`,
      r.extraIsDifference && r.extra && `${r.extra} extra at the destination`
    ].filter(Boolean);
    problems.push(`reconciliation found ${parts.join(", ")}`);
  }
  if (input.purgeFailed) problems.push(input.purgeFailed);
  if (problems.length === 0) {
    if (input.success) return { status: "Completed", exitCode: 0, message: input.success };
    const extra = reconciliation && !reconciliation.extraIsDifference ? reconciliation.extra : 0;
    let outcome = extra > 0 ? `every source object is at the destination, which also keeps ${extra} object(s) the source does not have` : "the destination matches the source";
    const kept = counts.keptNewerAtDestination ?? 0;
    if (kept > 0) outcome += `, except ${kept} object(s) newer at the destination, kept by overwrite ifSourceNewer`;
    if (input.notVerifiedByMd5) outcome += ` (${input.notVerifiedByMd5} download(s) not verified against a Content-MD5: see the warning)`;
    return { status: "Completed", exitCode: 0, message: `Completed: ${counts.transferred} transferred, ${counts.skipped} skipped, ${counts.deleted} deleted; ${outcome}.` };
  }
  const status = counts.transferred > 0 || counts.skipped > 0 || counts.deleted > 0 ? "CompletedWithErrors" : "Failed";
  return { status, exitCode: 1, message: `${status === "Failed" ? "Failed" : "Completed with errors"}: ${problems.join("; ")}.` };
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function summaryMarkdown(r) {
  const icon = r.exitCode === 0 ? "\u2705" : r.status === "Cancelled" ? "\u23F9\uFE0F" : "\u274C";
  const lines = [];
  lines.push(`## ${icon} azcp ${r.command}: ${r.status}`);
  lines.push("");
  lines.push(r.message);
  lines.push("");
  lines.push(`- Source: \`${r.source}\``);
  if (r.destination) lines.push(`- Destination: \`${r.destination}\``);
  lines.push(`- Job: \`${r.jobId}\` \xB7 ${formatDuration(r.durationMs)} \xB7 ${throughput(r.counts.bytes, r.durationMs)}`);
  lines.push("");
  lines.push("| In scope | Transferred | Skipped | Deleted | Failed | Bytes | Retries |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|");
  const c = r.counts;
  lines.push(`| ${c.total} | ${c.transferred} | ${c.skipped} | ${c.deleted} | ${c.failed} | ${formatBytes(c.bytes)} | ${r.retries} |`);
  lines.push("");
  if (r.reconciliation) {
    const x = r.reconciliation;
    lines.push(`### Reconciliation: ${x.ok ? "matched" : "DIFFERENCES FOUND"}`);
    lines.push("");
    lines.push(x.basis === "planning" ? "_Nothing was written, so the listings made while planning are the proof._" : "_Both sides were listed again: the source once every transfer had started, the destination after they all ended._");
    lines.push("");
    lines.push("| | Objects | Bytes |");
    lines.push("|---|---:|---:|");
    lines.push(`| Source | ${x.sourceCount} | ${formatBytes(x.sourceBytes)} |`);
    lines.push(`| Destination | ${x.destinationCount} | ${formatBytes(x.destinationBytes)} |`);
    lines.push("");
    lines.push(`Matched ${x.matched} \xB7 missing ${x.missing} \xB7 size differs ${x.sizeMismatch} \xB7 MD5 differs ${x.hashMismatch} \xB7 extra at destination ${x.extra}`);
    if (x.differences.length) {
      lines.push("");
      for (const d of x.differences.slice(0, 20)) lines.push(`- \`${escapeCell(d.path)}\`: ${escapeCell(d.problem)}`);
    }
    lines.push("");
  } else if (r.shard && r.status !== "DryRun") {
    lines.push(`### Reconciliation: by the merge (this is shard ${r.shard.index} of ${r.shard.count})`);
    lines.push("");
    const d = r.shardPlan?.deferredDeletions.count ?? 0;
    lines.push(`_This shard did its transfers${d ? ` and wrote down ${d} deletion(s) without doing them` : ""}; \`azcp jobs merge\` applies the delete guards, deletes and reconciles once for the whole job._`);
    lines.push("");
  } else if (r.status !== "DryRun" && (r.command === "copy" || r.command === "sync")) {
    lines.push("### Reconciliation: not done (the job did not get that far)");
    lines.push("");
  }
  if (r.shards?.length) {
    lines.push(`### Shards (${r.shards.length})`);
    lines.push("");
    lines.push("| Shard | Job | Status | Files | Transferred | Failed | Bytes | Duration | Retries | Deletions planned | Runner |");
    lines.push("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const s of r.shards) {
      lines.push(`| ${s.index}/${s.count} | \`${s.jobId}\` | ${s.status} | ${s.files} | ${s.transferred} | ${s.failed} | ${formatBytes(s.bytes)} | ${formatDuration(s.durationMs)} | ${s.retries} | ${s.deferredDeletions} | ${escapeCell(s.runner)} |`);
    }
    lines.push("");
  }
  for (const para of overwriteRuleSentences(r)) {
    lines.push(para.sentence);
    lines.push("");
    for (const p of para.paths.slice(0, 20)) lines.push(`- \`${escapeCell(p)}\``);
    if (para.total > Math.min(20, para.paths.length)) lines.push(`- \u2026 ${para.total - Math.min(20, para.paths.length)} more in report.json`);
    if (para.paths.length) lines.push("");
  }
  lines.push(...publishedMarkdown(r));
  if (r.failuresTotal > 0) {
    lines.push(`### Failures (${r.failuresTotal})`);
    lines.push("");
    lines.push("| Path | Error |");
    lines.push("|---|---|");
    for (const f of r.failures.slice(0, 20)) lines.push(`| \`${escapeCell(f.path)}\` | ${escapeCell(f.error)} |`);
    if (r.failuresTotal > 20) lines.push(`| \u2026 | ${r.failuresTotal - 20} more in report.json and transfers.jsonl |`);
    lines.push("");
  }
  if (r.warnings.length) {
    lines.push("### Warnings");
    lines.push("");
    for (const w of r.warnings.slice(0, 20)) lines.push(`- ${escapeCell(w)}`);
    lines.push("");
  }
  return lines.map(printable).join("\n") + "\n";
}
function unverifiedWarning(v, checkMd5) {
  const parts = [];
  if (v.inTransit) parts.push(`${v.inTransit} download(s) had no Content-MD5 to verify against: their bytes were checked range by range in transit only (use --check-md5 FailIfDifferentOrMissing to fail them instead)`);
  if (v.none) parts.push(`${v.none} download(s) were not verified at all${checkMd5 === "NoCheck" ? " (--check-md5 NoCheck)" : " (the service sent a range without its MD5)"}`);
  return parts.join("; ");
}
function overwriteRuleSentences(r) {
  const out = [];
  const kept = r.counts.keptNewerAtDestination ?? 0;
  const dry = r.status === "DryRun";
  if (kept > 0) {
    out.push({
      sentence: `${kept} object${kept === 1 ? "" : "s"} ${dry ? "would differ" : kept === 1 ? "differs" : "differ"} from the source by choice: the destination was newer and --overwrite ifSourceNewer keeps it.`,
      paths: r.keptNewerAtDestination ?? [],
      total: kept
    });
  }
  const replaced = r.counts.overwroteNewerAtDestination ?? 0;
  if (replaced > 0) {
    out.push({
      sentence: `${replaced} transfer${replaced === 1 ? "" : "s"} ${dry ? "would replace" : "replaced"} a destination newer than its source (sync makes the destination match; --overwrite ifSourceNewer keeps a newer destination).`,
      paths: r.overwroteNewerAtDestination ?? [],
      total: replaced
    });
  }
  return out;
}

// src/job/context.ts
import { join as join8 } from "node:path";
var LEVELS = { error: 0, warning: 1, info: 2, debug: 3 };
var JobContext = class {
  constructor(options, hooks) {
    this.options = options;
    this.hooks = hooks;
    this.folder = JobFolder.create(options.jobDir, options.inputs, VERSION, hooks.jobId);
    hooks.onStart?.({ jobId: this.jobId, jobFolder: this.folder.dir, logPath: join8(this.folder.dir, "azcp.log") });
    if (options.command === "sync") {
      if (options.overwrite === "ifSourceNewer") this.counts.keptNewerAtDestination = 0;
      else this.counts.overwroteNewerAtDestination = 0;
    }
    const stale = this.folder.lock.replaced;
    if (stale) {
      this.warn(`job ${this.jobId} was locked by pid ${stale.pid} (since ${stale.startedAt}), which no longer runs: it ended without unlocking (killed?); this run took the lock over`);
    }
  }
  options;
  hooks;
  counts = { total: 0, transferred: 0, skipped: 0, failed: 0, deleted: 0, bytes: 0 };
  scanned = { source: 0, destination: 0 };
  failures = [];
  skipped = [];
  /** sync: objects that differ from the source by the --overwrite rule's choice (see keptNewer, overwroteNewer). */
  keptNewer = [];
  overwroteNewer = [];
  /** Planned transfers over a newer destination, counted once they succeed. */
  overwritingNewer = /* @__PURE__ */ new Set();
  warnings = [];
  /** Downloads by what they were verified against (see Verification). */
  verification = { endToEnd: 0, inTransit: 0, none: 0 };
  /** Problems listing the source: any of them forbids deletions. */
  enumerationProblems = [];
  /** Linked folders of a local source that were not followed: deletions under them are withheld. */
  unfollowedLinks = [];
  /** copy and sync: what the job published (header rules, upload-last, CDN purge). */
  published;
  /** A CDN purge that failed with purgeFailure fail: the job fails, its files stay live. */
  purgeFailed;
  /** Sections a command adds to the report (a shard's plan, a merge's rows): kept even when the command then throws. */
  reportExtras = {};
  bytesPlanned = 0;
  bytesInFlight = 0;
  phase = "planning";
  started = Date.now();
  folder;
  timer;
  stats = /* @__PURE__ */ new Set();
  /** Why the job stopped itself (e.g. credentials rejected); see stop(). */
  stopReason;
  onStop;
  /** Lets the runner abort everything when stop() is called. */
  whenStopped(fn) {
    this.onStop = fn;
  }
  /**
   * Stops the whole job: for failures that every other transfer would hit
   * too (rejected credentials, a vanished container). Trying the remaining
   * million files would only bury the cause under a million failures.
   */
  stop(reason) {
    if (this.stopReason) return;
    this.stopReason = redact(reason);
    this.log("error", `stopping the job: ${this.stopReason}`);
    this.onStop?.();
  }
  /** Remembers the sides whose retry counters the report sums. */
  retriesFrom(sides) {
    for (const side of sides) this.stats.add(side.stats);
  }
  get retries() {
    let n = 0;
    for (const s of this.stats) n += s.retries;
    return n;
  }
  get jobId() {
    return this.folder.jobId;
  }
  log(level, message) {
    const text = printable(redact(message));
    this.folder.writeLog(`${(/* @__PURE__ */ new Date()).toISOString()} ${level.toUpperCase().padEnd(7)} ${text}`);
    if (LEVELS[level] <= LEVELS[this.options.logLevel]) this.hooks.log?.(level, text);
  }
  /** To the job log only: for lines the host already shows another way.
   *  (The folder redacts everything it writes.) */
  fileLog(level, message) {
    this.folder.writeLog(`${(/* @__PURE__ */ new Date()).toISOString()} ${level.toUpperCase().padEnd(7)} ${printable(message)}`);
  }
  warn(message) {
    const text = printable(redact(message));
    if (this.warnings.length < REPORT_LIST_CAP) this.warnings.push(text);
    this.log("warning", text);
  }
  record(rec) {
    this.folder.recordTransfer(rec);
    if (rec.status === "DryRun") this.hooks.onDryRun?.({ path: rec.path, size: rec.size, action: rec.action, reason: rec.reason });
  }
  /** The source listing has ended: the planned totals are final (progress can give an ETA). */
  listingComplete = false;
  transferred(path, size, action, bytes, extra) {
    this.counts.transferred++;
    if (this.overwritingNewer.delete(path)) this.countOverwroteNewer(path);
    if (this.hooks.jobId && bytes < size) {
      this.counts.bytes += size;
      this.resume.bytesEarlier += size - bytes;
    } else this.counts.bytes += bytes;
    this.record({ path, size, status: "Completed", action, ...extra });
    this.log("debug", `${action} ${path} (${size} bytes)`);
  }
  /** An error as users read it: one line, redacted, with the cause named
   *  when it is known (a SAS that expired during the job). */
  describe(err) {
    const o = this.options;
    const sas = (l) => l?.remote ? l.sas ?? o.auth.sasToken : void 0;
    const sides = o.destination ? [{ role: "source", sas: sas(o.source) }, { role: "destination", sas: sas(o.destination) }] : [{ role: "target", sas: sas(o.source) }];
    const expired = expiredSasMessage(err, sides, this.jobId);
    return expired ? redact(expired) : describeError(err);
  }
  failed(path, size, action, err) {
    const error = this.describe(err);
    this.counts.failed++;
    if (this.failures.length < REPORT_LIST_CAP) this.failures.push({ path, error });
    this.record({ path, size, status: "Failed", action, error });
    this.log("error", `${action} failed: ${path}: ${error}`);
  }
  /** Objects a resumed job finds done by an earlier run: they count as
   *  transferred by this job (the report covers the whole job). One found
   *  Completed in the journal is not recorded again (that line stands); one
   *  found only at the destination (the run died between the write and its
   *  journal line) gets its Completed line now, so journal and report agree. */
  resume = { completedEarlier: 0, bytesEarlier: 0, deletedEarlier: 0 };
  completedEarlier(path, size, evidence, action) {
    this.counts.transferred++;
    this.counts.bytes += size;
    this.resume.completedEarlier++;
    this.resume.bytesEarlier += size;
    if (evidence === "destination") {
      this.record({ path, size, status: "Completed", action, reason: "written by an earlier run of this job (same size and time at the destination)" });
    }
    this.log("debug", `${path}: completed in an earlier run of this job (${evidence})`);
  }
  /** Deletions done by earlier runs of a resumed job (their Deleted lines
   *  stand in the journal): the report counts them with this run's. */
  deletedEarlier(count) {
    this.counts.deleted += count;
    this.resume.deletedEarlier += count;
    if (count) this.log("info", `resuming: ${count} deletion(s) were done by earlier runs of this job`);
  }
  /** sync --overwrite ifSourceNewer keeps a destination not older than its source: skipped, and said so. */
  keptNewerAtDestination(path, size, reason) {
    this.skip(path, size, reason);
    this.counts.keptNewerAtDestination = (this.counts.keptNewerAtDestination ?? 0) + 1;
    if (this.keptNewer.length < REPORT_LIST_CAP) this.keptNewer.push(path);
  }
  /** A sync transfer about to replace a destination newer than its source:
   *  counted when it succeeds (at once in a dry run, as what would happen). */
  overwritesNewerAtDestination(path) {
    if (this.options.dryRun) this.countOverwroteNewer(path);
    else this.overwritingNewer.add(path);
  }
  countOverwroteNewer(path) {
    this.counts.overwroteNewerAtDestination = (this.counts.overwroteNewerAtDestination ?? 0) + 1;
    if (this.overwroteNewer.length < REPORT_LIST_CAP) this.overwroteNewer.push(path);
  }
  /** Property drift: the bytes were current, the headers or metadata were set anew (no upload). Counted in skipped too. */
  propertiesUpdated(path, size, differs, extra) {
    this.counts.skipped++;
    this.counts.propertiesUpdated = (this.counts.propertiesUpdated ?? 0) + 1;
    const reason = `content identical; ${this.options.dryRun ? "would set" : "set"} ${differs.join(", ")}`;
    this.record({ path, size, status: this.options.dryRun ? "DryRun" : "Skipped", action: "set-properties", reason, ...extra });
    this.log(this.options.dryRun ? "info" : "debug", `${path}: ${reason}`);
  }
  skip(path, size, reason) {
    this.counts.skipped++;
    if (this.skipped.length < REPORT_LIST_CAP) this.skipped.push({ path, reason });
    this.record({ path, size, status: "Skipped", reason });
  }
  progressSnapshot() {
    return {
      phase: this.phase,
      scanned: this.scanned.source,
      transferred: this.counts.transferred,
      skipped: this.counts.skipped,
      failed: this.counts.failed,
      deleted: this.counts.deleted,
      bytes: this.counts.bytes + this.bytesInFlight,
      bytesPlanned: this.bytesPlanned,
      elapsedMs: Date.now() - this.started,
      total: this.counts.total,
      retries: this.retries,
      listingComplete: this.listingComplete
    };
  }
  startProgress() {
    if (!this.hooks.progress) return;
    const every = this.hooks.progressIntervalMs ?? 2e3;
    this.timer = setInterval(() => this.hooks.progress?.(this.progressSnapshot()), every);
    this.timer.unref();
  }
  stopProgress() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
    this.phase = "done";
    this.hooks.progress?.(this.progressSnapshot());
  }
};

// src/engine/diff.ts
var ListingOrderError = class extends Error {
  constructor(side, previous, next) {
    super(
      previous === next ? `${side} listing has the name ${JSON.stringify(next)} twice; refusing to plan from it` : `${side} listing is not sorted by UTF-8 bytes: ${JSON.stringify(next)} came after ${JSON.stringify(previous)}; refusing to plan from it`
    );
    this.side = side;
    this.previous = previous;
    this.next = next;
  }
  side;
  previous;
  next;
  name = "ListingOrderError";
};
var OrderedReader = class {
  constructor(listing, side) {
    this.side = side;
    this.iterator = listing[Symbol.asyncIterator]();
  }
  side;
  iterator;
  previous;
  finished = false;
  /** The next entry, or undefined at the end of the listing. */
  async next() {
    if (this.finished) return void 0;
    const step = await this.iterator.next();
    if (step.done) {
      this.finished = true;
      return void 0;
    }
    const entry = step.value;
    if (this.previous !== void 0 && compareUtf8(this.previous, entry.name) >= 0) {
      throw new ListingOrderError(this.side, this.previous, entry.name);
    }
    this.previous = entry.name;
    return entry;
  }
  /** Lets the listing release what it holds (e.g. an HTTP page stream) when we stop early. */
  async close() {
    if (this.finished) return;
    this.finished = true;
    await this.iterator.return?.();
  }
};
async function* mergeJoin(source, destination) {
  const src = new OrderedReader(source, "source");
  const dst = new OrderedReader(destination, "destination");
  try {
    let [s, d] = await Promise.all([src.next(), dst.next()]);
    while (s !== void 0 || d !== void 0) {
      const order = s === void 0 ? 1 : d === void 0 ? -1 : compareUtf8(s.name, d.name);
      if (order < 0) {
        yield { name: s.name, source: s };
        s = await src.next();
      } else if (order > 0) {
        yield { name: d.name, destination: d };
        d = await dst.next();
      } else {
        yield { name: s.name, source: s, destination: d };
        [s, d] = await Promise.all([src.next(), dst.next()]);
      }
    }
  } finally {
    await Promise.allSettled([src.close(), dst.close()]);
  }
}
function decide(pair, rules) {
  const { source, destination } = pair;
  if (source === void 0) {
    if (destination === void 0) throw new Error(`decide(): "${pair.name}" is on neither side`);
    return rules.command === "sync" && rules.deleteDestination ? { kind: "delete", destination } : void 0;
  }
  if (destination === void 0) return { kind: "transfer", source, reason: "missing" };
  return rules.command === "copy" ? decideCopy(source, destination, rules) : decideSync(source, destination, rules);
}
function decideCopy(source, destination, rules) {
  switch (rules.overwrite) {
    case "true":
      return { kind: "transfer", source, destination, reason: "overwrite" };
    case "false":
      return { kind: "skip", source, destination, reason: "exists at destination" };
    case "ifSourceNewer":
      return source.mtimeMs > destination.mtimeMs ? { kind: "transfer", source, destination, reason: "newer" } : { kind: "skip", source, destination, reason: "destination is as new" };
  }
}
function decideSync(source, destination, rules) {
  if (rules.overwrite === "ifSourceNewer") return decideSyncIfSourceNewer(source, destination, rules);
  const action = decideSyncToMatch(source, destination, rules);
  if (action.kind === "transfer" && destination.mtimeMs > source.mtimeMs) action.overwritesNewer = true;
  return action;
}
function decideSyncIfSourceNewer(source, destination, rules) {
  if (source.mtimeMs > destination.mtimeMs) return { kind: "transfer", source, destination, reason: "newer" };
  const same = decideSyncToMatch(source, destination, rules).kind === "skip";
  return same ? { kind: "skip", source, destination, reason: "identical" } : { kind: "skip", source, destination, reason: destination.mtimeMs > source.mtimeMs ? "destination is newer (kept)" : "destination is as new (kept)", keptNewer: true };
}
function decideSyncToMatch(source, destination, rules) {
  if (rules.mirrorMode) return { kind: "transfer", source, destination, reason: "mirror" };
  if (source.size !== destination.size) return { kind: "transfer", source, destination, reason: "size" };
  if (rules.compareHash === "md5") {
    return source.md5 !== void 0 && destination.md5 !== void 0 && source.md5 === destination.md5 ? { kind: "skip", source, destination, reason: "identical (md5)" } : { kind: "transfer", source, destination, reason: "hash" };
  }
  return source.mtimeMs > destination.mtimeMs ? { kind: "transfer", source, destination, reason: "newer" } : { kind: "skip", source, destination, reason: "identical" };
}
function needsHash(one2, other, rules) {
  return rules.command === "sync" && rules.compareHash === "md5" && !rules.mirrorMode && one2.md5 === void 0 && one2.size === other.size;
}
function needsSourceHash(source, destination, rules) {
  return needsHash(source, destination, rules) && destination.md5 !== void 0;
}
async function* plan(source, destination, rules, hooks = {}) {
  for await (const pair of mergeJoin(source, destination)) {
    if (pair.source && pair.destination && hooks.hashDestination && (pair.source.md5 !== void 0 || hooks.hashSource) && needsHash(pair.destination, pair.source, rules)) {
      const md5 = await hooks.hashDestination(pair.destination);
      if (md5 !== void 0) pair.destination = { ...pair.destination, md5 };
    }
    if (pair.source && pair.destination && hooks.hashSource && needsSourceHash(pair.source, pair.destination, rules)) {
      const md5 = await hooks.hashSource(pair.source);
      if (md5 !== void 0) pair.source = { ...pair.source, md5 };
    }
    const action = decide(pair, rules);
    yield action ?? { kind: "extra", destination: pair.destination };
  }
}

// src/engine/started.ts
function startNow(items, { readAhead = 1 } = {}) {
  const iterator = items[Symbol.asyncIterator]();
  const held2 = [];
  let finished2 = false;
  let failure;
  let taken = false;
  let firstAnswer;
  const answered = new Promise((resolve5) => firstAnswer = resolve5);
  const ahead = (async () => {
    try {
      do {
        const r = await iterator.next();
        if (r.done) finished2 = true;
        else held2.push(r.value);
        firstAnswer();
      } while (!finished2 && !taken && held2.length < readAhead);
    } catch (error) {
      failure = { error };
      firstAnswer();
    }
  })();
  return {
    answered: () => answered.then(() => failure && held2.length === 0 ? Promise.reject(failure.error) : void 0),
    [Symbol.asyncIterator]() {
      if (taken) throw new Error("a started listing has one reader");
      taken = true;
      let next = 0;
      let drained = false;
      return {
        next: async () => {
          if (!drained) {
            await ahead;
            if (next < held2.length) return { value: held2[next++], done: false };
            drained = true;
            held2.length = 0;
            if (failure) throw failure.error;
            if (finished2) return { value: void 0, done: true };
          }
          return iterator.next();
        },
        return: async (value) => {
          drained = true;
          held2.length = 0;
          await ahead;
          if (!finished2 && !failure) await iterator.return?.(value);
          return { done: true, value: void 0 };
        }
      };
    },
    async close() {
      if (taken) return;
      taken = true;
      await ahead;
      held2.length = 0;
      if (!finished2 && !failure) await iterator.return?.(void 0);
    }
  };
}

// src/engine/shard.ts
import { createHash as createHash5 } from "node:crypto";
function shardOf(name, count) {
  if (count <= 1) return 1;
  const h = createHash5("md5").update(name).digest().readUInt32BE(0);
  return h % count + 1;
}

// src/engine/filters.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
var KEEP_ALL = () => true;
function baseName(name) {
  return name.slice(name.lastIndexOf("/") + 1);
}
function compileGlobs(patterns) {
  const regexes = patterns.map((p) => import_picomatch3.default.makeRe(p, { dot: true, windows: false }));
  if (regexes.length === 1) {
    const [only] = regexes;
    return (s) => only.test(s);
  }
  return (s) => regexes.some((re) => re.test(s));
}
function compilePaths(paths) {
  if (paths.includes("")) return () => true;
  const exact = new Set(paths);
  const prefixes = paths.map((p) => p + "/");
  return (name) => exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}
function compileRegexes(sources) {
  const regexes = sources.map((s) => new RegExp(s));
  return (name) => regexes.some((re) => re.test(name));
}
function makeFilter(opts) {
  const checks = [];
  const { includeAfter, includeBefore } = opts;
  if (includeAfter !== void 0) checks.push((e) => e.mtimeMs >= includeAfter);
  if (includeBefore !== void 0) checks.push((e) => e.mtimeMs <= includeBefore);
  if (opts.includePath.length > 0) {
    const under = compilePaths(opts.includePath);
    checks.push((e) => under(e.name));
  }
  if (opts.excludePath.length > 0) {
    const under = compilePaths(opts.excludePath);
    checks.push((e) => !under(e.name));
  }
  if (opts.includePattern.length > 0) {
    const matches = compileGlobs(opts.includePattern);
    checks.push((e) => matches(baseName(e.name)));
  }
  if (opts.excludePattern.length > 0) {
    const matches = compileGlobs(opts.excludePattern);
    checks.push((e) => !matches(baseName(e.name)));
  }
  if (opts.includeRegex.length > 0) {
    const matches = compileRegexes(opts.includeRegex);
    checks.push((e) => matches(e.name));
  }
  if (opts.excludeRegex.length > 0) {
    const matches = compileRegexes(opts.excludeRegex);
    checks.push((e) => !matches(e.name));
  }
  if (checks.length === 0) return KEEP_ALL;
  if (checks.length === 1) return checks[0];
  return (entry) => {
    for (const check of checks) if (!check(entry)) return false;
    return true;
  };
}

// src/job/scope-filter.ts
function scopeFilter(o, namePrefix) {
  const keep = makeFilter(o.filters);
  const shard = o.shard;
  return (e) => {
    if (!keep(namePrefix ? { ...e, name: e.name.slice(namePrefix.length) } : e)) return false;
    if (!shard) return true;
    return shardOf(e.name, shard.count) === shard.index;
  };
}
function filtersInUse(o) {
  const f = o.filters;
  const out = [];
  const list = (flag, values) => {
    if (values.length) out.push(`--${flag} ${JSON.stringify(values.join(";"))}`);
  };
  list("include-pattern", f.includePattern);
  list("exclude-pattern", f.excludePattern);
  list("include-path", f.includePath);
  list("exclude-path", f.excludePath);
  list("include-regex", f.includeRegex);
  list("exclude-regex", f.excludeRegex);
  if (f.includeAfter !== void 0) out.push(`--include-after ${new Date(f.includeAfter).toISOString()}`);
  if (f.includeBefore !== void 0) out.push(`--include-before ${new Date(f.includeBefore).toISOString()}`);
  if (o.listOfFiles) out.push(`--list-of-files ${JSON.stringify(o.listOfFiles)}`);
  if (o.shard) out.push(`--shard ${o.shard.index}/${o.shard.count}`);
  return out;
}

// src/storage/side.ts
var isContainerSide = (side) => "targetScope" in side;

// src/job/sides.ts
var accessOf = (ctx, hooks) => ({ auth: ctx.options.auth, credential: hooks.credential });
async function openTransferSides(ctx, hooks, lists = { source: false, destination: false }) {
  const o = ctx.options;
  const rules = { command: o.command, recursive: o.recursive, followSymlinks: o.followSymlinks, preserveSymlinks: o.preserveSymlinks };
  const source = openSide(o.source, "source", accessOf(ctx, hooks));
  const destination = openSide(o.destination, "destination", accessOf(ctx, hooks));
  const early = source.features.remote ? void 0 : await source.sourceScope(rules, sourceEvents(ctx));
  await source.connect();
  await destination.connect();
  ctx.retriesFrom([source, destination]);
  const writes = !o.dryRun;
  for (const w of source.checkAccess(["read", "list"])) ctx.warn(w);
  const needs = ["list", ...writes ? ["write"] : [], ...o.deleteDestination && writes ? ["delete"] : []];
  for (const w of destination.checkAccess(needs)) ctx.warn(w);
  const started = {};
  const release = () => Promise.all(Object.values(started).map((l) => l.close())).then(() => {
  });
  try {
    let sourceScope = early;
    if (early) {
      if (lists.source) started.source = startNow(afterThisTurn(early.list()), { readAhead: LOCAL_READ_AHEAD });
    } else if (lists.source && source.listingProves?.()) {
      sourceScope = await source.sourceScope(rules, sourceEvents(ctx));
      started.source = await provenBy(source, sourceScope.list());
    } else await source.probe();
    let destinationScope;
    if (lists.destination && sourceScope && !sourceScope.single && destination.listingProves?.()) {
      destinationScope = await destination.destinationScope(sourceScope, rules, destinationEvents(ctx));
      started.destination = await provenBy(destination, destinationScope.list());
    } else {
      await destination.probe();
      sourceScope ??= await source.sourceScope(rules, sourceEvents(ctx));
      destinationScope = await destination.destinationScope(sourceScope, rules, destinationEvents(ctx));
    }
    const takeListing = (role) => {
      const listing = started[role];
      delete started[role];
      return listing;
    };
    return { source, destination, sourceScope, destinationScope, takeListing, release };
  } catch (err) {
    void release();
    throw err;
  }
}
var LOCAL_READ_AHEAD = 5e3;
async function* afterThisTurn(items) {
  await new Promise((resolve5) => setImmediate(resolve5));
  yield* items;
}
async function provenBy(side, listing) {
  const started = startNow(listing);
  try {
    await started.answered();
  } catch (err) {
    throw isContainerSide(side) ? side.preflightError(err) : err;
  }
  return started;
}
function targetSide(ctx, hooks) {
  const side = openSide(ctx.options.source, "target", accessOf(ctx, hooks));
  if (!isContainerSide(side)) throw new UsageError(`${ctx.options.command} works on a container URL, not "${ctx.options.source.display}"`);
  return side;
}
async function connectTarget(ctx, side, needs) {
  await side.connect();
  ctx.retriesFrom([side]);
  for (const w of side.checkAccess(needs)) ctx.warn(w);
}
function sourceEvents(ctx) {
  return {
    onProblem: (p) => {
      ctx.enumerationProblems.push(p);
      ctx.warn(`could not read ${p.path}: ${p.error}`);
    },
    onSkip: (path, reason) => ctx.log("info", `left out ${path}: ${reason}`),
    onUnfollowedLink: (name, path) => ctx.unfollowedLinks.push({ name, path })
  };
}
function destinationEvents(ctx) {
  return { onProblem: (p) => ctx.warn(`could not read destination ${p.path}: ${p.error}`), onSkip: () => {
  } };
}

// node_modules/mime/dist/types/other.js
var types = {
  "application/prs.cww": ["cww"],
  "application/prs.xsf+xml": ["xsf"],
  "application/vnd.1000minds.decision-model+xml": ["1km"],
  "application/vnd.3gpp.pic-bw-large": ["plb"],
  "application/vnd.3gpp.pic-bw-small": ["psb"],
  "application/vnd.3gpp.pic-bw-var": ["pvb"],
  "application/vnd.3gpp2.tcap": ["tcap"],
  "application/vnd.3m.post-it-notes": ["pwn"],
  "application/vnd.accpac.simply.aso": ["aso"],
  "application/vnd.accpac.simply.imp": ["imp"],
  "application/vnd.acucobol": ["acu"],
  "application/vnd.acucorp": ["atc", "acutc"],
  "application/vnd.adobe.air-application-installer-package+zip": ["air"],
  "application/vnd.adobe.formscentral.fcdt": ["fcdt"],
  "application/vnd.adobe.fxp": ["fxp", "fxpl"],
  "application/vnd.adobe.xdp+xml": ["xdp"],
  "application/vnd.adobe.xfdf": ["*xfdf"],
  "application/vnd.age": ["age"],
  "application/vnd.ahead.space": ["ahead"],
  "application/vnd.airzip.filesecure.azf": ["azf"],
  "application/vnd.airzip.filesecure.azs": ["azs"],
  "application/vnd.amazon.ebook": ["azw"],
  "application/vnd.americandynamics.acc": ["acc"],
  "application/vnd.amiga.ami": ["ami"],
  "application/vnd.android.package-archive": ["apk"],
  "application/vnd.anser-web-certificate-issue-initiation": ["cii"],
  "application/vnd.anser-web-funds-transfer-initiation": ["fti"],
  "application/vnd.antix.game-component": ["atx"],
  "application/vnd.apple.installer+xml": ["mpkg"],
  "application/vnd.apple.keynote": ["key"],
  "application/vnd.apple.mpegurl": ["m3u8"],
  "application/vnd.apple.numbers": ["numbers"],
  "application/vnd.apple.pages": ["pages"],
  "application/vnd.apple.pkpass": ["pkpass"],
  "application/vnd.aristanetworks.swi": ["swi"],
  "application/vnd.astraea-software.iota": ["iota"],
  "application/vnd.audiograph": ["aep"],
  "application/vnd.autodesk.fbx": ["fbx"],
  "application/vnd.balsamiq.bmml+xml": ["bmml"],
  "application/vnd.blueice.multipass": ["mpm"],
  "application/vnd.bmi": ["bmi"],
  "application/vnd.businessobjects": ["rep"],
  "application/vnd.chemdraw+xml": ["cdxml"],
  "application/vnd.chipnuts.karaoke-mmd": ["mmd"],
  "application/vnd.cinderella": ["cdy"],
  "application/vnd.citationstyles.style+xml": ["csl"],
  "application/vnd.claymore": ["cla"],
  "application/vnd.cloanto.rp9": ["rp9"],
  "application/vnd.clonk.c4group": ["c4g", "c4d", "c4f", "c4p", "c4u"],
  "application/vnd.cluetrust.cartomobile-config": ["c11amc"],
  "application/vnd.cluetrust.cartomobile-config-pkg": ["c11amz"],
  "application/vnd.commonspace": ["csp"],
  "application/vnd.contact.cmsg": ["cdbcmsg"],
  "application/vnd.cosmocaller": ["cmc"],
  "application/vnd.crick.clicker": ["clkx"],
  "application/vnd.crick.clicker.keyboard": ["clkk"],
  "application/vnd.crick.clicker.palette": ["clkp"],
  "application/vnd.crick.clicker.template": ["clkt"],
  "application/vnd.crick.clicker.wordbank": ["clkw"],
  "application/vnd.criticaltools.wbs+xml": ["wbs"],
  "application/vnd.ctc-posml": ["pml"],
  "application/vnd.cups-ppd": ["ppd"],
  "application/vnd.curl.car": ["car"],
  "application/vnd.curl.pcurl": ["pcurl"],
  "application/vnd.dart": ["dart"],
  "application/vnd.data-vision.rdz": ["rdz"],
  "application/vnd.dbf": ["dbf"],
  "application/vnd.dcmp+xml": ["dcmp"],
  "application/vnd.dece.data": ["uvf", "uvvf", "uvd", "uvvd"],
  "application/vnd.dece.ttml+xml": ["uvt", "uvvt"],
  "application/vnd.dece.unspecified": ["uvx", "uvvx"],
  "application/vnd.dece.zip": ["uvz", "uvvz"],
  "application/vnd.denovo.fcselayout-link": ["fe_launch"],
  "application/vnd.dna": ["dna"],
  "application/vnd.dolby.mlp": ["mlp"],
  "application/vnd.dpgraph": ["dpg"],
  "application/vnd.dreamfactory": ["dfac"],
  "application/vnd.ds-keypoint": ["kpxx"],
  "application/vnd.dvb.ait": ["ait"],
  "application/vnd.dvb.service": ["svc"],
  "application/vnd.dynageo": ["geo"],
  "application/vnd.ecowin.chart": ["mag"],
  "application/vnd.enliven": ["nml"],
  "application/vnd.epson.esf": ["esf"],
  "application/vnd.epson.msf": ["msf"],
  "application/vnd.epson.quickanime": ["qam"],
  "application/vnd.epson.salt": ["slt"],
  "application/vnd.epson.ssf": ["ssf"],
  "application/vnd.eszigno3+xml": ["es3", "et3"],
  "application/vnd.ezpix-album": ["ez2"],
  "application/vnd.ezpix-package": ["ez3"],
  "application/vnd.fdf": ["*fdf"],
  "application/vnd.fdsn.mseed": ["mseed"],
  "application/vnd.fdsn.seed": ["seed", "dataless"],
  "application/vnd.flographit": ["gph"],
  "application/vnd.fluxtime.clip": ["ftc"],
  "application/vnd.framemaker": ["fm", "frame", "maker", "book"],
  "application/vnd.frogans.fnc": ["fnc"],
  "application/vnd.frogans.ltf": ["ltf"],
  "application/vnd.fsc.weblaunch": ["fsc"],
  "application/vnd.fujitsu.oasys": ["oas"],
  "application/vnd.fujitsu.oasys2": ["oa2"],
  "application/vnd.fujitsu.oasys3": ["oa3"],
  "application/vnd.fujitsu.oasysgp": ["fg5"],
  "application/vnd.fujitsu.oasysprs": ["bh2"],
  "application/vnd.fujixerox.ddd": ["ddd"],
  "application/vnd.fujixerox.docuworks": ["xdw"],
  "application/vnd.fujixerox.docuworks.binder": ["xbd"],
  "application/vnd.fuzzysheet": ["fzs"],
  "application/vnd.genomatix.tuxedo": ["txd"],
  "application/vnd.geogebra.file": ["ggb"],
  "application/vnd.geogebra.slides": ["ggs"],
  "application/vnd.geogebra.tool": ["ggt"],
  "application/vnd.geometry-explorer": ["gex", "gre"],
  "application/vnd.geonext": ["gxt"],
  "application/vnd.geoplan": ["g2w"],
  "application/vnd.geospace": ["g3w"],
  "application/vnd.gmx": ["gmx"],
  "application/vnd.google-apps.document": ["gdoc"],
  "application/vnd.google-apps.drawing": ["gdraw"],
  "application/vnd.google-apps.form": ["gform"],
  "application/vnd.google-apps.jam": ["gjam"],
  "application/vnd.google-apps.map": ["gmap"],
  "application/vnd.google-apps.presentation": ["gslides"],
  "application/vnd.google-apps.script": ["gscript"],
  "application/vnd.google-apps.site": ["gsite"],
  "application/vnd.google-apps.spreadsheet": ["gsheet"],
  "application/vnd.google-earth.kml+xml": ["kml"],
  "application/vnd.google-earth.kmz": ["kmz"],
  "application/vnd.gov.sk.xmldatacontainer+xml": ["xdcf"],
  "application/vnd.grafeq": ["gqf", "gqs"],
  "application/vnd.groove-account": ["gac"],
  "application/vnd.groove-help": ["ghf"],
  "application/vnd.groove-identity-message": ["gim"],
  "application/vnd.groove-injector": ["grv"],
  "application/vnd.groove-tool-message": ["gtm"],
  "application/vnd.groove-tool-template": ["tpl"],
  "application/vnd.groove-vcard": ["vcg"],
  "application/vnd.hal+xml": ["hal"],
  "application/vnd.handheld-entertainment+xml": ["zmm"],
  "application/vnd.hbci": ["hbci"],
  "application/vnd.hhe.lesson-player": ["les"],
  "application/vnd.hp-hpgl": ["hpgl"],
  "application/vnd.hp-hpid": ["hpid"],
  "application/vnd.hp-hps": ["hps"],
  "application/vnd.hp-jlyt": ["jlt"],
  "application/vnd.hp-pcl": ["pcl"],
  "application/vnd.hp-pclxl": ["pclxl"],
  "application/vnd.hydrostatix.sof-data": ["sfd-hdstx"],
  "application/vnd.ibm.minipay": ["mpy"],
  "application/vnd.ibm.modcap": ["afp", "listafp", "list3820"],
  "application/vnd.ibm.rights-management": ["irm"],
  "application/vnd.ibm.secure-container": ["sc"],
  "application/vnd.iccprofile": ["icc", "icm"],
  "application/vnd.igloader": ["igl"],
  "application/vnd.immervision-ivp": ["ivp"],
  "application/vnd.immervision-ivu": ["ivu"],
  "application/vnd.insors.igm": ["igm"],
  "application/vnd.intercon.formnet": ["xpw", "xpx"],
  "application/vnd.intergeo": ["i2g"],
  "application/vnd.intu.qbo": ["qbo"],
  "application/vnd.intu.qfx": ["qfx"],
  "application/vnd.ipunplugged.rcprofile": ["rcprofile"],
  "application/vnd.irepository.package+xml": ["irp"],
  "application/vnd.is-xpr": ["xpr"],
  "application/vnd.isac.fcs": ["fcs"],
  "application/vnd.jam": ["jam"],
  "application/vnd.jcp.javame.midlet-rms": ["rms"],
  "application/vnd.jisp": ["jisp"],
  "application/vnd.joost.joda-archive": ["joda"],
  "application/vnd.kahootz": ["ktz", "ktr"],
  "application/vnd.kde.karbon": ["karbon"],
  "application/vnd.kde.kchart": ["chrt"],
  "application/vnd.kde.kformula": ["kfo"],
  "application/vnd.kde.kivio": ["flw"],
  "application/vnd.kde.kontour": ["kon"],
  "application/vnd.kde.kpresenter": ["kpr", "kpt"],
  "application/vnd.kde.kspread": ["ksp"],
  "application/vnd.kde.kword": ["kwd", "kwt"],
  "application/vnd.kenameaapp": ["htke"],
  "application/vnd.kidspiration": ["kia"],
  "application/vnd.kinar": ["kne", "knp"],
  "application/vnd.koan": ["skp", "skd", "skt", "skm"],
  "application/vnd.kodak-descriptor": ["sse"],
  "application/vnd.las.las+xml": ["lasxml"],
  "application/vnd.llamagraphics.life-balance.desktop": ["lbd"],
  "application/vnd.llamagraphics.life-balance.exchange+xml": ["lbe"],
  "application/vnd.lotus-1-2-3": ["123"],
  "application/vnd.lotus-approach": ["apr"],
  "application/vnd.lotus-freelance": ["pre"],
  "application/vnd.lotus-notes": ["nsf"],
  "application/vnd.lotus-organizer": ["org"],
  "application/vnd.lotus-screencam": ["scm"],
  "application/vnd.lotus-wordpro": ["lwp"],
  "application/vnd.macports.portpkg": ["portpkg"],
  "application/vnd.mapbox-vector-tile": ["mvt"],
  "application/vnd.mcd": ["mcd"],
  "application/vnd.medcalcdata": ["mc1"],
  "application/vnd.mediastation.cdkey": ["cdkey"],
  "application/vnd.mfer": ["mwf"],
  "application/vnd.mfmp": ["mfm"],
  "application/vnd.micrografx.flo": ["flo"],
  "application/vnd.micrografx.igx": ["igx"],
  "application/vnd.mif": ["mif"],
  "application/vnd.mobius.daf": ["daf"],
  "application/vnd.mobius.dis": ["dis"],
  "application/vnd.mobius.mbk": ["mbk"],
  "application/vnd.mobius.mqy": ["mqy"],
  "application/vnd.mobius.msl": ["msl"],
  "application/vnd.mobius.plc": ["plc"],
  "application/vnd.mobius.txf": ["txf"],
  "application/vnd.mophun.application": ["mpn"],
  "application/vnd.mophun.certificate": ["mpc"],
  "application/vnd.mozilla.xul+xml": ["xul"],
  "application/vnd.ms-artgalry": ["cil"],
  "application/vnd.ms-cab-compressed": ["cab"],
  "application/vnd.ms-excel": ["xls", "xlm", "xla", "xlc", "xlt", "xlw"],
  "application/vnd.ms-excel.addin.macroenabled.12": ["xlam"],
  "application/vnd.ms-excel.sheet.binary.macroenabled.12": ["xlsb"],
  "application/vnd.ms-excel.sheet.macroenabled.12": ["xlsm"],
  "application/vnd.ms-excel.template.macroenabled.12": ["xltm"],
  "application/vnd.ms-fontobject": ["eot"],
  "application/vnd.ms-htmlhelp": ["chm"],
  "application/vnd.ms-ims": ["ims"],
  "application/vnd.ms-lrm": ["lrm"],
  "application/vnd.ms-officetheme": ["thmx"],
  "application/vnd.ms-outlook": ["msg"],
  "application/vnd.ms-pki.seccat": ["cat"],
  "application/vnd.ms-pki.stl": ["*stl"],
  "application/vnd.ms-powerpoint": ["ppt", "pps", "pot"],
  "application/vnd.ms-powerpoint.addin.macroenabled.12": ["ppam"],
  "application/vnd.ms-powerpoint.presentation.macroenabled.12": ["pptm"],
  "application/vnd.ms-powerpoint.slide.macroenabled.12": ["sldm"],
  "application/vnd.ms-powerpoint.slideshow.macroenabled.12": ["ppsm"],
  "application/vnd.ms-powerpoint.template.macroenabled.12": ["potm"],
  "application/vnd.ms-project": ["*mpp", "mpt"],
  "application/vnd.ms-visio.viewer": ["vdx"],
  "application/vnd.ms-word.document.macroenabled.12": ["docm"],
  "application/vnd.ms-word.template.macroenabled.12": ["dotm"],
  "application/vnd.ms-works": ["wps", "wks", "wcm", "wdb"],
  "application/vnd.ms-wpl": ["wpl"],
  "application/vnd.ms-xpsdocument": ["xps"],
  "application/vnd.mseq": ["mseq"],
  "application/vnd.musician": ["mus"],
  "application/vnd.muvee.style": ["msty"],
  "application/vnd.mynfc": ["taglet"],
  "application/vnd.nato.bindingdataobject+xml": ["bdo"],
  "application/vnd.neurolanguage.nlu": ["nlu"],
  "application/vnd.nitf": ["ntf", "nitf"],
  "application/vnd.noblenet-directory": ["nnd"],
  "application/vnd.noblenet-sealer": ["nns"],
  "application/vnd.noblenet-web": ["nnw"],
  "application/vnd.nokia.n-gage.ac+xml": ["*ac"],
  "application/vnd.nokia.n-gage.data": ["ngdat"],
  "application/vnd.nokia.n-gage.symbian.install": ["n-gage"],
  "application/vnd.nokia.radio-preset": ["rpst"],
  "application/vnd.nokia.radio-presets": ["rpss"],
  "application/vnd.novadigm.edm": ["edm"],
  "application/vnd.novadigm.edx": ["edx"],
  "application/vnd.novadigm.ext": ["ext"],
  "application/vnd.oasis.opendocument.chart": ["odc"],
  "application/vnd.oasis.opendocument.chart-template": ["otc"],
  "application/vnd.oasis.opendocument.database": ["odb"],
  "application/vnd.oasis.opendocument.formula": ["odf"],
  "application/vnd.oasis.opendocument.formula-template": ["odft"],
  "application/vnd.oasis.opendocument.graphics": ["odg"],
  "application/vnd.oasis.opendocument.graphics-template": ["otg"],
  "application/vnd.oasis.opendocument.image": ["odi"],
  "application/vnd.oasis.opendocument.image-template": ["oti"],
  "application/vnd.oasis.opendocument.presentation": ["odp"],
  "application/vnd.oasis.opendocument.presentation-template": ["otp"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/vnd.oasis.opendocument.spreadsheet-template": ["ots"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.text-master": ["odm"],
  "application/vnd.oasis.opendocument.text-template": ["ott"],
  "application/vnd.oasis.opendocument.text-web": ["oth"],
  "application/vnd.olpc-sugar": ["xo"],
  "application/vnd.oma.dd2+xml": ["dd2"],
  "application/vnd.openblox.game+xml": ["obgx"],
  "application/vnd.openofficeorg.extension": ["oxt"],
  "application/vnd.openstreetmap.data+xml": ["osm"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": [
    "pptx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.slide": [
    "sldx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow": [
    "ppsx"
  ],
  "application/vnd.openxmlformats-officedocument.presentationml.template": [
    "potx"
  ],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template": [
    "xltx"
  ],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [
    "docx"
  ],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template": [
    "dotx"
  ],
  "application/vnd.osgeo.mapguide.package": ["mgp"],
  "application/vnd.osgi.dp": ["dp"],
  "application/vnd.osgi.subsystem": ["esa"],
  "application/vnd.palm": ["pdb", "pqa", "oprc"],
  "application/vnd.pawaafile": ["paw"],
  "application/vnd.pg.format": ["str"],
  "application/vnd.pg.osasli": ["ei6"],
  "application/vnd.picsel": ["efif"],
  "application/vnd.pmi.widget": ["wg"],
  "application/vnd.pocketlearn": ["plf"],
  "application/vnd.powerbuilder6": ["pbd"],
  "application/vnd.previewsystems.box": ["box"],
  "application/vnd.procrate.brushset": ["brushset"],
  "application/vnd.procreate.brush": ["brush"],
  "application/vnd.procreate.dream": ["drm"],
  "application/vnd.proteus.magazine": ["mgz"],
  "application/vnd.publishare-delta-tree": ["qps"],
  "application/vnd.pvi.ptid1": ["ptid"],
  "application/vnd.pwg-xhtml-print+xml": ["xhtm"],
  "application/vnd.quark.quarkxpress": [
    "qxd",
    "qxt",
    "qwd",
    "qwt",
    "qxl",
    "qxb"
  ],
  "application/vnd.rar": ["rar"],
  "application/vnd.realvnc.bed": ["bed"],
  "application/vnd.recordare.musicxml": ["mxl"],
  "application/vnd.recordare.musicxml+xml": ["musicxml"],
  "application/vnd.rig.cryptonote": ["cryptonote"],
  "application/vnd.rim.cod": ["cod"],
  "application/vnd.rn-realmedia": ["rm"],
  "application/vnd.rn-realmedia-vbr": ["rmvb"],
  "application/vnd.route66.link66+xml": ["link66"],
  "application/vnd.sailingtracker.track": ["st"],
  "application/vnd.seemail": ["see"],
  "application/vnd.sema": ["sema"],
  "application/vnd.semd": ["semd"],
  "application/vnd.semf": ["semf"],
  "application/vnd.shana.informed.formdata": ["ifm"],
  "application/vnd.shana.informed.formtemplate": ["itp"],
  "application/vnd.shana.informed.interchange": ["iif"],
  "application/vnd.shana.informed.package": ["ipk"],
  "application/vnd.simtech-mindmapper": ["twd", "twds"],
  "application/vnd.smaf": ["mmf"],
  "application/vnd.smart.teacher": ["teacher"],
  "application/vnd.software602.filler.form+xml": ["fo"],
  "application/vnd.solent.sdkm+xml": ["sdkm", "sdkd"],
  "application/vnd.spotfire.dxp": ["dxp"],
  "application/vnd.spotfire.sfs": ["sfs"],
  "application/vnd.stardivision.calc": ["sdc"],
  "application/vnd.stardivision.draw": ["sda"],
  "application/vnd.stardivision.impress": ["sdd"],
  "application/vnd.stardivision.math": ["smf"],
  "application/vnd.stardivision.writer": ["sdw", "vor"],
  "application/vnd.stardivision.writer-global": ["sgl"],
  "application/vnd.stepmania.package": ["smzip"],
  "application/vnd.stepmania.stepchart": ["sm"],
  "application/vnd.sun.wadl+xml": ["wadl"],
  "application/vnd.sun.xml.calc": ["sxc"],
  "application/vnd.sun.xml.calc.template": ["stc"],
  "application/vnd.sun.xml.draw": ["sxd"],
  "application/vnd.sun.xml.draw.template": ["std"],
  "application/vnd.sun.xml.impress": ["sxi"],
  "application/vnd.sun.xml.impress.template": ["sti"],
  "application/vnd.sun.xml.math": ["sxm"],
  "application/vnd.sun.xml.writer": ["sxw"],
  "application/vnd.sun.xml.writer.global": ["sxg"],
  "application/vnd.sun.xml.writer.template": ["stw"],
  "application/vnd.sus-calendar": ["sus", "susp"],
  "application/vnd.svd": ["svd"],
  "application/vnd.symbian.install": ["sis", "sisx"],
  "application/vnd.syncml+xml": ["xsm"],
  "application/vnd.syncml.dm+wbxml": ["bdm"],
  "application/vnd.syncml.dm+xml": ["xdm"],
  "application/vnd.syncml.dmddf+xml": ["ddf"],
  "application/vnd.tao.intent-module-archive": ["tao"],
  "application/vnd.tcpdump.pcap": ["pcap", "cap", "dmp"],
  "application/vnd.tmobile-livetv": ["tmo"],
  "application/vnd.trid.tpt": ["tpt"],
  "application/vnd.triscape.mxs": ["mxs"],
  "application/vnd.trueapp": ["tra"],
  "application/vnd.ufdl": ["ufd", "ufdl"],
  "application/vnd.uiq.theme": ["utz"],
  "application/vnd.umajin": ["umj"],
  "application/vnd.unity": ["unityweb"],
  "application/vnd.uoml+xml": ["uoml", "uo"],
  "application/vnd.vcx": ["vcx"],
  "application/vnd.visio": ["vsd", "vst", "vss", "vsw", "vsdx", "vtx"],
  "application/vnd.visionary": ["vis"],
  "application/vnd.vsf": ["vsf"],
  "application/vnd.wap.wbxml": ["wbxml"],
  "application/vnd.wap.wmlc": ["wmlc"],
  "application/vnd.wap.wmlscriptc": ["wmlsc"],
  "application/vnd.webturbo": ["wtb"],
  "application/vnd.wolfram.player": ["nbp"],
  "application/vnd.wordperfect": ["wpd"],
  "application/vnd.wqd": ["wqd"],
  "application/vnd.wt.stf": ["stf"],
  "application/vnd.xara": ["xar"],
  "application/vnd.xfdl": ["xfdl"],
  "application/vnd.yamaha.hv-dic": ["hvd"],
  "application/vnd.yamaha.hv-script": ["hvs"],
  "application/vnd.yamaha.hv-voice": ["hvp"],
  "application/vnd.yamaha.openscoreformat": ["osf"],
  "application/vnd.yamaha.openscoreformat.osfpvg+xml": ["osfpvg"],
  "application/vnd.yamaha.smaf-audio": ["saf"],
  "application/vnd.yamaha.smaf-phrase": ["spf"],
  "application/vnd.yellowriver-custom-menu": ["cmp"],
  "application/vnd.zul": ["zir", "zirz"],
  "application/vnd.zzazz.deck+xml": ["zaz"],
  "application/x-7z-compressed": ["7z"],
  "application/x-abiword": ["abw"],
  "application/x-ace-compressed": ["ace"],
  "application/x-apple-diskimage": ["*dmg"],
  "application/x-arj": ["arj"],
  "application/x-authorware-bin": ["aab", "x32", "u32", "vox"],
  "application/x-authorware-map": ["aam"],
  "application/x-authorware-seg": ["aas"],
  "application/x-bcpio": ["bcpio"],
  "application/x-bdoc": ["*bdoc"],
  "application/x-bittorrent": ["torrent"],
  "application/x-blender": ["blend"],
  "application/x-blorb": ["blb", "blorb"],
  "application/x-bzip": ["bz"],
  "application/x-bzip2": ["bz2", "boz"],
  "application/x-cbr": ["cbr", "cba", "cbt", "cbz", "cb7"],
  "application/x-cdlink": ["vcd"],
  "application/x-cfs-compressed": ["cfs"],
  "application/x-chat": ["chat"],
  "application/x-chess-pgn": ["pgn"],
  "application/x-chrome-extension": ["crx"],
  "application/x-cocoa": ["cco"],
  "application/x-compressed": ["*rar"],
  "application/x-conference": ["nsc"],
  "application/x-cpio": ["cpio"],
  "application/x-csh": ["csh"],
  "application/x-debian-package": ["*deb", "udeb"],
  "application/x-dgc-compressed": ["dgc"],
  "application/x-director": [
    "dir",
    "dcr",
    "dxr",
    "cst",
    "cct",
    "cxt",
    "w3d",
    "fgd",
    "swa"
  ],
  "application/x-doom": ["wad"],
  "application/x-dtbncx+xml": ["ncx"],
  "application/x-dtbook+xml": ["dtb"],
  "application/x-dtbresource+xml": ["res"],
  "application/x-dvi": ["dvi"],
  "application/x-envoy": ["evy"],
  "application/x-eva": ["eva"],
  "application/x-font-bdf": ["bdf"],
  "application/x-font-ghostscript": ["gsf"],
  "application/x-font-linux-psf": ["psf"],
  "application/x-font-pcf": ["pcf"],
  "application/x-font-snf": ["snf"],
  "application/x-font-type1": ["pfa", "pfb", "pfm", "afm"],
  "application/x-freearc": ["arc"],
  "application/x-futuresplash": ["spl"],
  "application/x-gca-compressed": ["gca"],
  "application/x-glulx": ["ulx"],
  "application/x-gnumeric": ["gnumeric"],
  "application/x-gramps-xml": ["gramps"],
  "application/x-gtar": ["gtar"],
  "application/x-hdf": ["hdf"],
  "application/x-httpd-php": ["php"],
  "application/x-install-instructions": ["install"],
  "application/x-ipynb+json": ["ipynb"],
  "application/x-iso9660-image": ["*iso"],
  "application/x-iwork-keynote-sffkey": ["*key"],
  "application/x-iwork-numbers-sffnumbers": ["*numbers"],
  "application/x-iwork-pages-sffpages": ["*pages"],
  "application/x-java-archive-diff": ["jardiff"],
  "application/x-java-jnlp-file": ["jnlp"],
  "application/x-keepass2": ["kdbx"],
  "application/x-latex": ["latex"],
  "application/x-lua-bytecode": ["luac"],
  "application/x-lzh-compressed": ["lzh", "lha"],
  "application/x-makeself": ["run"],
  "application/x-mie": ["mie"],
  "application/x-mobipocket-ebook": ["*prc", "mobi"],
  "application/x-ms-application": ["application"],
  "application/x-ms-shortcut": ["lnk"],
  "application/x-ms-wmd": ["wmd"],
  "application/x-ms-wmz": ["wmz"],
  "application/x-ms-xbap": ["xbap"],
  "application/x-msaccess": ["mdb"],
  "application/x-msbinder": ["obd"],
  "application/x-mscardfile": ["crd"],
  "application/x-msclip": ["clp"],
  "application/x-msdos-program": ["*exe"],
  "application/x-msdownload": ["*exe", "*dll", "com", "bat", "*msi"],
  "application/x-msmediaview": ["mvb", "m13", "m14"],
  "application/x-msmetafile": ["*wmf", "*wmz", "*emf", "emz"],
  "application/x-msmoney": ["mny"],
  "application/x-mspublisher": ["pub"],
  "application/x-msschedule": ["scd"],
  "application/x-msterminal": ["trm"],
  "application/x-mswrite": ["wri"],
  "application/x-netcdf": ["nc", "cdf"],
  "application/x-ns-proxy-autoconfig": ["pac"],
  "application/x-nzb": ["nzb"],
  "application/x-perl": ["pl", "pm"],
  "application/x-pilot": ["*prc", "*pdb"],
  "application/x-pkcs12": ["p12", "pfx"],
  "application/x-pkcs7-certificates": ["p7b", "spc"],
  "application/x-pkcs7-certreqresp": ["p7r"],
  "application/x-rar-compressed": ["*rar"],
  "application/x-redhat-package-manager": ["rpm"],
  "application/x-research-info-systems": ["ris"],
  "application/x-sea": ["sea"],
  "application/x-sh": ["sh"],
  "application/x-shar": ["shar"],
  "application/x-shockwave-flash": ["swf"],
  "application/x-silverlight-app": ["xap"],
  "application/x-sql": ["*sql"],
  "application/x-stuffit": ["sit"],
  "application/x-stuffitx": ["sitx"],
  "application/x-subrip": ["srt"],
  "application/x-sv4cpio": ["sv4cpio"],
  "application/x-sv4crc": ["sv4crc"],
  "application/x-t3vm-image": ["t3"],
  "application/x-tads": ["gam"],
  "application/x-tar": ["tar"],
  "application/x-tcl": ["tcl", "tk"],
  "application/x-tex": ["tex"],
  "application/x-tex-tfm": ["tfm"],
  "application/x-texinfo": ["texinfo", "texi"],
  "application/x-tgif": ["*obj"],
  "application/x-ustar": ["ustar"],
  "application/x-virtualbox-hdd": ["hdd"],
  "application/x-virtualbox-ova": ["ova"],
  "application/x-virtualbox-ovf": ["ovf"],
  "application/x-virtualbox-vbox": ["vbox"],
  "application/x-virtualbox-vbox-extpack": ["vbox-extpack"],
  "application/x-virtualbox-vdi": ["vdi"],
  "application/x-virtualbox-vhd": ["vhd"],
  "application/x-virtualbox-vmdk": ["vmdk"],
  "application/x-wais-source": ["src"],
  "application/x-web-app-manifest+json": ["webapp"],
  "application/x-x509-ca-cert": ["der", "crt", "pem"],
  "application/x-xfig": ["fig"],
  "application/x-xliff+xml": ["*xlf"],
  "application/x-xpinstall": ["xpi"],
  "application/x-xz": ["xz"],
  "application/x-zip-compressed": ["*zip"],
  "application/x-zmachine": ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"],
  "audio/vnd.dece.audio": ["uva", "uvva"],
  "audio/vnd.digital-winds": ["eol"],
  "audio/vnd.dra": ["dra"],
  "audio/vnd.dts": ["dts"],
  "audio/vnd.dts.hd": ["dtshd"],
  "audio/vnd.lucent.voice": ["lvp"],
  "audio/vnd.ms-playready.media.pya": ["pya"],
  "audio/vnd.nuera.ecelp4800": ["ecelp4800"],
  "audio/vnd.nuera.ecelp7470": ["ecelp7470"],
  "audio/vnd.nuera.ecelp9600": ["ecelp9600"],
  "audio/vnd.rip": ["rip"],
  "audio/x-aac": ["*aac"],
  "audio/x-aiff": ["aif", "aiff", "aifc"],
  "audio/x-caf": ["caf"],
  "audio/x-flac": ["flac"],
  "audio/x-m4a": ["*m4a"],
  "audio/x-matroska": ["mka"],
  "audio/x-mpegurl": ["m3u"],
  "audio/x-ms-wax": ["wax"],
  "audio/x-ms-wma": ["wma"],
  "audio/x-pn-realaudio": ["ram", "ra"],
  "audio/x-pn-realaudio-plugin": ["rmp"],
  "audio/x-realaudio": ["*ra"],
  "audio/x-wav": ["*wav"],
  "chemical/x-cdx": ["cdx"],
  "chemical/x-cif": ["cif"],
  "chemical/x-cmdf": ["cmdf"],
  "chemical/x-cml": ["cml"],
  "chemical/x-csml": ["csml"],
  "chemical/x-xyz": ["xyz"],
  "image/prs.btif": ["btif", "btf"],
  "image/prs.pti": ["pti"],
  "image/vnd.adobe.photoshop": ["psd"],
  "image/vnd.airzip.accelerator.azv": ["azv"],
  "image/vnd.blockfact.facti": ["facti"],
  "image/vnd.dece.graphic": ["uvi", "uvvi", "uvg", "uvvg"],
  "image/vnd.djvu": ["djvu", "djv"],
  "image/vnd.dvb.subtitle": ["*sub"],
  "image/vnd.dwg": ["dwg"],
  "image/vnd.dxf": ["dxf"],
  "image/vnd.fastbidsheet": ["fbs"],
  "image/vnd.fpx": ["fpx"],
  "image/vnd.fst": ["fst"],
  "image/vnd.fujixerox.edmics-mmr": ["mmr"],
  "image/vnd.fujixerox.edmics-rlc": ["rlc"],
  "image/vnd.microsoft.icon": ["ico"],
  "image/vnd.ms-dds": ["dds"],
  "image/vnd.ms-modi": ["mdi"],
  "image/vnd.ms-photo": ["wdp"],
  "image/vnd.net-fpx": ["npx"],
  "image/vnd.pco.b16": ["b16"],
  "image/vnd.tencent.tap": ["tap"],
  "image/vnd.valve.source.texture": ["vtf"],
  "image/vnd.wap.wbmp": ["wbmp"],
  "image/vnd.xiff": ["xif"],
  "image/vnd.zbrush.pcx": ["pcx"],
  "image/x-3ds": ["3ds"],
  "image/x-adobe-dng": ["dng"],
  "image/x-cmu-raster": ["ras"],
  "image/x-cmx": ["cmx"],
  "image/x-freehand": ["fh", "fhc", "fh4", "fh5", "fh7"],
  "image/x-icon": ["*ico"],
  "image/x-jng": ["jng"],
  "image/x-mrsid-image": ["sid"],
  "image/x-ms-bmp": ["*bmp"],
  "image/x-pcx": ["*pcx"],
  "image/x-pict": ["pic", "pct"],
  "image/x-portable-anymap": ["pnm"],
  "image/x-portable-bitmap": ["pbm"],
  "image/x-portable-graymap": ["pgm"],
  "image/x-portable-pixmap": ["ppm"],
  "image/x-rgb": ["rgb"],
  "image/x-tga": ["tga"],
  "image/x-xbitmap": ["xbm"],
  "image/x-xpixmap": ["xpm"],
  "image/x-xwindowdump": ["xwd"],
  "message/vnd.wfa.wsc": ["wsc"],
  "model/vnd.bary": ["bary"],
  "model/vnd.cld": ["cld"],
  "model/vnd.collada+xml": ["dae"],
  "model/vnd.dwf": ["dwf"],
  "model/vnd.gdl": ["gdl"],
  "model/vnd.gtw": ["gtw"],
  "model/vnd.mts": ["*mts"],
  "model/vnd.opengex": ["ogex"],
  "model/vnd.parasolid.transmit.binary": ["x_b"],
  "model/vnd.parasolid.transmit.text": ["x_t"],
  "model/vnd.pytha.pyox": ["pyo", "pyox"],
  "model/vnd.sap.vds": ["vds"],
  "model/vnd.usda": ["usda"],
  "model/vnd.usdz+zip": ["usdz"],
  "model/vnd.valve.source.compiled-map": ["bsp"],
  "model/vnd.vtu": ["vtu"],
  "text/prs.lines.tag": ["dsc"],
  "text/vnd.curl": ["curl"],
  "text/vnd.curl.dcurl": ["dcurl"],
  "text/vnd.curl.mcurl": ["mcurl"],
  "text/vnd.curl.scurl": ["scurl"],
  "text/vnd.dvb.subtitle": ["sub"],
  "text/vnd.familysearch.gedcom": ["ged"],
  "text/vnd.fly": ["fly"],
  "text/vnd.fmi.flexstor": ["flx"],
  "text/vnd.graphviz": ["gv"],
  "text/vnd.in3d.3dml": ["3dml"],
  "text/vnd.in3d.spot": ["spot"],
  "text/vnd.sun.j2me.app-descriptor": ["jad"],
  "text/vnd.wap.wml": ["wml"],
  "text/vnd.wap.wmlscript": ["wmls"],
  "text/x-asm": ["s", "asm"],
  "text/x-c": ["c", "cc", "cxx", "cpp", "h", "hh", "dic"],
  "text/x-component": ["htc"],
  "text/x-fortran": ["f", "for", "f77", "f90"],
  "text/x-handlebars-template": ["hbs"],
  "text/x-java-source": ["java"],
  "text/x-lua": ["lua"],
  "text/x-markdown": ["mkd"],
  "text/x-nfo": ["nfo"],
  "text/x-opml": ["opml"],
  "text/x-org": ["*org"],
  "text/x-pascal": ["p", "pas"],
  "text/x-processing": ["pde"],
  "text/x-sass": ["sass"],
  "text/x-scss": ["scss"],
  "text/x-setext": ["etx"],
  "text/x-sfv": ["sfv"],
  "text/x-suse-ymp": ["ymp"],
  "text/x-uuencode": ["uu"],
  "text/x-vcalendar": ["vcs"],
  "text/x-vcard": ["vcf"],
  "video/vnd.dece.hd": ["uvh", "uvvh"],
  "video/vnd.dece.mobile": ["uvm", "uvvm"],
  "video/vnd.dece.pd": ["uvp", "uvvp"],
  "video/vnd.dece.sd": ["uvs", "uvvs"],
  "video/vnd.dece.video": ["uvv", "uvvv"],
  "video/vnd.dvb.file": ["dvb"],
  "video/vnd.fvt": ["fvt"],
  "video/vnd.mpegurl": ["mxu", "m4u"],
  "video/vnd.ms-playready.media.pyv": ["pyv"],
  "video/vnd.uvvu.mp4": ["uvu", "uvvu"],
  "video/vnd.vivo": ["viv"],
  "video/x-f4v": ["f4v"],
  "video/x-fli": ["fli"],
  "video/x-flv": ["flv"],
  "video/x-m4v": ["m4v"],
  "video/x-matroska": ["mkv", "mk3d", "mks"],
  "video/x-mng": ["mng"],
  "video/x-ms-asf": ["asf", "asx"],
  "video/x-ms-vob": ["vob"],
  "video/x-ms-wm": ["wm"],
  "video/x-ms-wmv": ["wmv"],
  "video/x-ms-wmx": ["wmx"],
  "video/x-ms-wvx": ["wvx"],
  "video/x-msvideo": ["avi"],
  "video/x-sgi-movie": ["movie"],
  "video/x-smv": ["smv"],
  "x-conference/x-cooltalk": ["ice"]
};
Object.freeze(types);
var other_default = types;

// node_modules/mime/dist/types/standard.js
var types2 = {
  "application/andrew-inset": ["ez"],
  "application/appinstaller": ["appinstaller"],
  "application/applixware": ["aw"],
  "application/appx": ["appx"],
  "application/appxbundle": ["appxbundle"],
  "application/atom+xml": ["atom"],
  "application/atomcat+xml": ["atomcat"],
  "application/atomdeleted+xml": ["atomdeleted"],
  "application/atomsvc+xml": ["atomsvc"],
  "application/atsc-dwd+xml": ["dwd"],
  "application/atsc-held+xml": ["held"],
  "application/atsc-rsat+xml": ["rsat"],
  "application/automationml-aml+xml": ["aml"],
  "application/automationml-amlx+zip": ["amlx"],
  "application/bdoc": ["bdoc"],
  "application/calendar+xml": ["xcs"],
  "application/ccxml+xml": ["ccxml"],
  "application/cdfx+xml": ["cdfx"],
  "application/cdmi-capability": ["cdmia"],
  "application/cdmi-container": ["cdmic"],
  "application/cdmi-domain": ["cdmid"],
  "application/cdmi-object": ["cdmio"],
  "application/cdmi-queue": ["cdmiq"],
  "application/cpl+xml": ["cpl"],
  "application/cu-seeme": ["cu"],
  "application/cwl": ["cwl"],
  "application/dash+xml": ["mpd"],
  "application/dash-patch+xml": ["mpp"],
  "application/davmount+xml": ["davmount"],
  "application/dicom": ["dcm"],
  "application/docbook+xml": ["dbk"],
  "application/dssc+der": ["dssc"],
  "application/dssc+xml": ["xdssc"],
  "application/ecmascript": ["ecma"],
  "application/emma+xml": ["emma"],
  "application/emotionml+xml": ["emotionml"],
  "application/epub+zip": ["epub"],
  "application/exi": ["exi"],
  "application/express": ["exp"],
  "application/fdf": ["fdf"],
  "application/fdt+xml": ["fdt"],
  "application/font-tdpfr": ["pfr"],
  "application/geo+json": ["geojson"],
  "application/gml+xml": ["gml"],
  "application/gpx+xml": ["gpx"],
  "application/gxf": ["gxf"],
  "application/gzip": ["gz"],
  "application/hjson": ["hjson"],
  "application/hyperstudio": ["stk"],
  "application/inkml+xml": ["ink", "inkml"],
  "application/ipfix": ["ipfix"],
  "application/its+xml": ["its"],
  "application/java-archive": ["jar", "war", "ear"],
  "application/java-serialized-object": ["ser"],
  "application/java-vm": ["class"],
  "application/javascript": ["*js"],
  "application/json": ["json", "map"],
  "application/json5": ["json5"],
  "application/jsonml+json": ["jsonml"],
  "application/ld+json": ["jsonld"],
  "application/lgr+xml": ["lgr"],
  "application/lost+xml": ["lostxml"],
  "application/mac-binhex40": ["hqx"],
  "application/mac-compactpro": ["cpt"],
  "application/mads+xml": ["mads"],
  "application/manifest+json": ["webmanifest"],
  "application/marc": ["mrc"],
  "application/marcxml+xml": ["mrcx"],
  "application/mathematica": ["ma", "nb", "mb"],
  "application/mathml+xml": ["mathml"],
  "application/mbox": ["mbox"],
  "application/media-policy-dataset+xml": ["mpf"],
  "application/mediaservercontrol+xml": ["mscml"],
  "application/metalink+xml": ["metalink"],
  "application/metalink4+xml": ["meta4"],
  "application/mets+xml": ["mets"],
  "application/mmt-aei+xml": ["maei"],
  "application/mmt-usd+xml": ["musd"],
  "application/mods+xml": ["mods"],
  "application/mp21": ["m21", "mp21"],
  "application/mp4": ["*mp4", "*mpg4", "mp4s", "m4p"],
  "application/msix": ["msix"],
  "application/msixbundle": ["msixbundle"],
  "application/msword": ["doc", "dot"],
  "application/mxf": ["mxf"],
  "application/n-quads": ["nq"],
  "application/n-triples": ["nt"],
  "application/node": ["cjs"],
  "application/octet-stream": [
    "bin",
    "dms",
    "lrf",
    "mar",
    "so",
    "dist",
    "distz",
    "pkg",
    "bpk",
    "dump",
    "elc",
    "deploy",
    "exe",
    "dll",
    "deb",
    "dmg",
    "iso",
    "img",
    "msi",
    "msp",
    "msm",
    "buffer"
  ],
  "application/oda": ["oda"],
  "application/oebps-package+xml": ["opf"],
  "application/ogg": ["ogx"],
  "application/omdoc+xml": ["omdoc"],
  "application/onenote": [
    "onetoc",
    "onetoc2",
    "onetmp",
    "onepkg",
    "one",
    "onea"
  ],
  "application/oxps": ["oxps"],
  "application/p2p-overlay+xml": ["relo"],
  "application/patch-ops-error+xml": ["xer"],
  "application/pdf": ["pdf"],
  "application/pgp-encrypted": ["pgp"],
  "application/pgp-keys": ["asc"],
  "application/pgp-signature": ["sig", "*asc"],
  "application/pics-rules": ["prf"],
  "application/pkcs10": ["p10"],
  "application/pkcs7-mime": ["p7m", "p7c"],
  "application/pkcs7-signature": ["p7s"],
  "application/pkcs8": ["p8"],
  "application/pkix-attr-cert": ["ac"],
  "application/pkix-cert": ["cer"],
  "application/pkix-crl": ["crl"],
  "application/pkix-pkipath": ["pkipath"],
  "application/pkixcmp": ["pki"],
  "application/pls+xml": ["pls"],
  "application/postscript": ["ai", "eps", "ps"],
  "application/provenance+xml": ["provx"],
  "application/pskc+xml": ["pskcxml"],
  "application/raml+yaml": ["raml"],
  "application/rdf+xml": ["rdf", "owl"],
  "application/reginfo+xml": ["rif"],
  "application/relax-ng-compact-syntax": ["rnc"],
  "application/resource-lists+xml": ["rl"],
  "application/resource-lists-diff+xml": ["rld"],
  "application/rls-services+xml": ["rs"],
  "application/route-apd+xml": ["rapd"],
  "application/route-s-tsid+xml": ["sls"],
  "application/route-usd+xml": ["rusd"],
  "application/rpki-ghostbusters": ["gbr"],
  "application/rpki-manifest": ["mft"],
  "application/rpki-roa": ["roa"],
  "application/rsd+xml": ["rsd"],
  "application/rss+xml": ["rss"],
  "application/rtf": ["rtf"],
  "application/sbml+xml": ["sbml"],
  "application/scvp-cv-request": ["scq"],
  "application/scvp-cv-response": ["scs"],
  "application/scvp-vp-request": ["spq"],
  "application/scvp-vp-response": ["spp"],
  "application/sdp": ["sdp"],
  "application/senml+xml": ["senmlx"],
  "application/sensml+xml": ["sensmlx"],
  "application/set-payment-initiation": ["setpay"],
  "application/set-registration-initiation": ["setreg"],
  "application/shf+xml": ["shf"],
  "application/sieve": ["siv", "sieve"],
  "application/smil+xml": ["smi", "smil"],
  "application/sparql-query": ["rq"],
  "application/sparql-results+xml": ["srx"],
  "application/sql": ["sql"],
  "application/srgs": ["gram"],
  "application/srgs+xml": ["grxml"],
  "application/sru+xml": ["sru"],
  "application/ssdl+xml": ["ssdl"],
  "application/ssml+xml": ["ssml"],
  "application/swid+xml": ["swidtag"],
  "application/tei+xml": ["tei", "teicorpus"],
  "application/thraud+xml": ["tfi"],
  "application/timestamped-data": ["tsd"],
  "application/toml": ["toml"],
  "application/trig": ["trig"],
  "application/ttml+xml": ["ttml"],
  "application/ubjson": ["ubj"],
  "application/urc-ressheet+xml": ["rsheet"],
  "application/urc-targetdesc+xml": ["td"],
  "application/voicexml+xml": ["vxml"],
  "application/wasm": ["wasm"],
  "application/watcherinfo+xml": ["wif"],
  "application/widget": ["wgt"],
  "application/winhlp": ["hlp"],
  "application/wsdl+xml": ["wsdl"],
  "application/wspolicy+xml": ["wspolicy"],
  "application/xaml+xml": ["xaml"],
  "application/xcap-att+xml": ["xav"],
  "application/xcap-caps+xml": ["xca"],
  "application/xcap-diff+xml": ["xdf"],
  "application/xcap-el+xml": ["xel"],
  "application/xcap-ns+xml": ["xns"],
  "application/xenc+xml": ["xenc"],
  "application/xfdf": ["xfdf"],
  "application/xhtml+xml": ["xhtml", "xht"],
  "application/xliff+xml": ["xlf"],
  "application/xml": ["xml", "xsl", "xsd", "rng"],
  "application/xml-dtd": ["dtd"],
  "application/xop+xml": ["xop"],
  "application/xproc+xml": ["xpl"],
  "application/xslt+xml": ["*xsl", "xslt"],
  "application/xspf+xml": ["xspf"],
  "application/xv+xml": ["mxml", "xhvml", "xvml", "xvm"],
  "application/yang": ["yang"],
  "application/yin+xml": ["yin"],
  "application/zip": ["zip"],
  "application/zip+dotlottie": ["lottie"],
  "audio/3gpp": ["*3gpp"],
  "audio/aac": ["adts", "aac"],
  "audio/adpcm": ["adp"],
  "audio/amr": ["amr"],
  "audio/basic": ["au", "snd"],
  "audio/midi": ["mid", "midi", "kar", "rmi"],
  "audio/mobile-xmf": ["mxmf"],
  "audio/mp3": ["*mp3"],
  "audio/mp4": ["m4a", "mp4a", "m4b"],
  "audio/mpeg": ["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"],
  "audio/ogg": ["oga", "ogg", "spx", "opus"],
  "audio/s3m": ["s3m"],
  "audio/silk": ["sil"],
  "audio/wav": ["wav"],
  "audio/wave": ["*wav"],
  "audio/webm": ["weba"],
  "audio/xm": ["xm"],
  "font/collection": ["ttc"],
  "font/otf": ["otf"],
  "font/ttf": ["ttf"],
  "font/woff": ["woff"],
  "font/woff2": ["woff2"],
  "image/aces": ["exr"],
  "image/apng": ["apng"],
  "image/avci": ["avci"],
  "image/avcs": ["avcs"],
  "image/avif": ["avif"],
  "image/bmp": ["bmp", "dib"],
  "image/cgm": ["cgm"],
  "image/dicom-rle": ["drle"],
  "image/dpx": ["dpx"],
  "image/emf": ["emf"],
  "image/fits": ["fits"],
  "image/g3fax": ["g3"],
  "image/gif": ["gif"],
  "image/heic": ["heic"],
  "image/heic-sequence": ["heics"],
  "image/heif": ["heif"],
  "image/heif-sequence": ["heifs"],
  "image/hej2k": ["hej2"],
  "image/ief": ["ief"],
  "image/jaii": ["jaii"],
  "image/jais": ["jais"],
  "image/jls": ["jls"],
  "image/jp2": ["jp2", "jpg2"],
  "image/jpeg": ["jpg", "jpeg", "jpe"],
  "image/jph": ["jph"],
  "image/jphc": ["jhc"],
  "image/jpm": ["jpm", "jpgm"],
  "image/jpx": ["jpx", "jpf"],
  "image/jxl": ["jxl"],
  "image/jxr": ["jxr"],
  "image/jxra": ["jxra"],
  "image/jxrs": ["jxrs"],
  "image/jxs": ["jxs"],
  "image/jxsc": ["jxsc"],
  "image/jxsi": ["jxsi"],
  "image/jxss": ["jxss"],
  "image/ktx": ["ktx"],
  "image/ktx2": ["ktx2"],
  "image/pjpeg": ["jfif"],
  "image/png": ["png"],
  "image/sgi": ["sgi"],
  "image/svg+xml": ["svg", "svgz"],
  "image/t38": ["t38"],
  "image/tiff": ["tif", "tiff"],
  "image/tiff-fx": ["tfx"],
  "image/webp": ["webp"],
  "image/wmf": ["wmf"],
  "message/disposition-notification": ["disposition-notification"],
  "message/global": ["u8msg"],
  "message/global-delivery-status": ["u8dsn"],
  "message/global-disposition-notification": ["u8mdn"],
  "message/global-headers": ["u8hdr"],
  "message/rfc822": ["eml", "mime", "mht", "mhtml"],
  "model/3mf": ["3mf"],
  "model/gltf+json": ["gltf"],
  "model/gltf-binary": ["glb"],
  "model/iges": ["igs", "iges"],
  "model/jt": ["jt"],
  "model/mesh": ["msh", "mesh", "silo"],
  "model/mtl": ["mtl"],
  "model/obj": ["obj"],
  "model/prc": ["prc"],
  "model/step": ["step", "stp", "stpnc", "p21", "210"],
  "model/step+xml": ["stpx"],
  "model/step+zip": ["stpz"],
  "model/step-xml+zip": ["stpxz"],
  "model/stl": ["stl"],
  "model/u3d": ["u3d"],
  "model/vrml": ["wrl", "vrml"],
  "model/x3d+binary": ["*x3db", "x3dbz"],
  "model/x3d+fastinfoset": ["x3db"],
  "model/x3d+vrml": ["*x3dv", "x3dvz"],
  "model/x3d+xml": ["x3d", "x3dz"],
  "model/x3d-vrml": ["x3dv"],
  "text/cache-manifest": ["appcache", "manifest"],
  "text/calendar": ["ics", "ifb"],
  "text/coffeescript": ["coffee", "litcoffee"],
  "text/css": ["css"],
  "text/csv": ["csv"],
  "text/html": ["html", "htm", "shtml"],
  "text/jade": ["jade"],
  "text/javascript": ["js", "mjs"],
  "text/jsx": ["jsx"],
  "text/less": ["less"],
  "text/markdown": ["md", "markdown"],
  "text/mathml": ["mml"],
  "text/mdx": ["mdx"],
  "text/n3": ["n3"],
  "text/plain": ["txt", "text", "conf", "def", "list", "log", "in", "ini"],
  "text/richtext": ["rtx"],
  "text/rtf": ["*rtf"],
  "text/sgml": ["sgml", "sgm"],
  "text/shex": ["shex"],
  "text/slim": ["slim", "slm"],
  "text/spdx": ["spdx"],
  "text/stylus": ["stylus", "styl"],
  "text/tab-separated-values": ["tsv"],
  "text/troff": ["t", "tr", "roff", "man", "me", "ms"],
  "text/turtle": ["ttl"],
  "text/uri-list": ["uri", "uris", "urls"],
  "text/vcard": ["vcard"],
  "text/vtt": ["vtt"],
  "text/wgsl": ["wgsl"],
  "text/xml": ["*xml"],
  "text/yaml": ["yaml", "yml"],
  "video/3gpp": ["3gp", "3gpp"],
  "video/3gpp2": ["3g2"],
  "video/h261": ["h261"],
  "video/h263": ["h263"],
  "video/h264": ["h264"],
  "video/iso.segment": ["m4s"],
  "video/jpeg": ["jpgv"],
  "video/jpm": ["*jpm", "*jpgm"],
  "video/mj2": ["mj2", "mjp2"],
  "video/mp2t": ["ts", "m2t", "m2ts", "mts"],
  "video/mp4": ["mp4", "mp4v", "mpg4"],
  "video/mpeg": ["mpeg", "mpg", "mpe", "m1v", "m2v"],
  "video/ogg": ["ogv"],
  "video/quicktime": ["qt", "mov"],
  "video/webm": ["webm"]
};
Object.freeze(types2);
var standard_default = types2;

// node_modules/mime/dist/src/Mime.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _Mime_extensionToType;
var _Mime_typeToExtension;
var _Mime_typeToExtensions;
var Mime = class {
  constructor(...args) {
    _Mime_extensionToType.set(this, /* @__PURE__ */ new Map());
    _Mime_typeToExtension.set(this, /* @__PURE__ */ new Map());
    _Mime_typeToExtensions.set(this, /* @__PURE__ */ new Map());
    for (const arg of args) {
      this.define(arg);
    }
  }
  define(typeMap, force = false) {
    for (let [type, extensions] of Object.entries(typeMap)) {
      type = type.toLowerCase();
      extensions = extensions.map((ext) => ext.toLowerCase());
      let allExtensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
      if (!allExtensions) {
        allExtensions = /* @__PURE__ */ new Set();
        __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").set(type, allExtensions);
      }
      let first = true;
      for (let extension of extensions) {
        const starred = extension.startsWith("*");
        extension = starred ? extension.slice(1) : extension;
        allExtensions.add(extension);
        if (first) {
          __classPrivateFieldGet(this, _Mime_typeToExtension, "f").set(type, extension);
        }
        first = false;
        if (starred)
          continue;
        const currentType = __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(extension);
        if (currentType && currentType != type && !force) {
          throw new Error(`"${type} -> ${extension}" conflicts with "${currentType} -> ${extension}". Pass \`force=true\` to override this definition.`);
        }
        __classPrivateFieldGet(this, _Mime_extensionToType, "f").set(extension, type);
      }
    }
    return this;
  }
  getType(path) {
    if (typeof path !== "string")
      return null;
    const last = path.replace(/^.*[/\\]/s, "").toLowerCase();
    const ext = last.replace(/^.*\./s, "").toLowerCase();
    const hasPath = last.length < path.length;
    const hasDot = ext.length < last.length - 1;
    if (!hasDot && hasPath)
      return null;
    return __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(ext) ?? null;
  }
  getExtension(type) {
    if (typeof type !== "string")
      return null;
    type = type?.split?.(";")[0];
    return (type && __classPrivateFieldGet(this, _Mime_typeToExtension, "f").get(type.trim().toLowerCase())) ?? null;
  }
  getAllExtensions(type) {
    if (typeof type !== "string")
      return null;
    type = type.split(";")[0].trim().toLowerCase();
    const extensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
    return extensions ? new Set(extensions) : null;
  }
  _freeze() {
    this.define = () => {
      throw new Error("define() not allowed for built-in Mime objects. See https://github.com/broofa/mime/blob/main/README.md#custom-mime-instances");
    };
    Object.freeze(this);
    return this;
  }
  _getTestState() {
    return {
      types: __classPrivateFieldGet(this, _Mime_extensionToType, "f"),
      extensions: __classPrivateFieldGet(this, _Mime_typeToExtension, "f")
    };
  }
};
_Mime_extensionToType = /* @__PURE__ */ new WeakMap(), _Mime_typeToExtension = /* @__PURE__ */ new WeakMap(), _Mime_typeToExtensions = /* @__PURE__ */ new WeakMap();
var Mime_default = Mime;

// node_modules/mime/dist/src/index.js
var src_default = new Mime_default(standard_default, other_default)._freeze();

// src/engine/limiter.ts
var MemoryBudget = class {
  /** `capacity`: bytes that may be held at once. */
  constructor(capacity) {
    this.capacity = capacity;
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1 byte");
  }
  capacity;
  used = 0;
  waiting = [];
  /** Bytes held now (for tests and diagnostics). */
  get inUse() {
    return this.used;
  }
  /**
   * Runs `fn` once `bytes` fit in the budget, and gives them back when it
   * settles. A request larger than the whole budget runs alone rather than
   * never. Waiters are served in order: a large block waiting at the head is
   * not starved by a stream of small files slipping past it.
   */
  async run(bytes, fn) {
    const weight2 = Math.min(this.capacity, Math.max(1, Math.ceil(bytes)));
    if (this.waiting.length === 0 && this.used + weight2 <= this.capacity) this.used += weight2;
    else await new Promise((go) => this.waiting.push({ weight: weight2, go }));
    try {
      return await fn();
    } finally {
      this.used -= weight2;
      this.wake();
    }
  }
  wake() {
    while (this.waiting.length > 0 && this.used + this.waiting[0].weight <= this.capacity) {
      const next = this.waiting.shift();
      this.used += next.weight;
      next.go();
    }
  }
};

// src/storage/transfers.ts
var upload = { direction: "upload", prepare: (src, dst, job) => (e, target, io, props) => dst.writeFromFile(src.localFile(e), target, job, io, props) };
var TRANSFERS = {
  local: { blob: upload, file: upload },
  blob: {
    local: { direction: "download", prepare: (src, dst, job) => readInto(dst, job, (e, t, j, io) => src.readToFile(e, t, j, io)) },
    blob: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
    file: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) }
  },
  file: {
    local: { direction: "download", prepare: (src, dst, job) => readInto(dst, job, (e, t, j, io) => src.readToFile(e, t, j, io)) },
    file: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) },
    blob: { direction: "copy", prepare: (src, dst, job) => async (e, target, io, props) => dst.writeFromSource(await src.copySource(e, job.s2sPreserveProperties), target, job, io, props) }
  }
};
function readInto(dst, job, read) {
  const j = { ...job, makeFolder: (dir) => dst.makeFolder(dir) };
  return (e, target, io) => read(e, target, j, io);
}
function blockSlots(concurrency) {
  return Math.max(4, Math.min(16, concurrency));
}
var DEFAULT_BLOCK_BYTES = 8 * 1024 * 1024;
function memoryBudgetBytes(concurrency, blockSize = DEFAULT_BLOCK_BYTES) {
  return blockSlots(concurrency) * Math.max(blockSize, DEFAULT_BLOCK_BYTES);
}
function transferFor(src, dst, settings) {
  const row = TRANSFERS[src.kind]?.[dst.kind];
  if (!row) throw new UsageError(`azcp cannot transfer from ${src.location.display} to ${dst.location.display} (${src.kind} \u2192 ${dst.kind})`);
  const job = { ...settings, memory: new MemoryBudget(memoryBudgetBytes(settings.concurrency, settings.blockSize)), guessType: (n) => src_default.getType(n) ?? void 0 };
  return { direction: row.direction, run: row.prepare(src, dst, job), guessType: job.guessType };
}

// src/job/publish/headers.ts
function publishHeaders(o, direction, guessType, namePrefix = "") {
  const defaults = { contentType: o.contentType, cacheControl: o.cacheControl, ...o.headers, metadata: o.metadata };
  const rules = o.headerRules;
  const metaRules = rules?.rules.some((r) => r.meta !== void 0) ?? false;
  const headerFlags = [o.contentType, o.cacheControl, o.headers.contentEncoding, o.headers.contentDisposition, o.headers.contentLanguage].some((v) => v !== void 0);
  const compareMetadata = Object.keys(o.metadata).length > 0 || metaRules;
  const forWrite = (name) => {
    const r = resolveHeaders(namePrefix && name.startsWith(namePrefix) ? name.slice(namePrefix.length) : name, rules, defaults);
    const headers = { ...r.headers };
    if (direction === "upload" && headers.contentType === void 0) {
      headers.contentType = (o.guessMimeType ? guessType(r.typeFrom) : void 0) ?? "application/octet-stream";
      r.setBy[HEADER_NAMES.contentType] = o.guessMimeType ? "guessed" : "default";
    }
    return { props: { headers, metadata: r.metadata }, setBy: r.setBy };
  };
  return {
    active: direction === "upload" && (rules !== void 0 || headerFlags || compareMetadata),
    rules: rules !== void 0,
    forWrite,
    drift(name, destination) {
      const write2 = forWrite(name);
      const actual = { headers: { ...destination.headers, contentType: destination.contentType }, metadata: destination.metadata ?? {} };
      return { write: write2, differs: headerDrift(write2.props, actual, compareMetadata) };
    }
  };
}
function headerRecord(w) {
  const headers = {};
  for (const [f, n] of Object.entries(HEADER_NAMES)) {
    const v = w.props.headers[f];
    if (v !== void 0) headers[n] = v;
  }
  for (const [k, v] of Object.entries(w.props.metadata)) headers[`x-ms-meta-${k}`] = v;
  return { headers, setBy: w.setBy };
}

// src/job/transfer-runner.ts
function transferSettings(o, signal) {
  return {
    blockSize: o.blockSize,
    putMd5: o.putMd5,
    checkMd5: o.checkMd5,
    contentType: o.contentType,
    guessMimeType: o.guessMimeType,
    cacheControl: o.cacheControl,
    metadata: o.metadata,
    accessTier: o.accessTier,
    blobTags: o.blobTags,
    s2sPreserveProperties: o.s2sPreserveProperties,
    s2sPreserveAccessTier: o.s2sPreserveAccessTier,
    preserveSymlinks: o.preserveSymlinks,
    concurrency: o.concurrency,
    signal
  };
}
function makeTransferRunner(ctx, source, destination, scope, signal, namePrefix = "") {
  const { direction, run, guessType } = transferFor(source, destination, transferSettings(ctx.options, signal));
  const headers = publishHeaders(ctx.options, direction, guessType, namePrefix);
  const onWarning = (m) => ctx.warn(m);
  async function transfer(entry) {
    const where = scope.locate(entry.name);
    if (!("target" in where)) {
      ctx.failed(entry.name, entry.size, direction, new Error(`refused: ${where.reason}`));
      return;
    }
    let inFlight = 0;
    const onBytes = (n) => {
      inFlight += n;
      ctx.bytesInFlight += n;
    };
    const write2 = headers.forWrite(entry.name);
    try {
      const r = await run(entry, where.target, { onBytes, onWarning }, write2.props);
      if (r.reusedBlocks) ctx.log("info", `${entry.name}: reused ${r.reusedBlocks} blocks already staged by an earlier run`);
      if (r.verified === "end-to-end") ctx.verification.endToEnd++;
      else if (r.verified === "in-transit") ctx.verification.inTransit++;
      else if (r.verified === "none") ctx.verification.none++;
      ctx.transferred(entry.name, entry.size, direction, r.bytes, headers.rules ? headerRecord(write2) : void 0);
      ctx.published?.touched(where.target);
      if (headers.rules) ctx.published?.countRule(write2.setBy);
    } catch (err) {
      if (signal.aborted) {
        ctx.record({ path: entry.name, size: entry.size, status: "Cancelled", action: direction });
        return;
      }
      ctx.failed(entry.name, entry.size, direction, err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
    } finally {
      ctx.bytesInFlight -= inFlight;
    }
  }
  async function remove(entry) {
    try {
      await destination.remove(entry);
      ctx.counts.deleted++;
      ctx.published?.touched(destination.properties(entry).fullName);
      ctx.record({ path: entry.name, size: entry.size, status: "Deleted", action: "delete" });
      ctx.log("debug", `deleted ${entry.name}`);
    } catch (err) {
      ctx.failed(entry.name, entry.size, "delete", err);
    }
  }
  async function updateProperties(entry, listed) {
    if (!destination.setProperties) return false;
    let dest = listed;
    try {
      if (destination.withProperties) dest = await destination.withProperties(listed);
    } catch (err) {
      ctx.failed(entry.name, entry.size, "set-properties", err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
      return true;
    }
    const { write: write2, differs } = headers.drift(entry.name, destination.properties(dest));
    if (differs.length === 0) return false;
    const headerChanged = differs.some((d) => !d.startsWith("x-ms-meta-"));
    const metadataChanged = differs.some((d) => d.startsWith("x-ms-meta-"));
    try {
      if (!ctx.options.dryRun) await destination.setProperties(dest, write2.props, { headers: headerChanged, metadata: metadataChanged });
      ctx.propertiesUpdated(entry.name, entry.size, differs, headerRecord(write2));
      ctx.published?.touched(destination.properties(dest).fullName);
      if (headers.rules) ctx.published?.countRule(write2.setBy);
    } catch (err) {
      ctx.failed(entry.name, entry.size, "set-properties", err);
      const fatal = jobWideFailure(err);
      if (fatal) ctx.stop(`${fatal} (${entry.name}: ${describeError(err)})`);
    }
    return true;
  }
  return { direction, headers, transfer, remove, updateProperties };
}

// src/job/reconcile.ts
var DIFFERENCES_KEPT = 50;
var Reconciler = class {
  constructor(o) {
    this.o = o;
  }
  o;
  r = {
    basis: "relisted",
    sourceCount: 0,
    sourceBytes: 0,
    destinationCount: 0,
    destinationBytes: 0,
    matched: 0,
    missing: 0,
    sizeMismatch: 0,
    hashMismatch: 0,
    extra: 0,
    extraIsDifference: false,
    ok: true,
    differences: []
  };
  note(path, problem) {
    if (this.r.differences.length < DIFFERENCES_KEPT) this.r.differences.push({ path, problem });
  }
  async add(name, s, d) {
    const r = this.r;
    if (s) {
      r.sourceCount++;
      r.sourceBytes += s.size;
    }
    if (d) {
      r.destinationCount++;
      r.destinationBytes += d.size;
    }
    if (s && !d) {
      r.missing++;
      this.note(name, "missing at the destination");
      return;
    }
    if (!s && d) {
      r.extra++;
      if (this.o.extraIsDifference) this.note(name, "at the destination but not at the source");
      return;
    }
    if (!s || !d) return;
    const policy = this.o.rules.command === "copy" || this.o.rules.overwrite === "ifSourceNewer" ? decide({ name, source: s, destination: d }, this.o.rules) : void 0;
    const keptByPolicy = policy?.kind === "skip" && (this.o.rules.command === "copy" || policy.keptNewer === true);
    const kept = () => {
      r.matched++;
      if (this.o.rules.command === "sync") r.keptNewerAtDestination = (r.keptNewerAtDestination ?? 0) + 1;
    };
    if (s.size !== d.size) {
      if (keptByPolicy) kept();
      else {
        r.sizeMismatch++;
        this.note(name, `size ${s.size} at the source, ${d.size} at the destination`);
      }
      return;
    }
    let sourceMd5 = s.md5;
    if (sourceMd5 === void 0 && d.md5 !== void 0 && this.o.hashSource) sourceMd5 = await this.o.hashSource(s);
    if (sourceMd5 !== void 0 && d.md5 !== void 0 && sourceMd5 !== d.md5) {
      if (keptByPolicy) return kept();
      r.hashMismatch++;
      this.note(name, `MD5 ${sourceMd5} at the source, ${d.md5} at the destination`);
      return;
    }
    r.matched++;
  }
  result(basis) {
    const r = this.r;
    r.basis = basis;
    r.extraIsDifference = this.o.extraIsDifference;
    r.ok = r.missing === 0 && r.sizeMismatch === 0 && r.hashMismatch === 0 && (!r.extraIsDifference || r.extra === 0);
    return { ...r, differences: [...r.differences] };
  }
};
async function reconcile(source, destination, o) {
  const rec = new Reconciler(o);
  for await (const pair of mergeJoin(source, destination)) await rec.add(pair.name, pair.source, pair.destination);
  return rec.result("relisted");
}

// src/job/resume.ts
async function resumeState(ctx, hooks) {
  const earlier = hooks.jobId ? await completedPaths(ctx.options.jobDir, hooks.jobId) : void 0;
  const done = earlier?.transferred;
  if (done?.size) ctx.log("info", `resuming: ${done.size} objects completed in earlier runs are skipped`);
  return { resuming: !!hooks.jobId, earlier };
}
function doneEarlier(source, destination, state) {
  if (state.earlier?.transferred.has(source.name)) return "journal";
  if (state.resuming && destination && writtenByEarlierRun(source, destination)) return "destination";
  return void 0;
}
function writtenByEarlierRun(source, destination) {
  return source.size === destination.size && source.mtimeMs === destination.mtimeMs;
}

// src/job/delete-guard.ts
import { createWriteStream as createWriteStream2 } from "node:fs";
import { join as join9 } from "node:path";
var DeletionLog = class {
  path;
  count = 0;
  bytes = 0;
  out;
  constructor(dir) {
    this.path = join9(dir, "deletions.jsonl");
    this.out = createWriteStream2(this.path);
  }
  add(e) {
    this.count++;
    this.bytes += e.size;
    this.out.write(JSON.stringify(e) + "\n");
  }
  close() {
    return new Promise((r) => this.out.end(r));
  }
  /** The entries as written (revived by JSON.parse: plain data, as every backend entry is). */
  read() {
    return readJsonLines(this.path);
  }
};
function guardEmptySource(ctx, leftOutByFilters) {
  const o = ctx.options;
  if (ctx.scanned.source > 0 || o.allowEmptySource) return;
  const nothing2 = `nothing was ${o.command === "sync" && o.deleteDestination ? "deleted" : "transferred"}`;
  const filters = filtersInUse(o);
  if (leftOutByFilters > 0 && filters.length && !ctx.enumerationProblems.length) {
    throw new GuardError(
      `the filters left out all ${leftOutByFilters} object(s) of the source (${o.source.display}): ${filters.join(", ")} matched none of them; ${nothing2}. Check the filters, or pass --allow-empty-source true (allowEmptySource in CI) if that is expected.`
    );
  }
  const what = ctx.enumerationProblems.length ? "the source could not be read" : "the source has no files in scope";
  throw new GuardError(`${what} (${o.source.display}); ${nothing2}. If an empty source is expected, pass --allow-empty-source true (allowEmptySource in CI).`);
}
function enforceMaxDelete(count, limit, basis, refusal) {
  const allowed = limit.count !== void 0 ? limit.count : Math.floor(basis * (limit.percent ?? 100) / 100);
  if (count > allowed) throw new GuardError(refusal(allowed, limit.count !== void 0 ? String(limit.count) : `${limit.percent}%`));
}
async function replayDryRun(ctx, deletions, verb) {
  for await (const e of deletions) {
    ctx.record({ path: e.name, size: e.size, status: "DryRun", action: "delete" });
    ctx.log("info", `would ${verb} ${e.name}`);
  }
}
async function runDeletions(ctx, deletions, remove, signal) {
  ctx.phase = "deleting";
  await runPool(deletions, ctx.options.concurrency, remove, { signal });
}

// src/job/link-guard.ts
async function withheldUnderLinks(links, deletions) {
  const linkOf = (name) => links.find((l) => name === l.name || name.startsWith(`${l.name}/`));
  const counts = /* @__PURE__ */ new Map();
  if (links.length) {
    for await (const e of deletions) {
      const link = linkOf(e.name);
      if (link) counts.set(link.name, (counts.get(link.name) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    async *others(items) {
      for await (const e of items) if (!total || !linkOf(e.name)) yield e;
    },
    refuse() {
      if (!total) return;
      const named = [...counts].map(([name, n]) => `${n} under "${name}/" (${links.find((l) => l.name === name).path} is a symbolic link to a folder, not followed)`);
      const first = [...counts.keys()][0];
      throw new GuardError(
        `${total} destination object(s) were not deleted: ${named.slice(0, 5).join("; ")}${named.length > 5 ? `; and ${named.length - 5} more link(s)` : ""}. They only look missing because the link was not followed. Pass --follow-symlinks to sync what the link points at, or leave the path out with --exclude-path "${first}".`
      );
    }
  };
}

// src/job/publish/upload-last.ts
var import_picomatch4 = __toESM(require_picomatch(), 1);
import { createWriteStream as createWriteStream3 } from "node:fs";
import { join as join10 } from "node:path";
var UploadLast = class {
  /** namePrefix: as the header rules and filters, the globs see names without it. */
  constructor(o, dir, namePrefix = "") {
    this.namePrefix = namePrefix;
    this.globs = uploadLastGlobs(o);
    if (this.globs.length) this.matcher = (0, import_picomatch4.default)(this.globs, { dot: true, windows: false });
    this.path = join10(dir, "upload-last.jsonl");
  }
  namePrefix;
  globs;
  matcher;
  out;
  path;
  count = 0;
  /** Whether `task` belongs to the last group; if so it is held back. */
  hold(task) {
    const full = task.kind === "transfer" ? task.entry.name : task.source.name;
    const name = this.namePrefix && full.startsWith(this.namePrefix) ? full.slice(this.namePrefix.length) : full;
    if (!this.matcher?.(name)) return false;
    this.out ??= createWriteStream3(this.path);
    this.out.write(JSON.stringify(task) + "\n");
    this.count++;
    return true;
  }
  close() {
    const out = this.out;
    return out ? new Promise((r) => out.end(r)) : Promise.resolve();
  }
  read() {
    return readJsonLines(this.path);
  }
};

// src/job/publish/published.ts
var Published = class {
  constructor(maxPaths = 100) {
    this.maxPaths = maxPaths;
  }
  maxPaths;
  report = {};
  paths = /* @__PURE__ */ new Set();
  overflow = false;
  changed = 0;
  /** An object written or deleted: its name inside the container, as the CDN serves it (/NAME). */
  touched(nameInContainer) {
    this.changed++;
    const add = (p) => {
      if (this.overflow || this.paths.has(p)) return;
      if (this.paths.size >= this.maxPaths) {
        this.overflow = true;
        this.paths.clear();
        return;
      }
      this.paths.add(p);
    };
    const path = "/" + nameInContainer.split("/").map(encodeURIComponent).join("/");
    add(path);
    if (/(^|\/)index\.html?$/i.test(nameInContainer)) add(path.replace(/index\.html?$/i, ""));
  }
  /** The paths to purge: exactly those changed, or /* past the cap. */
  purgePaths() {
    return this.overflow ? { paths: ["/*"], everything: true } : { paths: [...this.paths].sort(), everything: false };
  }
  countRule(setBy) {
    const byRule = this.report.byRule ??= {};
    for (const [header2, by] of Object.entries(setBy)) {
      const m = byRule[header2] ??= {};
      m[by] = (m[by] ?? 0) + 1;
    }
  }
};

// src/auth/arm.ts
var DEFAULT_ARM_ENDPOINT = "https://management.azure.com";
function armEndpoint(env = process.env) {
  const raw = (env.AZCP_ARM_ENDPOINT ?? "").trim() || DEFAULT_ARM_ENDPOINT;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`AZCP_ARM_ENDPOINT "${raw}" is not a URL such as ${DEFAULT_ARM_ENDPOINT}`);
  }
  if (url.protocol !== "https:") throw new UsageError(`AZCP_ARM_ENDPOINT must use https: "${raw}"`);
  return url.origin;
}
async function armTokenSource(auth, hostCredential, endpoint, env = process.env) {
  let credential = hostCredential;
  if (!credential) {
    const { buildTokenCredential } = await import("./identity-AMYSSNPA.js");
    const storageOnly = auth.kind === "sas" || auth.kind === "key" || auth.kind === "connection-string";
    credential = buildTokenCredential(storageOnly ? { ...auth, kind: "auto" } : auth, env);
  }
  const scope = `${endpoint}/.default`;
  return async () => {
    const t = await credential.getToken(scope);
    if (!t?.token) throw new Error(`no token for ${scope}`);
    registerSecret(t.token);
    return t.token;
  };
}

// src/job/publish/cdn-purge.ts
import { request } from "node:https";
var PURGE_BATCH = 100;
var API_VERSION = { afdEndpoints: "2023-05-01", endpoints: "2024-02-01" };
var MAX_POLL_WAIT_MS = 3e4;
var MAX_TRIES = 4;
async function send(method, url, token, body, signal) {
  for (let attempt = 1; ; attempt++) {
    const r = await sendOnce(method, url, await token(), body, signal);
    if (r.status !== 429 && r.status < 500 || attempt === MAX_TRIES) return r;
    const after = Number(header(r, "retry-after"));
    await sleep(Math.min(MAX_POLL_WAIT_MS, Number.isFinite(after) && after >= 0 ? after * 1e3 : 1e3 * 2 ** (attempt - 1)), signal);
  }
}
function sendOnce(method, url, token, body, signal) {
  return new Promise((resolve5, reject) => {
    const req = request(
      url,
      {
        method,
        signal,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...body !== void 0 ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {}
        }
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve5({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      }
    );
    req.on("error", reject);
    req.end(body);
  });
}
function armError(r) {
  try {
    const e = JSON.parse(r.body).error;
    if (e?.code || e?.message) return `${r.status} ${e.code ?? ""}: ${e.message ?? ""}`.trim();
  } catch {
  }
  return `${r.status} ${r.body.slice(0, 200)}`;
}
var header = (r, name) => {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
};
var sleep = (ms, signal) => new Promise((resolve5, reject) => {
  if (signal?.aborted) return reject(abortError(signal));
  const t = setTimeout(resolve5, ms);
  signal?.addEventListener("abort", () => (clearTimeout(t), reject(abortError(signal))), { once: true });
});
function batches(paths, size = PURGE_BATCH) {
  const out = [];
  for (let i = 0; i < paths.length; i += size) out.push(paths.slice(i, i + size));
  return out;
}
async function purgeEndpoint(p) {
  const kind = /\/afdEndpoints\//i.test(p.endpoint) ? "afdEndpoints" : "endpoints";
  const url = `${p.arm}${p.endpoint}/purge?api-version=${API_VERSION[kind]}`;
  const operations = [];
  for (const batch of batches(p.paths)) {
    const r = await send("POST", url, p.token, JSON.stringify({ contentPaths: batch }), p.signal);
    if (r.status === 200) continue;
    if (r.status !== 202) return { status: "Failed", operations, error: armError(r) };
    const op = header(r, "azure-asyncoperation") ?? header(r, "location");
    if (!op) continue;
    if (new URL(op).origin !== p.arm) return { status: "Failed", operations, error: `ARM answered with an operation at ${new URL(op).origin}, not ${p.arm}; not followed` };
    operations.push(op);
  }
  if (!p.wait) return { status: operations.length ? "Started" : "Succeeded", operations };
  for (const op of operations) {
    for (; ; ) {
      const r = await send("GET", op, p.token, void 0, p.signal);
      if (r.status >= 400) return { status: "Failed", operations, error: armError(r) };
      let status = "InProgress";
      let error;
      try {
        const body = JSON.parse(r.body || "{}");
        status = body.status ?? (r.status === 200 ? "Succeeded" : "InProgress");
        if (body.error) error = `${body.error.code ?? ""}: ${body.error.message ?? ""}`;
      } catch {
        status = r.status === 200 ? "Succeeded" : "InProgress";
      }
      if (/^succeeded$/i.test(status)) break;
      if (/^(failed|canceled|cancelled)$/i.test(status)) return { status: "Failed", operations, error: error ?? `the purge operation ended ${status}` };
      const after = Number(header(r, "retry-after"));
      p.onProgress?.(`purge of ${p.endpoint}: ${status}`);
      await sleep(Math.min(MAX_POLL_WAIT_MS, Number.isFinite(after) && after >= 0 ? after * 1e3 : 1e4), p.signal);
    }
  }
  return { status: "Succeeded", operations };
}

// src/job/publish/purge-step.ts
async function purgeAfterJob(ctx, hooks, purge, published, signal) {
  const { paths, everything } = published.purgePaths();
  const report = { paths, everything, changed: published.changed, results: [] };
  published.report.purge = report;
  if (published.changed === 0) {
    ctx.log("info", "nothing changed: no CDN purge");
    return;
  }
  const what = everything ? `/* (${published.changed} paths changed, more than --purge-max-paths ${purge.maxPaths})` : `${paths.length} path(s)`;
  if (ctx.options.dryRun) {
    for (const endpoint of purge.endpoints) report.results.push({ endpoint, status: "DryRun" });
    ctx.log("info", `would purge ${what} from ${purge.endpoints.length} CDN endpoint(s): ${paths.slice(0, 20).join(" ")}${paths.length > 20 ? " \u2026" : ""}`);
    return;
  }
  const arm = armEndpoint();
  const token = await armTokenSource(ctx.options.auth, hooks.credential, arm);
  const failures = [];
  for (const endpoint of purge.endpoints) {
    ctx.log("info", `purging ${what} from ${endpoint}`);
    let outcome;
    try {
      const r = await purgeEndpoint({ endpoint, paths, wait: purge.wait, signal, arm, token, onProgress: (m) => ctx.log("debug", m) });
      outcome = { endpoint, status: r.status, ...r.status === "Started" ? { operation: r.operations.join(" ") } : {}, ...r.error ? { error: r.error } : {} };
    } catch (err) {
      if (signal.aborted) throw err;
      outcome = { endpoint, status: "Failed", error: ctx.describe(err) };
    }
    report.results.push(outcome);
    if (outcome.status === "Failed") failures.push(`${endpoint}: ${outcome.error}`);
    else ctx.log("info", `purge of ${endpoint}: ${outcome.status === "Started" ? "started (not waited for: --purge-wait false)" : "done"}`);
  }
  if (failures.length === 0) return;
  const message = `the files are written and live, but the CDN purge failed, so the CDN may serve old copies until they expire: ${failures.join("; ")}`;
  if (purge.failure === "warn") ctx.warn(message);
  else ctx.purgeFailed = message;
}

// src/job/list-of-files.ts
import { createReadStream as createReadStream2, createWriteStream as createWriteStream4, existsSync as existsSync3, rmSync } from "node:fs";
import { createHash as createHash6 } from "node:crypto";
import { join as join11 } from "node:path";
import { createInterface as createInterface2 } from "node:readline";
var LIST_RUN = 2e4;
var SORTED_LIST = "list-of-files.txt";
function listedPath(line) {
  let p = line.replace(/\r$/, "").trim().replace(/\\/g, "/");
  while (p.startsWith("./")) p = p.slice(2);
  p = p.replace(/^\/+/, "").replace(/\/+$/, "").replace(/\/{2,}/g, "/");
  return p === "" || p === "." ? void 0 : p;
}
async function* linesOf(path) {
  const rl = createInterface2({ input: createReadStream2(path), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}
function write(out, text) {
  return out.write(text) ? void 0 : new Promise((r) => out.once("drain", () => r()));
}
function end(out) {
  return new Promise((resolve5, reject) => {
    out.once("error", reject);
    out.end(() => resolve5());
  });
}
async function sortedList(path) {
  const hash = createHash6("sha256");
  let count = 0;
  for await (const p of linesOf(path)) {
    hash.update(p + "\n");
    count++;
  }
  return { path, count, digest: hash.digest("hex"), paths: () => linesOf(path) };
}
async function loadListOfFiles(spec, dir, flag, o = {}) {
  const target = join11(dir, SORTED_LIST);
  if (spec === "-" && o.resuming && existsSync3(target)) return sortedList(target);
  const stdin = o.stdin ?? process.stdin;
  let input;
  if (spec === "-") input = stdin;
  else {
    if (!existsSync3(spec)) throw new UsageError(`${flag} "${spec}" does not exist`);
    input = createReadStream2(spec);
  }
  const runs = [];
  let run = [];
  const spill = async () => {
    run.sort(compareUtf8);
    const file = join11(dir, `list-of-files.run-${runs.length}`);
    const out2 = createWriteStream4(file);
    for (const p of run) await write(out2, p + "\n");
    await end(out2);
    runs.push(file);
    run = [];
  };
  try {
    const rl = createInterface2({ input, crlfDelay: Infinity });
    for await (const line of rl) {
      const p = listedPath(line);
      if (p === void 0) continue;
      run.push(p);
      if (run.length >= LIST_RUN) await spill();
    }
  } catch (e) {
    throw new UsageError(`${flag} ${spec === "-" ? "standard input" : `"${spec}"`} cannot be read: ${e.message}`);
  }
  run.sort(compareUtf8);
  const sources = runs.map((f) => linesOf(f)[Symbol.asyncIterator]());
  sources.push((async function* () {
    yield* run;
  })());
  const heads = [];
  for (const s of sources) heads.push((await s.next()).value);
  const out = createWriteStream4(target);
  const hash = createHash6("sha256");
  let count = 0;
  let last;
  for (; ; ) {
    let min = -1;
    for (let i = 0; i < heads.length; i++) if (heads[i] !== void 0 && (min < 0 || compareUtf8(heads[i], heads[min]) < 0)) min = i;
    if (min < 0) break;
    const p = heads[min];
    if (p !== last) {
      await write(out, p + "\n");
      hash.update(p + "\n");
      count++;
      last = p;
    }
    heads[min] = (await sources[min].next()).value;
  }
  await end(out);
  for (const f of runs) rmSync(f, { force: true });
  return { path: target, count, digest: hash.digest("hex"), paths: () => linesOf(target) };
}

// src/engine/listed.ts
async function* keepListed(entries, list, namePrefix = "") {
  const paths = list[Symbol.asyncIterator]();
  let next = await paths.next();
  const open2 = [];
  try {
    for await (const e of entries) {
      const name = namePrefix && e.name.startsWith(namePrefix) ? e.name.slice(namePrefix.length) : e.name;
      while (open2.length && compareUtf8(name, open2[open2.length - 1] + "0") >= 0) open2.pop();
      while (!next.done && compareUtf8(next.value, name) <= 0) {
        if (compareUtf8(name, next.value + "0") < 0) open2.push(next.value);
        next = await paths.next();
      }
      if (open2.some((x) => name === x || name.startsWith(`${x}/`))) yield e;
    }
  } finally {
    await paths.return?.();
  }
}
async function* outermost(list) {
  const chain = [];
  for await (const p of list) {
    while (chain.length && compareUtf8(p, chain[chain.length - 1] + "0") >= 0) chain.pop();
    if (chain.some((f) => p.startsWith(`${f}/`))) continue;
    chain.push(p);
    yield p;
  }
}
async function* unionOfListings(list, under, namePrefix = "") {
  const paths = outermost(list)[Symbol.asyncIterator]();
  let next = await paths.next();
  const open2 = [];
  const keyOf = (e) => namePrefix && e.name.startsWith(namePrefix) ? e.name.slice(namePrefix.length) : e.name;
  let last;
  try {
    for (; ; ) {
      let min = -1;
      for (let i = 0; i < open2.length; i++) if (min < 0 || compareUtf8(open2[i].key, open2[min].key) < 0) min = i;
      if (!next.done && (min < 0 || compareUtf8(next.value, open2[min].key) <= 0)) {
        const it = under(next.value)[Symbol.asyncIterator]();
        const first = await it.next();
        if (!first.done) open2.push({ it, head: first.value, key: keyOf(first.value) });
        next = await paths.next();
        continue;
      }
      if (min < 0) return;
      const s = open2[min];
      if (last === void 0 || compareUtf8(s.key, last) > 0) {
        last = s.key;
        yield s.head;
      }
      const r = await s.it.next();
      if (r.done) open2.splice(min, 1);
      else {
        s.head = r.value;
        s.key = keyOf(r.value);
      }
    }
  } finally {
    for (const s of open2) await s.it.return?.();
    await paths.return(void 0);
  }
}

// src/job/listed-scope.ts
var LIST_BY_PATH_MAX = 1e3;
function byPath(scope, listed) {
  return !!scope.listUnder && listed.count <= LIST_BY_PATH_MAX;
}
function listedSource(source, listed, quiet) {
  if (!listed) return source.list(quiet);
  const base = byPath(source, listed) ? unionOfListings(listed.paths(), (p) => source.listUnder(p, quiet), source.namePrefix) : source.list(quiet);
  return keepListed(base, listed.paths(), source.namePrefix);
}
function listedDestination(destination, listed, namePrefix) {
  if (!listed) return destination.list();
  const base = byPath(destination, listed) ? unionOfListings(listed.paths(), (p) => destination.listUnder(p), namePrefix) : destination.list();
  return keepListed(base, listed.paths(), namePrefix);
}

// src/job/commands/transfer.ts
async function* filtered(items, keep, count) {
  for await (const e of items) {
    if (!keep(e)) continue;
    count?.(e);
    yield e;
  }
}
async function* nothing() {
}
async function transferCommand(ctx, hooks, signal) {
  const o = ctx.options;
  const sides = await openTransferSides(ctx, hooks, { source: !o.listOfFiles, destination: !o.listOfFiles && listsDestination(o, !!hooks.jobId) });
  try {
    return await transferBetween(ctx, hooks, signal, sides);
  } finally {
    void sides.release();
  }
}
function listsDestination(o, resuming) {
  return resuming || !(o.command === "copy" && o.overwrite === "true");
}
async function transferBetween(ctx, hooks, signal, sides) {
  const o = ctx.options;
  const { sourceScope: source, destinationScope: destination } = sides;
  if (!o.dryRun) await destination.prepare?.();
  const keep = scopeFilter(o, source.namePrefix);
  const listed = o.listOfFiles ? await loadListOfFiles(o.listOfFiles, ctx.folder.dir, flagOf("listOfFiles"), { resuming: !!hooks.jobId }) : void 0;
  if (listed) {
    ctx.reportExtras.listOfFiles = { paths: listed.count, digest: listed.digest };
    ctx.log("info", `--list-of-files: ${listed.count} distinct path(s)`);
  }
  const sourceList = (quiet) => !quiet && sides.takeListing("source") || listedSource(source, listed, quiet);
  const destinationList = () => sides.takeListing("destination") ?? listedDestination(destination, listed, source.namePrefix);
  if (listed) ctx.log("info", byPath(source, listed) ? `listing the source under each of the ${listed.count} listed path(s)` : "listing the whole source beside the sorted list");
  const selects = source.selects;
  const keepDestination = selects ? (e) => selects(e.name) && keep(e) : keep;
  const rules = {
    command: o.command,
    overwrite: o.overwrite,
    compareHash: o.compareHash,
    mirrorMode: o.mirrorMode,
    deleteDestination: o.deleteDestination
  };
  const needDestination = listsDestination(o, !!hooks.jobId);
  const hashSource = sides.source.hash?.bind(sides.source);
  const hashDestination = sides.destination.hash?.bind(sides.destination);
  const state = await resumeState(ctx, hooks);
  const earlier = state.earlier;
  const reconcileOptions = {
    rules,
    extraIsDifference: rules.command === "sync" && o.deleteDestination,
    hashSource: o.compareHash === "md5" ? hashSource : void 0
  };
  const planningProof = needDestination ? new Reconciler(reconcileOptions) : void 0;
  let writesPlanned = 0;
  const runner = makeTransferRunner(ctx, sides.source, sides.destination, destination, signal, source.namePrefix);
  const deletions = new DeletionLog(ctx.folder.dir);
  const last = new UploadLast(o, ctx.folder.dir, source.namePrefix);
  const published = ctx.published = new Published(o.purge?.maxPaths);
  const drift = rules.command === "sync" && runner.headers.active && !!sides.destination.setProperties;
  if (drift) ctx.counts.propertiesUpdated = 0;
  ctx.phase = "transferring";
  const wroteNothing = () => writesPlanned === 0 && deletions.count === 0 && ctx.enumerationProblems.length === 0;
  const reconciles = () => !o.dryRun && !o.shard && !(planningProof && wroteNothing());
  const relistEarly = !mayWriteIntoSource(o.source, o.destination);
  let sourceRelisting;
  let leftOut = 0;
  const steps = plan(
    filtered(sourceList(), (e) => keep(e) || (leftOut++, false), (e) => {
      ctx.scanned.source++;
      ctx.counts.total++;
    }),
    needDestination ? filtered(destinationList(), keepDestination, () => ctx.scanned.destination++) : nothing(),
    rules,
    { hashSource, hashDestination }
  );
  async function* work() {
    for await (const step of steps) {
      if (planningProof) {
        if (step.kind === "delete" || step.kind === "extra") await planningProof.add(step.destination.name, void 0, step.destination);
        else await planningProof.add(step.source.name, step.source, step.destination);
      }
      if (step.kind === "transfer") {
        const evidence = doneEarlier(step.source, step.destination, state);
        if (evidence) {
          ctx.completedEarlier(step.source.name, step.source.size, evidence, runner.direction);
          continue;
        }
        ctx.bytesPlanned += step.source.size;
        writesPlanned++;
        if (step.overwritesNewer) ctx.overwritesNewerAtDestination(step.source.name);
        if (o.dryRun) {
          let reason = step.overwritesNewer ? `${step.reason}; replaces a destination newer than its source` : step.reason;
          if (last.hold({ kind: "transfer", entry: step.source })) reason += "; upload-last: after everything else";
          const where = destination.locate(step.source.name);
          if ("target" in where) published.touched(where.target);
          ctx.record({ path: step.source.name, size: step.source.size, status: "DryRun", action: runner.direction, reason });
          ctx.log("info", `would ${runner.direction} ${step.source.name} (${reason})`);
          continue;
        }
        const task = { kind: "transfer", entry: step.source };
        if (!last.hold(task)) yield task;
      } else if (step.kind === "skip") {
        if (earlier?.transferred.has(step.source.name)) ctx.completedEarlier(step.source.name, step.source.size, "journal", runner.direction);
        else if (step.keptNewer) ctx.keptNewerAtDestination(step.source.name, step.source.size, step.reason);
        else if (drift && step.destination) {
          const task = { kind: "properties", source: step.source, destination: step.destination };
          if (o.dryRun || !last.hold(task)) yield task;
        } else ctx.skip(step.source.name, step.source.size, step.reason);
      } else if (step.kind === "delete") {
        earlier?.deleted.delete(step.destination.name);
        deletions.add(step.destination);
      }
    }
    ctx.listingComplete = true;
    if (relistEarly && reconciles()) sourceRelisting = startNow(filtered(sourceList(true), keep));
  }
  const execute = async (t) => {
    if (t.kind === "transfer") return runner.transfer(t.entry);
    if (!await runner.updateProperties(t.source, t.destination)) ctx.skip(t.source.name, t.source.size, "identical");
  };
  try {
    try {
      await runPool(work(), o.concurrency, execute, { signal });
    } finally {
      await Promise.all([deletions.close(), last.close()]);
    }
    await writeLastGroup(ctx, last, execute, signal);
    if (earlier) ctx.deletedEarlier(earlier.deleted.size);
    if (o.shard) return deferToMerge(ctx, deletions, leftOut);
    guardEmptySource(ctx, leftOut);
    if (deletions.count > 0) {
      await syncDeletions(ctx, deletions, runner.remove, (e) => published.touched(sides.destination.properties(e).fullName), signal);
      await sides.destination.afterDeletes?.();
    }
    if (o.purge) await purgeAfterJob(ctx, hooks, o.purge, published, signal);
    if (o.dryRun) return {};
    await keepEmptyFolders(ctx, source, destination, signal);
    ctx.phase = "reconciling";
    const result = reconciles() ? await reconcile(sourceRelisting ?? filtered(sourceList(true), keep), filtered(destinationList(), keepDestination), reconcileOptions) : planningProof.result("planning");
    if (!result.ok) ctx.fileLog("error", `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
    return { reconciliation: result };
  } finally {
    void sourceRelisting?.close();
  }
}
async function keepEmptyFolders(ctx, source, destination, signal) {
  if (!source.emptyFolders || !destination.makeFolder || filtersInUse(ctx.options).length > 0 || source.selects) return;
  for await (const name of source.emptyFolders()) {
    signal.throwIfAborted();
    const where = destination.locate(name);
    if (!("target" in where)) {
      ctx.warn(`the empty folder ${name} was not made: ${where.reason}`);
      continue;
    }
    try {
      await destination.makeFolder(where.target);
      ctx.log("debug", `made the empty folder ${name}`);
    } catch (err) {
      ctx.warn(`the empty folder ${name} could not be made: ${err.message}`);
    }
  }
}
function deferToMerge(ctx, deletions, leftOut) {
  const shard = ctx.options.shard;
  ctx.reportExtras.shardPlan = {
    runner: runnerInfo(),
    sourceScanned: ctx.scanned.source,
    destinationScanned: ctx.scanned.destination,
    leftOutByFilters: leftOut,
    deferredDeletions: { count: deletions.count, bytes: deletions.bytes },
    unreadableSourcePaths: ctx.enumerationProblems.length,
    unfollowedLinks: [...ctx.unfollowedLinks]
  };
  const c = ctx.counts;
  const deferred = deletions.count ? `; ${deletions.count} deletion(s) written down for the merge, none done` : "";
  return {
    deferred: true,
    success: `Shard ${shard.index}/${shard.count} completed: ${c.transferred} transferred, ${c.skipped} skipped${deferred}. azcp jobs merge guards, deletes and reconciles the whole job.`
  };
}
async function syncDeletions(ctx, log, remove, wouldDelete, signal) {
  const o = ctx.options;
  let count = log.count;
  if (ctx.enumerationProblems.length) {
    throw new GuardError(`${ctx.enumerationProblems.length} source path(s) could not be read (first: ${ctx.enumerationProblems[0].path}); ${count} deletion(s) were not done, to avoid deleting what only looked missing`);
  }
  if (ctx.counts.failed > 0) {
    ctx.warn(`${count} deletion(s) were not done because ${ctx.counts.failed} transfer(s) failed; run the sync again`);
    return;
  }
  const links = await withheldUnderLinks(ctx.unfollowedLinks, log.read());
  count -= links.total;
  const destinationTotal = Math.max(ctx.scanned.destination, 0);
  enforceMaxDelete(count, o.maxDelete ?? DEFAULT_SYNC_MAX_DELETE, destinationTotal, (allowed, given) => {
    const pct = destinationTotal ? (count / destinationTotal * 100).toFixed(1) : "100";
    return `refusing to delete ${count} of ${destinationTotal} destination objects (${pct}%): more than --max-delete ${given} allows (${allowed}); nothing was deleted. Check the source, or raise --max-delete (maxDelete in CI).`;
  });
  if (o.dryRun) {
    for await (const e of links.others(log.read())) wouldDelete(e);
    await replayDryRun(ctx, links.others(log.read()), "delete");
    links.refuse();
    return;
  }
  await runDeletions(ctx, links.others(log.read()), remove, signal);
  links.refuse();
}
async function writeLastGroup(ctx, last, execute, signal) {
  if (last.globs.length === 0) return;
  const o = ctx.options;
  const group = { globs: last.globs, held: last.count, written: 0 };
  ctx.published.report.uploadLast = group;
  if (last.count === 0 || o.dryRun) return;
  const failed = ctx.counts.failed;
  const why = ctx.stopReason ? "the job stopped" : signal.aborted ? "the job was cancelled" : failed > 0 ? `${failed} transfer(s) before it failed` : ctx.enumerationProblems.length ? `${ctx.enumerationProblems.length} source path(s) could not be read` : void 0;
  if (why) {
    group.withheld = why;
    ctx.warn(`${last.count} upload-last object(s) (${last.globs.join(", ")}) were not written because ${why}: the live site keeps its current pages, which reference only what is there`);
    for await (const t of last.read()) {
      const e = t.kind === "transfer" ? t.entry : t.source;
      ctx.skip(e.name, e.size, `not written: ${why} (upload-last objects go only after everything else succeeded)`);
    }
    return;
  }
  ctx.log("info", `writing ${last.count} upload-last object(s) (${last.globs.join(", ")}) now that everything else is written`);
  const before = ctx.counts.transferred + (ctx.counts.propertiesUpdated ?? 0);
  await runPool(last.read(), o.concurrency, execute, { signal });
  group.written = ctx.counts.transferred + (ctx.counts.propertiesUpdated ?? 0) - before;
}

// src/job/commands/list.ts
import { createWriteStream as createWriteStream5 } from "node:fs";
import { join as join12 } from "node:path";
async function listCommand(ctx, hooks, signal) {
  const side = targetSide(ctx, hooks);
  await connectTarget(ctx, side, ["list"]);
  const provenByListing = side.listingProves?.() ?? false;
  if (!provenByListing) await side.probe();
  const scope = await side.targetScope("list");
  const listing = scope.single ? void 0 : provenByListing ? await provenBy(side, scope.list(signal)) : scope.list(signal);
  const out = createWriteStream5(join12(ctx.folder.dir, "list.jsonl"));
  const keep = scopeFilter(ctx.options, "");
  const emit = (e) => {
    const p = side.properties(e);
    const row = { name: p.fullName, size: p.size, lastModified: new Date(p.lastModifiedMs).toISOString(), tier: p.tier, md5: p.md5, contentType: p.contentType };
    ctx.counts.total++;
    ctx.counts.bytes += e.size;
    out.write(JSON.stringify(row) + "\n");
    hooks.onListEntry?.(row);
  };
  try {
    if (scope.single) emit(scope.single);
    else for await (const e of listing) if (keep(e)) emit(e);
  } finally {
    await new Promise((r) => out.end(r));
  }
  ctx.scanned.source = ctx.counts.total;
  ctx.fileLog("info", `listed ${ctx.counts.total} ${side.nouns.many}, ${ctx.counts.bytes} bytes`);
  ctx.counts.bytes = 0;
  return { success: `Listed ${ctx.counts.total} ${side.nouns.one}(s).` };
}

// src/job/commands/make.ts
var capital = (word) => word.charAt(0).toUpperCase() + word.slice(1);
async function makeCommand(ctx, hooks) {
  const side = targetSide(ctx, hooks);
  const noun = side.nouns.container;
  const name = side.containerName;
  if (side.location.path) throw new UsageError(`make creates a ${noun}; give the ${noun} URL without a path (\u2026/${name})`);
  await connectTarget(ctx, side, ["create"]);
  ctx.counts.total = 1;
  if (ctx.options.dryRun) {
    const exists = await side.containerExists();
    ctx.log("info", exists ? `${noun} ${name} already exists; make would do nothing` : `make would create ${noun} ${name}`);
    return {};
  }
  let created;
  try {
    created = await side.makeContainer();
  } catch (err) {
    throw side.preflightError(err);
  }
  if (created) {
    ctx.counts.transferred = 1;
    ctx.fileLog("info", `created ${noun} ${name}`);
  } else {
    ctx.counts.skipped = 1;
    ctx.skipped.push({ path: name, reason: `${noun} already exists` });
    ctx.fileLog("info", `${noun} ${name} already exists; nothing to do`);
  }
  const display = ctx.options.source.display;
  return { success: created ? `Created ${noun} ${display}.` : `${capital(noun)} ${display} already exists; nothing to do.` };
}

// src/job/commands/remove.ts
async function removeCommand(ctx, hooks, signal) {
  const o = ctx.options;
  const side = targetSide(ctx, hooks);
  const { one: one2, many, container } = side.nouns;
  await connectTarget(ctx, side, o.dryRun ? ["list"] : ["list", "delete"]);
  await side.probe();
  const loc = side.location;
  const planned = new DeletionLog(ctx.folder.dir);
  let underUrl = 0;
  const deletedEarlier = hooks.jobId ? (await completedPaths(o.jobDir, hooks.jobId)).deleted : void 0;
  const note = (e) => {
    deletedEarlier?.delete(e.name);
    ctx.counts.total++;
    planned.add(e);
  };
  const scope = await side.targetScope("remove");
  try {
    if (scope.single) {
      underUrl = 1;
      note(scope.single);
    } else {
      if (!o.recursive) {
        if (!loc.path) throw new UsageError(`removing a whole ${container}'s ${many} needs --recursive`);
        if (!await scope.any()) {
          throw new GuardError(`"${loc.display}" does not exist: there is no ${one2} of that name, and none under it; nothing was removed`);
        }
        throw new UsageError(`"${loc.display}" is not a ${one2} but a folder; add --recursive to remove everything under it`);
      }
      const keep = scopeFilter(o, "");
      for await (const e of scope.list()) {
        underUrl++;
        if (keep(e)) note(e);
      }
    }
  } finally {
    await planned.close();
  }
  ctx.listingComplete = true;
  const count = planned.count;
  ctx.scanned.source = count;
  if (deletedEarlier) ctx.deletedEarlier(deletedEarlier.size);
  if (count === 0) {
    ctx.log("info", "nothing matched; nothing to remove");
    return { success: "Nothing matched; nothing was removed." };
  }
  if (o.maxDelete) {
    enforceMaxDelete(count, o.maxDelete, underUrl, (allowed, given) => `refusing to remove ${count} ${many}: more than --max-delete ${given} allows (${allowed}); nothing was removed`);
  }
  if (o.dryRun) {
    await replayDryRun(ctx, planned.read(), "remove");
    return {};
  }
  await runDeletions(
    ctx,
    planned.read(),
    async (e) => {
      try {
        await side.remove(e);
        ctx.counts.deleted++;
        ctx.record({ path: e.name, size: e.size, status: "Deleted", action: "delete" });
      } catch (err) {
        ctx.failed(e.name, e.size, "delete", err);
      }
    },
    signal
  );
  await side.afterDeletes?.({ wholeTree: filtersInUse(o).length === 0 });
  ctx.phase = "reconciling";
  const after = scope.relist();
  let remaining = 0;
  let remainingBytes = 0;
  const differences = [];
  for await (const pair of mergeJoin(planned.read(), after)) {
    if (pair.source && pair.destination) {
      remaining++;
      remainingBytes += pair.destination.size;
      if (differences.length < 50) differences.push({ path: pair.name, problem: "still present after removal" });
    }
  }
  const reconciliation = {
    basis: "relisted",
    // "Source" is what was to be removed; "destination" what is still there.
    sourceCount: count,
    sourceBytes: planned.bytes,
    destinationCount: remaining,
    destinationBytes: remainingBytes,
    matched: count - remaining,
    missing: 0,
    sizeMismatch: 0,
    hashMismatch: 0,
    extra: remaining,
    extraIsDifference: true,
    ok: remaining === 0,
    differences
  };
  return { reconciliation, success: `Removed ${ctx.counts.deleted} ${one2}(s); a new listing confirms they are gone.` };
}

// src/job/commands/merge.ts
import { join as join13 } from "node:path";
var finished = (r) => r?.status === "Completed" || r?.status === "DryRun";
async function mergeCommand(ctx, hooks, signal) {
  const o = ctx.options;
  const shards = readShardSet(o.merge.folders, fingerprintOfInputs);
  const count = shards[0].count;
  ctx.reportExtras.fingerprint = fingerprintOfInputs(shards[0].manifest.inputs);
  ctx.reportExtras.shards = shards.map(rowOf);
  sumShards(ctx, shards);
  ctx.log("info", `merging ${shards.length} of ${count} shard(s) of one ${o.command} job: ${shards.map((s) => `${s.index}=${s.jobId}`).join(", ")}`);
  await copyJournals(ctx, shards);
  const present = new Set(shards.map((s) => s.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
  if (missing.length) {
    throw new GuardError(`shard(s) ${missing.join(", ")} of ${count} missing: the merge needs every shard of the job; nothing was deleted and nothing reconciled. Run the missing shard(s) (--shard I/${count}) and merge again.`);
  }
  const unfinished = shards.filter((s) => !finished(s.report));
  if (unfinished.length) {
    const said = unfinished.map((s) => `shard ${s.index}/${count} (job ${s.jobId}) ${s.report ? `ended ${s.report.status}: ${s.report.message}` : "never finished (killed?): resume it with azcp jobs resume"}`);
    throw new GuardError(`${said.join("; ")}. Nothing was deleted: deletions run only when every shard completed. Resume or rerun the shard(s), then merge again.`);
  }
  const sides = await openTransferSides(ctx, hooks);
  const { sourceScope: source, destinationScope: destination } = sides;
  const plans = shards.map((s) => s.report.shardPlan);
  const unreadable = plans.reduce((n, p) => n + p.unreadableSourcePaths, 0);
  const deferred = plans.reduce((n, p) => n + p.deferredDeletions.count, 0);
  if (unreadable) {
    throw new GuardError(`${unreadable} source path(s) could not be read by the shards; ${deferred} deletion(s) were not done, to avoid deleting what only looked missing`);
  }
  guardEmptySource(ctx, plans.reduce((n, p) => n + p.leftOutByFilters, 0));
  const listed = o.listOfFiles ? await shardList(shards) : void 0;
  if (deferred > 0) {
    await checkDeletionLists(shards, count, inJobScope(o, source, destination, listed));
    const links = await withheldUnderLinks(linksOf(shards), deletionsOf(shards));
    const allowedCount = deferred - links.total;
    const destinationTotal = ctx.scanned.destination;
    enforceMaxDelete(allowedCount, o.maxDelete ?? DEFAULT_SYNC_MAX_DELETE, destinationTotal, (allowed, given) => {
      const pct = destinationTotal ? (allowedCount / destinationTotal * 100).toFixed(1) : "100";
      return `refusing to delete ${allowedCount} of ${destinationTotal} destination objects (${pct}%, over all ${count} shards): more than --max-delete ${given} allows (${allowed}); nothing was deleted. Check the source, or raise --max-delete (maxDelete in CI) and run the shards again.`;
    });
    if (o.dryRun) {
      await replayDryRun(ctx, links.others(deletionsOf(shards)), "delete");
      links.refuse();
      return {};
    }
    const runner = makeTransferRunner(ctx, sides.source, sides.destination, destination, signal);
    const clash = sides.destination.features.caseInsensitiveNames ? await writtenUnderAnotherCase(shards) : /* @__PURE__ */ new Set();
    const inScope = scopeFilter(o, source.namePrefix);
    const removeByName = async (stored) => {
      if (clash.has(stored.name)) {
        return ctx.failed(stored.name, stored.size, "delete", new Error(`refused: a shard wrote a name differing from "${stored.name}" only by case, and on this destination they are one file; deleting it would delete what was written`));
      }
      const where = destination.locate(stored.name);
      if (!("target" in where)) return ctx.failed(stored.name, stored.size, "delete", new Error(`refused: ${where.reason}`));
      const current = await sides.destination.stat(where.target, stored.name);
      if (!current) return ctx.log("info", `${stored.name}: already gone from the destination`);
      if (!inScope(current)) return ctx.failed(stored.name, stored.size, "delete", new Error("refused: what the destination holds under this name is left out by the job's filters"));
      if (changedSince(sides.destination.properties(stored), sides.destination.properties(current))) {
        return ctx.failed(stored.name, stored.size, "delete", new DestinationChangedError("refused: the destination object was written again after its shard listed it; it was not deleted. Run the job again to judge the new version"));
      }
      await runner.remove(current);
    };
    await runDeletions(ctx, links.others(deletionsOf(shards)), removeByName, signal);
    await sides.destination.afterDeletes?.();
    links.refuse();
  }
  if (o.dryRun) return {};
  ctx.phase = "reconciling";
  const keep = scopeFilter(o, source.namePrefix);
  const selects = source.selects;
  const keepDestination = selects ? (e) => selects(e.name) && keep(e) : keep;
  const rules = { command: o.command, overwrite: o.overwrite, compareHash: o.compareHash, mirrorMode: o.mirrorMode, deleteDestination: o.deleteDestination };
  const options = {
    rules,
    extraIsDifference: rules.command === "sync" && o.deleteDestination,
    hashSource: o.compareHash === "md5" ? sides.source.hash?.bind(sides.source) : void 0
  };
  const result = await reconcile(filtered(listedSource(source, listed, true), keep), filtered(listedDestination(destination, listed, source.namePrefix), keepDestination), options);
  if (!result.ok) ctx.fileLog("error", `reconciliation found differences: ${JSON.stringify(result.differences.slice(0, 5))}`);
  return { reconciliation: result };
}
function rowOf(s) {
  const r = s.report;
  return {
    index: s.index,
    count: s.count,
    jobId: s.jobId,
    status: r?.status ?? "Interrupted",
    files: r?.counts.total ?? 0,
    transferred: r?.counts.transferred ?? 0,
    failed: r?.counts.failed ?? 0,
    bytes: r?.counts.bytes ?? 0,
    durationMs: r?.durationMs ?? 0,
    retries: r?.retries ?? 0,
    deferredDeletions: r?.shardPlan?.deferredDeletions.count ?? 0,
    runner: r?.shardPlan?.runner.name ?? ""
  };
}
function sumShards(ctx, shards) {
  const c = ctx.counts;
  let retries = 0;
  for (const s of shards) {
    const r = s.report;
    if (!r) continue;
    c.total += r.counts.total;
    c.transferred += r.counts.transferred;
    c.skipped += r.counts.skipped;
    c.failed += r.counts.failed;
    c.bytes += r.counts.bytes;
    if (r.counts.keptNewerAtDestination !== void 0) c.keptNewerAtDestination = (c.keptNewerAtDestination ?? 0) + r.counts.keptNewerAtDestination;
    if (r.counts.overwroteNewerAtDestination !== void 0) c.overwroteNewerAtDestination = (c.overwroteNewerAtDestination ?? 0) + r.counts.overwroteNewerAtDestination;
    ctx.scanned.source += r.shardPlan?.sourceScanned ?? r.scanned.source;
    ctx.scanned.destination += r.shardPlan?.destinationScanned ?? r.scanned.destination;
    retries += r.retries;
    const room = (list) => Math.max(0, REPORT_LIST_CAP - list.length);
    ctx.failures.push(...r.failures.slice(0, room(ctx.failures)));
    ctx.skipped.push(...r.skipped.slice(0, room(ctx.skipped)));
    ctx.keptNewer.push(...(r.keptNewerAtDestination ?? []).slice(0, room(ctx.keptNewer)));
    ctx.overwroteNewer.push(...(r.overwroteNewerAtDestination ?? []).slice(0, room(ctx.overwroteNewer)));
    if (r.verification) {
      ctx.verification.endToEnd += r.verification.endToEnd;
      ctx.verification.inTransit += r.verification.inTransit;
      ctx.verification.none += r.verification.none;
    }
    for (const w of r.warnings.slice(0, 20)) ctx.warn(`shard ${s.index}/${s.count}: ${w}`);
  }
  ctx.retriesFrom([{ stats: { retries } }]);
}
async function copyJournals(ctx, shards) {
  for (const s of shards) {
    for await (const rec of readJsonLines(join13(s.dir, "transfers.jsonl"))) ctx.record(rec);
  }
}
function changedSince(listed, now) {
  if (listed.etag && now.etag) return !sameEtag(listed.etag, now.etag);
  return listed.size !== now.size || listed.lastModifiedMs !== now.lastModifiedMs;
}
async function* deletionsOf(shards) {
  for (const s of shards) yield* readJsonLines(join13(s.dir, "deletions.jsonl"));
}
async function shardList(shards) {
  const list = await sortedList(join13(shards[0].dir, SORTED_LIST));
  const named = shards.map((s) => s.report?.listOfFiles?.digest).find(Boolean);
  if (!named || list.digest !== named) {
    throw new GuardError(`${list.path} is not the list of files the shards read (its digest differs from their reports'); nothing was deleted and nothing reconciled`);
  }
  return list;
}
var badSegment = (name) => name === "" || name.startsWith("/") || name.split("/").some((seg) => seg === "." || seg === "..");
function inJobScope(o, source, destination, listed) {
  const keep = scopeFilter(o, source.namePrefix);
  return {
    namePrefix: source.namePrefix,
    listed,
    name(e) {
      if (badSegment(e.name)) return "not a name any job plans";
      if (!e.name.startsWith(source.namePrefix)) return `outside the source's folder "${source.namePrefix}"`;
      if (source.selects && !source.selects(e.name)) return "outside the source's wildcard";
      if (!keep(e)) return "left out by the job's filters";
      const where = destination.locate(e.name);
      if (!("target" in where)) return where.reason;
      return void 0;
    }
  };
}
async function checkDeletionLists(shards, count, scope) {
  for (const s of shards) {
    const path = join13(s.dir, "deletions.jsonl");
    const expected = s.report.shardPlan.deferredDeletions.count;
    let n = 0;
    let last;
    if (expected > 0) {
      for await (const e of readJsonLines(path)) {
        if (typeof e?.name !== "string" || shardOf(e.name, count) !== s.index) {
          throw new GuardError(`${path} holds "${printable(String(e?.name))}", which is not of shard ${s.index}/${count}; nothing was deleted`);
        }
        const why = scope.name(e);
        if (why) throw new GuardError(`${path} holds "${printable(e.name)}", which is not in the job's scope (${why}); nothing was deleted`);
        if (last !== void 0 && compareUtf8(last, e.name) >= 0) throw new GuardError(`${path} is not in the order azcp writes it ("${printable(e.name)}" after "${printable(last)}"); nothing was deleted`);
        last = e.name;
        n++;
      }
    }
    if (n !== expected) throw new GuardError(`${path} holds ${n} deletion(s), its report says ${expected}: the folder is incomplete; nothing was deleted`);
    if (n && scope.listed) {
      let kept = 0;
      for await (const _ of keepListed(readJsonLines(path), scope.listed.paths(), scope.namePrefix)) kept++;
      if (kept !== n) throw new GuardError(`${path} holds ${n - kept} name(s) the list of files does not name, which is not in the job's scope; nothing was deleted`);
    }
  }
}
async function writtenUnderAnotherCase(shards) {
  const fold2 = (n) => n.toUpperCase();
  const byFold = /* @__PURE__ */ new Map();
  for await (const e of deletionsOf(shards)) byFold.set(fold2(e.name), e.name);
  const clash = /* @__PURE__ */ new Set();
  if (!byFold.size) return clash;
  for (const s of shards) {
    for await (const rec of readJsonLines(join13(s.dir, "transfers.jsonl"))) {
      if (typeof rec?.path !== "string" || rec.action === "delete") continue;
      const d = byFold.get(fold2(rec.path));
      if (d !== void 0 && d !== rec.path) clash.add(d);
    }
  }
  return clash;
}
function linksOf(shards) {
  const seen = /* @__PURE__ */ new Map();
  for (const s of shards) for (const l of s.report?.shardPlan?.unfollowedLinks ?? []) seen.set(l.name, l);
  return [...seen.values()];
}

// src/job/run.ts
var COMMAND_RUNS = {
  copy: transferCommand,
  sync: transferCommand,
  list: listCommand,
  make: makeCommand,
  remove: removeCommand
};
async function runJob(options, hooks = {}) {
  const ctx = new JobContext(options, hooks);
  ctx.fileLog("info", `azcp ${options.command} job ${ctx.jobId}: ${options.commandLine}`);
  const abort = new AbortController();
  setMaxListeners(0, abort.signal);
  const onAbort = () => abort.abort();
  ctx.whenStopped(onAbort);
  hooks.signal?.addEventListener("abort", onAbort, { once: true });
  if (hooks.signal?.aborted) abort.abort();
  ctx.startProgress();
  let fatal;
  let usageError;
  let outcome;
  try {
    const run = options.merge ? mergeCommand : COMMAND_RUNS[options.command];
    outcome = await run(ctx, hooks, abort.signal);
  } catch (err) {
    if (ctx.stopReason) {
      fatal = `the job stopped: ${ctx.stopReason}`;
    } else if (abort.signal.aborted) {
      ctx.log("warning", "cancelled");
    } else if (err instanceof UsageError) {
      usageError = err;
      fatal = redact(err.message);
    } else {
      fatal = err instanceof GuardError ? redact(err.message) : `the job stopped: ${ctx.describe(err)}`;
    }
    if (fatal) ctx.log("error", fatal);
  } finally {
    hooks.signal?.removeEventListener("abort", onAbort);
    ctx.stopProgress();
  }
  if (!fatal && ctx.stopReason) fatal = `the job stopped: ${ctx.stopReason}`;
  if (fatal) hooks.onFatal?.(fatal);
  try {
    return finish(ctx, { cancelled: abort.signal.aborted && !ctx.stopReason, fatal, reconciliation: outcome?.reconciliation, success: outcome?.success, usageError });
  } finally {
    await ctx.folder.close();
  }
}
function finish(ctx, end2) {
  const o = ctx.options;
  if (ctx.folder.journalDropped) {
    ctx.warn(`transfers.jsonl reached its ${formatBytes(ctx.folder.journalMaxBytes)} cap: ${ctx.folder.journalDropped} line(s) were left out (routine ones first; AZCP_JOURNAL_MAX_BYTES raises it). The counts and failures in this report are complete.`);
  }
  const checked = ctx.verification;
  const notEndToEnd = checked.inTransit + checked.none;
  if (notEndToEnd > 0) ctx.warn(unverifiedWarning(checked, o.checkMd5));
  const v = verdict({
    cancelled: end2.cancelled,
    dryRun: o.dryRun,
    fatal: end2.fatal,
    counts: ctx.counts,
    reconciliation: end2.reconciliation,
    unreadable: ctx.enumerationProblems.length,
    success: end2.success,
    notVerifiedByMd5: notEndToEnd,
    purgeFailed: ctx.purgeFailed
  });
  const endedAt = Date.now();
  const report = {
    jobId: ctx.jobId,
    command: o.command,
    commandLine: redact(o.commandLine),
    source: o.source.display,
    destination: o.destination?.display,
    startedAt: new Date(ctx.started).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    status: v.status,
    exitCode: end2.usageError ? 2 : v.exitCode,
    message: v.message,
    counts: { ...ctx.counts },
    scanned: { ...ctx.scanned },
    reconciliation: end2.reconciliation,
    failures: ctx.failures,
    failuresTotal: ctx.counts.failed,
    skipped: ctx.skipped,
    skippedTotal: ctx.counts.skipped,
    ...ctx.counts.keptNewerAtDestination !== void 0 ? { keptNewerAtDestination: ctx.keptNewer } : {},
    ...ctx.counts.overwroteNewerAtDestination !== void 0 ? { overwroteNewerAtDestination: ctx.overwroteNewer } : {},
    retries: ctx.retries,
    ...ctx.hooks.jobId ? { resume: { ...ctx.resume } } : {},
    ...ctx.folder.journalDropped ? { journal: { maxBytes: ctx.folder.journalMaxBytes, droppedLines: ctx.folder.journalDropped } } : {},
    ...checked.endToEnd + notEndToEnd > 0 ? { verification: { ...checked } } : {},
    ...ctx.published && Object.keys(ctx.published.report).length ? { published: ctx.published.report } : {},
    warnings: ctx.warnings,
    durationMs: endedAt - ctx.started,
    jobFolder: ctx.folder.dir,
    reportPath: join14(ctx.folder.dir, "report.json"),
    // A shard says which one it is and of which job, whatever it met:
    // the merge must be able to name a failed shard too.
    ...o.shard ? { shard: { ...o.shard }, fingerprint: jobFingerprint(o) } : {},
    ...ctx.reportExtras
  };
  ctx.folder.writeFile("report.json", JSON.stringify(report, null, 2) + "\n");
  ctx.folder.writeFile("summary.md", summaryMarkdown(report));
  ctx.fileLog(report.exitCode === 0 ? "info" : "error", report.message);
  return report;
}

export {
  INPUTS,
  inputRow,
  STEP_INPUTS,
  STEP_DEFAULTS,
  HOST_ONLY,
  SECRET_INPUTS,
  SECRET_CARRIERS,
  SECRET_BEARING_INPUTS,
  flagOf,
  parseBool,
  parseList,
  parseJobOptions,
  printable,
  formatBytes,
  formatDuration,
  throughput,
  RateMeter,
  rateAndEta,
  progressLine,
  mergeOptions,
  JobLockedError,
  readLock,
  describeOwner,
  lockedMessage,
  UnreadableJobFile,
  readManifest,
  readReport,
  readTransfers,
  listJobIds,
  removeJob,
  publishedText,
  overwriteRuleSentences,
  VERSION,
  runJob
};
