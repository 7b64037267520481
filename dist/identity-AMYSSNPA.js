#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  STORAGE_SCOPE,
  buildFederatedCredential,
  buildServiceConnectionCredential,
  buildTokenCredential,
  deviceCodeSignIn,
  identityOptions,
  loginCredential,
  tokenCache
} from "./chunk-7B3L3UDL.js";
import "./chunk-Q62OLSTV.js";
import "./chunk-YTE2SNQG.js";
import "./chunk-I5DW6XUA.js";
import "./chunk-QNKGTQTQ.js";
import "./chunk-WOBUYCSG.js";
export {
  STORAGE_SCOPE,
  buildFederatedCredential,
  buildServiceConnectionCredential,
  buildTokenCredential,
  deviceCodeSignIn,
  identityOptions,
  loginCredential,
  tokenCache
};
