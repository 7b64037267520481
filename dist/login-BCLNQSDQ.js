#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  STORAGE_SCOPE,
  deviceCodeSignIn,
  loginCredential,
  tokenCache
} from "./chunk-7B3L3UDL.js";
import {
  UsageError
} from "./chunk-Q62OLSTV.js";
import "./chunk-YTE2SNQG.js";
import "./chunk-I5DW6XUA.js";
import "./chunk-QNKGTQTQ.js";
import "./chunk-WOBUYCSG.js";

// src/auth/login.ts
function claimsOf(token) {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
  } catch {
    return {};
  }
}
function whoOf(claims, fallback) {
  const user = claims.upn ?? claims.preferred_username ?? claims.unique_name ?? claims.email;
  if (user) return String(user);
  if (claims.appid || claims.azp) return `application ${claims.appid ?? claims.azp}${claims.oid ? ` (object ${claims.oid})` : ""}`;
  return fallback;
}
async function login(req, env, say) {
  let token;
  let record;
  let cache;
  if (req.method === "deviceCode") {
    cache = await tokenCache(env);
    if (cache.kind === "none") {
      throw new UsageError(
        `a device-code sign-in cannot be saved here: ${cache.why}. Install @azure/identity-cache-persistence next to azcp, or sign in with --service-principal, --identity, --federated-token-file or --azure-cli, which need no saved token`
      );
    }
    try {
      ({ record, token } = await deviceCodeSignIn(req, env, say, cache));
    } catch (err) {
      const msg = err.message ?? String(err);
      if (/persist|keyring|libsecret|secret service|keychain|dpapi/i.test(msg) && cache.kind === "encrypted") {
        throw new UsageError(`the sign-in worked but its refresh token cannot be kept encrypted: no OS keyring is available here (${msg}). Set AZCP_ALLOW_UNENCRYPTED_TOKEN_CACHE=true to keep it in a file readable only by you, or use a method that needs no saved token`);
      }
      throw err;
    }
  } else {
    const got = await loginCredential(req, env).getToken(STORAGE_SCOPE);
    if (!got) throw new Error("the identity provider returned no token");
    token = got;
  }
  const claims = claimsOf(token.token);
  return {
    version: 1,
    method: req.method,
    tenantId: req.tenantId ?? record?.tenantId,
    clientId: req.applicationId ?? record?.clientId,
    authorityHost: req.authorityHost,
    certificatePath: req.certificatePath,
    identityClientId: req.identityClientId,
    identityResourceId: req.identityResourceId,
    federatedTokenFile: req.federatedTokenFile,
    authenticationRecord: record,
    who: record?.username || whoOf(claims, req.method),
    tokenTenantId: claims.tid ?? record?.tenantId,
    expiresOn: new Date(token.expiresOnTimestamp).toISOString(),
    savedAt: (/* @__PURE__ */ new Date()).toISOString(),
    tokenCache: cache?.kind ?? "none"
  };
}
async function sessionCredential(s, env) {
  const req = {
    method: s.method,
    tenantId: s.tenantId,
    authorityHost: s.authorityHost,
    applicationId: s.clientId,
    certificatePath: s.certificatePath,
    identityClientId: s.identityClientId,
    identityResourceId: s.identityResourceId,
    federatedTokenFile: s.federatedTokenFile,
    authenticationRecord: s.authenticationRecord
  };
  const cache = s.method === "deviceCode" ? await tokenCache(env) : void 0;
  if (cache?.kind === "none") throw new UsageError(`the saved sign-in (device code, ${s.who}) needs its token cache, and ${cache.why}; run azcp login again`);
  return loginCredential(req, env, void 0, cache);
}
export {
  deviceCodeSignIn,
  login,
  sessionCredential
};
