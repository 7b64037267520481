#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  PATTERN_TRIGGER,
  REDACTED,
  REDACTION_PATTERNS,
  describeError,
  redact,
  registerSecret,
  registeredSecretCount
} from "./chunk-YTE2SNQG.js";
import "./chunk-WOBUYCSG.js";
export {
  PATTERN_TRIGGER,
  REDACTED,
  REDACTION_PATTERNS,
  describeError,
  redact,
  registerSecret,
  registeredSecretCount
};
