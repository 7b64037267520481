#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);

// src/contract/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
  exitCode = 2;
};
var GuardError = class extends Error {
  name = "GuardError";
  exitCode = 1;
};

// src/auth/session.ts
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
var LOGIN_METHODS = ["deviceCode", "servicePrincipalSecret", "servicePrincipalCertificate", "managedIdentity", "workloadIdentity", "azureCli"];
var TOKEN_CACHE_NAME = "azcp";
function sessionPath(env = process.env) {
  return join(env.AZCP_LOGIN_DIR || join(homedir(), ".azcp"), "session.json");
}
function untrustedSessionPlace(path, which) {
  const uid = process.getuid?.();
  if (uid === void 0) return void 0;
  const s = which === "file" ? lstatSync(path) : statSync(path);
  if (which === "file" && !s.isFile()) return "it is not a regular file (a link?)";
  if (s.uid !== uid && !(which === "folder" && s.uid === 0)) return `it belongs to another user (uid ${s.uid})`;
  if (which === "file" ? s.mode & 18 : s.mode & 2 && !(s.mode & 512)) return "other users may write to it";
  return void 0;
}
function readSession(env = process.env) {
  const path = sessionPath(env);
  if (!existsSync(path)) return void 0;
  const why = untrustedSessionPlace(path, "file") ?? untrustedSessionPlace(dirname(path), "folder");
  if (why) throw new UsageError(`the saved sign-in ${path} is not used: ${why}. Run azcp logout, then azcp login (with AZCP_LOGIN_DIR a folder of your own)`);
  let s;
  try {
    s = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UsageError(`the saved sign-in ${path} cannot be read (${err.message}); run azcp logout, then azcp login`);
  }
  if (s?.version !== 1 || !LOGIN_METHODS.includes(s.method)) throw new UsageError(`the saved sign-in ${path} is not one this azcp knows; run azcp logout, then azcp login`);
  return s;
}
function writeSession(session, env = process.env) {
  const path = sessionPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 448 });
  const why = untrustedSessionPlace(dirname(path), "folder");
  if (why) throw new UsageError(`the sign-in is not saved in ${dirname(path)}: ${why}. Set AZCP_LOGIN_DIR to a folder of your own`);
  const tmp = `${path}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  writeFileSync(tmp, JSON.stringify(session, null, 2) + "\n", { mode: 384, flag: "wx" });
  chmodSync(tmp, 384);
  renameSync(tmp, path);
  return path;
}
function removeSession(env = process.env) {
  const path = sessionPath(env);
  const had = existsSync(path);
  rmSync(path, { force: true });
  return had;
}
function removeTokenCacheFiles(home = homedir()) {
  const dir = join(home, ".IdentityService");
  if (!existsSync(dir)) return [];
  const removed = [];
  for (const name of readdirSync(dir)) {
    if (name === TOKEN_CACHE_NAME || name.startsWith(`${TOKEN_CACHE_NAME}.`)) {
      rmSync(join(dir, name), { force: true, recursive: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}

export {
  UsageError,
  GuardError,
  TOKEN_CACHE_NAME,
  sessionPath,
  readSession,
  writeSession,
  removeSession,
  removeTokenCacheFiles
};
