#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  ExitCode,
  addPath,
  debug,
  endGroup,
  error,
  exportVariable,
  getBooleanInput,
  getIDToken,
  getInput,
  getMultilineInput,
  getState,
  group,
  info,
  isDebug,
  markdownSummary,
  notice,
  platform_exports,
  saveState,
  setCommandEcho,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  toPlatformPath,
  toPosixPath,
  toWin32Path,
  warning
} from "./chunk-OBJAWCZQ.js";
import "./chunk-WOBUYCSG.js";
export {
  ExitCode,
  addPath,
  debug,
  endGroup,
  error,
  exportVariable,
  getBooleanInput,
  getIDToken,
  getInput,
  getMultilineInput,
  getState,
  group,
  info,
  isDebug,
  markdownSummary,
  notice,
  platform_exports as platform,
  saveState,
  setCommandEcho,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  toPlatformPath,
  toPosixPath,
  toWin32Path,
  warning
};
