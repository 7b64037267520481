#!/usr/bin/env node
import { createRequire as __azcpCreateRequire } from 'node:module';
import { fileURLToPath as __azcpFileURLToPath } from 'node:url';
import { dirname as __azcpDirname } from 'node:path';
const require = __azcpCreateRequire(import.meta.url);
const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);
const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);
import {
  DestinationChangedError,
  IntegrityError,
  SDK_BODY_RETRIES,
  assertUnchanged,
  byWildcard,
  commitTempFile,
  compareUtf8,
  encodeObjectPath,
  errorCodeOf,
  fileNameProblem,
  foundAt,
  isNotImplemented,
  isObjectSas,
  one,
  parentPrefix,
  preflightError,
  readWhole,
  renamed,
  resolveAuth,
  retryTuning,
  sameEtag,
  sendPiecesInOrder,
  sourceAccess,
  statusOf,
  tempPathFor,
  uploadHeaders,
  useAzcpPolicies,
  wildcardMatcher,
  withBodyRetries,
  withSlash,
  writeRangeBody
} from "./chunk-D4RS6R3A.js";
import {
  UsageError
} from "./chunk-Q62OLSTV.js";
import "./chunk-YTE2SNQG.js";
import {
  AnonymousCredential,
  Credential,
  ExtendedServiceClient,
  StorageBrowserPolicyFactory,
  StorageCRC64Calculator,
  StorageRetryPolicyFactory,
  StorageSharedKeyCredential,
  UserDelegationKeyCredential,
  convertHttpClient,
  createRequestPolicyFactoryPolicy,
  getCachedDefaultHttpClient,
  isTokenCredential,
  parseXML,
  storageBrowserPolicy,
  storageCorrectContentLengthPolicy,
  storageRequestFailureDetailsParserPolicy,
  storageRetryPolicy,
  storageSharedKeyCredentialPolicy,
  stringifyXML,
  structuredMessageDecodingBrowser,
  structuredMessageDecodingStream,
  structuredMessageEncoding
} from "./chunk-4IYJINNE.js";
import {
  AbortError,
  authorizeRequestOnTenantChallenge,
  bearerTokenAuthenticationPolicy,
  createClientLogger,
  createClientPipeline,
  createSerializer,
  createTracingClient,
  decompressResponsePolicyName,
  isNodeLike,
  randomUUID
} from "./chunk-QNKGTQTQ.js";
import {
  __export
} from "./chunk-WOBUYCSG.js";

// node_modules/@azure/storage-file-share/dist/esm/AccountSASPermissions.js
var AccountSASPermissions = class _AccountSASPermissions {
  /**
   * Parse initializes the AccountSASPermissions fields from a string.
   *
   * @param permissions -
   */
  static parse(permissions) {
    const accountSASPermissions = new _AccountSASPermissions();
    for (const c of permissions) {
      switch (c) {
        case "r":
          accountSASPermissions.read = true;
          break;
        case "w":
          accountSASPermissions.write = true;
          break;
        case "d":
          accountSASPermissions.delete = true;
          break;
        case "l":
          accountSASPermissions.list = true;
          break;
        case "a":
          accountSASPermissions.add = true;
          break;
        case "c":
          accountSASPermissions.create = true;
          break;
        case "u":
          accountSASPermissions.update = true;
          break;
        case "p":
          accountSASPermissions.process = true;
          break;
        default:
          throw new RangeError(`Invalid permission character: ${c}`);
      }
    }
    return accountSASPermissions;
  }
  /**
   * Permission to read resources and list queues and tables granted.
   */
  read = false;
  /**
   * Permission to write resources granted.
   */
  write = false;
  /**
   * Permission to delete blobs and files granted.
   */
  delete = false;
  /**
   * Permission to list blob containers, blobs, shares, directories, and files granted.
   */
  list = false;
  /**
   * Permission to add messages, table entities, and append to blobs granted.
   */
  add = false;
  /**
   * Permission to create blobs and files granted.
   */
  create = false;
  /**
   * Permissions to update messages and table entities granted.
   */
  update = false;
  /**
   * Permission to get and delete messages granted.
   */
  process = false;
  /**
   * Produces the SAS permissions string for an Azure Storage account.
   * Call this method to set AccountSASSignatureValues Permissions field.
   *
   * Using this method will guarantee the resource types are in
   * an order accepted by the service.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-an-account-sas
   *
   */
  toString() {
    const permissions = [];
    if (this.read) {
      permissions.push("r");
    }
    if (this.write) {
      permissions.push("w");
    }
    if (this.delete) {
      permissions.push("d");
    }
    if (this.list) {
      permissions.push("l");
    }
    if (this.add) {
      permissions.push("a");
    }
    if (this.create) {
      permissions.push("c");
    }
    if (this.update) {
      permissions.push("u");
    }
    if (this.process) {
      permissions.push("p");
    }
    return permissions.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/AccountSASResourceTypes.js
var AccountSASResourceTypes = class _AccountSASResourceTypes {
  /**
   * Creates an {@link AccountSASResourceTypes} from the specified resource types string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid resource type.
   *
   * @param resourceTypes -
   */
  static parse(resourceTypes) {
    const accountSASResourceTypes = new _AccountSASResourceTypes();
    for (const c of resourceTypes) {
      switch (c) {
        case "s":
          accountSASResourceTypes.service = true;
          break;
        case "c":
          accountSASResourceTypes.container = true;
          break;
        case "o":
          accountSASResourceTypes.object = true;
          break;
        default:
          throw new RangeError(`Invalid resource type: ${c}`);
      }
    }
    return accountSASResourceTypes;
  }
  /**
   * Permission to access service level APIs granted.
   */
  service = false;
  /**
   * Permission to access container level APIs (Blob Containers, Tables, Queues, File Shares) granted.
   */
  container = false;
  /**
   * Permission to access object level APIs (Blobs, Table Entities, Queue Messages, Files) granted.
   */
  object = false;
  /**
   * Converts the given resource types to a string.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-an-account-sas
   *
   */
  toString() {
    const resourceTypes = [];
    if (this.service) {
      resourceTypes.push("s");
    }
    if (this.container) {
      resourceTypes.push("c");
    }
    if (this.object) {
      resourceTypes.push("o");
    }
    return resourceTypes.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/AccountSASServices.js
var AccountSASServices = class _AccountSASServices {
  /**
   * Creates an {@link AccountSASServices} from the specified services string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid service.
   *
   * @param services -
   */
  static parse(services) {
    const accountSASServices = new _AccountSASServices();
    for (const c of services) {
      switch (c) {
        case "b":
          accountSASServices.blob = true;
          break;
        case "f":
          accountSASServices.file = true;
          break;
        case "q":
          accountSASServices.queue = true;
          break;
        case "t":
          accountSASServices.table = true;
          break;
        default:
          throw new RangeError(`Invalid service character: ${c}`);
      }
    }
    return accountSASServices;
  }
  /**
   * Permission to access blob resources granted.
   */
  blob = false;
  /**
   * Permission to access file resources granted.
   */
  file = false;
  /**
   * Permission to access queue resources granted.
   */
  queue = false;
  /**
   * Permission to access table resources granted.
   */
  table = false;
  /**
   * Converts the given services to a string.
   *
   */
  toString() {
    const services = [];
    if (this.blob) {
      services.push("b");
    }
    if (this.table) {
      services.push("t");
    }
    if (this.queue) {
      services.push("q");
    }
    if (this.file) {
      services.push("f");
    }
    return services.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/SasIPRange.js
function ipRangeToString(ipRange) {
  return ipRange.end ? `${ipRange.start}-${ipRange.end}` : ipRange.start;
}

// node_modules/@azure/storage-file-share/dist/esm/utils/constants.js
var SDK_VERSION = "12.31.0";
var SERVICE_VERSION = "2026-04-06";
var FILE_MAX_SIZE_BYTES = 4 * 1024 * 1024 * 1024 * 1024;
var FILE_RANGE_MAX_SIZE_BYTES = 4 * 1024 * 1024;
var DEFAULT_MAX_DOWNLOAD_RETRY_REQUESTS = 5;
var DEFAULT_HIGH_LEVEL_CONCURRENCY = 5;
var REQUEST_TIMEOUT = 100 * 1e3;
var StorageOAuthScopes = "https://storage.azure.com/.default";
var URLConstants = {
  Parameters: {
    FORCE_BROWSER_NO_CACHE: "_",
    SHARE_SNAPSHOT: "sharesnapshot",
    SIGNATURE: "sig",
    TIMEOUT: "timeout"
  }
};
var StorageFileLoggingAllowedHeaderNames = [
  "Access-Control-Allow-Origin",
  "Cache-Control",
  "Content-Length",
  "Content-Type",
  "Date",
  "Request-Id",
  "traceparent",
  "Transfer-Encoding",
  "User-Agent",
  "x-ms-client-request-id",
  "x-ms-date",
  "x-ms-error-code",
  "x-ms-request-id",
  "x-ms-return-client-request-id",
  "x-ms-version",
  "Accept-Ranges",
  "Content-Disposition",
  "Content-Encoding",
  "Content-Language",
  "Content-MD5",
  "Content-Range",
  "ETag",
  "Last-Modified",
  "Server",
  "Vary",
  "x-ms-content-crc64",
  "x-ms-copy-action",
  "x-ms-copy-completion-time",
  "x-ms-copy-id",
  "x-ms-copy-progress",
  "x-ms-copy-status",
  "x-ms-has-immutability-policy",
  "x-ms-has-legal-hold",
  "x-ms-lease-state",
  "x-ms-lease-status",
  "x-ms-range",
  "x-ms-request-server-encrypted",
  "x-ms-server-encrypted",
  "x-ms-snapshot",
  "x-ms-source-range",
  "x-ms-cache-control",
  "x-ms-content-disposition",
  "x-ms-content-encoding",
  "x-ms-content-language",
  "x-ms-content-length",
  "x-ms-content-md5",
  "x-ms-content-type",
  "x-ms-copy-source-error-code",
  "x-ms-copy-source-status-code",
  "x-ms-file-attributes",
  "x-ms-file-change-time",
  "x-ms-file-creation-time",
  "x-ms-file-id",
  "x-ms-file-last-write-time",
  "x-ms-file-parent-id",
  "x-ms-handle-id",
  "x-ms-number-of-handles-closed",
  "x-ms-recursive",
  "x-ms-share-quota",
  "x-ms-type",
  "x-ms-write"
];
var StorageFileLoggingAllowedQueryParameters = [
  "comp",
  "maxresults",
  "rscc",
  "rscd",
  "rsce",
  "rscl",
  "rsct",
  "se",
  "si",
  "sip",
  "sp",
  "spr",
  "sr",
  "srt",
  "ss",
  "st",
  "sv",
  "copyid",
  "restype"
];
var PathStylePorts = [
  "10000",
  "10001",
  "10002",
  "10003",
  "10004",
  "10100",
  "10101",
  "10102",
  "10103",
  "10104",
  "11000",
  "11001",
  "11002",
  "11003",
  "11004",
  "11100",
  "11101",
  "11102",
  "11103",
  "11104"
];

// node_modules/@azure/storage-file-share/dist/esm/utils/utils.common.js
function escapeURLPath(url2) {
  const urlParsed = new URL(url2);
  let path = urlParsed.pathname;
  path = path || "/";
  path = escape(path);
  urlParsed.pathname = path;
  return urlParsed.toString();
}
function getValueInConnString(connectionString, argument) {
  const elements = connectionString.split(";");
  for (const element of elements) {
    if (element.trim().startsWith(argument)) {
      return element.trim().match(argument + "=(.*)")[1];
    }
  }
  return "";
}
function extractConnectionStringParts(connectionString) {
  let fileEndpoint = getValueInConnString(connectionString, "FileEndpoint");
  fileEndpoint = fileEndpoint.endsWith("/") ? fileEndpoint.slice(0, -1) : fileEndpoint;
  if (connectionString.search("DefaultEndpointsProtocol=") !== -1 && connectionString.search("AccountKey=") !== -1) {
    let defaultEndpointsProtocol = "";
    let accountName = "";
    let accountKey = Buffer.from("accountKey", "base64");
    let endpointSuffix = "";
    accountName = getValueInConnString(connectionString, "AccountName");
    accountKey = Buffer.from(getValueInConnString(connectionString, "AccountKey"), "base64");
    if (!fileEndpoint) {
      defaultEndpointsProtocol = getValueInConnString(connectionString, "DefaultEndpointsProtocol");
      const protocol = defaultEndpointsProtocol.toLowerCase();
      if (protocol !== "https" && protocol !== "http") {
        throw new Error("Invalid DefaultEndpointsProtocol in the provided Connection String. Expecting 'https' or 'http'");
      }
      endpointSuffix = getValueInConnString(connectionString, "EndpointSuffix");
      if (!endpointSuffix) {
        throw new Error("Invalid EndpointSuffix in the provided Connection String");
      }
      fileEndpoint = `${defaultEndpointsProtocol}://${accountName}.file.${endpointSuffix}`;
    }
    if (!accountName) {
      throw new Error("Invalid AccountName in the provided Connection String");
    } else if (accountKey.length === 0) {
      throw new Error("Invalid AccountKey in the provided Connection String");
    }
    return {
      kind: "AccountConnString",
      url: fileEndpoint,
      accountName,
      accountKey
    };
  } else {
    const accountSas = getValueInConnString(connectionString, "SharedAccessSignature");
    let accountName = getValueInConnString(connectionString, "AccountName");
    if (!accountName) {
      accountName = getAccountNameFromUrl(fileEndpoint);
    }
    if (!fileEndpoint) {
      throw new Error("Invalid FileEndpoint in the provided SAS Connection String");
    } else if (!accountSas) {
      throw new Error("Invalid SharedAccessSignature in the provided SAS Connection String");
    }
    return { kind: "SASConnString", url: fileEndpoint, accountName, accountSas };
  }
}
function escape(text) {
  return encodeURIComponent(text).replace(/%2F/g, "/").replace(/'/g, "%27").replace(/\+/g, "%20").replace(/%25/g, "%");
}
function appendToURLPath(url2, name) {
  const urlParsed = new URL(url2);
  let path = urlParsed.pathname;
  path = path ? path.endsWith("/") ? `${path}${name}` : `${path}/${name}` : name;
  urlParsed.pathname = path;
  return urlParsed.toString();
}
function appendToURLQuery(url2, queryParts) {
  const urlParsed = new URL(url2);
  let query = urlParsed.search;
  if (query) {
    query += "&" + queryParts;
  } else {
    query = queryParts;
  }
  urlParsed.search = query;
  return urlParsed.toString();
}
function setURLParameter(url2, name, value) {
  const urlParsed = new URL(url2);
  const encodedName = encodeURIComponent(name);
  const encodedValue = value ? encodeURIComponent(value) : void 0;
  const searchString = urlParsed.search === "" ? "?" : urlParsed.search;
  const searchPieces = [];
  for (const pair of searchString.slice(1).split("&")) {
    if (pair) {
      const [key] = pair.split("=", 2);
      if (key !== encodedName) {
        searchPieces.push(pair);
      }
    }
  }
  if (encodedValue) {
    searchPieces.push(`${encodedName}=${encodedValue}`);
  }
  urlParsed.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
  return urlParsed.toString();
}
function truncatedISO8061Date(date, withMilliseconds = true) {
  const dateString = date.toISOString();
  return withMilliseconds ? dateString.substring(0, dateString.length - 1) + "0000Z" : dateString.substring(0, dateString.length - 5) + "Z";
}
function getAccountNameFromUrl(url2) {
  const parsedUrl = new URL(url2);
  let accountName;
  try {
    if (parsedUrl.hostname.split(".")[1] === "file") {
      url2 = url2.endsWith("/") ? url2.slice(0, -1) : url2;
      accountName = parsedUrl.hostname.split(".")[0];
    } else if (isIpEndpointStyle(parsedUrl)) {
      accountName = parsedUrl.pathname.split("/")[1];
    } else {
      accountName = "";
    }
    return accountName;
  } catch (error) {
    throw new Error("Unable to extract accountName with provided information.");
  }
}
function isIpEndpointStyle(parsedUrl) {
  const host = parsedUrl.host;
  return /^.*:.*:.*$|^(localhost|host.docker.internal)(:[0-9]+)?$|^(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])(\.(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])){3}(:[0-9]+)?$/.test(host) || Boolean(parsedUrl.port) && PathStylePorts.includes(parsedUrl.port);
}
function getShareNameAndPathFromUrl(url2) {
  let shareName;
  let path;
  let baseName;
  try {
    const parsedUrl = new URL(url2);
    if (parsedUrl.hostname.split(".")[1] === "file") {
      const pathComponents = parsedUrl.pathname.match("/([^/]*)(/(.*))?");
      shareName = pathComponents[1];
      path = pathComponents[3];
    } else if (isIpEndpointStyle(parsedUrl)) {
      const pathComponents = parsedUrl.pathname.match("/([^/]*)/([^/]*)(/(.*))?");
      shareName = pathComponents[2];
      path = pathComponents[4];
    } else {
      const pathComponents = parsedUrl.pathname.match("/([^/]*)(/(.*))?");
      shareName = pathComponents[1];
      path = pathComponents[3];
    }
    shareName = decodeURIComponent(shareName);
    path = decodeURIComponent(path);
    baseName = path.split("/").pop();
    if (!shareName) {
      throw new Error("Provided shareName is invalid.");
    } else {
      return { baseName, shareName, path };
    }
  } catch (error) {
    throw new Error("Unable to extract shareName and filePath/directoryPath with provided information.");
  }
}
function httpAuthorizationToString(httpAuthorization) {
  return httpAuthorization ? httpAuthorization.scheme + " " + httpAuthorization.value : void 0;
}
function setURLPath(url2, path) {
  const urlParsed = new URL(url2);
  urlParsed.pathname = path;
  return urlParsed.toString();
}
function setURLQueries(url2, queryString) {
  const urlParsed = new URL(url2);
  urlParsed.search = queryString;
  return urlParsed.toString();
}
function EscapePath(pathName) {
  const split = pathName.split("/");
  for (let i = 0; i < split.length; i++) {
    split[i] = encodeURIComponent(split[i]);
  }
  return split.join("/");
}
function assertResponse(response) {
  if (`_response` in response) {
    return response;
  }
  throw new TypeError(`Unexpected response object ${response}`);
}
function StringEncodedToString(name) {
  if (name.encoded) {
    return decodeURIComponent(name.content);
  } else {
    return name.content;
  }
}
function ConvertInternalResponseOfListFiles(internalResponse) {
  const wrappedResponse = {
    ...internalResponse,
    prefix: void 0,
    directoryPath: StringEncodedToString({
      encoded: internalResponse.encoded,
      content: internalResponse.directoryPath
    }),
    segment: {
      fileItems: internalResponse.segment.fileItems.map((fileItemInternal) => {
        const fileItem = {
          ...fileItemInternal,
          name: StringEncodedToString(fileItemInternal.name)
        };
        return fileItem;
      }),
      directoryItems: internalResponse.segment.directoryItems.map((directoryItemInternal) => {
        const directoryItem = {
          ...directoryItemInternal,
          name: StringEncodedToString(directoryItemInternal.name)
        };
        return directoryItem;
      })
    }
  };
  delete wrappedResponse.encoded;
  const listResponse = wrappedResponse;
  if (internalResponse.prefix) {
    listResponse.prefix = StringEncodedToString(internalResponse.prefix);
  }
  return listResponse;
}
function ConvertInternalResponseOfListHandles(internalResponse) {
  const wrappedResponse = {
    ...internalResponse,
    handleList: internalResponse.handleList ? internalResponse.handleList.map((handleItemInternal) => {
      const handleItem = {
        ...handleItemInternal,
        path: StringEncodedToString(handleItemInternal.path)
      };
      return handleItem;
    }) : void 0
  };
  return wrappedResponse;
}
function removeEmptyString(value) {
  return value ? value : void 0;
}
function asSharePermission(value) {
  const castSharePermission = value;
  if (castSharePermission["permission"] !== void 0) {
    return {
      permission: castSharePermission.permission,
      format: castSharePermission.format
    };
  }
  return {
    permission: value
  };
}
function parseOctalFileMode(input) {
  if (input === void 0) {
    return void 0;
  }
  if (input?.length !== 4) {
    throw new Error("Invalid format of input string");
  }
  const nfsFileMode = {
    owner: parseOctalRolePermissions(input[1]),
    group: parseOctalRolePermissions(input[2]),
    other: parseOctalRolePermissions(input[3]),
    effectiveUserIdentity: false,
    effectiveGroupIdentity: false,
    stickyBit: false
  };
  const value = Number.parseInt(input[0]);
  if ((value & 4) > 0) {
    nfsFileMode.effectiveUserIdentity = true;
  }
  if ((value & 2) > 0) {
    nfsFileMode.effectiveGroupIdentity = true;
  }
  if ((value & 1) > 0) {
    nfsFileMode.stickyBit = true;
  }
  return nfsFileMode;
}
function toOctalFileMode(input) {
  if (input === void 0)
    return void 0;
  let higherOrderDigit = 0;
  if (input?.effectiveUserIdentity) {
    higherOrderDigit |= 4;
  }
  if (input?.effectiveGroupIdentity) {
    higherOrderDigit |= 2;
  }
  if (input?.stickyBit) {
    higherOrderDigit |= 1;
  }
  let stringFileMode = higherOrderDigit.toString();
  stringFileMode += toOctalRolePermissions(input.owner);
  stringFileMode += toOctalRolePermissions(input.group);
  stringFileMode += toOctalRolePermissions(input.other);
  return stringFileMode;
}
function parseOctalRolePermissions(c) {
  const rolePermissions = {
    read: false,
    write: false,
    execute: false
  };
  const value = Number.parseInt(c);
  if (value < 0 || value > 7) {
    throw new Error("MustBeBetweenInclusive");
  }
  if ((value & 4) > 0) {
    rolePermissions.read = true;
  }
  if ((value & 2) > 0) {
    rolePermissions.write = true;
  }
  if ((value & 1) > 0) {
    rolePermissions.execute = true;
  }
  return rolePermissions;
}
function toOctalRolePermissions(rolePermissions) {
  let result = 0;
  if (rolePermissions.read === true) {
    result |= 4;
  }
  if (rolePermissions.write === true) {
    result |= 2;
  }
  if (rolePermissions.execute === true) {
    result |= 1;
  }
  return result.toString();
}
async function setUploadChecksumParameters(body2, contentLength2, parameters, uploadOptions, configContentChecksumAlgorithm) {
  let contentChecksumAlgorithm = uploadOptions.contentChecksumAlgorithm ?? configContentChecksumAlgorithm;
  if (contentChecksumAlgorithm === void 0) {
    contentChecksumAlgorithm = "Customized";
  }
  if (contentChecksumAlgorithm === "Auto") {
    contentChecksumAlgorithm = "StorageCrc64";
  }
  let bodyInfo = void 0;
  if (contentChecksumAlgorithm === "Customized") {
    parameters.contentMD5 = uploadOptions.contentMD5;
    parameters.transactionalContentCrc64 = uploadOptions.transactionalContentCrc64;
  } else if (contentChecksumAlgorithm === "StorageCrc64") {
    await StorageCRC64Calculator.init();
    bodyInfo = await structuredMessageEncoding(body2, contentLength2);
    parameters.structuredBodyType = "XSM/1.0; properties=crc64";
    parameters.structuredContentLength = contentLength2;
  }
  return {
    body: contentChecksumAlgorithm === "StorageCrc64" ? bodyInfo.body : body2,
    contentLength: contentChecksumAlgorithm === "StorageCrc64" ? bodyInfo.encodedContentLength : contentLength2,
    contentChecksumAlgorithm
  };
}

// node_modules/@azure/storage-file-share/dist/esm/SASQueryParameters.js
var SASProtocol;
(function(SASProtocol2) {
  SASProtocol2["Https"] = "https";
  SASProtocol2["HttpsAndHttp"] = "https,http";
})(SASProtocol || (SASProtocol = {}));
var SASQueryParameters = class {
  /**
   * The storage API version.
   */
  version;
  /**
   * Optional. The allowed HTTP protocol(s).
   */
  protocol;
  /**
   * Optional. The start time for this SAS token.
   */
  startsOn;
  /**
   * Optional only when identifier is provided. The expiry time for this SAS token.
   */
  expiresOn;
  /**
   * Optional only when identifier is provided.
   * Please refer to {@link AccountSASPermissions}, {@link FileSASPermissions}, or {@link ShareSASPermissions} for
   * more details.
   */
  permissions;
  /**
   * Optional. The storage services being accessed (only for Account SAS). Please refer to {@link AccountSASServices}
   * for more details.
   */
  services;
  /**
   * Optional. The storage resource types being accessed (only for Account SAS). Please refer to
   * {@link AccountSASResourceTypes} for more details.
   */
  resourceTypes;
  /**
   * Optional. The signed identifier (only for {@link FileSASSignatureValues}).
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/establishing-a-stored-access-policy
   */
  identifier;
  /**
   * Optional. Beginning in version 2025-07-05, this value specifies the Entra ID of the user who is authorized to
   * use the resulting SAS URL.  The resulting SAS URL must be used in conjunction with an Entra ID token that has been
   * issued to the user specified in this value.
   */
  delegatedUserObjectId;
  /**
   * Optional. The storage share or file path (only for {@link FileSASSignatureValues}).
   */
  resource;
  /**
   * The signature for the SAS token.
   */
  signature;
  /**
   * Value for cache-control header in Blob/File Service SAS.
   */
  cacheControl;
  /**
   * Value for content-disposition header in Blob/File Service SAS.
   */
  contentDisposition;
  /**
   * Value for content-encoding header in Blob/File Service SAS.
   */
  contentEncoding;
  /**
   * Value for content-length header in Blob/File Service SAS.
   */
  contentLanguage;
  /**
   * Value for content-type header in Blob/File Service SAS.
   */
  contentType;
  /**
   * The Azure Active Directory object ID in GUID format.
   * Property of user delegation key.
   */
  signedOid;
  /**
   * The Azure Active Directory tenant ID in GUID format.
   * Property of user delegation key.
   */
  signedTenantId;
  /**
   * The date-time the key is active.
   * Property of user delegation key.
   */
  signedStartsOn;
  /**
   * The date-time the key expires.
   * Property of user delegation key.
   */
  signedExpiresOn;
  /**
   * Abbreviation of the Azure Storage service that accepts the user delegation key.
   * Property of user delegation key.
   */
  signedService;
  /**
   * The service version that created the user delegation key.
   * Property of user delegation key.
   */
  signedVersion;
  /**
   * The delegated user tenant id in Azure AD.
   * Property of user delegation key.
   */
  signedDelegatedUserTid;
  /**
   * Inner value of getter ipRange.
   */
  ipRangeInner;
  /**
   * Optional. IP range allowed for this SAS.
   *
   * @readonly
   */
  get ipRange() {
    if (this.ipRangeInner) {
      return {
        end: this.ipRangeInner.end,
        start: this.ipRangeInner.start
      };
    }
    return void 0;
  }
  /**
   * Creates an instance of SASQueryParameters.
   *
   * @param version - Representing the storage version
   * @param signature - Representing the signature for the SAS token
   * @param permissions - Representing the storage permissions
   * @param services - Representing the storage services being accessed (only for Account SAS)
   * @param resourceTypes - Representing the storage resource types being accessed (only for Account SAS)
   * @param protocol - Representing the allowed HTTP protocol(s)
   * @param startsOn - Representing the start time for this SAS token
   * @param expiresOn - Representing the expiry time for this SAS token
   * @param ipRange - Representing the range of valid IP addresses for this SAS token
   * @param identifier - Representing the signed identifier (only for Service SAS)
   * @param resource - Representing the storage container or blob (only for Service SAS)
   * @param cacheControl - Representing the cache-control header (only for Blob/File Service SAS)
   * @param contentDisposition - Representing the content-disposition header (only for Blob/File Service SAS)
   * @param contentEncoding - Representing the content-encoding header (only for Blob/File Service SAS)
   * @param contentLanguage - Representing the content-language header (only for Blob/File Service SAS)
   * @param contentType - Representing the content-type header (only for Blob/File Service SAS)
   */
  constructor(version2, signature, permissions, services, resourceTypes, protocol, startsOn, expiresOn, ipRange, identifier, resource, cacheControl, contentDisposition, contentEncoding, contentLanguage, contentType3, userDelegationKey, delegatedUserObjectId) {
    this.version = version2;
    this.services = services;
    this.resourceTypes = resourceTypes;
    this.expiresOn = expiresOn;
    this.permissions = permissions;
    this.protocol = protocol;
    this.startsOn = startsOn;
    this.ipRangeInner = ipRange;
    this.identifier = identifier;
    this.resource = resource;
    this.signature = signature;
    this.cacheControl = cacheControl;
    this.contentDisposition = contentDisposition;
    this.contentEncoding = contentEncoding;
    this.contentLanguage = contentLanguage;
    this.contentType = contentType3;
    if (userDelegationKey) {
      this.signedOid = userDelegationKey.signedObjectId;
      this.signedTenantId = userDelegationKey.signedTenantId;
      this.signedStartsOn = userDelegationKey.signedStartsOn;
      this.signedExpiresOn = userDelegationKey.signedExpiresOn;
      this.signedService = userDelegationKey.signedService;
      this.signedVersion = userDelegationKey.signedVersion;
      this.signedDelegatedUserTid = userDelegationKey.signedDelegatedUserTenantId;
      this.delegatedUserObjectId = delegatedUserObjectId;
    }
  }
  /**
   * Encodes all SAS query parameters into a string that can be appended to a URL.
   *
   */
  toString() {
    const params = [
      "sv",
      "ss",
      "srt",
      "spr",
      "st",
      "se",
      "sip",
      "si",
      "sr",
      "sp",
      "sig",
      "rscc",
      "rscd",
      "rsce",
      "rscl",
      "rsct",
      "skoid",
      // Signed object ID
      "sktid",
      // Signed tenant ID
      "skt",
      // Signed key start time
      "ske",
      // Signed key expiry time
      "sks",
      // Signed key service
      "skv",
      // Signed key version
      "sduoid",
      // Signed key user delegation object ID
      "skdutid"
      // Signed key user delegation tenant ID
    ];
    const queries = [];
    for (const param of params) {
      switch (param) {
        case "sv":
          this.tryAppendQueryParameter(queries, param, this.version);
          break;
        case "ss":
          this.tryAppendQueryParameter(queries, param, this.services);
          break;
        case "srt":
          this.tryAppendQueryParameter(queries, param, this.resourceTypes);
          break;
        case "spr":
          this.tryAppendQueryParameter(queries, param, this.protocol);
          break;
        case "st":
          this.tryAppendQueryParameter(queries, param, this.startsOn ? truncatedISO8061Date(this.startsOn, false) : void 0);
          break;
        case "se":
          this.tryAppendQueryParameter(queries, param, this.expiresOn ? truncatedISO8061Date(this.expiresOn, false) : void 0);
          break;
        case "sip":
          this.tryAppendQueryParameter(queries, param, this.ipRange ? ipRangeToString(this.ipRange) : void 0);
          break;
        case "si":
          this.tryAppendQueryParameter(queries, param, this.identifier);
          break;
        case "sr":
          this.tryAppendQueryParameter(queries, param, this.resource);
          break;
        case "sp":
          this.tryAppendQueryParameter(queries, param, this.permissions);
          break;
        case "sig":
          this.tryAppendQueryParameter(queries, param, this.signature);
          break;
        case "rscc":
          this.tryAppendQueryParameter(queries, param, this.cacheControl);
          break;
        case "rscd":
          this.tryAppendQueryParameter(queries, param, this.contentDisposition);
          break;
        case "rsce":
          this.tryAppendQueryParameter(queries, param, this.contentEncoding);
          break;
        case "rscl":
          this.tryAppendQueryParameter(queries, param, this.contentLanguage);
          break;
        case "rsct":
          this.tryAppendQueryParameter(queries, param, this.contentType);
          break;
        case "skoid":
          this.tryAppendQueryParameter(queries, param, this.signedOid);
          break;
        case "sktid":
          this.tryAppendQueryParameter(queries, param, this.signedTenantId);
          break;
        case "skt":
          this.tryAppendQueryParameter(queries, param, this.signedStartsOn ? truncatedISO8061Date(this.signedStartsOn, false) : void 0);
          break;
        case "ske":
          this.tryAppendQueryParameter(queries, param, this.signedExpiresOn ? truncatedISO8061Date(this.signedExpiresOn, false) : void 0);
          break;
        case "sks":
          this.tryAppendQueryParameter(queries, param, this.signedService);
          break;
        case "skv":
          this.tryAppendQueryParameter(queries, param, this.signedVersion);
          break;
        case "sduoid":
          this.tryAppendQueryParameter(queries, param, this.delegatedUserObjectId);
          break;
        case "skdutid":
          this.tryAppendQueryParameter(queries, param, this.signedDelegatedUserTid);
          break;
      }
    }
    return queries.join("&");
  }
  /**
   * A private helper method used to filter and append query key/value pairs into an array.
   *
   * @param queries -
   * @param key -
   * @param value -
   */
  tryAppendQueryParameter(queries, key, value) {
    if (!value) {
      return;
    }
    key = encodeURIComponent(key);
    value = encodeURIComponent(value);
    if (key.length > 0 && value.length > 0) {
      queries.push(`${key}=${value}`);
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/AccountSASSignatureValues.js
function generateAccountSASQueryParameters(accountSASSignatureValues, sharedKeyCredential) {
  return generateAccountSASQueryParametersInternal(accountSASSignatureValues, sharedKeyCredential).sasQueryParameters;
}
function generateAccountSASQueryParametersInternal(accountSASSignatureValues, sharedKeyCredential) {
  const version2 = accountSASSignatureValues.version ? accountSASSignatureValues.version : SERVICE_VERSION;
  const parsedPermissions = AccountSASPermissions.parse(accountSASSignatureValues.permissions.toString()).toString();
  const parsedServices = AccountSASServices.parse(accountSASSignatureValues.services).toString();
  const parsedResourceTypes = AccountSASResourceTypes.parse(accountSASSignatureValues.resourceTypes).toString();
  let stringToSign;
  if (version2 >= "2020-12-06") {
    stringToSign = [
      sharedKeyCredential.accountName,
      parsedPermissions,
      parsedServices,
      parsedResourceTypes,
      accountSASSignatureValues.startsOn ? truncatedISO8061Date(accountSASSignatureValues.startsOn, false) : "",
      truncatedISO8061Date(accountSASSignatureValues.expiresOn, false),
      accountSASSignatureValues.ipRange ? ipRangeToString(accountSASSignatureValues.ipRange) : "",
      accountSASSignatureValues.protocol ? accountSASSignatureValues.protocol : "",
      version2,
      "",
      // Reserved for encryption scope
      ""
      // Account SAS requires an additional newline character
    ].join("\n");
  } else {
    stringToSign = [
      sharedKeyCredential.accountName,
      parsedPermissions,
      parsedServices,
      parsedResourceTypes,
      accountSASSignatureValues.startsOn ? truncatedISO8061Date(accountSASSignatureValues.startsOn, false) : "",
      truncatedISO8061Date(accountSASSignatureValues.expiresOn, false),
      accountSASSignatureValues.ipRange ? ipRangeToString(accountSASSignatureValues.ipRange) : "",
      accountSASSignatureValues.protocol ? accountSASSignatureValues.protocol : "",
      version2,
      ""
      // Account SAS requires an additional newline character
    ].join("\n");
  }
  const signature = sharedKeyCredential.computeHMACSHA256(stringToSign);
  return {
    sasQueryParameters: new SASQueryParameters(version2, signature, parsedPermissions, parsedServices, parsedResourceTypes, accountSASSignatureValues.protocol, accountSASSignatureValues.startsOn, accountSASSignatureValues.expiresOn, accountSASSignatureValues.ipRange),
    stringToSign
  };
}

// node_modules/@azure/storage-file-share/dist/esm/FileSASPermissions.js
var FileSASPermissions = class _FileSASPermissions {
  /**
   * Creates a FileSASPermissions from the specified permissions string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid permission.
   *
   * @param permissions -
   */
  static parse(permissions) {
    const fileSASPermissions = new _FileSASPermissions();
    for (const char of permissions) {
      switch (char) {
        case "r":
          fileSASPermissions.read = true;
          break;
        case "c":
          fileSASPermissions.create = true;
          break;
        case "w":
          fileSASPermissions.write = true;
          break;
        case "d":
          fileSASPermissions.delete = true;
          break;
        default:
          throw new RangeError(`Invalid permission: ${char}`);
      }
    }
    return fileSASPermissions;
  }
  /**
   * Specifies Read access granted.
   */
  read = false;
  /**
   * Specifies Create access granted.
   */
  create = false;
  /**
   * Specifies Write access granted.
   */
  write = false;
  /**
   * Specifies Delete access granted.
   */
  delete = false;
  /**
   * Converts the given permissions to a string. Using this method will guarantee the permissions are in an
   * order accepted by the service.
   *
   * @returns A string which represents the FileSASPermissions
   */
  toString() {
    const permissions = [];
    if (this.read) {
      permissions.push("r");
    }
    if (this.create) {
      permissions.push("c");
    }
    if (this.write) {
      permissions.push("w");
    }
    if (this.delete) {
      permissions.push("d");
    }
    return permissions.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/ShareSASPermissions.js
var ShareSASPermissions = class _ShareSASPermissions {
  /**
   * Creates an {@link ShareSASPermissions} from the specified permissions string. This method will throw an
   * Error if it encounters a character that does not correspond to a valid permission.
   *
   * @param permissions -
   */
  static parse(permissions) {
    const shareSASPermissions = new _ShareSASPermissions();
    for (const char of permissions) {
      switch (char) {
        case "r":
          shareSASPermissions.read = true;
          break;
        case "c":
          shareSASPermissions.create = true;
          break;
        case "w":
          shareSASPermissions.write = true;
          break;
        case "d":
          shareSASPermissions.delete = true;
          break;
        case "l":
          shareSASPermissions.list = true;
          break;
        default:
          throw new RangeError(`Invalid permission ${char}`);
      }
    }
    return shareSASPermissions;
  }
  /**
   * Specifies Read access granted.
   */
  read = false;
  /**
   * Specifies Create access granted.
   */
  create = false;
  /**
   * Specifies Write access granted.
   */
  write = false;
  /**
   * Specifies Delete access granted.
   */
  delete = false;
  /**
   * Specifies List access granted.
   */
  list = false;
  /**
   * Converts the given permissions to a string. Using this method will guarantee the permissions are in an
   * order accepted by the service.
   *
   * The order of the characters should be as specified here to ensure correctness.
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   */
  toString() {
    const permissions = [];
    if (this.read) {
      permissions.push("r");
    }
    if (this.create) {
      permissions.push("c");
    }
    if (this.write) {
      permissions.push("w");
    }
    if (this.delete) {
      permissions.push("d");
    }
    if (this.list) {
      permissions.push("l");
    }
    return permissions.join("");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/FileSASSignatureValues.js
function generateFileSASQueryParameters(fileSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName) {
  return generateFileSASQueryParametersInternal(fileSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName).sasQueryParameters;
}
function generateFileSASQueryParametersInternal(fileSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName) {
  const version2 = fileSASSignatureValues.version ? fileSASSignatureValues.version : SERVICE_VERSION;
  const sharedKeyCredential = sharedKeyCredentialOrUserDelegationKey instanceof StorageSharedKeyCredential ? sharedKeyCredentialOrUserDelegationKey : void 0;
  let userDelegationKeyCredential;
  if (sharedKeyCredential === void 0 && accountName !== void 0) {
    userDelegationKeyCredential = new UserDelegationKeyCredential(accountName, sharedKeyCredentialOrUserDelegationKey);
  }
  if (sharedKeyCredential !== void 0) {
    return generateFileSASQueryParametersDefault(fileSASSignatureValues, sharedKeyCredential);
  } else {
    if (version2 >= "2025-07-05") {
      return generateFileSASQueryParametersUDK20250705(fileSASSignatureValues, userDelegationKeyCredential, accountName);
    } else {
      throw new RangeError("'version' must be >= '2025-07-05' when generating user delegation SAS using user delegation key.");
    }
  }
}
function generateFileSASQueryParametersDefault(fileSASSignatureValues, sharedKeyCredential) {
  if (!fileSASSignatureValues.identifier && !(fileSASSignatureValues.permissions && fileSASSignatureValues.expiresOn)) {
    throw new RangeError("Must provide 'permissions' and 'expiresOn' for File SAS generation when 'identifier' is not provided.");
  }
  const version2 = fileSASSignatureValues.version ? fileSASSignatureValues.version : SERVICE_VERSION;
  let resource = "s";
  if (fileSASSignatureValues.filePath) {
    resource = "f";
  }
  let verifiedPermissions;
  if (fileSASSignatureValues.permissions) {
    if (fileSASSignatureValues.filePath) {
      verifiedPermissions = FileSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    } else {
      verifiedPermissions = ShareSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    }
  }
  const stringToSign = [
    verifiedPermissions,
    fileSASSignatureValues.startsOn ? truncatedISO8061Date(fileSASSignatureValues.startsOn, false) : "",
    fileSASSignatureValues.expiresOn ? truncatedISO8061Date(fileSASSignatureValues.expiresOn, false) : "",
    getCanonicalName(sharedKeyCredential.accountName, fileSASSignatureValues.shareName, fileSASSignatureValues.filePath),
    fileSASSignatureValues.identifier,
    fileSASSignatureValues.ipRange ? ipRangeToString(fileSASSignatureValues.ipRange) : "",
    fileSASSignatureValues.protocol,
    version2,
    fileSASSignatureValues.cacheControl,
    fileSASSignatureValues.contentDisposition,
    fileSASSignatureValues.contentEncoding,
    fileSASSignatureValues.contentLanguage,
    fileSASSignatureValues.contentType
  ].join("\n");
  const signature = sharedKeyCredential.computeHMACSHA256(stringToSign);
  return {
    sasQueryParameters: new SASQueryParameters(version2, signature, verifiedPermissions, void 0, void 0, fileSASSignatureValues.protocol, fileSASSignatureValues.startsOn, fileSASSignatureValues.expiresOn, fileSASSignatureValues.ipRange, fileSASSignatureValues.identifier, resource, fileSASSignatureValues.cacheControl, fileSASSignatureValues.contentDisposition, fileSASSignatureValues.contentEncoding, fileSASSignatureValues.contentLanguage, fileSASSignatureValues.contentType),
    stringToSign
  };
}
function generateFileSASQueryParametersUDK20250705(fileSASSignatureValues, userDelegationKeyCredential, accountName) {
  if (!(fileSASSignatureValues.permissions && fileSASSignatureValues.expiresOn)) {
    throw new RangeError("Must provide 'permissions' and 'expiresOn' for File SAS generation when generating user delegation SAS.");
  }
  const version2 = fileSASSignatureValues.version ? fileSASSignatureValues.version : SERVICE_VERSION;
  let resource = "s";
  if (fileSASSignatureValues.filePath) {
    resource = "f";
  }
  let verifiedPermissions;
  if (fileSASSignatureValues.permissions) {
    if (fileSASSignatureValues.filePath) {
      verifiedPermissions = FileSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    } else {
      verifiedPermissions = ShareSASPermissions.parse(fileSASSignatureValues.permissions.toString()).toString();
    }
  }
  const stringToSign = [
    verifiedPermissions,
    fileSASSignatureValues.startsOn ? truncatedISO8061Date(fileSASSignatureValues.startsOn, false) : "",
    fileSASSignatureValues.expiresOn ? truncatedISO8061Date(fileSASSignatureValues.expiresOn, false) : "",
    getCanonicalName(accountName, fileSASSignatureValues.shareName, fileSASSignatureValues.filePath),
    userDelegationKeyCredential.userDelegationKey.signedObjectId,
    userDelegationKeyCredential.userDelegationKey.signedTenantId,
    userDelegationKeyCredential.userDelegationKey.signedStartsOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedStartsOn, false) : "",
    userDelegationKeyCredential.userDelegationKey.signedExpiresOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedExpiresOn, false) : "",
    userDelegationKeyCredential.userDelegationKey.signedService,
    userDelegationKeyCredential.userDelegationKey.signedVersion,
    userDelegationKeyCredential.userDelegationKey.signedDelegatedUserTenantId,
    // shared key delegation signed tenant id.
    fileSASSignatureValues.delegatedUserObjectId,
    fileSASSignatureValues.ipRange ? ipRangeToString(fileSASSignatureValues.ipRange) : "",
    fileSASSignatureValues.protocol,
    version2,
    fileSASSignatureValues.cacheControl,
    fileSASSignatureValues.contentDisposition,
    fileSASSignatureValues.contentEncoding,
    fileSASSignatureValues.contentLanguage,
    fileSASSignatureValues.contentType
  ].join("\n");
  const signature = userDelegationKeyCredential.computeHMACSHA256(stringToSign);
  return {
    sasQueryParameters: new SASQueryParameters(version2, signature, verifiedPermissions, void 0, void 0, fileSASSignatureValues.protocol, fileSASSignatureValues.startsOn, fileSASSignatureValues.expiresOn, fileSASSignatureValues.ipRange, fileSASSignatureValues.identifier, resource, fileSASSignatureValues.cacheControl, fileSASSignatureValues.contentDisposition, fileSASSignatureValues.contentEncoding, fileSASSignatureValues.contentLanguage, fileSASSignatureValues.contentType, userDelegationKeyCredential.userDelegationKey, fileSASSignatureValues.delegatedUserObjectId),
    stringToSign
  };
}
function getCanonicalName(accountName, shareName, filePath) {
  const elements = [`/file/${accountName}/${shareName}`];
  if (filePath) {
    elements.push(`/${filePath}`);
  }
  return elements.join("");
}

// node_modules/@azure/storage-file-share/dist/esm/log.js
var logger = createClientLogger("storage-file-share");

// node_modules/@azure/storage-file-share/dist/esm/Pipeline.js
function isPipelineLike(pipeline) {
  if (!pipeline || typeof pipeline !== "object") {
    return false;
  }
  const castPipeline = pipeline;
  return Array.isArray(castPipeline.factories) && typeof castPipeline.options === "object" && typeof castPipeline.toServiceClientOptions === "function";
}
var Pipeline = class {
  /**
   * A list of chained request policy factories.
   */
  factories;
  /**
   * Configures pipeline logger and HTTP client.
   */
  options;
  /**
   * Creates an instance of Pipeline. Customize HTTPClient by implementing IHttpClient interface.
   *
   * @param factories -
   * @param options -
   */
  constructor(factories, options = {}) {
    this.factories = factories;
    this.options = options;
  }
  /**
   * Transfer Pipeline object to ServiceClientOptions object which is required by
   * ServiceClient constructor.
   *
   * @returns The ServiceClientOptions object from this Pipeline.
   */
  toServiceClientOptions() {
    return {
      httpClient: this.options.httpClient,
      requestPolicyFactories: this.factories
    };
  }
};
function newPipeline(credential, pipelineOptions = {}) {
  if (!credential) {
    credential = new AnonymousCredential();
  }
  const pipeline = new Pipeline([], pipelineOptions);
  pipeline._credential = credential;
  return pipeline;
}
function processDownlevelPipeline(pipeline) {
  const knownFactoryFunctions = [
    isAnonymousCredential,
    isStorageSharedKeyCredential,
    isCoreHttpBearerTokenFactory,
    isStorageBrowserPolicyFactory,
    isStorageRetryPolicyFactory,
    isStorageTelemetryPolicyFactory,
    isCoreHttpPolicyFactory
  ];
  if (pipeline.factories.length) {
    const novelFactories = pipeline.factories.filter((factory) => {
      return !knownFactoryFunctions.some((knownFactory) => knownFactory(factory));
    });
    if (novelFactories.length) {
      const hasInjector = novelFactories.some((factory) => isInjectorPolicyFactory(factory));
      return {
        wrappedPolicies: createRequestPolicyFactoryPolicy(novelFactories),
        afterRetry: hasInjector
      };
    }
  }
  return void 0;
}
function getCoreClientOptions(pipeline) {
  const { httpClient: v1Client, ...restOptions } = pipeline.options;
  let httpClient = pipeline._coreHttpClient;
  if (!httpClient) {
    httpClient = v1Client ? convertHttpClient(v1Client) : getCachedDefaultHttpClient();
    pipeline._coreHttpClient = httpClient;
  }
  let corePipeline = pipeline._corePipeline;
  if (!corePipeline) {
    const packageDetails = `azsdk-js-azure-storage-blob/${SDK_VERSION}`;
    const userAgentPrefix = restOptions.userAgentOptions && restOptions.userAgentOptions.userAgentPrefix ? `${restOptions.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    corePipeline = createClientPipeline({
      ...restOptions,
      loggingOptions: {
        additionalAllowedHeaderNames: StorageFileLoggingAllowedHeaderNames,
        additionalAllowedQueryParameters: StorageFileLoggingAllowedQueryParameters,
        logger: logger.info
      },
      userAgentOptions: {
        userAgentPrefix
      },
      serializationOptions: {
        stringifyXML,
        serializerOptions: {
          xml: {
            // Use customized XML char key of "#" so we can deserialize metadata
            // with "_" key
            xmlCharKey: "#"
          }
        }
      },
      deserializationOptions: {
        parseXML,
        serializerOptions: {
          xml: {
            // Use customized XML char key of "#" so we can deserialize metadata
            // with "_" key
            xmlCharKey: "#"
          }
        }
      }
    });
    corePipeline.removePolicy({ phase: "Retry" });
    corePipeline.removePolicy({ name: decompressResponsePolicyName });
    corePipeline.addPolicy(storageCorrectContentLengthPolicy());
    corePipeline.addPolicy(storageRetryPolicy(restOptions.retryOptions), { phase: "Retry" });
    corePipeline.addPolicy(storageRequestFailureDetailsParserPolicy());
    corePipeline.addPolicy(storageBrowserPolicy());
    const downlevelResults = processDownlevelPipeline(pipeline);
    if (downlevelResults) {
      corePipeline.addPolicy(downlevelResults.wrappedPolicies, downlevelResults.afterRetry ? { afterPhase: "Retry" } : void 0);
    }
    const credential = getCredentialFromPipeline(pipeline);
    if (isTokenCredential(credential)) {
      corePipeline.addPolicy(bearerTokenAuthenticationPolicy({
        credential,
        scopes: restOptions.audience ?? StorageOAuthScopes,
        challengeCallbacks: { authorizeRequestOnChallenge: authorizeRequestOnTenantChallenge }
      }), { phase: "Sign" });
    } else if (credential instanceof StorageSharedKeyCredential) {
      corePipeline.addPolicy(storageSharedKeyCredentialPolicy({
        accountName: credential.accountName,
        accountKey: credential.accountKey
      }), { phase: "Sign" });
    }
    pipeline._corePipeline = corePipeline;
  }
  return {
    ...restOptions,
    allowInsecureConnection: true,
    httpClient,
    pipeline: corePipeline
  };
}
function getCredentialFromPipeline(pipeline) {
  if (pipeline._credential) {
    return pipeline._credential;
  }
  let credential = new AnonymousCredential();
  for (const factory of pipeline.factories) {
    if (isTokenCredential(factory.credential)) {
      credential = factory.credential;
    } else if (isStorageSharedKeyCredential(factory)) {
      return factory;
    }
  }
  return credential;
}
function isStorageSharedKeyCredential(factory) {
  if (factory instanceof StorageSharedKeyCredential) {
    return true;
  }
  return factory.constructor.name === "StorageSharedKeyCredential";
}
function isAnonymousCredential(factory) {
  if (factory instanceof AnonymousCredential) {
    return true;
  }
  return factory.constructor.name === "AnonymousCredential";
}
function isCoreHttpBearerTokenFactory(factory) {
  return isTokenCredential(factory.credential);
}
function isStorageBrowserPolicyFactory(factory) {
  if (factory instanceof StorageBrowserPolicyFactory) {
    return true;
  }
  return factory.constructor.name === "StorageBrowserPolicyFactory";
}
function isStorageRetryPolicyFactory(factory) {
  if (factory instanceof StorageRetryPolicyFactory) {
    return true;
  }
  return factory.constructor.name === "StorageRetryPolicyFactory";
}
function isStorageTelemetryPolicyFactory(factory) {
  return factory.constructor.name === "TelemetryPolicyFactory";
}
function isInjectorPolicyFactory(factory) {
  return factory.constructor.name === "InjectorPolicyFactory";
}
function isCoreHttpPolicyFactory(factory) {
  const knownPolicies = [
    "GenerateClientRequestIdPolicy",
    "TracingPolicy",
    "LogPolicy",
    "ProxyPolicy",
    "DisableResponseDecompressionPolicy",
    "KeepAlivePolicy",
    "DeserializationPolicy"
  ];
  const mockHttpClient = {
    sendRequest: async (request) => {
      return {
        request,
        headers: request.headers.clone(),
        status: 500
      };
    }
  };
  const mockRequestPolicyOptions = {
    log(_logLevel, _message) {
    },
    shouldLog(_logLevel) {
      return false;
    }
  };
  const policyInstance = factory.create(mockHttpClient, mockRequestPolicyOptions);
  const policyName = policyInstance.constructor.name;
  return knownPolicies.some((knownPolicyName) => {
    return policyName.startsWith(knownPolicyName);
  });
}

// node_modules/@azure/storage-file-share/dist/esm/utils/tracing.js
var tracingClient = createTracingClient({
  packageName: "@azure/storage-file-share",
  packageVersion: SDK_VERSION,
  namespace: "Microsoft.Storage"
});

// node_modules/@azure/storage-file-share/dist/esm/generated/src/models/index.js
var KnownShareTokenIntent;
(function(KnownShareTokenIntent3) {
  KnownShareTokenIntent3["Backup"] = "backup";
})(KnownShareTokenIntent || (KnownShareTokenIntent = {}));
var KnownFilePropertySemantics;
(function(KnownFilePropertySemantics2) {
  KnownFilePropertySemantics2["New"] = "New";
  KnownFilePropertySemantics2["Restore"] = "Restore";
})(KnownFilePropertySemantics || (KnownFilePropertySemantics = {}));
var KnownNfsFileType;
(function(KnownNfsFileType2) {
  KnownNfsFileType2["Regular"] = "Regular";
  KnownNfsFileType2["Directory"] = "Directory";
  KnownNfsFileType2["SymLink"] = "SymLink";
})(KnownNfsFileType || (KnownNfsFileType = {}));
var KnownStorageErrorCode;
(function(KnownStorageErrorCode2) {
  KnownStorageErrorCode2["AccountAlreadyExists"] = "AccountAlreadyExists";
  KnownStorageErrorCode2["AccountBeingCreated"] = "AccountBeingCreated";
  KnownStorageErrorCode2["AccountIsDisabled"] = "AccountIsDisabled";
  KnownStorageErrorCode2["AuthenticationFailed"] = "AuthenticationFailed";
  KnownStorageErrorCode2["AuthorizationFailure"] = "AuthorizationFailure";
  KnownStorageErrorCode2["ConditionHeadersNotSupported"] = "ConditionHeadersNotSupported";
  KnownStorageErrorCode2["ConditionNotMet"] = "ConditionNotMet";
  KnownStorageErrorCode2["EmptyMetadataKey"] = "EmptyMetadataKey";
  KnownStorageErrorCode2["FileShareProvisionedBandwidthDowngradeNotAllowed"] = "FileShareProvisionedBandwidthDowngradeNotAllowed";
  KnownStorageErrorCode2["FileShareProvisionedIopsDowngradeNotAllowed"] = "FileShareProvisionedIopsDowngradeNotAllowed";
  KnownStorageErrorCode2["InsufficientAccountPermissions"] = "InsufficientAccountPermissions";
  KnownStorageErrorCode2["InternalError"] = "InternalError";
  KnownStorageErrorCode2["InvalidAuthenticationInfo"] = "InvalidAuthenticationInfo";
  KnownStorageErrorCode2["InvalidHeaderValue"] = "InvalidHeaderValue";
  KnownStorageErrorCode2["InvalidHttpVerb"] = "InvalidHttpVerb";
  KnownStorageErrorCode2["InvalidInput"] = "InvalidInput";
  KnownStorageErrorCode2["InvalidMd5"] = "InvalidMd5";
  KnownStorageErrorCode2["InvalidMetadata"] = "InvalidMetadata";
  KnownStorageErrorCode2["InvalidQueryParameterValue"] = "InvalidQueryParameterValue";
  KnownStorageErrorCode2["InvalidRange"] = "InvalidRange";
  KnownStorageErrorCode2["InvalidResourceName"] = "InvalidResourceName";
  KnownStorageErrorCode2["InvalidUri"] = "InvalidUri";
  KnownStorageErrorCode2["InvalidXmlDocument"] = "InvalidXmlDocument";
  KnownStorageErrorCode2["InvalidXmlNodeValue"] = "InvalidXmlNodeValue";
  KnownStorageErrorCode2["Md5Mismatch"] = "Md5Mismatch";
  KnownStorageErrorCode2["MetadataTooLarge"] = "MetadataTooLarge";
  KnownStorageErrorCode2["MissingContentLengthHeader"] = "MissingContentLengthHeader";
  KnownStorageErrorCode2["MissingRequiredQueryParameter"] = "MissingRequiredQueryParameter";
  KnownStorageErrorCode2["MissingRequiredHeader"] = "MissingRequiredHeader";
  KnownStorageErrorCode2["MissingRequiredXmlNode"] = "MissingRequiredXmlNode";
  KnownStorageErrorCode2["MultipleConditionHeadersNotSupported"] = "MultipleConditionHeadersNotSupported";
  KnownStorageErrorCode2["OperationTimedOut"] = "OperationTimedOut";
  KnownStorageErrorCode2["OutOfRangeInput"] = "OutOfRangeInput";
  KnownStorageErrorCode2["OutOfRangeQueryParameterValue"] = "OutOfRangeQueryParameterValue";
  KnownStorageErrorCode2["RequestBodyTooLarge"] = "RequestBodyTooLarge";
  KnownStorageErrorCode2["ResourceTypeMismatch"] = "ResourceTypeMismatch";
  KnownStorageErrorCode2["RequestUrlFailedToParse"] = "RequestUrlFailedToParse";
  KnownStorageErrorCode2["ResourceAlreadyExists"] = "ResourceAlreadyExists";
  KnownStorageErrorCode2["ResourceNotFound"] = "ResourceNotFound";
  KnownStorageErrorCode2["ServerBusy"] = "ServerBusy";
  KnownStorageErrorCode2["UnsupportedHeader"] = "UnsupportedHeader";
  KnownStorageErrorCode2["UnsupportedXmlNode"] = "UnsupportedXmlNode";
  KnownStorageErrorCode2["UnsupportedQueryParameter"] = "UnsupportedQueryParameter";
  KnownStorageErrorCode2["UnsupportedHttpVerb"] = "UnsupportedHttpVerb";
  KnownStorageErrorCode2["CannotDeleteFileOrDirectory"] = "CannotDeleteFileOrDirectory";
  KnownStorageErrorCode2["ClientCacheFlushDelay"] = "ClientCacheFlushDelay";
  KnownStorageErrorCode2["DeletePending"] = "DeletePending";
  KnownStorageErrorCode2["DirectoryNotEmpty"] = "DirectoryNotEmpty";
  KnownStorageErrorCode2["FileLockConflict"] = "FileLockConflict";
  KnownStorageErrorCode2["InvalidFileOrDirectoryPathName"] = "InvalidFileOrDirectoryPathName";
  KnownStorageErrorCode2["ParentNotFound"] = "ParentNotFound";
  KnownStorageErrorCode2["ReadOnlyAttribute"] = "ReadOnlyAttribute";
  KnownStorageErrorCode2["ShareAlreadyExists"] = "ShareAlreadyExists";
  KnownStorageErrorCode2["ShareBeingDeleted"] = "ShareBeingDeleted";
  KnownStorageErrorCode2["ShareDisabled"] = "ShareDisabled";
  KnownStorageErrorCode2["ShareNotFound"] = "ShareNotFound";
  KnownStorageErrorCode2["SharingViolation"] = "SharingViolation";
  KnownStorageErrorCode2["ShareSnapshotInProgress"] = "ShareSnapshotInProgress";
  KnownStorageErrorCode2["ShareSnapshotCountExceeded"] = "ShareSnapshotCountExceeded";
  KnownStorageErrorCode2["ShareSnapshotOperationNotSupported"] = "ShareSnapshotOperationNotSupported";
  KnownStorageErrorCode2["ShareHasSnapshots"] = "ShareHasSnapshots";
  KnownStorageErrorCode2["PreviousSnapshotNotFound"] = "PreviousSnapshotNotFound";
  KnownStorageErrorCode2["ContainerQuotaDowngradeNotAllowed"] = "ContainerQuotaDowngradeNotAllowed";
  KnownStorageErrorCode2["AuthorizationSourceIPMismatch"] = "AuthorizationSourceIPMismatch";
  KnownStorageErrorCode2["AuthorizationProtocolMismatch"] = "AuthorizationProtocolMismatch";
  KnownStorageErrorCode2["AuthorizationPermissionMismatch"] = "AuthorizationPermissionMismatch";
  KnownStorageErrorCode2["AuthorizationServiceMismatch"] = "AuthorizationServiceMismatch";
  KnownStorageErrorCode2["AuthorizationResourceTypeMismatch"] = "AuthorizationResourceTypeMismatch";
  KnownStorageErrorCode2["FeatureVersionMismatch"] = "FeatureVersionMismatch";
  KnownStorageErrorCode2["ShareSnapshotNotFound"] = "ShareSnapshotNotFound";
  KnownStorageErrorCode2["FileShareProvisionedIopsInvalid"] = "FileShareProvisionedIopsInvalid";
  KnownStorageErrorCode2["FileShareProvisionedBandwidthInvalid"] = "FileShareProvisionedBandwidthInvalid";
  KnownStorageErrorCode2["FileShareProvisionedStorageInvalid"] = "FileShareProvisionedStorageInvalid";
  KnownStorageErrorCode2["TotalSharesProvisionedCapacityExceedsAccountLimit"] = "TotalSharesProvisionedCapacityExceedsAccountLimit";
  KnownStorageErrorCode2["TotalSharesProvisionedIopsExceedsAccountLimit"] = "TotalSharesProvisionedIopsExceedsAccountLimit";
  KnownStorageErrorCode2["TotalSharesProvisionedBandwidthExceedsAccountLimit"] = "TotalSharesProvisionedBandwidthExceedsAccountLimit";
  KnownStorageErrorCode2["TotalSharesCountExceedsAccountLimit"] = "TotalSharesCountExceedsAccountLimit";
})(KnownStorageErrorCode || (KnownStorageErrorCode = {}));

// node_modules/@azure/storage-file-share/dist/esm/generated/src/models/mappers.js
var mappers_exports = {};
__export(mappers_exports, {
  AccessPolicy: () => AccessPolicy,
  ClearRange: () => ClearRange,
  CorsRule: () => CorsRule,
  DirectoryCreateExceptionHeaders: () => DirectoryCreateExceptionHeaders,
  DirectoryCreateHeaders: () => DirectoryCreateHeaders,
  DirectoryDeleteExceptionHeaders: () => DirectoryDeleteExceptionHeaders,
  DirectoryDeleteHeaders: () => DirectoryDeleteHeaders,
  DirectoryForceCloseHandlesExceptionHeaders: () => DirectoryForceCloseHandlesExceptionHeaders,
  DirectoryForceCloseHandlesHeaders: () => DirectoryForceCloseHandlesHeaders,
  DirectoryGetPropertiesExceptionHeaders: () => DirectoryGetPropertiesExceptionHeaders,
  DirectoryGetPropertiesHeaders: () => DirectoryGetPropertiesHeaders,
  DirectoryItem: () => DirectoryItem,
  DirectoryListFilesAndDirectoriesSegmentExceptionHeaders: () => DirectoryListFilesAndDirectoriesSegmentExceptionHeaders,
  DirectoryListFilesAndDirectoriesSegmentHeaders: () => DirectoryListFilesAndDirectoriesSegmentHeaders,
  DirectoryListHandlesExceptionHeaders: () => DirectoryListHandlesExceptionHeaders,
  DirectoryListHandlesHeaders: () => DirectoryListHandlesHeaders,
  DirectoryRenameExceptionHeaders: () => DirectoryRenameExceptionHeaders,
  DirectoryRenameHeaders: () => DirectoryRenameHeaders,
  DirectorySetMetadataExceptionHeaders: () => DirectorySetMetadataExceptionHeaders,
  DirectorySetMetadataHeaders: () => DirectorySetMetadataHeaders,
  DirectorySetPropertiesExceptionHeaders: () => DirectorySetPropertiesExceptionHeaders,
  DirectorySetPropertiesHeaders: () => DirectorySetPropertiesHeaders,
  FileAbortCopyExceptionHeaders: () => FileAbortCopyExceptionHeaders,
  FileAbortCopyHeaders: () => FileAbortCopyHeaders,
  FileAcquireLeaseExceptionHeaders: () => FileAcquireLeaseExceptionHeaders,
  FileAcquireLeaseHeaders: () => FileAcquireLeaseHeaders,
  FileBreakLeaseExceptionHeaders: () => FileBreakLeaseExceptionHeaders,
  FileBreakLeaseHeaders: () => FileBreakLeaseHeaders,
  FileChangeLeaseExceptionHeaders: () => FileChangeLeaseExceptionHeaders,
  FileChangeLeaseHeaders: () => FileChangeLeaseHeaders,
  FileCreateExceptionHeaders: () => FileCreateExceptionHeaders,
  FileCreateHardLinkExceptionHeaders: () => FileCreateHardLinkExceptionHeaders,
  FileCreateHardLinkHeaders: () => FileCreateHardLinkHeaders,
  FileCreateHeaders: () => FileCreateHeaders,
  FileCreateSymbolicLinkExceptionHeaders: () => FileCreateSymbolicLinkExceptionHeaders,
  FileCreateSymbolicLinkHeaders: () => FileCreateSymbolicLinkHeaders,
  FileDeleteExceptionHeaders: () => FileDeleteExceptionHeaders,
  FileDeleteHeaders: () => FileDeleteHeaders,
  FileDownloadExceptionHeaders: () => FileDownloadExceptionHeaders,
  FileDownloadHeaders: () => FileDownloadHeaders,
  FileForceCloseHandlesExceptionHeaders: () => FileForceCloseHandlesExceptionHeaders,
  FileForceCloseHandlesHeaders: () => FileForceCloseHandlesHeaders,
  FileGetPropertiesExceptionHeaders: () => FileGetPropertiesExceptionHeaders,
  FileGetPropertiesHeaders: () => FileGetPropertiesHeaders,
  FileGetRangeListExceptionHeaders: () => FileGetRangeListExceptionHeaders,
  FileGetRangeListHeaders: () => FileGetRangeListHeaders,
  FileGetSymbolicLinkExceptionHeaders: () => FileGetSymbolicLinkExceptionHeaders,
  FileGetSymbolicLinkHeaders: () => FileGetSymbolicLinkHeaders,
  FileItem: () => FileItem,
  FileListHandlesExceptionHeaders: () => FileListHandlesExceptionHeaders,
  FileListHandlesHeaders: () => FileListHandlesHeaders,
  FileProperty: () => FileProperty,
  FileRange: () => FileRange,
  FileReleaseLeaseExceptionHeaders: () => FileReleaseLeaseExceptionHeaders,
  FileReleaseLeaseHeaders: () => FileReleaseLeaseHeaders,
  FileRenameExceptionHeaders: () => FileRenameExceptionHeaders,
  FileRenameHeaders: () => FileRenameHeaders,
  FileServiceProperties: () => FileServiceProperties,
  FileSetHttpHeadersExceptionHeaders: () => FileSetHttpHeadersExceptionHeaders,
  FileSetHttpHeadersHeaders: () => FileSetHttpHeadersHeaders,
  FileSetMetadataExceptionHeaders: () => FileSetMetadataExceptionHeaders,
  FileSetMetadataHeaders: () => FileSetMetadataHeaders,
  FileStartCopyExceptionHeaders: () => FileStartCopyExceptionHeaders,
  FileStartCopyHeaders: () => FileStartCopyHeaders,
  FileUploadRangeExceptionHeaders: () => FileUploadRangeExceptionHeaders,
  FileUploadRangeFromURLExceptionHeaders: () => FileUploadRangeFromURLExceptionHeaders,
  FileUploadRangeFromURLHeaders: () => FileUploadRangeFromURLHeaders,
  FileUploadRangeHeaders: () => FileUploadRangeHeaders,
  FilesAndDirectoriesListSegment: () => FilesAndDirectoriesListSegment,
  HandleItem: () => HandleItem,
  KeyInfo: () => KeyInfo,
  ListFilesAndDirectoriesSegmentResponse: () => ListFilesAndDirectoriesSegmentResponse,
  ListHandlesResponse: () => ListHandlesResponse,
  ListSharesResponse: () => ListSharesResponse,
  Metrics: () => Metrics,
  RetentionPolicy: () => RetentionPolicy,
  ServiceGetPropertiesExceptionHeaders: () => ServiceGetPropertiesExceptionHeaders,
  ServiceGetPropertiesHeaders: () => ServiceGetPropertiesHeaders,
  ServiceGetUserDelegationKeyExceptionHeaders: () => ServiceGetUserDelegationKeyExceptionHeaders,
  ServiceGetUserDelegationKeyHeaders: () => ServiceGetUserDelegationKeyHeaders,
  ServiceListSharesSegmentExceptionHeaders: () => ServiceListSharesSegmentExceptionHeaders,
  ServiceListSharesSegmentHeaders: () => ServiceListSharesSegmentHeaders,
  ServiceSetPropertiesExceptionHeaders: () => ServiceSetPropertiesExceptionHeaders,
  ServiceSetPropertiesHeaders: () => ServiceSetPropertiesHeaders,
  ShareAcquireLeaseExceptionHeaders: () => ShareAcquireLeaseExceptionHeaders,
  ShareAcquireLeaseHeaders: () => ShareAcquireLeaseHeaders,
  ShareBreakLeaseExceptionHeaders: () => ShareBreakLeaseExceptionHeaders,
  ShareBreakLeaseHeaders: () => ShareBreakLeaseHeaders,
  ShareChangeLeaseExceptionHeaders: () => ShareChangeLeaseExceptionHeaders,
  ShareChangeLeaseHeaders: () => ShareChangeLeaseHeaders,
  ShareCreateExceptionHeaders: () => ShareCreateExceptionHeaders,
  ShareCreateHeaders: () => ShareCreateHeaders,
  ShareCreatePermissionExceptionHeaders: () => ShareCreatePermissionExceptionHeaders,
  ShareCreatePermissionHeaders: () => ShareCreatePermissionHeaders,
  ShareCreateSnapshotExceptionHeaders: () => ShareCreateSnapshotExceptionHeaders,
  ShareCreateSnapshotHeaders: () => ShareCreateSnapshotHeaders,
  ShareDeleteExceptionHeaders: () => ShareDeleteExceptionHeaders,
  ShareDeleteHeaders: () => ShareDeleteHeaders,
  ShareFileRangeList: () => ShareFileRangeList,
  ShareGetAccessPolicyExceptionHeaders: () => ShareGetAccessPolicyExceptionHeaders,
  ShareGetAccessPolicyHeaders: () => ShareGetAccessPolicyHeaders,
  ShareGetPermissionExceptionHeaders: () => ShareGetPermissionExceptionHeaders,
  ShareGetPermissionHeaders: () => ShareGetPermissionHeaders,
  ShareGetPropertiesExceptionHeaders: () => ShareGetPropertiesExceptionHeaders,
  ShareGetPropertiesHeaders: () => ShareGetPropertiesHeaders,
  ShareGetStatisticsExceptionHeaders: () => ShareGetStatisticsExceptionHeaders,
  ShareGetStatisticsHeaders: () => ShareGetStatisticsHeaders,
  ShareItemInternal: () => ShareItemInternal,
  ShareNfsSettings: () => ShareNfsSettings,
  ShareNfsSettingsEncryptionInTransit: () => ShareNfsSettingsEncryptionInTransit,
  SharePermission: () => SharePermission,
  SharePropertiesInternal: () => SharePropertiesInternal,
  ShareProtocolSettings: () => ShareProtocolSettings,
  ShareReleaseLeaseExceptionHeaders: () => ShareReleaseLeaseExceptionHeaders,
  ShareReleaseLeaseHeaders: () => ShareReleaseLeaseHeaders,
  ShareRenewLeaseExceptionHeaders: () => ShareRenewLeaseExceptionHeaders,
  ShareRenewLeaseHeaders: () => ShareRenewLeaseHeaders,
  ShareRestoreExceptionHeaders: () => ShareRestoreExceptionHeaders,
  ShareRestoreHeaders: () => ShareRestoreHeaders,
  ShareSetAccessPolicyExceptionHeaders: () => ShareSetAccessPolicyExceptionHeaders,
  ShareSetAccessPolicyHeaders: () => ShareSetAccessPolicyHeaders,
  ShareSetMetadataExceptionHeaders: () => ShareSetMetadataExceptionHeaders,
  ShareSetMetadataHeaders: () => ShareSetMetadataHeaders,
  ShareSetPropertiesExceptionHeaders: () => ShareSetPropertiesExceptionHeaders,
  ShareSetPropertiesHeaders: () => ShareSetPropertiesHeaders,
  ShareSmbSettings: () => ShareSmbSettings,
  ShareSmbSettingsEncryptionInTransit: () => ShareSmbSettingsEncryptionInTransit,
  ShareStats: () => ShareStats,
  SignedIdentifier: () => SignedIdentifier,
  SmbMultichannel: () => SmbMultichannel,
  StorageError: () => StorageError,
  StringEncoded: () => StringEncoded,
  UserDelegationKey: () => UserDelegationKey
});
var FileServiceProperties = {
  serializedName: "FileServiceProperties",
  xmlName: "StorageServiceProperties",
  type: {
    name: "Composite",
    className: "FileServiceProperties",
    modelProperties: {
      hourMetrics: {
        serializedName: "HourMetrics",
        xmlName: "HourMetrics",
        type: {
          name: "Composite",
          className: "Metrics"
        }
      },
      minuteMetrics: {
        serializedName: "MinuteMetrics",
        xmlName: "MinuteMetrics",
        type: {
          name: "Composite",
          className: "Metrics"
        }
      },
      cors: {
        serializedName: "Cors",
        xmlName: "Cors",
        xmlIsWrapped: true,
        xmlElementName: "CorsRule",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "CorsRule"
            }
          }
        }
      },
      protocol: {
        serializedName: "Protocol",
        xmlName: "ProtocolSettings",
        type: {
          name: "Composite",
          className: "ShareProtocolSettings"
        }
      }
    }
  }
};
var Metrics = {
  serializedName: "Metrics",
  type: {
    name: "Composite",
    className: "Metrics",
    modelProperties: {
      version: {
        serializedName: "Version",
        required: true,
        xmlName: "Version",
        type: {
          name: "String"
        }
      },
      enabled: {
        serializedName: "Enabled",
        required: true,
        xmlName: "Enabled",
        type: {
          name: "Boolean"
        }
      },
      includeAPIs: {
        serializedName: "IncludeAPIs",
        xmlName: "IncludeAPIs",
        type: {
          name: "Boolean"
        }
      },
      retentionPolicy: {
        serializedName: "RetentionPolicy",
        xmlName: "RetentionPolicy",
        type: {
          name: "Composite",
          className: "RetentionPolicy"
        }
      }
    }
  }
};
var RetentionPolicy = {
  serializedName: "RetentionPolicy",
  type: {
    name: "Composite",
    className: "RetentionPolicy",
    modelProperties: {
      enabled: {
        serializedName: "Enabled",
        required: true,
        xmlName: "Enabled",
        type: {
          name: "Boolean"
        }
      },
      days: {
        constraints: {
          InclusiveMaximum: 365,
          InclusiveMinimum: 1
        },
        serializedName: "Days",
        xmlName: "Days",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var CorsRule = {
  serializedName: "CorsRule",
  type: {
    name: "Composite",
    className: "CorsRule",
    modelProperties: {
      allowedOrigins: {
        serializedName: "AllowedOrigins",
        required: true,
        xmlName: "AllowedOrigins",
        type: {
          name: "String"
        }
      },
      allowedMethods: {
        serializedName: "AllowedMethods",
        required: true,
        xmlName: "AllowedMethods",
        type: {
          name: "String"
        }
      },
      allowedHeaders: {
        serializedName: "AllowedHeaders",
        required: true,
        xmlName: "AllowedHeaders",
        type: {
          name: "String"
        }
      },
      exposedHeaders: {
        serializedName: "ExposedHeaders",
        required: true,
        xmlName: "ExposedHeaders",
        type: {
          name: "String"
        }
      },
      maxAgeInSeconds: {
        constraints: {
          InclusiveMinimum: 0
        },
        serializedName: "MaxAgeInSeconds",
        required: true,
        xmlName: "MaxAgeInSeconds",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ShareProtocolSettings = {
  serializedName: "ShareProtocolSettings",
  xmlName: "ProtocolSettings",
  type: {
    name: "Composite",
    className: "ShareProtocolSettings",
    modelProperties: {
      smb: {
        serializedName: "Smb",
        xmlName: "SMB",
        type: {
          name: "Composite",
          className: "ShareSmbSettings"
        }
      },
      nfs: {
        serializedName: "Nfs",
        xmlName: "NFS",
        type: {
          name: "Composite",
          className: "ShareNfsSettings"
        }
      }
    }
  }
};
var ShareSmbSettings = {
  serializedName: "ShareSmbSettings",
  xmlName: "SMB",
  type: {
    name: "Composite",
    className: "ShareSmbSettings",
    modelProperties: {
      multichannel: {
        serializedName: "Multichannel",
        xmlName: "Multichannel",
        type: {
          name: "Composite",
          className: "SmbMultichannel"
        }
      },
      encryptionInTransit: {
        serializedName: "EncryptionInTransit",
        xmlName: "EncryptionInTransit",
        type: {
          name: "Composite",
          className: "ShareSmbSettingsEncryptionInTransit"
        }
      }
    }
  }
};
var SmbMultichannel = {
  serializedName: "SmbMultichannel",
  xmlName: "Multichannel",
  type: {
    name: "Composite",
    className: "SmbMultichannel",
    modelProperties: {
      enabled: {
        serializedName: "Enabled",
        xmlName: "Enabled",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var ShareSmbSettingsEncryptionInTransit = {
  serializedName: "ShareSmbSettingsEncryptionInTransit",
  type: {
    name: "Composite",
    className: "ShareSmbSettingsEncryptionInTransit",
    modelProperties: {
      required: {
        serializedName: "Required",
        xmlName: "Required",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var ShareNfsSettings = {
  serializedName: "ShareNfsSettings",
  xmlName: "NFS",
  type: {
    name: "Composite",
    className: "ShareNfsSettings",
    modelProperties: {
      encryptionInTransit: {
        serializedName: "EncryptionInTransit",
        xmlName: "EncryptionInTransit",
        type: {
          name: "Composite",
          className: "ShareNfsSettingsEncryptionInTransit"
        }
      }
    }
  }
};
var ShareNfsSettingsEncryptionInTransit = {
  serializedName: "ShareNfsSettingsEncryptionInTransit",
  type: {
    name: "Composite",
    className: "ShareNfsSettingsEncryptionInTransit",
    modelProperties: {
      required: {
        serializedName: "Required",
        xmlName: "Required",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var StorageError = {
  serializedName: "StorageError",
  type: {
    name: "Composite",
    className: "StorageError",
    modelProperties: {
      message: {
        serializedName: "Message",
        xmlName: "Message",
        type: {
          name: "String"
        }
      },
      copySourceStatusCode: {
        serializedName: "CopySourceStatusCode",
        xmlName: "CopySourceStatusCode",
        type: {
          name: "Number"
        }
      },
      copySourceErrorCode: {
        serializedName: "CopySourceErrorCode",
        xmlName: "CopySourceErrorCode",
        type: {
          name: "String"
        }
      },
      copySourceErrorMessage: {
        serializedName: "CopySourceErrorMessage",
        xmlName: "CopySourceErrorMessage",
        type: {
          name: "String"
        }
      },
      authenticationErrorDetail: {
        serializedName: "AuthenticationErrorDetail",
        xmlName: "AuthenticationErrorDetail",
        type: {
          name: "String"
        }
      },
      code: {
        serializedName: "Code",
        xmlName: "Code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ListSharesResponse = {
  serializedName: "ListSharesResponse",
  xmlName: "EnumerationResults",
  type: {
    name: "Composite",
    className: "ListSharesResponse",
    modelProperties: {
      serviceEndpoint: {
        serializedName: "ServiceEndpoint",
        required: true,
        xmlName: "ServiceEndpoint",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      prefix: {
        serializedName: "Prefix",
        xmlName: "Prefix",
        type: {
          name: "String"
        }
      },
      marker: {
        serializedName: "Marker",
        xmlName: "Marker",
        type: {
          name: "String"
        }
      },
      maxResults: {
        serializedName: "MaxResults",
        xmlName: "MaxResults",
        type: {
          name: "Number"
        }
      },
      shareItems: {
        serializedName: "ShareItems",
        xmlName: "Shares",
        xmlIsWrapped: true,
        xmlElementName: "Share",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ShareItemInternal"
            }
          }
        }
      },
      continuationToken: {
        serializedName: "NextMarker",
        required: true,
        xmlName: "NextMarker",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareItemInternal = {
  serializedName: "ShareItemInternal",
  xmlName: "Share",
  type: {
    name: "Composite",
    className: "ShareItemInternal",
    modelProperties: {
      name: {
        serializedName: "Name",
        required: true,
        xmlName: "Name",
        type: {
          name: "String"
        }
      },
      snapshot: {
        serializedName: "Snapshot",
        xmlName: "Snapshot",
        type: {
          name: "String"
        }
      },
      deleted: {
        serializedName: "Deleted",
        xmlName: "Deleted",
        type: {
          name: "Boolean"
        }
      },
      version: {
        serializedName: "Version",
        xmlName: "Version",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "Properties",
        xmlName: "Properties",
        type: {
          name: "Composite",
          className: "SharePropertiesInternal"
        }
      },
      metadata: {
        serializedName: "Metadata",
        xmlName: "Metadata",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
};
var SharePropertiesInternal = {
  serializedName: "SharePropertiesInternal",
  type: {
    name: "Composite",
    className: "SharePropertiesInternal",
    modelProperties: {
      lastModified: {
        serializedName: "Last-Modified",
        required: true,
        xmlName: "Last-Modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      etag: {
        serializedName: "Etag",
        required: true,
        xmlName: "Etag",
        type: {
          name: "String"
        }
      },
      quota: {
        serializedName: "Quota",
        required: true,
        xmlName: "Quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "ProvisionedIops",
        xmlName: "ProvisionedIops",
        type: {
          name: "Number"
        }
      },
      provisionedIngressMBps: {
        serializedName: "ProvisionedIngressMBps",
        xmlName: "ProvisionedIngressMBps",
        type: {
          name: "Number"
        }
      },
      provisionedEgressMBps: {
        serializedName: "ProvisionedEgressMBps",
        xmlName: "ProvisionedEgressMBps",
        type: {
          name: "Number"
        }
      },
      provisionedBandwidthMiBps: {
        serializedName: "ProvisionedBandwidthMiBps",
        xmlName: "ProvisionedBandwidthMiBps",
        type: {
          name: "Number"
        }
      },
      nextAllowedQuotaDowngradeTime: {
        serializedName: "NextAllowedQuotaDowngradeTime",
        xmlName: "NextAllowedQuotaDowngradeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      deletedTime: {
        serializedName: "DeletedTime",
        xmlName: "DeletedTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      remainingRetentionDays: {
        serializedName: "RemainingRetentionDays",
        xmlName: "RemainingRetentionDays",
        type: {
          name: "Number"
        }
      },
      accessTier: {
        serializedName: "AccessTier",
        xmlName: "AccessTier",
        type: {
          name: "String"
        }
      },
      accessTierChangeTime: {
        serializedName: "AccessTierChangeTime",
        xmlName: "AccessTierChangeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      accessTierTransitionState: {
        serializedName: "AccessTierTransitionState",
        xmlName: "AccessTierTransitionState",
        type: {
          name: "String"
        }
      },
      leaseStatus: {
        serializedName: "LeaseStatus",
        xmlName: "LeaseStatus",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      leaseState: {
        serializedName: "LeaseState",
        xmlName: "LeaseState",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseDuration: {
        serializedName: "LeaseDuration",
        xmlName: "LeaseDuration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      enabledProtocols: {
        serializedName: "EnabledProtocols",
        xmlName: "EnabledProtocols",
        type: {
          name: "String"
        }
      },
      rootSquash: {
        serializedName: "RootSquash",
        xmlName: "RootSquash",
        type: {
          name: "Enum",
          allowedValues: ["NoRootSquash", "RootSquash", "AllSquash"]
        }
      },
      enableSnapshotVirtualDirectoryAccess: {
        serializedName: "EnableSnapshotVirtualDirectoryAccess",
        xmlName: "EnableSnapshotVirtualDirectoryAccess",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingEnabled: {
        serializedName: "PaidBurstingEnabled",
        xmlName: "PaidBurstingEnabled",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingMaxIops: {
        serializedName: "PaidBurstingMaxIops",
        xmlName: "PaidBurstingMaxIops",
        type: {
          name: "Number"
        }
      },
      paidBurstingMaxBandwidthMibps: {
        serializedName: "PaidBurstingMaxBandwidthMibps",
        xmlName: "PaidBurstingMaxBandwidthMibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "IncludedBurstIops",
        xmlName: "IncludedBurstIops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "MaxBurstCreditsForIops",
        xmlName: "MaxBurstCreditsForIops",
        type: {
          name: "Number"
        }
      },
      nextAllowedProvisionedIopsDowngradeTime: {
        serializedName: "NextAllowedProvisionedIopsDowngradeTime",
        xmlName: "NextAllowedProvisionedIopsDowngradeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedBandwidthDowngradeTime: {
        serializedName: "NextAllowedProvisionedBandwidthDowngradeTime",
        xmlName: "NextAllowedProvisionedBandwidthDowngradeTime",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var KeyInfo = {
  serializedName: "KeyInfo",
  type: {
    name: "Composite",
    className: "KeyInfo",
    modelProperties: {
      start: {
        serializedName: "Start",
        xmlName: "Start",
        type: {
          name: "String"
        }
      },
      expiry: {
        serializedName: "Expiry",
        required: true,
        xmlName: "Expiry",
        type: {
          name: "String"
        }
      },
      delegatedUserTid: {
        serializedName: "DelegatedUserTid",
        xmlName: "DelegatedUserTid",
        type: {
          name: "String"
        }
      }
    }
  }
};
var UserDelegationKey = {
  serializedName: "UserDelegationKey",
  type: {
    name: "Composite",
    className: "UserDelegationKey",
    modelProperties: {
      signedObjectId: {
        serializedName: "SignedOid",
        required: true,
        xmlName: "SignedOid",
        type: {
          name: "String"
        }
      },
      signedTenantId: {
        serializedName: "SignedTid",
        required: true,
        xmlName: "SignedTid",
        type: {
          name: "String"
        }
      },
      signedStartsOn: {
        serializedName: "SignedStart",
        required: true,
        xmlName: "SignedStart",
        type: {
          name: "DateTime"
        }
      },
      signedExpiresOn: {
        serializedName: "SignedExpiry",
        required: true,
        xmlName: "SignedExpiry",
        type: {
          name: "DateTime"
        }
      },
      signedService: {
        serializedName: "SignedService",
        required: true,
        xmlName: "SignedService",
        type: {
          name: "String"
        }
      },
      signedVersion: {
        serializedName: "SignedVersion",
        required: true,
        xmlName: "SignedVersion",
        type: {
          name: "String"
        }
      },
      signedDelegatedUserTenantId: {
        serializedName: "SignedDelegatedUserTid",
        xmlName: "SignedDelegatedUserTid",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "Value",
        required: true,
        xmlName: "Value",
        type: {
          name: "String"
        }
      }
    }
  }
};
var SharePermission = {
  serializedName: "SharePermission",
  type: {
    name: "Composite",
    className: "SharePermission",
    modelProperties: {
      permission: {
        serializedName: "permission",
        required: true,
        xmlName: "permission",
        type: {
          name: "String"
        }
      },
      format: {
        serializedName: "format",
        xmlName: "format",
        type: {
          name: "Enum",
          allowedValues: ["Sddl", "Binary"]
        }
      }
    }
  }
};
var SignedIdentifier = {
  serializedName: "SignedIdentifier",
  type: {
    name: "Composite",
    className: "SignedIdentifier",
    modelProperties: {
      id: {
        serializedName: "Id",
        required: true,
        xmlName: "Id",
        type: {
          name: "String"
        }
      },
      accessPolicy: {
        serializedName: "AccessPolicy",
        xmlName: "AccessPolicy",
        type: {
          name: "Composite",
          className: "AccessPolicy"
        }
      }
    }
  }
};
var AccessPolicy = {
  serializedName: "AccessPolicy",
  type: {
    name: "Composite",
    className: "AccessPolicy",
    modelProperties: {
      startsOn: {
        serializedName: "Start",
        xmlName: "Start",
        type: {
          name: "String"
        }
      },
      expiresOn: {
        serializedName: "Expiry",
        xmlName: "Expiry",
        type: {
          name: "String"
        }
      },
      permissions: {
        serializedName: "Permission",
        xmlName: "Permission",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareStats = {
  serializedName: "ShareStats",
  type: {
    name: "Composite",
    className: "ShareStats",
    modelProperties: {
      shareUsageBytes: {
        serializedName: "ShareUsageBytes",
        required: true,
        xmlName: "ShareUsageBytes",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ListFilesAndDirectoriesSegmentResponse = {
  serializedName: "ListFilesAndDirectoriesSegmentResponse",
  xmlName: "EnumerationResults",
  type: {
    name: "Composite",
    className: "ListFilesAndDirectoriesSegmentResponse",
    modelProperties: {
      serviceEndpoint: {
        serializedName: "ServiceEndpoint",
        required: true,
        xmlName: "ServiceEndpoint",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      shareName: {
        serializedName: "ShareName",
        required: true,
        xmlName: "ShareName",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      shareSnapshot: {
        serializedName: "ShareSnapshot",
        xmlName: "ShareSnapshot",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      encoded: {
        serializedName: "Encoded",
        xmlName: "Encoded",
        xmlIsAttribute: true,
        type: {
          name: "Boolean"
        }
      },
      directoryPath: {
        serializedName: "DirectoryPath",
        required: true,
        xmlName: "DirectoryPath",
        xmlIsAttribute: true,
        type: {
          name: "String"
        }
      },
      prefix: {
        serializedName: "Prefix",
        xmlName: "Prefix",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      marker: {
        serializedName: "Marker",
        xmlName: "Marker",
        type: {
          name: "String"
        }
      },
      maxResults: {
        serializedName: "MaxResults",
        xmlName: "MaxResults",
        type: {
          name: "Number"
        }
      },
      segment: {
        serializedName: "Segment",
        xmlName: "Entries",
        type: {
          name: "Composite",
          className: "FilesAndDirectoriesListSegment"
        }
      },
      continuationToken: {
        serializedName: "NextMarker",
        required: true,
        xmlName: "NextMarker",
        type: {
          name: "String"
        }
      },
      directoryId: {
        serializedName: "DirectoryId",
        xmlName: "DirectoryId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var StringEncoded = {
  serializedName: "StringEncoded",
  type: {
    name: "Composite",
    className: "StringEncoded",
    modelProperties: {
      encoded: {
        serializedName: "Encoded",
        xmlName: "Encoded",
        xmlIsAttribute: true,
        type: {
          name: "Boolean"
        }
      },
      content: {
        serializedName: "content",
        xmlName: "content",
        xmlIsMsText: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var FilesAndDirectoriesListSegment = {
  serializedName: "FilesAndDirectoriesListSegment",
  xmlName: "Entries",
  type: {
    name: "Composite",
    className: "FilesAndDirectoriesListSegment",
    modelProperties: {
      directoryItems: {
        serializedName: "DirectoryItems",
        required: true,
        xmlName: "DirectoryItems",
        xmlElementName: "Directory",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DirectoryItem"
            }
          }
        }
      },
      fileItems: {
        serializedName: "FileItems",
        required: true,
        xmlName: "FileItems",
        xmlElementName: "File",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FileItem"
            }
          }
        }
      }
    }
  }
};
var DirectoryItem = {
  serializedName: "DirectoryItem",
  xmlName: "Directory",
  type: {
    name: "Composite",
    className: "DirectoryItem",
    modelProperties: {
      name: {
        serializedName: "Name",
        xmlName: "Name",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      fileId: {
        serializedName: "FileId",
        xmlName: "FileId",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "Properties",
        xmlName: "Properties",
        type: {
          name: "Composite",
          className: "FileProperty"
        }
      },
      attributes: {
        serializedName: "Attributes",
        xmlName: "Attributes",
        type: {
          name: "String"
        }
      },
      permissionKey: {
        serializedName: "PermissionKey",
        xmlName: "PermissionKey",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileProperty = {
  serializedName: "FileProperty",
  type: {
    name: "Composite",
    className: "FileProperty",
    modelProperties: {
      contentLength: {
        serializedName: "Content-Length",
        required: true,
        xmlName: "Content-Length",
        type: {
          name: "Number"
        }
      },
      creationTime: {
        serializedName: "CreationTime",
        xmlName: "CreationTime",
        type: {
          name: "DateTime"
        }
      },
      lastAccessTime: {
        serializedName: "LastAccessTime",
        xmlName: "LastAccessTime",
        type: {
          name: "DateTime"
        }
      },
      lastWriteTime: {
        serializedName: "LastWriteTime",
        xmlName: "LastWriteTime",
        type: {
          name: "DateTime"
        }
      },
      changeTime: {
        serializedName: "ChangeTime",
        xmlName: "ChangeTime",
        type: {
          name: "DateTime"
        }
      },
      lastModified: {
        serializedName: "Last-Modified",
        xmlName: "Last-Modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      etag: {
        serializedName: "Etag",
        xmlName: "Etag",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileItem = {
  serializedName: "FileItem",
  xmlName: "File",
  type: {
    name: "Composite",
    className: "FileItem",
    modelProperties: {
      name: {
        serializedName: "Name",
        xmlName: "Name",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      fileId: {
        serializedName: "FileId",
        xmlName: "FileId",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "Properties",
        xmlName: "Properties",
        type: {
          name: "Composite",
          className: "FileProperty"
        }
      },
      attributes: {
        serializedName: "Attributes",
        xmlName: "Attributes",
        type: {
          name: "String"
        }
      },
      permissionKey: {
        serializedName: "PermissionKey",
        xmlName: "PermissionKey",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ListHandlesResponse = {
  serializedName: "ListHandlesResponse",
  xmlName: "EnumerationResults",
  type: {
    name: "Composite",
    className: "ListHandlesResponse",
    modelProperties: {
      handleList: {
        serializedName: "HandleList",
        xmlName: "Entries",
        xmlIsWrapped: true,
        xmlElementName: "Handle",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "HandleItem"
            }
          }
        }
      },
      continuationToken: {
        serializedName: "NextMarker",
        required: true,
        xmlName: "NextMarker",
        type: {
          name: "String"
        }
      }
    }
  }
};
var HandleItem = {
  serializedName: "HandleItem",
  xmlName: "Handle",
  type: {
    name: "Composite",
    className: "HandleItem",
    modelProperties: {
      handleId: {
        serializedName: "HandleId",
        required: true,
        xmlName: "HandleId",
        type: {
          name: "String"
        }
      },
      path: {
        serializedName: "Path",
        xmlName: "Path",
        type: {
          name: "Composite",
          className: "StringEncoded"
        }
      },
      fileId: {
        serializedName: "FileId",
        required: true,
        xmlName: "FileId",
        type: {
          name: "String"
        }
      },
      parentId: {
        serializedName: "ParentId",
        xmlName: "ParentId",
        type: {
          name: "String"
        }
      },
      sessionId: {
        serializedName: "SessionId",
        required: true,
        xmlName: "SessionId",
        type: {
          name: "String"
        }
      },
      clientIp: {
        serializedName: "ClientIp",
        required: true,
        xmlName: "ClientIp",
        type: {
          name: "String"
        }
      },
      clientName: {
        serializedName: "ClientName",
        required: true,
        xmlName: "ClientName",
        type: {
          name: "String"
        }
      },
      openTime: {
        serializedName: "OpenTime",
        required: true,
        xmlName: "OpenTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      lastReconnectTime: {
        serializedName: "LastReconnectTime",
        xmlName: "LastReconnectTime",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      accessRightList: {
        serializedName: "AccessRightList",
        xmlName: "AccessRightList",
        xmlIsWrapped: true,
        xmlElementName: "AccessRight",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Enum",
              allowedValues: ["Read", "Write", "Delete"]
            }
          }
        }
      }
    }
  }
};
var ShareFileRangeList = {
  serializedName: "ShareFileRangeList",
  type: {
    name: "Composite",
    className: "ShareFileRangeList",
    modelProperties: {
      ranges: {
        serializedName: "Ranges",
        xmlName: "Ranges",
        xmlElementName: "Range",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FileRange"
            }
          }
        }
      },
      clearRanges: {
        serializedName: "ClearRanges",
        xmlName: "ClearRanges",
        xmlElementName: "ClearRange",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ClearRange"
            }
          }
        }
      }
    }
  }
};
var FileRange = {
  serializedName: "FileRange",
  xmlName: "Range",
  type: {
    name: "Composite",
    className: "FileRange",
    modelProperties: {
      start: {
        serializedName: "Start",
        required: true,
        xmlName: "Start",
        type: {
          name: "Number"
        }
      },
      end: {
        serializedName: "End",
        required: true,
        xmlName: "End",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ClearRange = {
  serializedName: "ClearRange",
  xmlName: "ClearRange",
  type: {
    name: "Composite",
    className: "ClearRange",
    modelProperties: {
      start: {
        serializedName: "Start",
        required: true,
        xmlName: "Start",
        type: {
          name: "Number"
        }
      },
      end: {
        serializedName: "End",
        required: true,
        xmlName: "End",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ServiceSetPropertiesHeaders = {
  serializedName: "Service_setPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ServiceSetPropertiesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceSetPropertiesExceptionHeaders = {
  serializedName: "Service_setPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceSetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceGetPropertiesHeaders = {
  serializedName: "Service_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetPropertiesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceGetPropertiesExceptionHeaders = {
  serializedName: "Service_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceListSharesSegmentHeaders = {
  serializedName: "Service_listSharesSegmentHeaders",
  type: {
    name: "Composite",
    className: "ServiceListSharesSegmentHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceListSharesSegmentExceptionHeaders = {
  serializedName: "Service_listSharesSegmentExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceListSharesSegmentExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ServiceGetUserDelegationKeyHeaders = {
  serializedName: "Service_getUserDelegationKeyHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetUserDelegationKeyHeaders",
    modelProperties: {
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ServiceGetUserDelegationKeyExceptionHeaders = {
  serializedName: "Service_getUserDelegationKeyExceptionHeaders",
  type: {
    name: "Composite",
    className: "ServiceGetUserDelegationKeyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateHeaders = {
  serializedName: "Share_createHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      shareProvisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      shareProvisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      shareIncludedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateExceptionHeaders = {
  serializedName: "Share_createExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPropertiesHeaders = {
  serializedName: "Share_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPropertiesHeaders",
    modelProperties: {
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      provisionedIngressMBps: {
        serializedName: "x-ms-share-provisioned-ingress-mbps",
        xmlName: "x-ms-share-provisioned-ingress-mbps",
        type: {
          name: "Number"
        }
      },
      provisionedEgressMBps: {
        serializedName: "x-ms-share-provisioned-egress-mbps",
        xmlName: "x-ms-share-provisioned-egress-mbps",
        type: {
          name: "Number"
        }
      },
      nextAllowedQuotaDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-quota-downgrade-time",
        xmlName: "x-ms-share-next-allowed-quota-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      provisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      leaseDuration: {
        serializedName: "x-ms-lease-duration",
        xmlName: "x-ms-lease-duration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      leaseState: {
        serializedName: "x-ms-lease-state",
        xmlName: "x-ms-lease-state",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseStatus: {
        serializedName: "x-ms-lease-status",
        xmlName: "x-ms-lease-status",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      accessTier: {
        serializedName: "x-ms-access-tier",
        xmlName: "x-ms-access-tier",
        type: {
          name: "String"
        }
      },
      accessTierChangeTime: {
        serializedName: "x-ms-access-tier-change-time",
        xmlName: "x-ms-access-tier-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      accessTierTransitionState: {
        serializedName: "x-ms-access-tier-transition-state",
        xmlName: "x-ms-access-tier-transition-state",
        type: {
          name: "String"
        }
      },
      enabledProtocols: {
        serializedName: "x-ms-enabled-protocols",
        xmlName: "x-ms-enabled-protocols",
        type: {
          name: "String"
        }
      },
      rootSquash: {
        serializedName: "x-ms-root-squash",
        xmlName: "x-ms-root-squash",
        type: {
          name: "Enum",
          allowedValues: ["NoRootSquash", "RootSquash", "AllSquash"]
        }
      },
      enableSnapshotVirtualDirectoryAccess: {
        serializedName: "x-ms-enable-snapshot-virtual-directory-access",
        xmlName: "x-ms-enable-snapshot-virtual-directory-access",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingEnabled: {
        serializedName: "x-ms-share-paid-bursting-enabled",
        xmlName: "x-ms-share-paid-bursting-enabled",
        type: {
          name: "Boolean"
        }
      },
      paidBurstingMaxIops: {
        serializedName: "x-ms-share-paid-bursting-max-iops",
        xmlName: "x-ms-share-paid-bursting-max-iops",
        type: {
          name: "Number"
        }
      },
      paidBurstingMaxBandwidthMibps: {
        serializedName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
        xmlName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      },
      nextAllowedProvisionedIopsDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedBandwidthDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPropertiesExceptionHeaders = {
  serializedName: "Share_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareDeleteHeaders = {
  serializedName: "Share_deleteHeaders",
  type: {
    name: "Composite",
    className: "ShareDeleteHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      usageBytes: {
        serializedName: "x-ms-file-share-usage-bytes",
        xmlName: "x-ms-file-share-usage-bytes",
        type: {
          name: "Number"
        }
      },
      snapshotUsageBytes: {
        serializedName: "x-ms-file-share-snapshot-usage-bytes",
        xmlName: "x-ms-file-share-snapshot-usage-bytes",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareDeleteExceptionHeaders = {
  serializedName: "Share_deleteExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareDeleteExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareAcquireLeaseHeaders = {
  serializedName: "Share_acquireLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareAcquireLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareAcquireLeaseExceptionHeaders = {
  serializedName: "Share_acquireLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareAcquireLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareReleaseLeaseHeaders = {
  serializedName: "Share_releaseLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareReleaseLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareReleaseLeaseExceptionHeaders = {
  serializedName: "Share_releaseLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareReleaseLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareChangeLeaseHeaders = {
  serializedName: "Share_changeLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareChangeLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareChangeLeaseExceptionHeaders = {
  serializedName: "Share_changeLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareChangeLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareRenewLeaseHeaders = {
  serializedName: "Share_renewLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareRenewLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareRenewLeaseExceptionHeaders = {
  serializedName: "Share_renewLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareRenewLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareBreakLeaseHeaders = {
  serializedName: "Share_breakLeaseHeaders",
  type: {
    name: "Composite",
    className: "ShareBreakLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseTimeInSeconds: {
        serializedName: "x-ms-lease-time",
        xmlName: "x-ms-lease-time",
        type: {
          name: "Number"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var ShareBreakLeaseExceptionHeaders = {
  serializedName: "Share_breakLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareBreakLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateSnapshotHeaders = {
  serializedName: "Share_createSnapshotHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateSnapshotHeaders",
    modelProperties: {
      snapshot: {
        serializedName: "x-ms-snapshot",
        xmlName: "x-ms-snapshot",
        type: {
          name: "String"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreateSnapshotExceptionHeaders = {
  serializedName: "Share_createSnapshotExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreateSnapshotExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreatePermissionHeaders = {
  serializedName: "Share_createPermissionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreatePermissionHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareCreatePermissionExceptionHeaders = {
  serializedName: "Share_createPermissionExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareCreatePermissionExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPermissionHeaders = {
  serializedName: "Share_getPermissionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPermissionHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetPermissionExceptionHeaders = {
  serializedName: "Share_getPermissionExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetPermissionExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetPropertiesHeaders = {
  serializedName: "Share_setPropertiesHeaders",
  type: {
    name: "Composite",
    className: "ShareSetPropertiesHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      provisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      },
      nextAllowedQuotaDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-quota-downgrade-time",
        xmlName: "x-ms-share-next-allowed-quota-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedIopsDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-iops-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      nextAllowedProvisionedBandwidthDowngradeTime: {
        serializedName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        xmlName: "x-ms-share-next-allowed-provisioned-bandwidth-downgrade-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetPropertiesExceptionHeaders = {
  serializedName: "Share_setPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareSetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetMetadataHeaders = {
  serializedName: "Share_setMetadataHeaders",
  type: {
    name: "Composite",
    className: "ShareSetMetadataHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetMetadataExceptionHeaders = {
  serializedName: "Share_setMetadataExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareSetMetadataExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetAccessPolicyHeaders = {
  serializedName: "Share_getAccessPolicyHeaders",
  type: {
    name: "Composite",
    className: "ShareGetAccessPolicyHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetAccessPolicyExceptionHeaders = {
  serializedName: "Share_getAccessPolicyExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetAccessPolicyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetAccessPolicyHeaders = {
  serializedName: "Share_setAccessPolicyHeaders",
  type: {
    name: "Composite",
    className: "ShareSetAccessPolicyHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareSetAccessPolicyExceptionHeaders = {
  serializedName: "Share_setAccessPolicyExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareSetAccessPolicyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetStatisticsHeaders = {
  serializedName: "Share_getStatisticsHeaders",
  type: {
    name: "Composite",
    className: "ShareGetStatisticsHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareGetStatisticsExceptionHeaders = {
  serializedName: "Share_getStatisticsExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareGetStatisticsExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ShareRestoreHeaders = {
  serializedName: "Share_restoreHeaders",
  type: {
    name: "Composite",
    className: "ShareRestoreHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      quota: {
        serializedName: "x-ms-share-quota",
        xmlName: "x-ms-share-quota",
        type: {
          name: "Number"
        }
      },
      provisionedIops: {
        serializedName: "x-ms-share-provisioned-iops",
        xmlName: "x-ms-share-provisioned-iops",
        type: {
          name: "Number"
        }
      },
      provisionedBandwidthMibps: {
        serializedName: "x-ms-share-provisioned-bandwidth-mibps",
        xmlName: "x-ms-share-provisioned-bandwidth-mibps",
        type: {
          name: "Number"
        }
      },
      includedBurstIops: {
        serializedName: "x-ms-share-included-burst-iops",
        xmlName: "x-ms-share-included-burst-iops",
        type: {
          name: "Number"
        }
      },
      maxBurstCreditsForIops: {
        serializedName: "x-ms-share-max-burst-credits-for-iops",
        xmlName: "x-ms-share-max-burst-credits-for-iops",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var ShareRestoreExceptionHeaders = {
  serializedName: "Share_restoreExceptionHeaders",
  type: {
    name: "Composite",
    className: "ShareRestoreExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryCreateHeaders = {
  serializedName: "Directory_createHeaders",
  type: {
    name: "Composite",
    className: "DirectoryCreateHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryCreateExceptionHeaders = {
  serializedName: "Directory_createExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryCreateExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryGetPropertiesHeaders = {
  serializedName: "Directory_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "DirectoryGetPropertiesHeaders",
    modelProperties: {
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-server-encrypted",
        xmlName: "x-ms-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryGetPropertiesExceptionHeaders = {
  serializedName: "Directory_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryDeleteHeaders = {
  serializedName: "Directory_deleteHeaders",
  type: {
    name: "Composite",
    className: "DirectoryDeleteHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryDeleteExceptionHeaders = {
  serializedName: "Directory_deleteExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryDeleteExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetPropertiesHeaders = {
  serializedName: "Directory_setPropertiesHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetPropertiesHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetPropertiesExceptionHeaders = {
  serializedName: "Directory_setPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetMetadataHeaders = {
  serializedName: "Directory_setMetadataHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetMetadataHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectorySetMetadataExceptionHeaders = {
  serializedName: "Directory_setMetadataExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectorySetMetadataExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListFilesAndDirectoriesSegmentHeaders = {
  serializedName: "Directory_listFilesAndDirectoriesSegmentHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListFilesAndDirectoriesSegmentHeaders",
    modelProperties: {
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListFilesAndDirectoriesSegmentExceptionHeaders = {
  serializedName: "Directory_listFilesAndDirectoriesSegmentExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListFilesAndDirectoriesSegmentExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListHandlesHeaders = {
  serializedName: "Directory_listHandlesHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListHandlesHeaders",
    modelProperties: {
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryListHandlesExceptionHeaders = {
  serializedName: "Directory_listHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryListHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryForceCloseHandlesHeaders = {
  serializedName: "Directory_forceCloseHandlesHeaders",
  type: {
    name: "Composite",
    className: "DirectoryForceCloseHandlesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      marker: {
        serializedName: "x-ms-marker",
        xmlName: "x-ms-marker",
        type: {
          name: "String"
        }
      },
      numberOfHandlesClosed: {
        serializedName: "x-ms-number-of-handles-closed",
        xmlName: "x-ms-number-of-handles-closed",
        type: {
          name: "Number"
        }
      },
      numberOfHandlesFailedToClose: {
        serializedName: "x-ms-number-of-handles-failed",
        xmlName: "x-ms-number-of-handles-failed",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryForceCloseHandlesExceptionHeaders = {
  serializedName: "Directory_forceCloseHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryForceCloseHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryRenameHeaders = {
  serializedName: "Directory_renameHeaders",
  type: {
    name: "Composite",
    className: "DirectoryRenameHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      }
    }
  }
};
var DirectoryRenameExceptionHeaders = {
  serializedName: "Directory_renameExceptionHeaders",
  type: {
    name: "Composite",
    className: "DirectoryRenameExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateHeaders = {
  serializedName: "File_createHeaders",
  type: {
    name: "Composite",
    className: "FileCreateHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      contentLength: {
        serializedName: "content-length",
        xmlName: "content-length",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateExceptionHeaders = {
  serializedName: "File_createExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileCreateExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDownloadHeaders = {
  serializedName: "File_downloadHeaders",
  type: {
    name: "Composite",
    className: "FileDownloadHeaders",
    modelProperties: {
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      contentLength: {
        serializedName: "content-length",
        xmlName: "content-length",
        type: {
          name: "Number"
        }
      },
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      contentRange: {
        serializedName: "content-range",
        xmlName: "content-range",
        type: {
          name: "String"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      contentEncoding: {
        serializedName: "content-encoding",
        xmlName: "content-encoding",
        type: {
          name: "String"
        }
      },
      cacheControl: {
        serializedName: "cache-control",
        xmlName: "cache-control",
        type: {
          name: "String"
        }
      },
      contentDisposition: {
        serializedName: "content-disposition",
        xmlName: "content-disposition",
        type: {
          name: "String"
        }
      },
      contentLanguage: {
        serializedName: "content-language",
        xmlName: "content-language",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      acceptRanges: {
        serializedName: "accept-ranges",
        xmlName: "accept-ranges",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyCompletedOn: {
        serializedName: "x-ms-copy-completion-time",
        xmlName: "x-ms-copy-completion-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyStatusDescription: {
        serializedName: "x-ms-copy-status-description",
        xmlName: "x-ms-copy-status-description",
        type: {
          name: "String"
        }
      },
      copyId: {
        serializedName: "x-ms-copy-id",
        xmlName: "x-ms-copy-id",
        type: {
          name: "String"
        }
      },
      copyProgress: {
        serializedName: "x-ms-copy-progress",
        xmlName: "x-ms-copy-progress",
        type: {
          name: "String"
        }
      },
      copySource: {
        serializedName: "x-ms-copy-source",
        xmlName: "x-ms-copy-source",
        type: {
          name: "String"
        }
      },
      copyStatus: {
        serializedName: "x-ms-copy-status",
        xmlName: "x-ms-copy-status",
        type: {
          name: "Enum",
          allowedValues: ["pending", "success", "aborted", "failed"]
        }
      },
      fileContentMD5: {
        serializedName: "x-ms-content-md5",
        xmlName: "x-ms-content-md5",
        type: {
          name: "ByteArray"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-server-encrypted",
        xmlName: "x-ms-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      leaseDuration: {
        serializedName: "x-ms-lease-duration",
        xmlName: "x-ms-lease-duration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      leaseState: {
        serializedName: "x-ms-lease-state",
        xmlName: "x-ms-lease-state",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseStatus: {
        serializedName: "x-ms-lease-status",
        xmlName: "x-ms-lease-status",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      structuredBodyType: {
        serializedName: "x-ms-structured-body",
        xmlName: "x-ms-structured-body",
        type: {
          name: "String"
        }
      },
      structuredContentLength: {
        serializedName: "x-ms-structured-content-length",
        xmlName: "x-ms-structured-content-length",
        type: {
          name: "Number"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDownloadExceptionHeaders = {
  serializedName: "File_downloadExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileDownloadExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetPropertiesHeaders = {
  serializedName: "File_getPropertiesHeaders",
  type: {
    name: "Composite",
    className: "FileGetPropertiesHeaders",
    modelProperties: {
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      metadata: {
        serializedName: "x-ms-meta",
        headerCollectionPrefix: "x-ms-meta-",
        xmlName: "x-ms-meta",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      fileType: {
        serializedName: "x-ms-type",
        xmlName: "x-ms-type",
        type: {
          name: "String"
        }
      },
      contentLength: {
        serializedName: "content-length",
        xmlName: "content-length",
        type: {
          name: "Number"
        }
      },
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      contentEncoding: {
        serializedName: "content-encoding",
        xmlName: "content-encoding",
        type: {
          name: "String"
        }
      },
      cacheControl: {
        serializedName: "cache-control",
        xmlName: "cache-control",
        type: {
          name: "String"
        }
      },
      contentDisposition: {
        serializedName: "content-disposition",
        xmlName: "content-disposition",
        type: {
          name: "String"
        }
      },
      contentLanguage: {
        serializedName: "content-language",
        xmlName: "content-language",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyCompletedOn: {
        serializedName: "x-ms-copy-completion-time",
        xmlName: "x-ms-copy-completion-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyStatusDescription: {
        serializedName: "x-ms-copy-status-description",
        xmlName: "x-ms-copy-status-description",
        type: {
          name: "String"
        }
      },
      copyId: {
        serializedName: "x-ms-copy-id",
        xmlName: "x-ms-copy-id",
        type: {
          name: "String"
        }
      },
      copyProgress: {
        serializedName: "x-ms-copy-progress",
        xmlName: "x-ms-copy-progress",
        type: {
          name: "String"
        }
      },
      copySource: {
        serializedName: "x-ms-copy-source",
        xmlName: "x-ms-copy-source",
        type: {
          name: "String"
        }
      },
      copyStatus: {
        serializedName: "x-ms-copy-status",
        xmlName: "x-ms-copy-status",
        type: {
          name: "Enum",
          allowedValues: ["pending", "success", "aborted", "failed"]
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-server-encrypted",
        xmlName: "x-ms-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      leaseDuration: {
        serializedName: "x-ms-lease-duration",
        xmlName: "x-ms-lease-duration",
        type: {
          name: "Enum",
          allowedValues: ["infinite", "fixed"]
        }
      },
      leaseState: {
        serializedName: "x-ms-lease-state",
        xmlName: "x-ms-lease-state",
        type: {
          name: "Enum",
          allowedValues: [
            "available",
            "leased",
            "expired",
            "breaking",
            "broken"
          ]
        }
      },
      leaseStatus: {
        serializedName: "x-ms-lease-status",
        xmlName: "x-ms-lease-status",
        type: {
          name: "Enum",
          allowedValues: ["locked", "unlocked"]
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetPropertiesExceptionHeaders = {
  serializedName: "File_getPropertiesExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileGetPropertiesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDeleteHeaders = {
  serializedName: "File_deleteHeaders",
  type: {
    name: "Composite",
    className: "FileDeleteHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileDeleteExceptionHeaders = {
  serializedName: "File_deleteExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileDeleteExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetHttpHeadersHeaders = {
  serializedName: "File_setHttpHeadersHeaders",
  type: {
    name: "Composite",
    className: "FileSetHttpHeadersHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreatedOn: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteOn: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeOn: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetHttpHeadersExceptionHeaders = {
  serializedName: "File_setHttpHeadersExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileSetHttpHeadersExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetMetadataHeaders = {
  serializedName: "File_setMetadataHeaders",
  type: {
    name: "Composite",
    className: "FileSetMetadataHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileSetMetadataExceptionHeaders = {
  serializedName: "File_setMetadataExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileSetMetadataExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileAcquireLeaseHeaders = {
  serializedName: "File_acquireLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileAcquireLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileAcquireLeaseExceptionHeaders = {
  serializedName: "File_acquireLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileAcquireLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileReleaseLeaseHeaders = {
  serializedName: "File_releaseLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileReleaseLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileReleaseLeaseExceptionHeaders = {
  serializedName: "File_releaseLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileReleaseLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileChangeLeaseHeaders = {
  serializedName: "File_changeLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileChangeLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileChangeLeaseExceptionHeaders = {
  serializedName: "File_changeLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileChangeLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileBreakLeaseHeaders = {
  serializedName: "File_breakLeaseHeaders",
  type: {
    name: "Composite",
    className: "FileBreakLeaseHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      leaseId: {
        serializedName: "x-ms-lease-id",
        xmlName: "x-ms-lease-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      }
    }
  }
};
var FileBreakLeaseExceptionHeaders = {
  serializedName: "File_breakLeaseExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileBreakLeaseExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeHeaders = {
  serializedName: "File_uploadRangeHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      contentMD5: {
        serializedName: "content-md5",
        xmlName: "content-md5",
        type: {
          name: "ByteArray"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      structuredBodyType: {
        serializedName: "x-ms-structured-body",
        xmlName: "x-ms-structured-body",
        type: {
          name: "String"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeExceptionHeaders = {
  serializedName: "File_uploadRangeExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeFromURLHeaders = {
  serializedName: "File_uploadRangeFromURLHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeFromURLHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      xMsContentCrc64: {
        serializedName: "x-ms-content-crc64",
        xmlName: "x-ms-content-crc64",
        type: {
          name: "ByteArray"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileUploadRangeFromURLExceptionHeaders = {
  serializedName: "File_uploadRangeFromURLExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileUploadRangeFromURLExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      },
      copySourceErrorCode: {
        serializedName: "x-ms-copy-source-error-code",
        xmlName: "x-ms-copy-source-error-code",
        type: {
          name: "String"
        }
      },
      copySourceStatusCode: {
        serializedName: "x-ms-copy-source-status-code",
        xmlName: "x-ms-copy-source-status-code",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var FileGetRangeListHeaders = {
  serializedName: "File_getRangeListHeaders",
  type: {
    name: "Composite",
    className: "FileGetRangeListHeaders",
    modelProperties: {
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      fileContentLength: {
        serializedName: "x-ms-content-length",
        xmlName: "x-ms-content-length",
        type: {
          name: "Number"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetRangeListExceptionHeaders = {
  serializedName: "File_getRangeListExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileGetRangeListExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileStartCopyHeaders = {
  serializedName: "File_startCopyHeaders",
  type: {
    name: "Composite",
    className: "FileStartCopyHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      copyId: {
        serializedName: "x-ms-copy-id",
        xmlName: "x-ms-copy-id",
        type: {
          name: "String"
        }
      },
      copyStatus: {
        serializedName: "x-ms-copy-status",
        xmlName: "x-ms-copy-status",
        type: {
          name: "Enum",
          allowedValues: ["pending", "success", "aborted", "failed"]
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileStartCopyExceptionHeaders = {
  serializedName: "File_startCopyExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileStartCopyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      },
      copySourceErrorCode: {
        serializedName: "x-ms-copy-source-error-code",
        xmlName: "x-ms-copy-source-error-code",
        type: {
          name: "String"
        }
      },
      copySourceStatusCode: {
        serializedName: "x-ms-copy-source-status-code",
        xmlName: "x-ms-copy-source-status-code",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var FileAbortCopyHeaders = {
  serializedName: "File_abortCopyHeaders",
  type: {
    name: "Composite",
    className: "FileAbortCopyHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileAbortCopyExceptionHeaders = {
  serializedName: "File_abortCopyExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileAbortCopyExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileListHandlesHeaders = {
  serializedName: "File_listHandlesHeaders",
  type: {
    name: "Composite",
    className: "FileListHandlesHeaders",
    modelProperties: {
      contentType: {
        serializedName: "content-type",
        xmlName: "content-type",
        type: {
          name: "String"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileListHandlesExceptionHeaders = {
  serializedName: "File_listHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileListHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileForceCloseHandlesHeaders = {
  serializedName: "File_forceCloseHandlesHeaders",
  type: {
    name: "Composite",
    className: "FileForceCloseHandlesHeaders",
    modelProperties: {
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      marker: {
        serializedName: "x-ms-marker",
        xmlName: "x-ms-marker",
        type: {
          name: "String"
        }
      },
      numberOfHandlesClosed: {
        serializedName: "x-ms-number-of-handles-closed",
        xmlName: "x-ms-number-of-handles-closed",
        type: {
          name: "Number"
        }
      },
      numberOfHandlesFailedToClose: {
        serializedName: "x-ms-number-of-handles-failed",
        xmlName: "x-ms-number-of-handles-failed",
        type: {
          name: "Number"
        }
      },
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileForceCloseHandlesExceptionHeaders = {
  serializedName: "File_forceCloseHandlesExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileForceCloseHandlesExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileRenameHeaders = {
  serializedName: "File_renameHeaders",
  type: {
    name: "Composite",
    className: "FileRenameHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      isServerEncrypted: {
        serializedName: "x-ms-request-server-encrypted",
        xmlName: "x-ms-request-server-encrypted",
        type: {
          name: "Boolean"
        }
      },
      filePermissionKey: {
        serializedName: "x-ms-file-permission-key",
        xmlName: "x-ms-file-permission-key",
        type: {
          name: "String"
        }
      },
      fileAttributes: {
        serializedName: "x-ms-file-attributes",
        xmlName: "x-ms-file-attributes",
        type: {
          name: "String"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileRenameExceptionHeaders = {
  serializedName: "File_renameExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileRenameExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateSymbolicLinkHeaders = {
  serializedName: "File_createSymbolicLinkHeaders",
  type: {
    name: "Composite",
    className: "FileCreateSymbolicLinkHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateSymbolicLinkExceptionHeaders = {
  serializedName: "File_createSymbolicLinkExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileCreateSymbolicLinkExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetSymbolicLinkHeaders = {
  serializedName: "File_getSymbolicLinkHeaders",
  type: {
    name: "Composite",
    className: "FileGetSymbolicLinkHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      linkText: {
        serializedName: "x-ms-link-text",
        xmlName: "x-ms-link-text",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileGetSymbolicLinkExceptionHeaders = {
  serializedName: "File_getSymbolicLinkExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileGetSymbolicLinkExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateHardLinkHeaders = {
  serializedName: "File_createHardLinkHeaders",
  type: {
    name: "Composite",
    className: "FileCreateHardLinkHeaders",
    modelProperties: {
      etag: {
        serializedName: "etag",
        xmlName: "etag",
        type: {
          name: "String"
        }
      },
      lastModified: {
        serializedName: "last-modified",
        xmlName: "last-modified",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      requestId: {
        serializedName: "x-ms-request-id",
        xmlName: "x-ms-request-id",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "x-ms-version",
        xmlName: "x-ms-version",
        type: {
          name: "String"
        }
      },
      date: {
        serializedName: "date",
        xmlName: "date",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileCreationTime: {
        serializedName: "x-ms-file-creation-time",
        xmlName: "x-ms-file-creation-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileLastWriteTime: {
        serializedName: "x-ms-file-last-write-time",
        xmlName: "x-ms-file-last-write-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileChangeTime: {
        serializedName: "x-ms-file-change-time",
        xmlName: "x-ms-file-change-time",
        type: {
          name: "DateTimeRfc1123"
        }
      },
      fileId: {
        serializedName: "x-ms-file-id",
        xmlName: "x-ms-file-id",
        type: {
          name: "String"
        }
      },
      fileParentId: {
        serializedName: "x-ms-file-parent-id",
        xmlName: "x-ms-file-parent-id",
        type: {
          name: "String"
        }
      },
      clientRequestId: {
        serializedName: "x-ms-client-request-id",
        xmlName: "x-ms-client-request-id",
        type: {
          name: "String"
        }
      },
      linkCount: {
        serializedName: "x-ms-link-count",
        xmlName: "x-ms-link-count",
        type: {
          name: "Number"
        }
      },
      fileMode: {
        serializedName: "x-ms-mode",
        xmlName: "x-ms-mode",
        type: {
          name: "String"
        }
      },
      owner: {
        serializedName: "x-ms-owner",
        xmlName: "x-ms-owner",
        type: {
          name: "String"
        }
      },
      group: {
        serializedName: "x-ms-group",
        xmlName: "x-ms-group",
        type: {
          name: "String"
        }
      },
      nfsFileType: {
        serializedName: "x-ms-file-file-type",
        xmlName: "x-ms-file-file-type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FileCreateHardLinkExceptionHeaders = {
  serializedName: "File_createHardLinkExceptionHeaders",
  type: {
    name: "Composite",
    className: "FileCreateHardLinkExceptionHeaders",
    modelProperties: {
      errorCode: {
        serializedName: "x-ms-error-code",
        xmlName: "x-ms-error-code",
        type: {
          name: "String"
        }
      }
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/models/parameters.js
var contentType = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var properties = {
  parameterPath: "properties",
  mapper: FileServiceProperties
};
var accept = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var url = {
  parameterPath: "url",
  mapper: {
    serializedName: "url",
    required: true,
    xmlName: "url",
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var restype = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "service",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var comp = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "properties",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var timeoutInSeconds = {
  parameterPath: ["options", "timeoutInSeconds"],
  mapper: {
    constraints: {
      InclusiveMinimum: 0
    },
    serializedName: "timeout",
    xmlName: "timeout",
    type: {
      name: "Number"
    }
  }
};
var version = {
  parameterPath: "version",
  mapper: {
    defaultValue: "2026-04-06",
    isConstant: true,
    serializedName: "x-ms-version",
    type: {
      name: "String"
    }
  }
};
var fileRequestIntent = {
  parameterPath: ["options", "fileRequestIntent"],
  mapper: {
    serializedName: "x-ms-file-request-intent",
    xmlName: "x-ms-file-request-intent",
    type: {
      name: "String"
    }
  }
};
var accept1 = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var comp1 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "list",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var prefix = {
  parameterPath: ["options", "prefix"],
  mapper: {
    serializedName: "prefix",
    xmlName: "prefix",
    type: {
      name: "String"
    }
  }
};
var marker = {
  parameterPath: ["options", "marker"],
  mapper: {
    serializedName: "marker",
    xmlName: "marker",
    type: {
      name: "String"
    }
  }
};
var maxResults = {
  parameterPath: ["options", "maxResults"],
  mapper: {
    constraints: {
      InclusiveMinimum: 1
    },
    serializedName: "maxresults",
    xmlName: "maxresults",
    type: {
      name: "Number"
    }
  }
};
var include = {
  parameterPath: ["options", "include"],
  mapper: {
    serializedName: "include",
    xmlName: "include",
    xmlElementName: "ListSharesIncludeType",
    type: {
      name: "Sequence",
      element: {
        type: {
          name: "Enum",
          allowedValues: ["snapshots", "metadata", "deleted"]
        }
      }
    }
  },
  collectionFormat: "CSV"
};
var keyInfo = {
  parameterPath: "keyInfo",
  mapper: KeyInfo
};
var comp2 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "userdelegationkey",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var requestId = {
  parameterPath: ["options", "requestId"],
  mapper: {
    serializedName: "x-ms-client-request-id",
    xmlName: "x-ms-client-request-id",
    type: {
      name: "String"
    }
  }
};
var restype1 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "share",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var metadata = {
  parameterPath: ["options", "metadata"],
  mapper: {
    serializedName: "x-ms-meta",
    xmlName: "x-ms-meta",
    headerCollectionPrefix: "x-ms-meta-",
    type: {
      name: "Dictionary",
      value: { type: { name: "String" } }
    }
  }
};
var quota = {
  parameterPath: ["options", "quota"],
  mapper: {
    constraints: {
      InclusiveMinimum: 1
    },
    serializedName: "x-ms-share-quota",
    xmlName: "x-ms-share-quota",
    type: {
      name: "Number"
    }
  }
};
var accessTier = {
  parameterPath: ["options", "accessTier"],
  mapper: {
    serializedName: "x-ms-access-tier",
    xmlName: "x-ms-access-tier",
    type: {
      name: "Enum",
      allowedValues: ["TransactionOptimized", "Hot", "Cool", "Premium"]
    }
  }
};
var enabledProtocols = {
  parameterPath: ["options", "enabledProtocols"],
  mapper: {
    serializedName: "x-ms-enabled-protocols",
    xmlName: "x-ms-enabled-protocols",
    type: {
      name: "String"
    }
  }
};
var rootSquash = {
  parameterPath: ["options", "rootSquash"],
  mapper: {
    serializedName: "x-ms-root-squash",
    xmlName: "x-ms-root-squash",
    type: {
      name: "Enum",
      allowedValues: ["NoRootSquash", "RootSquash", "AllSquash"]
    }
  }
};
var enableSnapshotVirtualDirectoryAccess = {
  parameterPath: ["options", "enableSnapshotVirtualDirectoryAccess"],
  mapper: {
    serializedName: "x-ms-enable-snapshot-virtual-directory-access",
    xmlName: "x-ms-enable-snapshot-virtual-directory-access",
    type: {
      name: "Boolean"
    }
  }
};
var paidBurstingEnabled = {
  parameterPath: ["options", "paidBurstingEnabled"],
  mapper: {
    serializedName: "x-ms-share-paid-bursting-enabled",
    xmlName: "x-ms-share-paid-bursting-enabled",
    type: {
      name: "Boolean"
    }
  }
};
var paidBurstingMaxBandwidthMibps = {
  parameterPath: ["options", "paidBurstingMaxBandwidthMibps"],
  mapper: {
    serializedName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
    xmlName: "x-ms-share-paid-bursting-max-bandwidth-mibps",
    type: {
      name: "Number"
    }
  }
};
var paidBurstingMaxIops = {
  parameterPath: ["options", "paidBurstingMaxIops"],
  mapper: {
    serializedName: "x-ms-share-paid-bursting-max-iops",
    xmlName: "x-ms-share-paid-bursting-max-iops",
    type: {
      name: "Number"
    }
  }
};
var shareProvisionedIops = {
  parameterPath: ["options", "shareProvisionedIops"],
  mapper: {
    serializedName: "x-ms-share-provisioned-iops",
    xmlName: "x-ms-share-provisioned-iops",
    type: {
      name: "Number"
    }
  }
};
var shareProvisionedBandwidthMibps = {
  parameterPath: ["options", "shareProvisionedBandwidthMibps"],
  mapper: {
    serializedName: "x-ms-share-provisioned-bandwidth-mibps",
    xmlName: "x-ms-share-provisioned-bandwidth-mibps",
    type: {
      name: "Number"
    }
  }
};
var shareSnapshot = {
  parameterPath: ["options", "shareSnapshot"],
  mapper: {
    serializedName: "sharesnapshot",
    xmlName: "sharesnapshot",
    type: {
      name: "String"
    }
  }
};
var leaseId = {
  parameterPath: ["options", "leaseAccessConditions", "leaseId"],
  mapper: {
    serializedName: "x-ms-lease-id",
    xmlName: "x-ms-lease-id",
    type: {
      name: "String"
    }
  }
};
var deleteSnapshots = {
  parameterPath: ["options", "deleteSnapshots"],
  mapper: {
    serializedName: "x-ms-delete-snapshots",
    xmlName: "x-ms-delete-snapshots",
    type: {
      name: "Enum",
      allowedValues: ["include", "include-leased"]
    }
  }
};
var comp3 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "lease",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var action = {
  parameterPath: "action",
  mapper: {
    defaultValue: "acquire",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var duration = {
  parameterPath: ["options", "duration"],
  mapper: {
    serializedName: "x-ms-lease-duration",
    xmlName: "x-ms-lease-duration",
    type: {
      name: "Number"
    }
  }
};
var proposedLeaseId = {
  parameterPath: ["options", "proposedLeaseId"],
  mapper: {
    serializedName: "x-ms-proposed-lease-id",
    xmlName: "x-ms-proposed-lease-id",
    type: {
      name: "String"
    }
  }
};
var action1 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "release",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var leaseId1 = {
  parameterPath: "leaseId",
  mapper: {
    serializedName: "x-ms-lease-id",
    required: true,
    xmlName: "x-ms-lease-id",
    type: {
      name: "String"
    }
  }
};
var action2 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "change",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var action3 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "renew",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var action4 = {
  parameterPath: "action",
  mapper: {
    defaultValue: "break",
    isConstant: true,
    serializedName: "x-ms-lease-action",
    type: {
      name: "String"
    }
  }
};
var breakPeriod = {
  parameterPath: ["options", "breakPeriod"],
  mapper: {
    serializedName: "x-ms-lease-break-period",
    xmlName: "x-ms-lease-break-period",
    type: {
      name: "Number"
    }
  }
};
var comp4 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "snapshot",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var contentType1 = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var sharePermission = {
  parameterPath: "sharePermission",
  mapper: SharePermission
};
var comp5 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "filepermission",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var accept2 = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var filePermissionKey = {
  parameterPath: "filePermissionKey",
  mapper: {
    serializedName: "x-ms-file-permission-key",
    required: true,
    xmlName: "x-ms-file-permission-key",
    type: {
      name: "String"
    }
  }
};
var filePermissionFormat = {
  parameterPath: ["options", "filePermissionFormat"],
  mapper: {
    serializedName: "x-ms-file-permission-format",
    xmlName: "x-ms-file-permission-format",
    type: {
      name: "Enum",
      allowedValues: ["Sddl", "Binary"]
    }
  }
};
var comp6 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "metadata",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var comp7 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "acl",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var shareAcl = {
  parameterPath: ["options", "shareAcl"],
  mapper: {
    serializedName: "shareAcl",
    xmlName: "SignedIdentifiers",
    xmlIsWrapped: true,
    xmlElementName: "SignedIdentifier",
    type: {
      name: "Sequence",
      element: {
        type: {
          name: "Composite",
          className: "SignedIdentifier"
        }
      }
    }
  }
};
var comp8 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "stats",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var comp9 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "undelete",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var deletedShareName = {
  parameterPath: ["options", "deletedShareName"],
  mapper: {
    serializedName: "x-ms-deleted-share-name",
    xmlName: "x-ms-deleted-share-name",
    type: {
      name: "String"
    }
  }
};
var deletedShareVersion = {
  parameterPath: ["options", "deletedShareVersion"],
  mapper: {
    serializedName: "x-ms-deleted-share-version",
    xmlName: "x-ms-deleted-share-version",
    type: {
      name: "String"
    }
  }
};
var restype2 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "directory",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var allowTrailingDot = {
  parameterPath: ["options", "allowTrailingDot"],
  mapper: {
    serializedName: "x-ms-allow-trailing-dot",
    xmlName: "x-ms-allow-trailing-dot",
    type: {
      name: "Boolean"
    }
  }
};
var filePermission = {
  parameterPath: ["options", "filePermission"],
  mapper: {
    serializedName: "x-ms-file-permission",
    xmlName: "x-ms-file-permission",
    type: {
      name: "String"
    }
  }
};
var filePermissionKey1 = {
  parameterPath: ["options", "filePermissionKey"],
  mapper: {
    serializedName: "x-ms-file-permission-key",
    xmlName: "x-ms-file-permission-key",
    type: {
      name: "String"
    }
  }
};
var fileAttributes = {
  parameterPath: ["options", "fileAttributes"],
  mapper: {
    serializedName: "x-ms-file-attributes",
    xmlName: "x-ms-file-attributes",
    type: {
      name: "String"
    }
  }
};
var fileCreatedOn = {
  parameterPath: ["options", "fileCreatedOn"],
  mapper: {
    serializedName: "x-ms-file-creation-time",
    xmlName: "x-ms-file-creation-time",
    type: {
      name: "String"
    }
  }
};
var fileLastWriteOn = {
  parameterPath: ["options", "fileLastWriteOn"],
  mapper: {
    serializedName: "x-ms-file-last-write-time",
    xmlName: "x-ms-file-last-write-time",
    type: {
      name: "String"
    }
  }
};
var fileChangeOn = {
  parameterPath: ["options", "fileChangeOn"],
  mapper: {
    serializedName: "x-ms-file-change-time",
    xmlName: "x-ms-file-change-time",
    type: {
      name: "String"
    }
  }
};
var owner = {
  parameterPath: ["options", "owner"],
  mapper: {
    serializedName: "x-ms-owner",
    xmlName: "x-ms-owner",
    type: {
      name: "String"
    }
  }
};
var group = {
  parameterPath: ["options", "group"],
  mapper: {
    serializedName: "x-ms-group",
    xmlName: "x-ms-group",
    type: {
      name: "String"
    }
  }
};
var fileMode = {
  parameterPath: ["options", "fileMode"],
  mapper: {
    serializedName: "x-ms-mode",
    xmlName: "x-ms-mode",
    type: {
      name: "String"
    }
  }
};
var filePropertySemantics = {
  parameterPath: ["options", "filePropertySemantics"],
  mapper: {
    serializedName: "x-ms-file-property-semantics",
    xmlName: "x-ms-file-property-semantics",
    type: {
      name: "String"
    }
  }
};
var include1 = {
  parameterPath: ["options", "include"],
  mapper: {
    serializedName: "include",
    xmlName: "include",
    xmlElementName: "ListFilesIncludeType",
    type: {
      name: "Sequence",
      element: {
        type: {
          name: "Enum",
          allowedValues: ["Timestamps", "Etag", "Attributes", "PermissionKey"]
        }
      }
    }
  },
  collectionFormat: "CSV"
};
var includeExtendedInfo = {
  parameterPath: ["options", "includeExtendedInfo"],
  mapper: {
    serializedName: "x-ms-file-extended-info",
    xmlName: "x-ms-file-extended-info",
    type: {
      name: "Boolean"
    }
  }
};
var comp10 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "listhandles",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var recursive = {
  parameterPath: ["options", "recursive"],
  mapper: {
    serializedName: "x-ms-recursive",
    xmlName: "x-ms-recursive",
    type: {
      name: "Boolean"
    }
  }
};
var comp11 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "forceclosehandles",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var handleId = {
  parameterPath: "handleId",
  mapper: {
    serializedName: "x-ms-handle-id",
    required: true,
    xmlName: "x-ms-handle-id",
    type: {
      name: "String"
    }
  }
};
var comp12 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "rename",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var renameSource = {
  parameterPath: "renameSource",
  mapper: {
    serializedName: "x-ms-file-rename-source",
    required: true,
    xmlName: "x-ms-file-rename-source",
    type: {
      name: "String"
    }
  }
};
var replaceIfExists = {
  parameterPath: ["options", "replaceIfExists"],
  mapper: {
    serializedName: "x-ms-file-rename-replace-if-exists",
    xmlName: "x-ms-file-rename-replace-if-exists",
    type: {
      name: "Boolean"
    }
  }
};
var ignoreReadOnly = {
  parameterPath: ["options", "ignoreReadOnly"],
  mapper: {
    serializedName: "x-ms-file-rename-ignore-readonly",
    xmlName: "x-ms-file-rename-ignore-readonly",
    type: {
      name: "Boolean"
    }
  }
};
var sourceLeaseId = {
  parameterPath: ["options", "sourceLeaseAccessConditions", "sourceLeaseId"],
  mapper: {
    serializedName: "x-ms-source-lease-id",
    xmlName: "x-ms-source-lease-id",
    type: {
      name: "String"
    }
  }
};
var destinationLeaseId = {
  parameterPath: [
    "options",
    "destinationLeaseAccessConditions",
    "destinationLeaseId"
  ],
  mapper: {
    serializedName: "x-ms-destination-lease-id",
    xmlName: "x-ms-destination-lease-id",
    type: {
      name: "String"
    }
  }
};
var fileAttributes1 = {
  parameterPath: ["options", "copyFileSmbInfo", "fileAttributes"],
  mapper: {
    serializedName: "x-ms-file-attributes",
    xmlName: "x-ms-file-attributes",
    type: {
      name: "String"
    }
  }
};
var fileCreationTime = {
  parameterPath: ["options", "copyFileSmbInfo", "fileCreationTime"],
  mapper: {
    serializedName: "x-ms-file-creation-time",
    xmlName: "x-ms-file-creation-time",
    type: {
      name: "String"
    }
  }
};
var fileLastWriteTime = {
  parameterPath: ["options", "copyFileSmbInfo", "fileLastWriteTime"],
  mapper: {
    serializedName: "x-ms-file-last-write-time",
    xmlName: "x-ms-file-last-write-time",
    type: {
      name: "String"
    }
  }
};
var fileChangeTime = {
  parameterPath: ["options", "copyFileSmbInfo", "fileChangeTime"],
  mapper: {
    serializedName: "x-ms-file-change-time",
    xmlName: "x-ms-file-change-time",
    type: {
      name: "String"
    }
  }
};
var allowSourceTrailingDot = {
  parameterPath: ["options", "allowSourceTrailingDot"],
  mapper: {
    serializedName: "x-ms-source-allow-trailing-dot",
    xmlName: "x-ms-source-allow-trailing-dot",
    type: {
      name: "Boolean"
    }
  }
};
var contentType2 = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/octet-stream",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var body = {
  parameterPath: ["options", "body"],
  mapper: {
    serializedName: "body",
    xmlName: "body",
    type: {
      name: "Stream"
    }
  }
};
var accept3 = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/xml",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var fileContentLength = {
  parameterPath: "fileContentLength",
  mapper: {
    serializedName: "x-ms-content-length",
    required: true,
    xmlName: "x-ms-content-length",
    type: {
      name: "Number"
    }
  }
};
var fileTypeConstant = {
  parameterPath: "fileTypeConstant",
  mapper: {
    defaultValue: "file",
    isConstant: true,
    serializedName: "x-ms-type",
    type: {
      name: "String"
    }
  }
};
var fileContentType = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentType"],
  mapper: {
    serializedName: "x-ms-content-type",
    xmlName: "x-ms-content-type",
    type: {
      name: "String"
    }
  }
};
var fileContentEncoding = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentEncoding"],
  mapper: {
    serializedName: "x-ms-content-encoding",
    xmlName: "x-ms-content-encoding",
    type: {
      name: "String"
    }
  }
};
var fileContentLanguage = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentLanguage"],
  mapper: {
    serializedName: "x-ms-content-language",
    xmlName: "x-ms-content-language",
    type: {
      name: "String"
    }
  }
};
var fileCacheControl = {
  parameterPath: ["options", "fileHttpHeaders", "fileCacheControl"],
  mapper: {
    serializedName: "x-ms-cache-control",
    xmlName: "x-ms-cache-control",
    type: {
      name: "String"
    }
  }
};
var fileContentMD5 = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentMD5"],
  mapper: {
    serializedName: "x-ms-content-md5",
    xmlName: "x-ms-content-md5",
    type: {
      name: "ByteArray"
    }
  }
};
var fileContentDisposition = {
  parameterPath: ["options", "fileHttpHeaders", "fileContentDisposition"],
  mapper: {
    serializedName: "x-ms-content-disposition",
    xmlName: "x-ms-content-disposition",
    type: {
      name: "String"
    }
  }
};
var nfsFileType = {
  parameterPath: ["options", "nfsFileType"],
  mapper: {
    serializedName: "x-ms-file-file-type",
    xmlName: "x-ms-file-file-type",
    type: {
      name: "String"
    }
  }
};
var contentMD5 = {
  parameterPath: ["options", "contentMD5"],
  mapper: {
    serializedName: "Content-MD5",
    xmlName: "Content-MD5",
    type: {
      name: "ByteArray"
    }
  }
};
var contentLength = {
  parameterPath: ["options", "contentLength"],
  mapper: {
    serializedName: "Content-Length",
    xmlName: "Content-Length",
    type: {
      name: "Number"
    }
  }
};
var range = {
  parameterPath: ["options", "range"],
  mapper: {
    serializedName: "x-ms-range",
    xmlName: "x-ms-range",
    type: {
      name: "String"
    }
  }
};
var rangeGetContentMD5 = {
  parameterPath: ["options", "rangeGetContentMD5"],
  mapper: {
    serializedName: "x-ms-range-get-content-md5",
    xmlName: "x-ms-range-get-content-md5",
    type: {
      name: "Boolean"
    }
  }
};
var structuredBodyType = {
  parameterPath: ["options", "structuredBodyType"],
  mapper: {
    serializedName: "x-ms-structured-body",
    xmlName: "x-ms-structured-body",
    type: {
      name: "String"
    }
  }
};
var fileContentLength1 = {
  parameterPath: ["options", "fileContentLength"],
  mapper: {
    serializedName: "x-ms-content-length",
    xmlName: "x-ms-content-length",
    type: {
      name: "Number"
    }
  }
};
var comp13 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "range",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var range1 = {
  parameterPath: "range",
  mapper: {
    serializedName: "x-ms-range",
    required: true,
    xmlName: "x-ms-range",
    type: {
      name: "String"
    }
  }
};
var fileRangeWrite = {
  parameterPath: "fileRangeWrite",
  mapper: {
    defaultValue: "update",
    serializedName: "x-ms-write",
    required: true,
    xmlName: "x-ms-write",
    type: {
      name: "Enum",
      allowedValues: ["update", "clear"]
    }
  }
};
var contentLength1 = {
  parameterPath: "contentLength",
  mapper: {
    serializedName: "Content-Length",
    required: true,
    xmlName: "Content-Length",
    type: {
      name: "Number"
    }
  }
};
var fileLastWrittenMode = {
  parameterPath: ["options", "fileLastWrittenMode"],
  mapper: {
    serializedName: "x-ms-file-last-write-time",
    xmlName: "x-ms-file-last-write-time",
    type: {
      name: "Enum",
      allowedValues: ["Now", "Preserve"]
    }
  }
};
var structuredContentLength = {
  parameterPath: ["options", "structuredContentLength"],
  mapper: {
    serializedName: "x-ms-structured-content-length",
    xmlName: "x-ms-structured-content-length",
    type: {
      name: "Number"
    }
  }
};
var copySource = {
  parameterPath: "copySource",
  mapper: {
    serializedName: "x-ms-copy-source",
    required: true,
    xmlName: "x-ms-copy-source",
    type: {
      name: "String"
    }
  }
};
var sourceRange = {
  parameterPath: ["options", "sourceRange"],
  mapper: {
    serializedName: "x-ms-source-range",
    xmlName: "x-ms-source-range",
    type: {
      name: "String"
    }
  }
};
var fileRangeWriteFromUrl = {
  parameterPath: "fileRangeWriteFromUrl",
  mapper: {
    defaultValue: "update",
    isConstant: true,
    serializedName: "x-ms-write",
    type: {
      name: "String"
    }
  }
};
var sourceContentCrc64 = {
  parameterPath: ["options", "sourceContentCrc64"],
  mapper: {
    serializedName: "x-ms-source-content-crc64",
    xmlName: "x-ms-source-content-crc64",
    type: {
      name: "ByteArray"
    }
  }
};
var sourceIfMatchCrc64 = {
  parameterPath: [
    "options",
    "sourceModifiedAccessConditions",
    "sourceIfMatchCrc64"
  ],
  mapper: {
    serializedName: "x-ms-source-if-match-crc64",
    xmlName: "x-ms-source-if-match-crc64",
    type: {
      name: "ByteArray"
    }
  }
};
var sourceIfNoneMatchCrc64 = {
  parameterPath: [
    "options",
    "sourceModifiedAccessConditions",
    "sourceIfNoneMatchCrc64"
  ],
  mapper: {
    serializedName: "x-ms-source-if-none-match-crc64",
    xmlName: "x-ms-source-if-none-match-crc64",
    type: {
      name: "ByteArray"
    }
  }
};
var copySourceAuthorization = {
  parameterPath: ["options", "copySourceAuthorization"],
  mapper: {
    serializedName: "x-ms-copy-source-authorization",
    xmlName: "x-ms-copy-source-authorization",
    type: {
      name: "String"
    }
  }
};
var comp14 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "rangelist",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var prevsharesnapshot = {
  parameterPath: ["options", "prevsharesnapshot"],
  mapper: {
    serializedName: "prevsharesnapshot",
    xmlName: "prevsharesnapshot",
    type: {
      name: "String"
    }
  }
};
var supportRename = {
  parameterPath: ["options", "supportRename"],
  mapper: {
    serializedName: "x-ms-file-support-rename",
    xmlName: "x-ms-file-support-rename",
    type: {
      name: "Boolean"
    }
  }
};
var filePermissionCopyMode = {
  parameterPath: ["options", "copyFileSmbInfo", "filePermissionCopyMode"],
  mapper: {
    serializedName: "x-ms-file-permission-copy-mode",
    xmlName: "x-ms-file-permission-copy-mode",
    type: {
      name: "Enum",
      allowedValues: ["source", "override"]
    }
  }
};
var ignoreReadOnly1 = {
  parameterPath: ["options", "copyFileSmbInfo", "ignoreReadOnly"],
  mapper: {
    serializedName: "x-ms-file-copy-ignore-readonly",
    xmlName: "x-ms-file-copy-ignore-readonly",
    type: {
      name: "Boolean"
    }
  }
};
var setArchiveAttribute = {
  parameterPath: ["options", "copyFileSmbInfo", "setArchiveAttribute"],
  mapper: {
    serializedName: "x-ms-file-copy-set-archive",
    xmlName: "x-ms-file-copy-set-archive",
    type: {
      name: "Boolean"
    }
  }
};
var fileModeCopyMode = {
  parameterPath: ["options", "fileModeCopyMode"],
  mapper: {
    serializedName: "x-ms-file-mode-copy-mode",
    xmlName: "x-ms-file-mode-copy-mode",
    type: {
      name: "Enum",
      allowedValues: ["source", "override"]
    }
  }
};
var fileOwnerCopyMode = {
  parameterPath: ["options", "fileOwnerCopyMode"],
  mapper: {
    serializedName: "x-ms-file-owner-copy-mode",
    xmlName: "x-ms-file-owner-copy-mode",
    type: {
      name: "Enum",
      allowedValues: ["source", "override"]
    }
  }
};
var comp15 = {
  parameterPath: "comp",
  mapper: {
    defaultValue: "copy",
    isConstant: true,
    serializedName: "comp",
    type: {
      name: "String"
    }
  }
};
var copyId = {
  parameterPath: "copyId",
  mapper: {
    serializedName: "copyid",
    required: true,
    xmlName: "copyid",
    type: {
      name: "String"
    }
  }
};
var copyActionAbortConstant = {
  parameterPath: "copyActionAbortConstant",
  mapper: {
    defaultValue: "abort",
    isConstant: true,
    serializedName: "x-ms-copy-action",
    type: {
      name: "String"
    }
  }
};
var restype3 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "symboliclink",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var linkText = {
  parameterPath: "linkText",
  mapper: {
    serializedName: "x-ms-link-text",
    required: true,
    xmlName: "x-ms-link-text",
    type: {
      name: "String"
    }
  }
};
var restype4 = {
  parameterPath: "restype",
  mapper: {
    defaultValue: "hardlink",
    isConstant: true,
    serializedName: "restype",
    type: {
      name: "String"
    }
  }
};
var targetFile = {
  parameterPath: "targetFile",
  mapper: {
    serializedName: "x-ms-file-target-file",
    required: true,
    xmlName: "x-ms-file-target-file",
    type: {
      name: "String"
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/service.js
var ServiceImpl = class {
  client;
  /**
   * Initialize a new instance of the class Service class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Sets properties for a storage account's File service endpoint, including properties for Storage
   * Analytics metrics and CORS (Cross-Origin Resource Sharing) rules.
   * @param properties The StorageService properties.
   * @param options The options parameters.
   */
  setProperties(properties2, options) {
    return this.client.sendOperationRequest({ properties: properties2, options }, setPropertiesOperationSpec);
  }
  /**
   * Gets the properties of a storage account's File service, including properties for Storage Analytics
   * metrics and CORS (Cross-Origin Resource Sharing) rules.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec);
  }
  /**
   * The List Shares Segment operation returns a list of the shares and share snapshots under the
   * specified account.
   * @param options The options parameters.
   */
  listSharesSegment(options) {
    return this.client.sendOperationRequest({ options }, listSharesSegmentOperationSpec);
  }
  /**
   * Retrieves a user delegation key for the File service. This is only a valid operation when using
   * bearer token authentication.
   * @param keyInfo Key information
   * @param options The options parameters.
   */
  getUserDelegationKey(keyInfo2, options) {
    return this.client.sendOperationRequest({ keyInfo: keyInfo2, options }, getUserDelegationKeyOperationSpec);
  }
};
var xmlSerializer = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var setPropertiesOperationSpec = {
  path: "/",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: ServiceSetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceSetPropertiesExceptionHeaders
    }
  },
  requestBody: properties,
  queryParameters: [
    restype,
    comp,
    timeoutInSeconds
  ],
  urlParameters: [url],
  headerParameters: [
    contentType,
    accept,
    version,
    fileRequestIntent
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "xml",
  serializer: xmlSerializer
};
var getPropertiesOperationSpec = {
  path: "/",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: FileServiceProperties,
      headersMapper: ServiceGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    restype,
    comp,
    timeoutInSeconds
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1
  ],
  isXML: true,
  serializer: xmlSerializer
};
var listSharesSegmentOperationSpec = {
  path: "/",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListSharesResponse,
      headersMapper: ServiceListSharesSegmentHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceListSharesSegmentExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp1,
    prefix,
    marker,
    maxResults,
    include
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1
  ],
  isXML: true,
  serializer: xmlSerializer
};
var getUserDelegationKeyOperationSpec = {
  path: "/",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: UserDelegationKey,
      headersMapper: ServiceGetUserDelegationKeyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ServiceGetUserDelegationKeyExceptionHeaders
    }
  },
  requestBody: keyInfo,
  queryParameters: [
    restype,
    timeoutInSeconds,
    comp2
  ],
  urlParameters: [url],
  headerParameters: [
    contentType,
    accept,
    version,
    requestId
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "xml",
  serializer: xmlSerializer
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/share.js
var ShareImpl = class {
  client;
  /**
   * Initialize a new instance of the class Share class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Creates a new share under the specified account. If the share with the same name already exists, the
   * operation fails.
   * @param options The options parameters.
   */
  create(options) {
    return this.client.sendOperationRequest({ options }, createOperationSpec);
  }
  /**
   * Returns all user-defined metadata and system properties for the specified share or share snapshot.
   * The data returned does not include the share's list of files.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec2);
  }
  /**
   * Operation marks the specified share or share snapshot for deletion. The share or share snapshot and
   * any files contained within it are later deleted during garbage collection.
   * @param options The options parameters.
   */
  delete(options) {
    return this.client.sendOperationRequest({ options }, deleteOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param options The options parameters.
   */
  acquireLease(options) {
    return this.client.sendOperationRequest({ options }, acquireLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  releaseLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, releaseLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  changeLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, changeLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  renewLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, renewLeaseOperationSpec);
  }
  /**
   * The Lease Share operation establishes and manages a lock on a share, or the specified snapshot for
   * set and delete share operations.
   * @param options The options parameters.
   */
  breakLease(options) {
    return this.client.sendOperationRequest({ options }, breakLeaseOperationSpec);
  }
  /**
   * Creates a read-only snapshot of a share.
   * @param options The options parameters.
   */
  createSnapshot(options) {
    return this.client.sendOperationRequest({ options }, createSnapshotOperationSpec);
  }
  /**
   * Create a permission (a security descriptor).
   * @param sharePermission A permission (a security descriptor) at the share level.
   * @param options The options parameters.
   */
  createPermission(sharePermission2, options) {
    return this.client.sendOperationRequest({ sharePermission: sharePermission2, options }, createPermissionOperationSpec);
  }
  /**
   * Returns the permission (security descriptor) for a given key
   * @param filePermissionKey Key of the permission to be set for the directory/file.
   * @param options The options parameters.
   */
  getPermission(filePermissionKey2, options) {
    return this.client.sendOperationRequest({ filePermissionKey: filePermissionKey2, options }, getPermissionOperationSpec);
  }
  /**
   * Sets properties for the specified share.
   * @param options The options parameters.
   */
  setProperties(options) {
    return this.client.sendOperationRequest({ options }, setPropertiesOperationSpec2);
  }
  /**
   * Sets one or more user-defined name-value pairs for the specified share.
   * @param options The options parameters.
   */
  setMetadata(options) {
    return this.client.sendOperationRequest({ options }, setMetadataOperationSpec);
  }
  /**
   * Returns information about stored access policies specified on the share.
   * @param options The options parameters.
   */
  getAccessPolicy(options) {
    return this.client.sendOperationRequest({ options }, getAccessPolicyOperationSpec);
  }
  /**
   * Sets a stored access policy for use with shared access signatures.
   * @param options The options parameters.
   */
  setAccessPolicy(options) {
    return this.client.sendOperationRequest({ options }, setAccessPolicyOperationSpec);
  }
  /**
   * Retrieves statistics related to the share.
   * @param options The options parameters.
   */
  getStatistics(options) {
    return this.client.sendOperationRequest({ options }, getStatisticsOperationSpec);
  }
  /**
   * Restores a previously deleted Share.
   * @param options The options parameters.
   */
  restore(options) {
    return this.client.sendOperationRequest({ options }, restoreOperationSpec);
  }
};
var xmlSerializer2 = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var serializer = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var createOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareCreateHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareCreateExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype1],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    quota,
    accessTier,
    enabledProtocols,
    rootSquash,
    enableSnapshotVirtualDirectoryAccess,
    paidBurstingEnabled,
    paidBurstingMaxBandwidthMibps,
    paidBurstingMaxIops,
    shareProvisionedIops,
    shareProvisionedBandwidthMibps
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var getPropertiesOperationSpec2 = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      headersMapper: ShareGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var deleteOperationSpec = {
  path: "/{shareName}",
  httpMethod: "DELETE",
  responses: {
    202: {
      headersMapper: ShareDeleteHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareDeleteExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    deleteSnapshots
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var acquireLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareAcquireLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareAcquireLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action,
    duration,
    proposedLeaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var releaseLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareReleaseLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareReleaseLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action1,
    leaseId1
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var changeLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareChangeLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareChangeLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    proposedLeaseId,
    leaseId1,
    action2
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var renewLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareRenewLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareRenewLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId1,
    action3
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var breakLeaseOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: ShareBreakLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareBreakLeaseExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    shareSnapshot,
    comp3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId,
    action4,
    breakPeriod
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var createSnapshotOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareCreateSnapshotHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareCreateSnapshotExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp4
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var createPermissionOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareCreatePermissionHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareCreatePermissionExceptionHeaders
    }
  },
  requestBody: sharePermission,
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp5
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    contentType1
  ],
  mediaType: "json",
  serializer
};
var getPermissionOperationSpec = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: SharePermission,
      headersMapper: ShareGetPermissionHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetPermissionExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp5
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept2,
    filePermissionKey,
    filePermissionFormat
  ],
  serializer
};
var setPropertiesOperationSpec2 = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareSetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareSetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    comp,
    timeoutInSeconds,
    restype1
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    quota,
    accessTier,
    rootSquash,
    enableSnapshotVirtualDirectoryAccess,
    paidBurstingEnabled,
    paidBurstingMaxBandwidthMibps,
    paidBurstingMaxIops,
    shareProvisionedIops,
    shareProvisionedBandwidthMibps,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var setMetadataOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareSetMetadataHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareSetMetadataExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp6
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var getAccessPolicyOperationSpec = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: {
        type: {
          name: "Sequence",
          element: {
            type: { name: "Composite", className: "SignedIdentifier" }
          }
        },
        serializedName: "SignedIdentifiers",
        xmlName: "SignedIdentifiers",
        xmlIsWrapped: true,
        xmlElementName: "SignedIdentifier"
      },
      headersMapper: ShareGetAccessPolicyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetAccessPolicyExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp7
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var setAccessPolicyOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: ShareSetAccessPolicyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareSetAccessPolicyExceptionHeaders
    }
  },
  requestBody: shareAcl,
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp7
  ],
  urlParameters: [url],
  headerParameters: [
    contentType,
    accept,
    version,
    fileRequestIntent,
    leaseId
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "xml",
  serializer: xmlSerializer2
};
var getStatisticsOperationSpec = {
  path: "/{shareName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ShareStats,
      headersMapper: ShareGetStatisticsHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareGetStatisticsExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp8
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId
  ],
  isXML: true,
  serializer: xmlSerializer2
};
var restoreOperationSpec = {
  path: "/{shareName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: ShareRestoreHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: ShareRestoreExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype1,
    comp9
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    deletedShareName,
    deletedShareVersion
  ],
  isXML: true,
  serializer: xmlSerializer2
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/directory.js
var DirectoryImpl = class {
  client;
  /**
   * Initialize a new instance of the class Directory class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Creates a new directory under the specified share or parent directory.
   * @param options The options parameters.
   */
  create(options) {
    return this.client.sendOperationRequest({ options }, createOperationSpec2);
  }
  /**
   * Returns all system properties for the specified directory, and can also be used to check the
   * existence of a directory. The data returned does not include the files in the directory or any
   * subdirectories.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec3);
  }
  /**
   * Removes the specified empty directory. Note that the directory must be empty before it can be
   * deleted.
   * @param options The options parameters.
   */
  delete(options) {
    return this.client.sendOperationRequest({ options }, deleteOperationSpec2);
  }
  /**
   * Sets properties on the directory.
   * @param options The options parameters.
   */
  setProperties(options) {
    return this.client.sendOperationRequest({ options }, setPropertiesOperationSpec3);
  }
  /**
   * Updates user defined metadata for the specified directory.
   * @param options The options parameters.
   */
  setMetadata(options) {
    return this.client.sendOperationRequest({ options }, setMetadataOperationSpec2);
  }
  /**
   * Returns a list of files or directories under the specified share or directory. It lists the contents
   * only for a single level of the directory hierarchy.
   * @param options The options parameters.
   */
  listFilesAndDirectoriesSegment(options) {
    return this.client.sendOperationRequest({ options }, listFilesAndDirectoriesSegmentOperationSpec);
  }
  /**
   * Lists handles for directory.
   * @param options The options parameters.
   */
  listHandles(options) {
    return this.client.sendOperationRequest({ options }, listHandlesOperationSpec);
  }
  /**
   * Closes all handles open for given directory.
   * @param handleId Specifies handle ID opened on the file or directory to be closed. Asterisk (‘*’) is
   *                 a wildcard that specifies all handles.
   * @param options The options parameters.
   */
  forceCloseHandles(handleId2, options) {
    return this.client.sendOperationRequest({ handleId: handleId2, options }, forceCloseHandlesOperationSpec);
  }
  /**
   * Renames a directory
   * @param renameSource Required. Specifies the URI-style path of the source file, up to 2 KB in length.
   * @param options The options parameters.
   */
  rename(renameSource2, options) {
    return this.client.sendOperationRequest({ renameSource: renameSource2, options }, renameOperationSpec);
  }
};
var xmlSerializer3 = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var createOperationSpec2 = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: DirectoryCreateHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryCreateExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype2],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode,
    filePropertySemantics
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var getPropertiesOperationSpec3 = {
  path: "/{shareName}/{directory}",
  httpMethod: "GET",
  responses: {
    200: {
      headersMapper: DirectoryGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    shareSnapshot,
    restype2
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var deleteOperationSpec2 = {
  path: "/{shareName}/{directory}",
  httpMethod: "DELETE",
  responses: {
    202: {
      headersMapper: DirectoryDeleteHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryDeleteExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype2],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var setPropertiesOperationSpec3 = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectorySetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectorySetPropertiesExceptionHeaders
    }
  },
  queryParameters: [
    comp,
    timeoutInSeconds,
    restype2
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var setMetadataOperationSpec2 = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectorySetMetadataHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectorySetMetadataExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp6,
    restype2
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var listFilesAndDirectoriesSegmentOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListFilesAndDirectoriesSegmentResponse,
      headersMapper: DirectoryListFilesAndDirectoriesSegmentHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryListFilesAndDirectoriesSegmentExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp1,
    prefix,
    marker,
    maxResults,
    shareSnapshot,
    restype2,
    include1
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    includeExtendedInfo
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var listHandlesOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListHandlesResponse,
      headersMapper: DirectoryListHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryListHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    maxResults,
    shareSnapshot,
    comp10
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    recursive
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var forceCloseHandlesOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectoryForceCloseHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryForceCloseHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    shareSnapshot,
    comp11
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    recursive,
    handleId
  ],
  isXML: true,
  serializer: xmlSerializer3
};
var renameOperationSpec = {
  path: "/{shareName}/{directory}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: DirectoryRenameHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: DirectoryRenameExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    restype2,
    comp12
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    renameSource,
    replaceIfExists,
    ignoreReadOnly,
    sourceLeaseId,
    destinationLeaseId,
    fileAttributes1,
    fileCreationTime,
    fileLastWriteTime,
    fileChangeTime,
    allowSourceTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer3
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/operations/file.js
var FileImpl = class {
  client;
  /**
   * Initialize a new instance of the class File class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Creates a new file or replaces a file. Note it only initializes the file with no content.
   * @param fileContentLength Specifies the maximum size for the file, up to 4 TB.
   * @param options The options parameters.
   */
  create(fileContentLength2, options) {
    return this.client.sendOperationRequest({ fileContentLength: fileContentLength2, options }, createOperationSpec3);
  }
  /**
   * Reads or downloads a file from the system, including its metadata and properties.
   * @param options The options parameters.
   */
  download(options) {
    return this.client.sendOperationRequest({ options }, downloadOperationSpec);
  }
  /**
   * Returns all user-defined metadata, standard HTTP properties, and system properties for the file. It
   * does not return the content of the file.
   * @param options The options parameters.
   */
  getProperties(options) {
    return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec4);
  }
  /**
   * removes the file from the storage account.
   * @param options The options parameters.
   */
  delete(options) {
    return this.client.sendOperationRequest({ options }, deleteOperationSpec3);
  }
  /**
   * Sets HTTP headers on the file.
   * @param options The options parameters.
   */
  setHttpHeaders(options) {
    return this.client.sendOperationRequest({ options }, setHttpHeadersOperationSpec);
  }
  /**
   * Updates user-defined metadata for the specified file.
   * @param options The options parameters.
   */
  setMetadata(options) {
    return this.client.sendOperationRequest({ options }, setMetadataOperationSpec3);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param options The options parameters.
   */
  acquireLease(options) {
    return this.client.sendOperationRequest({ options }, acquireLeaseOperationSpec2);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  releaseLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, releaseLeaseOperationSpec2);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param leaseId Specifies the current lease ID on the resource.
   * @param options The options parameters.
   */
  changeLease(leaseId2, options) {
    return this.client.sendOperationRequest({ leaseId: leaseId2, options }, changeLeaseOperationSpec2);
  }
  /**
   * [Update] The Lease File operation establishes and manages a lock on a file for write and delete
   * operations
   * @param options The options parameters.
   */
  breakLease(options) {
    return this.client.sendOperationRequest({ options }, breakLeaseOperationSpec2);
  }
  /**
   * Upload a range of bytes to a file.
   * @param range Specifies the range of bytes to be written. Both the start and end of the range must be
   *              specified. For an update operation, the range can be up to 4 MB in size. For a clear operation, the
   *              range can be up to the value of the file's full size. The File service accepts only a single byte
   *              range for the Range and 'x-ms-range' headers, and the byte range must be specified in the following
   *              format: bytes=startByte-endByte.
   * @param fileRangeWrite Specify one of the following options: - Update: Writes the bytes specified by
   *                       the request body into the specified range. The Range and Content-Length headers must match to
   *                       perform the update. - Clear: Clears the specified range and releases the space used in storage for
   *                       that range. To clear a range, set the Content-Length header to zero, and set the Range header to a
   *                       value that indicates the range to clear, up to maximum file size.
   * @param contentLength Specifies the number of bytes being transmitted in the request body. When the
   *                      x-ms-write header is set to clear, the value of this header must be set to zero.
   * @param options The options parameters.
   */
  uploadRange(range2, fileRangeWrite2, contentLength2, options) {
    return this.client.sendOperationRequest({ range: range2, fileRangeWrite: fileRangeWrite2, contentLength: contentLength2, options }, uploadRangeOperationSpec);
  }
  /**
   * Upload a range of bytes to a file where the contents are read from a URL.
   * @param range Writes data to the specified byte range in the file.
   * @param copySource Specifies the URL of the source file or blob, up to 2 KB in length. To copy a file
   *                   to another file within the same storage account, you may use Shared Key to authenticate the source
   *                   file. If you are copying a file from another storage account, or if you are copying a blob from the
   *                   same storage account or another storage account, then you must authenticate the source file or blob
   *                   using a shared access signature. If the source is a public blob, no authentication is required to
   *                   perform the copy operation. A file in a share snapshot can also be specified as a copy source.
   * @param contentLength Specifies the number of bytes being transmitted in the request body. When the
   *                      x-ms-write header is set to clear, the value of this header must be set to zero.
   * @param options The options parameters.
   */
  uploadRangeFromURL(range2, copySource2, contentLength2, options) {
    return this.client.sendOperationRequest({ range: range2, copySource: copySource2, contentLength: contentLength2, options }, uploadRangeFromURLOperationSpec);
  }
  /**
   * Returns the list of valid ranges for a file.
   * @param options The options parameters.
   */
  getRangeList(options) {
    return this.client.sendOperationRequest({ options }, getRangeListOperationSpec);
  }
  /**
   * Copies a blob or file to a destination file within the storage account.
   * @param copySource Specifies the URL of the source file or blob, up to 2 KB in length. To copy a file
   *                   to another file within the same storage account, you may use Shared Key to authenticate the source
   *                   file. If you are copying a file from another storage account, or if you are copying a blob from the
   *                   same storage account or another storage account, then you must authenticate the source file or blob
   *                   using a shared access signature. If the source is a public blob, no authentication is required to
   *                   perform the copy operation. A file in a share snapshot can also be specified as a copy source.
   * @param options The options parameters.
   */
  startCopy(copySource2, options) {
    return this.client.sendOperationRequest({ copySource: copySource2, options }, startCopyOperationSpec);
  }
  /**
   * Aborts a pending Copy File operation, and leaves a destination file with zero length and full
   * metadata.
   * @param copyId The copy identifier provided in the x-ms-copy-id header of the original Copy File
   *               operation.
   * @param options The options parameters.
   */
  abortCopy(copyId2, options) {
    return this.client.sendOperationRequest({ copyId: copyId2, options }, abortCopyOperationSpec);
  }
  /**
   * Lists handles for file
   * @param options The options parameters.
   */
  listHandles(options) {
    return this.client.sendOperationRequest({ options }, listHandlesOperationSpec2);
  }
  /**
   * Closes all handles open for given file
   * @param handleId Specifies handle ID opened on the file or directory to be closed. Asterisk (‘*’) is
   *                 a wildcard that specifies all handles.
   * @param options The options parameters.
   */
  forceCloseHandles(handleId2, options) {
    return this.client.sendOperationRequest({ handleId: handleId2, options }, forceCloseHandlesOperationSpec2);
  }
  /**
   * Renames a file
   * @param renameSource Required. Specifies the URI-style path of the source file, up to 2 KB in length.
   * @param options The options parameters.
   */
  rename(renameSource2, options) {
    return this.client.sendOperationRequest({ renameSource: renameSource2, options }, renameOperationSpec2);
  }
  /**
   * Creates a symbolic link.
   * @param linkText NFS only. Required. The path to the original file, the symbolic link is pointing to.
   *                 The path is of type string which is not resolved and is stored as is. The path can be absolute path
   *                 or the relative path depending on the content stored in the symbolic link file.
   * @param options The options parameters.
   */
  createSymbolicLink(linkText2, options) {
    return this.client.sendOperationRequest({ linkText: linkText2, options }, createSymbolicLinkOperationSpec);
  }
  /** @param options The options parameters. */
  getSymbolicLink(options) {
    return this.client.sendOperationRequest({ options }, getSymbolicLinkOperationSpec);
  }
  /**
   * Creates a hard link.
   * @param targetFile NFS only. Required. Specifies the path of the target file to which the link will
   *                   be created, up to 2 KiB in length. It should be full path of the target from the root.The target
   *                   file must be in the same share and hence the same storage account.
   * @param options The options parameters.
   */
  createHardLink(targetFile2, options) {
    return this.client.sendOperationRequest({ targetFile: targetFile2, options }, createHardLinkOperationSpec);
  }
};
var xmlSerializer4 = createSerializer(
  mappers_exports,
  /* isXml */
  true
);
var createOperationSpec3 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileCreateHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileCreateExceptionHeaders
    }
  },
  requestBody: body,
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    metadata,
    leaseId,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode,
    filePropertySemantics,
    contentType2,
    accept3,
    fileContentLength,
    fileTypeConstant,
    fileContentType,
    fileContentEncoding,
    fileContentLanguage,
    fileCacheControl,
    fileContentMD5,
    fileContentDisposition,
    nfsFileType,
    contentMD5,
    contentLength
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "binary",
  serializer: xmlSerializer4
};
var downloadOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: {
        type: { name: "Stream" },
        serializedName: "parsedResponse"
      },
      headersMapper: FileDownloadHeaders
    },
    206: {
      bodyMapper: {
        type: { name: "Stream" },
        serializedName: "parsedResponse"
      },
      headersMapper: FileDownloadHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileDownloadExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    range,
    rangeGetContentMD5,
    structuredBodyType
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var getPropertiesOperationSpec4 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "HEAD",
  responses: {
    200: {
      headersMapper: FileGetPropertiesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileGetPropertiesExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, shareSnapshot],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var deleteOperationSpec3 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "DELETE",
  responses: {
    202: {
      headersMapper: FileDeleteHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileDeleteExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var setHttpHeadersOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileSetHttpHeadersHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileSetHttpHeadersExceptionHeaders
    }
  },
  queryParameters: [comp, timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    fileAttributes,
    fileCreatedOn,
    fileLastWriteOn,
    fileChangeOn,
    owner,
    group,
    fileMode,
    fileContentType,
    fileContentEncoding,
    fileContentLanguage,
    fileCacheControl,
    fileContentMD5,
    fileContentDisposition,
    fileContentLength1
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var setMetadataOperationSpec3 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileSetMetadataHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileSetMetadataExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp6],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    leaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var acquireLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileAcquireLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileAcquireLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action,
    duration,
    proposedLeaseId,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var releaseLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileReleaseLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileReleaseLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    action1,
    leaseId1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var changeLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileChangeLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileChangeLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    proposedLeaseId,
    leaseId1,
    action2,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var breakLeaseOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: FileBreakLeaseHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileBreakLeaseExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId,
    action4,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var uploadRangeOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileUploadRangeHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileUploadRangeExceptionHeaders
    }
  },
  requestBody: body,
  queryParameters: [timeoutInSeconds, comp13],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    leaseId,
    allowTrailingDot,
    contentType2,
    accept3,
    contentMD5,
    structuredBodyType,
    range1,
    fileRangeWrite,
    contentLength1,
    fileLastWrittenMode,
    structuredContentLength
  ],
  isXML: true,
  contentType: "application/xml; charset=utf-8",
  mediaType: "binary",
  serializer: xmlSerializer4
};
var uploadRangeFromURLOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileUploadRangeFromURLHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileUploadRangeFromURLExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp13],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    allowSourceTrailingDot,
    range1,
    contentLength1,
    fileLastWrittenMode,
    copySource,
    sourceRange,
    fileRangeWriteFromUrl,
    sourceContentCrc64,
    sourceIfMatchCrc64,
    sourceIfNoneMatchCrc64,
    copySourceAuthorization
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var getRangeListOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ShareFileRangeList,
      headersMapper: FileGetRangeListHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileGetRangeListExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    shareSnapshot,
    comp14,
    prevsharesnapshot
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    range,
    supportRename
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var startCopyOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    202: {
      headersMapper: FileStartCopyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileStartCopyExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    leaseId,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    owner,
    group,
    fileMode,
    fileAttributes1,
    fileCreationTime,
    fileLastWriteTime,
    fileChangeTime,
    allowSourceTrailingDot,
    copySource,
    filePermissionCopyMode,
    ignoreReadOnly1,
    setArchiveAttribute,
    fileModeCopyMode,
    fileOwnerCopyMode
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var abortCopyOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    204: {
      headersMapper: FileAbortCopyHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileAbortCopyExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    comp15,
    copyId
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    leaseId,
    allowTrailingDot,
    copyActionAbortConstant
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var listHandlesOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListHandlesResponse,
      headersMapper: FileListHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileListHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    maxResults,
    shareSnapshot,
    comp10
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var forceCloseHandlesOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileForceCloseHandlesHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileForceCloseHandlesExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    marker,
    shareSnapshot,
    comp11
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    allowTrailingDot,
    handleId
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var renameOperationSpec2 = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    200: {
      headersMapper: FileRenameHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileRenameExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, comp12],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    metadata,
    filePermissionFormat,
    allowTrailingDot,
    filePermission,
    filePermissionKey1,
    renameSource,
    replaceIfExists,
    ignoreReadOnly,
    sourceLeaseId,
    destinationLeaseId,
    fileAttributes1,
    fileCreationTime,
    fileLastWriteTime,
    fileChangeTime,
    allowSourceTrailingDot,
    fileContentType
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var createSymbolicLinkOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileCreateSymbolicLinkHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileCreateSymbolicLinkExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype3],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    metadata,
    leaseId,
    fileCreatedOn,
    fileLastWriteOn,
    owner,
    group,
    linkText
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var getSymbolicLinkOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "GET",
  responses: {
    200: {
      headersMapper: FileGetSymbolicLinkHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileGetSymbolicLinkExceptionHeaders
    }
  },
  queryParameters: [
    timeoutInSeconds,
    shareSnapshot,
    restype3
  ],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId
  ],
  isXML: true,
  serializer: xmlSerializer4
};
var createHardLinkOperationSpec = {
  path: "/{shareName}/{directory}/{fileName}",
  httpMethod: "PUT",
  responses: {
    201: {
      headersMapper: FileCreateHardLinkHeaders
    },
    default: {
      bodyMapper: StorageError,
      headersMapper: FileCreateHardLinkExceptionHeaders
    }
  },
  queryParameters: [timeoutInSeconds, restype4],
  urlParameters: [url],
  headerParameters: [
    version,
    fileRequestIntent,
    accept1,
    requestId,
    leaseId,
    fileTypeConstant,
    targetFile
  ],
  isXML: true,
  serializer: xmlSerializer4
};

// node_modules/@azure/storage-file-share/dist/esm/generated/src/storageClient.js
var StorageClient = class extends ExtendedServiceClient {
  url;
  version;
  fileRangeWriteFromUrl;
  /**
   * Initializes a new instance of the StorageClient class.
   * @param url The URL of the service account, share, directory or file that is the target of the
   *            desired operation.
   * @param options The parameter options
   */
  constructor(url2, options) {
    if (url2 === void 0) {
      throw new Error("'url' cannot be null");
    }
    if (!options) {
      options = {};
    }
    const defaults = {
      requestContentType: "application/json; charset=utf-8"
    };
    const packageDetails = `azsdk-js-azure-storage-file-share/12.31.0`;
    const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    const optionsWithDefaults = {
      ...defaults,
      ...options,
      userAgentOptions: {
        userAgentPrefix
      },
      endpoint: options.endpoint ?? options.baseUri ?? "{url}"
    };
    super(optionsWithDefaults);
    this.url = url2;
    this.version = options.version || "2026-04-06";
    this.fileRangeWriteFromUrl = options.fileRangeWriteFromUrl || "update";
    this.service = new ServiceImpl(this);
    this.share = new ShareImpl(this);
    this.directory = new DirectoryImpl(this);
    this.file = new FileImpl(this);
  }
  service;
  share;
  directory;
  file;
};

// node_modules/@azure/storage-file-share/dist/esm/StorageContextClient.js
var StorageContextClient = class extends StorageClient {
  async sendOperationRequest(operationArguments, operationSpec) {
    const operationSpecToSend = { ...operationSpec };
    if (operationSpecToSend.path === "/{shareName}" || operationSpecToSend.path === "/{shareName}/{directory}" || operationSpecToSend.path === "/{shareName}/{directory}/{fileName}") {
      operationSpecToSend.path = "";
    }
    return super.sendOperationRequest(operationArguments, operationSpecToSend);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/StorageClient.js
var StorageClient2 = class {
  /**
   * URL string value.
   */
  url;
  accountName;
  /**
   * Request policy pipeline.
   *
   * @internal
   */
  pipeline;
  /**
   * Credential in the pipeline to authenticate requests to the service, such as AnonymousCredential, StorageSharedKeyCredential.
   * Initialized to an AnonymousCredential if not able to retrieve it from the pipeline.
   *
   * @internal
   */
  credential;
  /**
   * StorageClient is a reference to protocol layer operations entry, which is
   * generated by AutoRest generator.
   */
  storageClientContext;
  /**
   * Creates an instance of StorageClient.
   * @param url -
   * @param pipeline -
   */
  constructor(url2, pipeline) {
    this.url = escapeURLPath(url2);
    this.accountName = getAccountNameFromUrl(url2);
    this.pipeline = pipeline;
    this.storageClientContext = new StorageContextClient(this.url, getCoreClientOptions(pipeline));
    const storageClientContext = this.storageClientContext;
    if (storageClientContext.requestContentType) {
      storageClientContext.requestContentType = void 0;
    }
    const credential = getCredentialFromPipeline(pipeline);
    this.credential = credential;
  }
};

// node_modules/@azure/storage-file-share/dist/esm/utils/RetriableReadableStream.js
import { Readable } from "node:stream";
var RetriableReadableStream = class extends Readable {
  start;
  offset;
  end;
  getter;
  source;
  retries = 0;
  maxRetryRequests;
  onProgress;
  options;
  /**
   * Creates an instance of RetriableReadableStream.
   *
   * @param source - The current ReadableStream returned from getter
   * @param getter - A method calling downloading request returning
   *                                      a new ReadableStream from specified offset
   * @param offset - Offset position in original data source to read
   * @param count - How much data in original data source to read
   * @param options -
   */
  constructor(source, getter, offset, count, options = {}) {
    super();
    this.getter = getter;
    this.source = source;
    this.start = offset;
    this.offset = offset;
    this.end = offset + count - 1;
    this.maxRetryRequests = options.maxRetryRequests && options.maxRetryRequests >= 0 ? options.maxRetryRequests : 0;
    this.onProgress = options.onProgress;
    this.options = options;
    this.setSourceEventHandlers();
  }
  _read() {
    this.source.resume();
  }
  setSourceEventHandlers() {
    this.source.on("data", this.sourceDataHandler);
    this.source.on("end", this.sourceErrorOrEndHandler);
    this.source.on("error", this.sourceErrorOrEndHandler);
    this.source.on("aborted", this.sourceAbortedHandler);
  }
  removeSourceEventHandlers() {
    this.source.removeListener("data", this.sourceDataHandler);
    this.source.removeListener("end", this.sourceErrorOrEndHandler);
    this.source.removeListener("error", this.sourceErrorOrEndHandler);
    this.source.removeListener("aborted", this.sourceAbortedHandler);
  }
  sourceDataHandler = (data) => {
    if (this.options.doInjectErrorOnce) {
      this.options.doInjectErrorOnce = void 0;
      this.source.pause();
      this.sourceErrorOrEndHandler();
      this.source.destroy();
      return;
    }
    this.offset += data.length;
    if (this.onProgress) {
      this.onProgress({ loadedBytes: this.offset - this.start });
    }
    if (!this.push(data)) {
      this.source.pause();
    }
  };
  sourceAbortedHandler = () => {
    const abortError = new AbortError("The operation was aborted.");
    this.destroy(abortError);
  };
  sourceErrorOrEndHandler = (err) => {
    if (err && err.name === "AbortError") {
      this.destroy(err);
      return;
    }
    this.removeSourceEventHandlers();
    if (this.offset - 1 === this.end) {
      this.push(null);
    } else if (this.offset <= this.end) {
      if (this.retries < this.maxRetryRequests) {
        this.retries += 1;
        this.getter(this.offset).then((newSource) => {
          this.source = newSource;
          this.setSourceEventHandlers();
          return;
        }).catch((error) => {
          this.destroy(error);
        });
      } else {
        this.destroy(new Error(`Data corruption failure: received less data than required and reached maxRetires limitation. Received data offset: ${this.offset - 1}, data needed offset: ${this.end}, retries: ${this.retries}, max retries: ${this.maxRetryRequests}`));
      }
    } else {
      this.destroy(new Error(`Data corruption failure: Received more data than original request, data needed offset is ${this.end}, received offset: ${this.offset - 1}`));
    }
  };
  _destroy(error, callback) {
    this.removeSourceEventHandlers();
    this.source.destroy();
    callback(error === null ? void 0 : error);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/FileDownloadResponse.js
var FileDownloadResponse = class {
  /**
   * Indicates that the service supports
   * requests for partial file content.
   *
   * @readonly
   */
  get acceptRanges() {
    return this.originalResponse.acceptRanges;
  }
  /**
   * Returnes if it was previously specified
   * for the file.
   *
   * @readonly
   */
  get cacheControl() {
    return this.originalResponse.cacheControl;
  }
  /**
   * Returns the value that was specified
   * for the 'x-ms-content-disposition' header and specifies how to process the
   * response.
   *
   * @readonly
   */
  get contentDisposition() {
    return this.originalResponse.contentDisposition;
  }
  /**
   * Returns the value that was specified
   * for the Content-Encoding request header.
   *
   * @readonly
   */
  get contentEncoding() {
    return this.originalResponse.contentEncoding;
  }
  /**
   * Returns the value that was specified
   * for the Content-Language request header.
   *
   * @readonly
   */
  get contentLanguage() {
    return this.originalResponse.contentLanguage;
  }
  /**
   * The number of bytes present in the
   * response body.
   *
   * @readonly
   */
  get contentLength() {
    return this.originalResponse.contentLength;
  }
  /**
   * If the file has an MD5 hash and the
   * request is to read the full file, this response header is returned so that
   * the client can check for message content integrity. If the request is to
   * read a specified range and the 'x-ms-range-get-content-md5' is set to
   * true, then the request returns an MD5 hash for the range, as long as the
   * range size is less than or equal to 4 MB. If neither of these sets of
   * conditions is true, then no value is returned for the 'Content-MD5'
   * header.
   *
   * @readonly
   */
  get contentMD5() {
    return this.originalResponse.contentMD5;
  }
  /**
   * Indicates the range of bytes returned if
   * the client requested a subset of the file by setting the Range request
   * header.
   *
   * @readonly
   */
  get contentRange() {
    return this.originalResponse.contentRange;
  }
  /**
   * The content type specified for the file.
   * The default content type is 'application/octet-stream'
   *
   * @readonly
   */
  get contentType() {
    return this.originalResponse.contentType;
  }
  /**
   * Conclusion time of the last attempted
   * Copy File operation where this file was the destination file. This value
   * can specify the time of a completed, aborted, or failed copy attempt.
   *
   * @readonly
   */
  get copyCompletedOn() {
    return this.originalResponse.copyCompletedOn;
  }
  /**
   * String identifier for the last attempted Copy
   * File operation where this file was the destination file.
   *
   * @readonly
   */
  get copyId() {
    return this.originalResponse.copyId;
  }
  /**
   * Contains the number of bytes copied and
   * the total bytes in the source in the last attempted Copy File operation
   * where this file was the destination file. Can show between 0 and
   * Content-Length bytes copied.
   *
   * @readonly
   */
  get copyProgress() {
    return this.originalResponse.copyProgress;
  }
  /**
   * URL up to 2KB in length that specifies the
   * source file used in the last attempted Copy File operation where this file
   * was the destination file.
   *
   * @readonly
   */
  get copySource() {
    return this.originalResponse.copySource;
  }
  /**
   * State of the copy operation
   * identified by 'x-ms-copy-id'. Possible values include: 'pending',
   * 'success', 'aborted', 'failed'
   *
   * @readonly
   */
  get copyStatus() {
    return this.originalResponse.copyStatus;
  }
  /**
   * Only appears when
   * x-ms-copy-status is failed or pending. Describes cause of fatal or
   * non-fatal copy operation failure.
   *
   * @readonly
   */
  get copyStatusDescription() {
    return this.originalResponse.copyStatusDescription;
  }
  /**
   * A UTC date/time value generated by the service that
   * indicates the time at which the response was initiated.
   *
   * @readonly
   */
  get date() {
    return this.originalResponse.date;
  }
  /**
   * The ETag contains a value that you can use to
   * perform operations conditionally, in quotes.
   *
   * @readonly
   */
  get etag() {
    return this.originalResponse.etag;
  }
  get errorCode() {
    return this.originalResponse.errorCode;
  }
  /**
   * If the file has a MD5 hash, and if
   * request contains range header (Range or x-ms-range), this response header
   * is returned with the value of the whole file's MD5 value. This value may
   * or may not be equal to the value returned in Content-MD5 header, with the
   * latter calculated from the requested range.
   *
   * @readonly
   */
  get fileContentMD5() {
    return this.originalResponse.fileContentMD5;
  }
  /**
   * The value of this header is set to
   * true if the file data and application metadata are completely encrypted
   * using the specified algorithm. Otherwise, the value is set to false (when
   * the file is unencrypted, or if only parts of the file/application metadata
   * are encrypted).
   *
   * @readonly
   */
  get isServerEncrypted() {
    return this.originalResponse.isServerEncrypted;
  }
  /**
   * Returns the date and time the file was last
   * modified. Any operation that modifies the file or its properties updates
   * the last modified time.
   *
   * @readonly
   */
  get lastModified() {
    return this.originalResponse.lastModified;
  }
  /**
   * A name-value pair
   * to associate with a file storage object.
   *
   * @readonly
   */
  get metadata() {
    return this.originalResponse.metadata;
  }
  /**
   * This header uniquely identifies the request
   * that was made and can be used for troubleshooting the request.
   *
   * @readonly
   */
  get requestId() {
    return this.originalResponse.requestId;
  }
  /**
   * Indicates the version of the File service used
   * to execute the request.
   *
   * @readonly
   */
  get version() {
    return this.originalResponse.version;
  }
  /**
   * Attributes set for the file.
   *
   * @readonly
   */
  get fileAttributes() {
    return this.originalResponse.fileAttributes;
  }
  /**
   * Creation time for the file.
   *
   * @readonly
   */
  get fileCreatedOn() {
    return this.originalResponse.fileCreatedOn;
  }
  /**
   * Last write time for the file.
   *
   * @readonly
   */
  get fileLastWriteOn() {
    return this.originalResponse.fileLastWriteOn;
  }
  /**
   * Change time for the file.
   *
   * @readonly
   */
  get fileChangeOn() {
    return this.originalResponse.fileChangeOn;
  }
  /**
   * Key of the permission set for the file.
   *
   * @readonly
   */
  get filePermissionKey() {
    return this.originalResponse.filePermissionKey;
  }
  /**
   * The fileId of the file.
   *
   * @readonly
   */
  get fileId() {
    return this.originalResponse.fileId;
  }
  /**
   * The parent fileId of the file.
   *
   * @readonly
   */
  get fileParentId() {
    return this.originalResponse.fileParentId;
  }
  /**
   * The response body as a browser Blob.
   * Always undefined in node.js.
   *
   * @readonly
   */
  get contentAsBlob() {
    return this.originalResponse.blobBody;
  }
  /**
   * When a file is leased, specifies whether the lease is of infinite or fixed duration. Possible
   * values include: 'infinite', 'fixed'
   */
  get leaseDuration() {
    return this.originalResponse.leaseDuration;
  }
  /**
   * Lease state of the file. Possible values include: 'available', 'leased', 'expired',
   * 'breaking', 'broken'
   */
  get leaseState() {
    return this.originalResponse.leaseState;
  }
  /**
   * The current lease status of the file. Possible values include: 'locked', 'unlocked'
   */
  get leaseStatus() {
    return this.originalResponse.leaseStatus;
  }
  /**
   * Properties of NFS files
   */
  get posixProperties() {
    return this.originalResponse.posixProperties;
  }
  get structuredBodyType() {
    return this.originalResponse.structuredBodyType;
  }
  get structuredContentLength() {
    return this.originalResponse.structuredContentLength;
  }
  /**
   * The response body as a node.js Readable stream.
   * Always undefined in the browser.
   *
   * It will automatically retry when internal read stream unexpected ends.
   *
   * @readonly
   */
  get readableStreamBody() {
    return isNodeLike ? this.fileDownloadStream : void 0;
  }
  get _response() {
    return this.originalResponse._response;
  }
  originalResponse;
  fileDownloadStream;
  /**
   * Creates an instance of FileDownloadResponse.
   *
   * @param originalResponse -
   * @param getter -
   * @param offset -
   * @param count -
   * @param options -
   */
  constructor(originalResponse, getter, offset, count, options = {}) {
    this.originalResponse = assertResponse(originalResponse);
    const bodyStream = this.originalResponse.structuredBodyType ? structuredMessageDecodingStream(this.originalResponse.readableStreamBody, {}) : this.originalResponse.readableStreamBody;
    this.fileDownloadStream = new RetriableReadableStream(bodyStream, getter, offset, count, options);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/Range.js
function rangeToString(range2) {
  if (range2.offset < 0) {
    throw new RangeError(`Range.offset cannot be smaller than 0.`);
  }
  if (range2.count && range2.count <= 0) {
    throw new RangeError(`Range.count must be larger than 0. Leave it undefined if you want a range from offset to the end.`);
  }
  return range2.count ? `bytes=${range2.offset}-${range2.offset + range2.count - 1}` : `bytes=${range2.offset}-`;
}

// node_modules/@azure/storage-file-share/dist/esm/FileSystemAttributes.js
var FileSystemAttributes = class _FileSystemAttributes {
  /**
   * Creates a FileSystemAttributes from the specified attributes string. This method will throw an
   * Error if it encounters a string that does not correspond to a valid attributes.
   *
   * @param fileAttributes - The value of header x-ms-file-attributes.
   */
  static parse(fileAttributes2) {
    if (!fileAttributes2) {
      throw new RangeError(`Invalid fileAttributes: '${fileAttributes2}'.`);
    }
    const fileSystemAttributes = new _FileSystemAttributes();
    const attributes = fileAttributes2.trim().split("|");
    for (let str of attributes) {
      str = str.trim();
      switch (str) {
        case "ReadOnly":
          fileSystemAttributes.readonly = true;
          break;
        case "Hidden":
          fileSystemAttributes.hidden = true;
          break;
        case "System":
          fileSystemAttributes.system = true;
          break;
        case "None":
          fileSystemAttributes.none = true;
          break;
        case "Temporary":
          fileSystemAttributes.temporary = true;
          break;
        case "Offline":
          fileSystemAttributes.offline = true;
          break;
        case "Directory":
          fileSystemAttributes.directory = true;
          break;
        case "Archive":
          fileSystemAttributes.archive = true;
          break;
        case "NotContentIndexed":
          fileSystemAttributes.notContentIndexed = true;
          break;
        case "NoScrubData":
          fileSystemAttributes.noScrubData = true;
          break;
        default:
          throw new RangeError(`Invalid attribute: ${str}`);
      }
    }
    return fileSystemAttributes;
  }
  /**
   * Specifies a directory or file that is read-only.
   */
  readonly = false;
  /**
   * Specifies a directory or file is hidden.
   */
  hidden = false;
  /**
   * Specifies a directory or file that the operating system uses a part of, or uses exclusively.
   */
  system = false;
  /**
   * Specifies a directory or file that does not have other attributes set. This attribute is valid only when used alone.
   */
  none = false;
  /**
   * Specifies the handle identifies a directory.
   */
  directory = false;
  /**
   * Specifies a directory or file is an archive. Applications typically use this attribute to mark files for backup or removal.
   */
  archive = false;
  /**
   * Specifies if a file is temporary.
   */
  temporary = false;
  /**
   * Specifies the data of a directory or file is not available immediately.
   * This file system attribute is presented primarily to provide compatibility with Windows - Azure Files does not support with offline storage options.
   */
  offline = false;
  /**
   * Specifies the directory or file is not to be indexed by the content indexing service.
   */
  notContentIndexed = false;
  /**
   * Specifies the user data stream not to be read by the background data integrity scanner.
   * This file system attribute is presented primarily to provide compatibility with Windows.
   * Applicable to directory or file.
   */
  noScrubData = false;
  /**
   * Converts the given attributes to a string.
   *
   * @returns A string which represents the FileSystemAttributes
   */
  toString() {
    const attributes = [];
    if (this.readonly) {
      attributes.push("ReadOnly");
    }
    if (this.hidden) {
      attributes.push("Hidden");
    }
    if (this.system) {
      attributes.push("System");
    }
    if (this.none) {
      attributes.push("None");
    }
    if (this.temporary) {
      attributes.push("Temporary");
    }
    if (this.directory) {
      attributes.push("Directory");
    }
    if (this.archive) {
      attributes.push("Archive");
    }
    if (this.offline) {
      attributes.push("Offline");
    }
    if (this.notContentIndexed) {
      attributes.push("NotContentIndexed");
    }
    if (this.noScrubData) {
      attributes.push("NoScrubData");
    }
    return attributes.join("|");
  }
};

// node_modules/@azure/storage-file-share/dist/esm/models.js
function toShareProtocols(protocolsString) {
  if (protocolsString === void 0) {
    return void 0;
  }
  const protocolStrArray = protocolsString.split(";");
  const protocols = {};
  for (const protocol of protocolStrArray) {
    if (protocol === "SMB") {
      protocols.smbEnabled = true;
    } else if (protocol === "NFS") {
      protocols.nfsEnabled = true;
    }
  }
  return protocols;
}
function toShareProtocolsString(protocols = {}) {
  let protocolStr = void 0;
  if (protocols.smbEnabled === true) {
    protocolStr = "SMB";
  }
  if (protocols.nfsEnabled === true) {
    logger.info(`Using "NFS" in favor of "SMB" for the share protocol as currently they can't be supported at the same time.`);
    protocolStr = "NFS";
  }
  return protocolStr;
}
function validateFilePermissionOptions(filePermission2, filePermissionKey2) {
  if (filePermission2 && filePermissionKey2) {
    throw new RangeError("Only one of filePermission or filePermissionKey can be specified.");
  }
}
function validateAndSetDefaultsForFileAndDirectoryCreateCommonOptions(options) {
  if (!options) {
    options = {};
  }
  validateFilePermissionOptions(options.filePermission, options.filePermissionKey);
  return options;
}
function validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(options) {
  if (!options) {
    options = {};
  }
  validateFilePermissionOptions(options.filePermission, options.filePermissionKey);
  return options;
}
function fileAttributesToString(fileAttributes2) {
  return fileAttributes2 instanceof FileSystemAttributes ? fileAttributes2.toString() : fileAttributes2;
}
function fileCreationTimeToString(time) {
  return time instanceof Date ? truncatedISO8061Date(time) : time;
}
function fileLastWriteTimeToString(time) {
  return time instanceof Date ? truncatedISO8061Date(time) : time;
}
function fileChangeTimeToString(time) {
  return time instanceof Date ? truncatedISO8061Date(time) : time;
}
var StorageFileAudience;
(function(StorageFileAudience2) {
  StorageFileAudience2["StorageOAuthScopes"] = "https://storage.azure.com/.default";
})(StorageFileAudience || (StorageFileAudience = {}));

// node_modules/@azure/storage-file-share/dist/esm/utils/Batch.js
import { EventEmitter } from "events";
var BatchStates;
(function(BatchStates2) {
  BatchStates2[BatchStates2["Good"] = 0] = "Good";
  BatchStates2[BatchStates2["Error"] = 1] = "Error";
})(BatchStates || (BatchStates = {}));
var Batch = class {
  /**
   * Concurrency. Must be lager than 0.
   */
  concurrency;
  /**
   * Number of active operations under execution.
   */
  actives = 0;
  /**
   * Number of completed operations under execution.
   */
  completed = 0;
  /**
   * Offset of next operation to be executed.
   */
  offset = 0;
  /**
   * Operation array to be executed.
   */
  operations = [];
  /**
   * States of Batch. When an error happens, state will turn into error.
   * Batch will stop execute left operations.
   */
  state = BatchStates.Good;
  /**
   * A private emitter used to pass events inside this class.
   */
  emitter;
  /**
   * Creates an instance of Batch.
   * @param concurrency -
   */
  constructor(concurrency = 5) {
    if (concurrency < 1) {
      throw new RangeError("concurrency must be larger than 0");
    }
    this.concurrency = concurrency;
    this.emitter = new EventEmitter();
  }
  /**
   * Add a operation into queue.
   *
   * @param operation -
   */
  addOperation(operation) {
    this.operations.push(async () => {
      try {
        this.actives++;
        await operation();
        this.actives--;
        this.completed++;
        this.parallelExecute();
      } catch (error) {
        this.emitter.emit("error", error);
      }
    });
  }
  /**
   * Start execute operations in the queue.
   *
   */
  async do() {
    if (this.operations.length === 0) {
      return Promise.resolve();
    }
    this.parallelExecute();
    return new Promise((resolve, reject) => {
      this.emitter.on("finish", resolve);
      this.emitter.on("error", (error) => {
        this.state = BatchStates.Error;
        reject(error);
      });
    });
  }
  /**
   * Get next operation to be executed. Return null when reaching ends.
   *
   */
  nextOperation() {
    if (this.offset < this.operations.length) {
      return this.operations[this.offset++];
    }
    return null;
  }
  /**
   * Start execute operations. One one the most important difference between
   * this method with do() is that do() wraps as an sync method.
   *
   */
  parallelExecute() {
    if (this.state === BatchStates.Error) {
      return;
    }
    if (this.completed >= this.operations.length) {
      this.emitter.emit("finish");
      return;
    }
    while (this.actives < this.concurrency) {
      const operation = this.nextOperation();
      if (operation) {
        operation();
      } else {
        return;
      }
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/utils/BufferScheduler.js
import { EventEmitter as EventEmitter2 } from "events";
var BufferScheduler = class {
  /**
   * Size of buffers in incoming and outgoing queues. This class will try to align
   * data read from Readable stream into buffer chunks with bufferSize defined.
   */
  bufferSize;
  /**
   * How many buffers can be created or maintained.
   */
  maxBuffers;
  /**
   * A Node.js Readable stream.
   */
  readable;
  /**
   * OutgoingHandler is an async function triggered by BufferScheduler when there
   * are available buffers in outgoing array.
   */
  outgoingHandler;
  /**
   * An internal event emitter.
   */
  emitter = new EventEmitter2();
  /**
   * Concurrency of executing outgoingHandlers. (0 lesser than concurrency lesser than or equal to maxBuffers)
   */
  concurrency;
  /**
   * An internal offset marker to track data offset in bytes of next outgoingHandler.
   */
  offset = 0;
  /**
   * An internal marker to track whether stream is end.
   */
  isStreamEnd = false;
  /**
   * An internal marker to track whether stream or outgoingHandler returns error.
   */
  isError = false;
  /**
   * How many handlers are executing.
   */
  executingOutgoingHandlers = 0;
  /**
   * Encoding of the input Readable stream which has string data type instead of Buffer.
   */
  encoding;
  /**
   * How many buffers have been allocated.
   */
  numBuffers = 0;
  /**
   * Because this class doesn't know how much data every time stream pops, which
   * is defined by highWaterMarker of the stream. So BufferScheduler will cache
   * data received from the stream, when data in unresolvedDataArray exceeds the
   * blockSize defined, it will try to concat a blockSize of buffer, fill into available
   * buffers from incoming and push to outgoing array.
   */
  unresolvedDataArray = [];
  /**
   * How much data consisted in unresolvedDataArray.
   */
  unresolvedLength = 0;
  /**
   * The array includes all the available buffers can be used to fill data from stream.
   */
  incoming = [];
  /**
   * The array (queue) includes all the buffers filled from stream data.
   */
  outgoing = [];
  /**
   * Creates an instance of BufferScheduler.
   *
   * @param readable - A Node.js Readable stream
   * @param bufferSize - Buffer size of every maintained buffer
   * @param maxBuffers - How many buffers can be allocated
   * @param outgoingHandler - An async function scheduled to be
   *                                          triggered when a buffer fully filled
   *                                          with stream data
   * @param concurrency - Concurrency of executing outgoingHandlers (greater than 0)
   * @param encoding - [Optional] Encoding of Readable stream when it's a string stream
   */
  constructor(readable, bufferSize, maxBuffers, outgoingHandler, concurrency, encoding) {
    if (bufferSize <= 0) {
      throw new RangeError(`bufferSize must be larger than 0, current is ${bufferSize}`);
    }
    if (maxBuffers <= 0) {
      throw new RangeError(`maxBuffers must be larger than 0, current is ${maxBuffers}`);
    }
    if (concurrency <= 0) {
      throw new RangeError(`concurrency must be larger than 0, current is ${concurrency}`);
    }
    this.bufferSize = bufferSize;
    this.maxBuffers = maxBuffers;
    this.readable = readable;
    this.outgoingHandler = outgoingHandler;
    this.concurrency = concurrency;
    this.encoding = encoding;
  }
  /**
   * Start the scheduler, will return error when stream of any of the outgoingHandlers
   * returns error.
   *
   */
  async do() {
    return new Promise((resolve, reject) => {
      this.readable.on("data", (data) => {
        data = typeof data === "string" ? Buffer.from(data, this.encoding) : data;
        this.appendUnresolvedData(data);
        if (!this.resolveData()) {
          this.readable.pause();
        }
      });
      this.readable.on("error", (err) => {
        this.emitter.emit("error", err);
      });
      this.readable.on("end", () => {
        this.isStreamEnd = true;
        this.emitter.emit("checkEnd");
      });
      this.emitter.on("error", (err) => {
        this.isError = true;
        this.readable.pause();
        reject(err);
      });
      this.emitter.on("checkEnd", () => {
        if (this.outgoing.length > 0) {
          this.triggerOutgoingHandlers();
          return;
        }
        if (this.isStreamEnd && this.executingOutgoingHandlers === 0) {
          if (this.unresolvedLength > 0 && this.unresolvedLength < this.bufferSize) {
            this.outgoingHandler(this.shiftBufferFromUnresolvedDataArray(), this.offset).then(resolve).catch(reject);
          } else if (this.unresolvedLength >= this.bufferSize) {
            return;
          } else {
            resolve();
          }
        }
      });
    });
  }
  /**
   * Insert a new data into unresolved array.
   *
   * @param data -
   */
  appendUnresolvedData(data) {
    this.unresolvedDataArray.push(data);
    this.unresolvedLength += data.length;
  }
  /**
   * Try to shift a buffer with size in blockSize. The buffer returned may be less
   * than blockSize when data in unresolvedDataArray is less than bufferSize.
   *
   */
  shiftBufferFromUnresolvedDataArray() {
    if (this.unresolvedLength >= this.bufferSize) {
      if (this.bufferSize === this.unresolvedDataArray[0].length) {
        this.unresolvedLength -= this.bufferSize;
        return this.unresolvedDataArray.shift();
      }
      let merged = Buffer.concat(this.unresolvedDataArray, this.unresolvedLength);
      const buffer = merged.slice(0, this.bufferSize);
      merged = merged.slice(this.bufferSize);
      this.unresolvedDataArray = [merged];
      this.unresolvedLength -= buffer.length;
      return buffer;
    } else if (this.unresolvedLength > 0) {
      const merged = Buffer.concat(this.unresolvedDataArray, this.unresolvedLength);
      this.unresolvedDataArray = [];
      this.unresolvedLength = 0;
      return merged;
    } else {
      return Buffer.allocUnsafe(0);
    }
  }
  /**
   * Resolve data in unresolvedDataArray. For every buffer with size in blockSize
   * shifted, it will try to get (or allocate a buffer) from incoming, and fill it,
   * then push it into outgoing to be handled by outgoing handler.
   *
   * Return false when available buffers in incoming are not enough, else true.
   *
   * @returns Return false when buffers in incoming are not enough, else true.
   */
  resolveData() {
    while (this.unresolvedLength >= this.bufferSize) {
      let buffer;
      if (this.incoming.length > 0) {
        buffer = this.incoming.shift();
      } else {
        if (this.numBuffers < this.maxBuffers) {
          buffer = Buffer.allocUnsafe(this.bufferSize);
          this.numBuffers++;
        } else {
          return false;
        }
      }
      buffer.fill(this.shiftBufferFromUnresolvedDataArray());
      this.outgoing.push(buffer);
      this.triggerOutgoingHandlers();
    }
    return true;
  }
  /**
   * Try to trigger a outgoing handler for every buffer in outgoing. Stop when
   * concurrency reaches.
   */
  async triggerOutgoingHandlers() {
    let buffer;
    do {
      if (this.executingOutgoingHandlers >= this.concurrency) {
        return;
      }
      buffer = this.outgoing.shift();
      if (buffer) {
        this.triggerOutgoingHandler(buffer);
      }
    } while (buffer);
  }
  /**
   * Trigger a outgoing handler for a buffer shifted from outgoing.
   *
   * @param buffer -
   */
  async triggerOutgoingHandler(buffer) {
    const bufferLength = buffer.length;
    this.executingOutgoingHandlers++;
    this.offset += bufferLength;
    try {
      await this.outgoingHandler(buffer, this.offset - bufferLength);
    } catch (err) {
      this.emitter.emit("error", err);
      return;
    }
    this.executingOutgoingHandlers--;
    this.reuseBuffer(buffer);
    this.emitter.emit("checkEnd");
  }
  /**
   * Return buffer used by outgoing handler into incoming.
   *
   * @param buffer -
   */
  reuseBuffer(buffer) {
    this.incoming.push(buffer);
    if (!this.isError && this.resolveData() && !this.isStreamEnd) {
      this.readable.resume();
    }
  }
};

// node_modules/@azure/storage-file-share/dist/esm/utils/utils.js
import fs from "node:fs";
import util from "node:util";
async function streamToBuffer(stream, buffer, offset, end, encoding) {
  let pos = 0;
  const count = end - offset;
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`The operation cannot be completed in timeout.`)), REQUEST_TIMEOUT);
    stream.on("readable", () => {
      if (pos >= count) {
        clearTimeout(timeout);
        resolve();
        return;
      }
      let chunk;
      while ((chunk = stream.read()) !== null) {
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        const chunkLength = pos + chunk.length > count ? count - pos : chunk.length;
        buffer.fill(chunk.slice(0, chunkLength), offset + pos, offset + pos + chunkLength);
        pos += chunkLength;
        if (pos >= count) {
          clearTimeout(timeout);
          resolve();
          return;
        }
      }
    });
    stream.on("end", () => {
      clearTimeout(timeout);
      if (pos < count) {
        reject(new Error(`Stream drains before getting enough data needed. Data read: ${pos}, data need: ${count}`));
      }
      resolve();
    });
    stream.on("error", (msg) => {
      clearTimeout(timeout);
      reject(msg);
    });
  });
}
async function readStreamToLocalFile(rs, file) {
  return new Promise((resolve, reject) => {
    const ws = fs.createWriteStream(file);
    rs.on("error", (err) => {
      reject(err);
    });
    ws.on("error", (err) => {
      reject(err);
    });
    ws.on("close", resolve);
    rs.pipe(ws);
  });
}
var fsStat = util.promisify(fs.stat);
var fsCreateReadStream = fs.createReadStream;

// node_modules/@azure/storage-file-share/dist/esm/Clients.js
var ShareClient = class _ShareClient extends StorageClient2 {
  /**
   * Share operation context provided by protocol layer.
   */
  context;
  _name;
  shareClientConfig;
  /**
   * The name of the share
   */
  get name() {
    return this._name;
  }
  constructor(urlOrConnectionString, credentialOrPipelineOrShareName, options) {
    let pipeline;
    let url2;
    if (isPipelineLike(credentialOrPipelineOrShareName)) {
      url2 = urlOrConnectionString;
      pipeline = credentialOrPipelineOrShareName;
    } else if (credentialOrPipelineOrShareName instanceof Credential || isTokenCredential(credentialOrPipelineOrShareName)) {
      url2 = urlOrConnectionString;
      pipeline = newPipeline(credentialOrPipelineOrShareName, options);
    } else if (!credentialOrPipelineOrShareName && typeof credentialOrPipelineOrShareName !== "string") {
      url2 = urlOrConnectionString;
      pipeline = newPipeline(new AnonymousCredential(), options);
    } else if (credentialOrPipelineOrShareName && typeof credentialOrPipelineOrShareName === "string") {
      const extractedCreds = extractConnectionStringParts(urlOrConnectionString);
      const name = credentialOrPipelineOrShareName;
      if (extractedCreds.kind === "AccountConnString") {
        if (isNodeLike) {
          const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
          url2 = appendToURLPath(extractedCreds.url, name);
          pipeline = newPipeline(sharedKeyCredential, options);
        } else {
          throw new Error("Account connection string is only supported in Node.js environment");
        }
      } else if (extractedCreds.kind === "SASConnString") {
        url2 = appendToURLPath(extractedCreds.url, name) + "?" + extractedCreds.accountSas;
        pipeline = newPipeline(new AnonymousCredential(), options);
      } else {
        throw new Error("Connection string must be either an Account connection string or a SAS connection string");
      }
    } else {
      throw new Error("Expecting non-empty strings for name parameter");
    }
    super(url2, pipeline);
    this._name = getShareNameAndPathFromUrl(this.url).shareName;
    this.shareClientConfig = options;
    this.context = this.storageClientContext.share;
  }
  /**
   * Creates a new ShareClient object identical to the source but with the specified snapshot timestamp.
   * Provide "" will remove the snapshot and return a URL to the base share.
   *
   * @param snapshot - The snapshot timestamp.
   * @returns A new ShareClient object identical to the source but with the specified snapshot timestamp
   */
  withSnapshot(snapshot) {
    return new _ShareClient(setURLParameter(this.url, URLConstants.Parameters.SHARE_SNAPSHOT, snapshot.length === 0 ? void 0 : snapshot), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a new share under the specified account. If the share with
   * the same name already exists, the operation fails.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-share
   *
   * @param options - Options to Share Create operation.
   * @returns Response data for the Share Create operation.
   */
  async create(options = {}) {
    return tracingClient.withSpan("ShareClient-create", options, async (updatedOptions) => {
      return assertResponse(await this.context.create({
        ...updatedOptions,
        ...this.shareClientConfig,
        enabledProtocols: toShareProtocolsString(updatedOptions.protocols)
      }));
    });
  }
  /**
   * Creates a new share under the specified account. If the share with
   * the same name already exists, it is not changed.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-share
   *
   * @param options -
   */
  async createIfNotExists(options = {}) {
    return tracingClient.withSpan("ShareClient-createIfNotExists", options, async (updatedOptions) => {
      try {
        const res = await this.create(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ShareAlreadyExists") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Creates a {@link ShareDirectoryClient} object.
   *
   * @param directoryName - A directory name
   * @returns The ShareDirectoryClient object for the given directory name.
   */
  // Legacy, no way to fix the eslint error without breaking. Disable the rule for this line.
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-subclients */
  getDirectoryClient(directoryName) {
    return new ShareDirectoryClient(appendToURLPath(this.url, EscapePath(directoryName)), this.pipeline, this.shareClientConfig);
  }
  /**
   * Gets the directory client for the root directory of this share.
   * Note that the root directory always exists and cannot be deleted.
   *
   * @readonly A new ShareDirectoryClient object for the root directory.
   */
  // Legacy, no way to fix the eslint error without breaking. Disable the rule for this line.
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-subclients */
  get rootDirectoryClient() {
    return this.getDirectoryClient("");
  }
  /**
   * Creates a new subdirectory under this share.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Create operation.
   * @returns Directory creation response data and the corresponding directory client.
   */
  async createDirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareClient-createDirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      const directoryCreateResponse = await directoryClient2.create(updatedOptions);
      return {
        directoryClient: directoryClient2,
        directoryCreateResponse
      };
    });
  }
  /**
   * Removes the specified empty sub directory under this share.
   * Note that the directory must be empty before it can be deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Delete operation.
   * @returns Directory deletion response data.
   */
  async deleteDirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareClient-deleteDirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      return directoryClient2.delete(updatedOptions);
    });
  }
  /**
   * Creates a new file or replaces a file under the root directory of this share.
   * Note it only initializes the file with no content.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-file
   *
   * @param fileName -
   * @param size - Specifies the maximum size in bytes for the file, up to 4 TB.
   * @param options - Options to File Create operation.
   * @returns File creation response data and the corresponding file client.
   */
  async createFile(fileName, size, options = {}) {
    return tracingClient.withSpan("ShareClient-createFile", options, async (updatedOptions) => {
      const directoryClient2 = this.rootDirectoryClient;
      const fileClient2 = directoryClient2.getFileClient(fileName);
      const fileCreateResponse = await fileClient2.create(size, updatedOptions);
      return {
        fileClient: fileClient2,
        fileCreateResponse
      };
    });
  }
  /**
   * Removes a file under the root directory of this share from the storage account.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code `SharingViolation`
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400
   * (`InvalidQueryParameterValue`)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param directoryName -
   * @param fileName -
   * @param options - Options to File Delete operation.
   * @returns Promise<FileDeleteResponse> File Delete response data.
   */
  async deleteFile(fileName, options = {}) {
    return tracingClient.withSpan("ShareClient-deleteFile", options, async (updatedOptions) => {
      const directoryClient2 = this.rootDirectoryClient;
      const fileClient2 = directoryClient2.getFileClient(fileName);
      return fileClient2.delete(updatedOptions);
    });
  }
  /**
   * Returns true if the Azrue share resource represented by this client exists; false otherwise.
   *
   * NOTE: use this function with care since an existing share might be deleted by other clients or
   * applications. Vice versa new shares might be added by other clients or applications after this
   * function completes.
   *
   * @param options - options to Exists operation.
   */
  async exists(options = {}) {
    return tracingClient.withSpan("ShareClient-exists", options, async (updatedOptions) => {
      try {
        await this.getProperties(updatedOptions);
        return true;
      } catch (e) {
        if (e.statusCode === 404) {
          return false;
        }
        throw e;
      }
    });
  }
  /**
   * Returns all user-defined metadata and system properties for the specified
   * share.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-share-properties
   *
   * WARNING: The `metadata` object returned in the response will have its keys in lowercase, even if
   * they originally contained uppercase characters. This differs from the metadata keys returned by
   * the `listShares` method of {@link ShareServiceClient} using the `includeMetadata` option, which
   * will retain their original casing.
   *
   * @returns Response data for the Share Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareClient-getProperties", options, async (updatedOptions) => {
      const res = assertResponse(await this.context.getProperties(updatedOptions));
      return {
        ...res,
        ...this.shareClientConfig,
        protocols: toShareProtocols(res.enabledProtocols)
      };
    });
  }
  /**
   * Marks the specified share for deletion. The share and any directories or files
   * contained within it are later deleted during garbage collection.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-share
   *
   * @param options - Options to Share Delete operation.
   * @returns Response data for the Share Delete operation.
   */
  async delete(options = {}) {
    return tracingClient.withSpan("ShareClient-delete", options, async (updatedOptions) => {
      return assertResponse(await this.context.delete({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Marks the specified share for deletion if it exists. The share and any directories or files
   * contained within it are later deleted during garbage collection.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-share
   *
   * @param options -
   */
  async deleteIfExists(options = {}) {
    return tracingClient.withSpan("ShareClient-deleteIfExists", options, async (updatedOptions) => {
      try {
        const res = await this.delete(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ShareNotFound" || e.details?.errorCode === "ShareSnapshotNotFound") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Sets one or more user-defined name-value pairs for the specified share.
   *
   * If no option provided, or no metadata defined in the option parameter, the share
   * metadata will be removed.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-share-metadata
   *
   * @param metadata - If no metadata provided, all existing directory metadata will be removed.
   * @param option - Options to Share Set Metadata operation.
   * @returns Response data for the Share Set Metadata operation.
   */
  async setMetadata(metadata2, options = {}) {
    return tracingClient.withSpan("ShareClient-setMetadata", options, async (updatedOptions) => {
      return assertResponse(await this.context.setMetadata({
        ...updatedOptions,
        ...this.shareClientConfig,
        metadata: metadata2
      }));
    });
  }
  /**
   * Gets the permissions for the specified share. The permissions indicate
   * whether share data may be accessed publicly.
   *
   * WARNING: JavaScript Date will potential lost precision when parsing start and expiry string.
   * For example, new Date("2018-12-31T03:44:23.8827891Z").toISOString() will get "2018-12-31T03:44:23.882Z".
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/get-share-acl
   *
   * @param option - Options to Share Get Access Policy operation.
   * @returns Response data for the Share Get Access Policy operation.
   */
  async getAccessPolicy(options = {}) {
    return tracingClient.withSpan("ShareClient-getAccessPolicy", options, async (updatedOptions) => {
      const response = assertResponse(await this.context.getAccessPolicy({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
      const res = {
        _response: response._response,
        date: response.date,
        etag: response.etag,
        lastModified: response.lastModified,
        requestId: response.requestId,
        signedIdentifiers: [],
        version: response.version
      };
      for (const identifier of response) {
        let accessPolicy = void 0;
        if (identifier.accessPolicy) {
          accessPolicy = {
            permissions: identifier.accessPolicy.permissions
          };
          if (identifier.accessPolicy.expiresOn) {
            accessPolicy.expiresOn = new Date(identifier.accessPolicy.expiresOn);
          }
          if (identifier.accessPolicy.startsOn) {
            accessPolicy.startsOn = new Date(identifier.accessPolicy.startsOn);
          }
        }
        res.signedIdentifiers.push({
          accessPolicy,
          id: identifier.id
        });
      }
      return res;
    });
  }
  /**
   * Sets the permissions for the specified share. The permissions indicate
   * whether directories or files in a share may be accessed publicly.
   *
   * When you set permissions for a share, the existing permissions are replaced.
   * If no shareAcl provided, the existing share ACL will be
   * removed.
   *
   * When you establish a stored access policy on a share, it may take up to 30 seconds to take effect.
   * During this interval, a shared access signature that is associated with the stored access policy will
   * fail with status code 403 (Forbidden), until the access policy becomes active.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-share-acl
   *
   * @param shareAcl - Array of signed identifiers, each having a unique Id and details of access policy.
   * @param option - Options to Share Set Access Policy operation.
   * @returns Response data for the Share Set Access Policy operation.
   */
  async setAccessPolicy(shareAcl2, options = {}) {
    return tracingClient.withSpan("ShareClient-setAccessPolicy", options, async (updatedOptions) => {
      const acl = [];
      for (const identifier of shareAcl2 || []) {
        acl.push({
          accessPolicy: {
            expiresOn: identifier.accessPolicy?.expiresOn ? truncatedISO8061Date(identifier.accessPolicy.expiresOn) : void 0,
            permissions: identifier.accessPolicy?.permissions,
            startsOn: identifier.accessPolicy?.startsOn ? truncatedISO8061Date(identifier.accessPolicy.startsOn) : void 0
          },
          id: identifier.id
        });
      }
      return assertResponse(await this.context.setAccessPolicy({
        ...updatedOptions,
        ...this.shareClientConfig,
        shareAcl: acl
      }));
    });
  }
  /**
   * Creates a read-only snapshot of a share.
   *
   * @param options - Options to Share Create Snapshot operation.
   * @returns Response data for the Share Create Snapshot operation.
   */
  async createSnapshot(options = {}) {
    return tracingClient.withSpan("ShareClient-createSnapshot", options, async (updatedOptions) => {
      return assertResponse(await this.context.createSnapshot({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Sets quota for the specified share.
   *
   * @deprecated Use {@link ShareClient.setProperties} instead.
   *
   * @param quotaInGB - Specifies the maximum size of the share in gigabytes
   * @param option - Options to Share Set Quota operation.
   * @returns Response data for the Share Get Quota operation.
   */
  async setQuota(quotaInGB, options = {}) {
    return tracingClient.withSpan("ShareClient-setQuota", options, async (updatedOptions) => {
      return assertResponse(await this.context.setProperties({
        ...updatedOptions,
        ...this.shareClientConfig,
        quota: quotaInGB
      }));
    });
  }
  /**
   * Sets properties of the share.
   *
   * @param option - Options to Share Set Properties operation.
   * @returns Response data for the Share Set Properties operation.
   */
  async setProperties(options = {}) {
    return tracingClient.withSpan("ShareClient-setProperties", options, async (updatedOptions) => {
      return assertResponse(await this.context.setProperties({
        ...options,
        ...this.shareClientConfig,
        quota: options.quotaInGB,
        tracingOptions: updatedOptions.tracingOptions
      }));
    });
  }
  /**
   * Retrieves statistics related to the share.
   *
   * @param option - Options to Share Get Statistics operation.
   * @returns Response data for the Share Get Statistics operation.
   */
  async getStatistics(options = {}) {
    return tracingClient.withSpan("ShareClient-getStatistics", options, async (updatedOptions) => {
      const response = assertResponse(await this.context.getStatistics({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
      const GBBytes = 1024 * 1024 * 1024;
      return { ...response, shareUsage: Math.ceil(response.shareUsageBytes / GBBytes) };
    });
  }
  /**
   * Creates a file permission (a security descriptor) at the share level.
   * The created security descriptor can be used for the files/directories in the share.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-permission
   *
   * @param options - Options to Share Create Permission operation.
   * @param filePermission - File permission described in the SDDL
   */
  async createPermission(filePermission2, options = {}) {
    return tracingClient.withSpan("ShareClient-createPermission", options, async (updatedOptions) => {
      return assertResponse(await this.context.createPermission(asSharePermission(filePermission2), {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Gets the Security Descriptor Definition Language (SDDL) for a given file permission key
   * which indicates a security descriptor.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-permission
   *
   * @param options - Options to Share Create Permission operation.
   * @param filePermissionKey - File permission key which indicates the security descriptor of the permission.
   */
  async getPermission(filePermissionKey2, options = {}) {
    return tracingClient.withSpan("ShareClient-getPermission", options, async (updatedOptions) => {
      return assertResponse(await this.context.getPermission(filePermissionKey2, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Get a {@link ShareLeaseClient} that manages leases on the file.
   *
   * @param proposeLeaseId - Initial proposed lease Id.
   * @returns A new ShareLeaseClient object for managing leases on the file.
   */
  getShareLeaseClient(proposeLeaseId) {
    return new ShareLeaseClient(this, proposeLeaseId);
  }
  /**
   * Only available for ShareClient constructed with a shared key credential.
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateSasUrl(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    const sas = generateFileSASQueryParameters({
      shareName: this.name,
      ...options
    }, this.credential).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   * Only available for ShareClient constructed with a shared key credential.
   *
   * Generates string to sign for a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-options*/
  generateSasStringToSign(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    return generateFileSASQueryParametersInternal({
      shareName: this.name,
      ...options
    }, this.credential).stringToSign;
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationSasUrl(options, userDelegationKey) {
    const sas = generateFileSASQueryParameters({
      shareName: this.name,
      ...options
    }, userDelegationKey, this.accountName).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationStringToSign(options, userDelegationKey) {
    return generateFileSASQueryParametersInternal({
      shareName: this.name,
      ...options
    }, userDelegationKey, this.accountName).stringToSign;
  }
};
var ShareDirectoryClient = class _ShareDirectoryClient extends StorageClient2 {
  /**
   * context provided by protocol layer.
   */
  context;
  _shareName;
  _path;
  _name;
  shareClientConfig;
  /**
   * The share name corresponding to this directory client
   */
  get shareName() {
    return this._shareName;
  }
  /**
   * The full path of the directory
   */
  get path() {
    return this._path;
  }
  /**
   * The name of the directory
   */
  get name() {
    return this._name;
  }
  constructor(url2, credentialOrPipeline, options = {}) {
    let pipeline;
    if (isPipelineLike(credentialOrPipeline)) {
      pipeline = credentialOrPipeline;
    } else if (credentialOrPipeline instanceof Credential || isTokenCredential(credentialOrPipeline)) {
      pipeline = newPipeline(credentialOrPipeline, options);
    } else {
      pipeline = newPipeline(new AnonymousCredential(), options);
    }
    super(url2, pipeline);
    ({
      baseName: this._name,
      shareName: this._shareName,
      path: this._path
    } = getShareNameAndPathFromUrl(this.url));
    this.shareClientConfig = options;
    this.context = this.storageClientContext.directory;
  }
  /**
   * Creates a new directory under the specified share or parent directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param options - Options to Directory Create operation.
   * @returns Response data for the Directory  operation.
   */
  async create(options = {}) {
    if (!options.fileAttributes) {
      options = validateAndSetDefaultsForFileAndDirectoryCreateCommonOptions(options);
    }
    return tracingClient.withSpan("ShareDirectoryClient-create", options, async (updatedOptions) => {
      const rawResponse = await this.context.create({
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      const wrappedRes = {
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group
        }
      };
      return assertResponse(wrappedRes);
    });
  }
  /**
   * Creates a new directory under the specified share or parent directory if it does not already exists.
   * If the directory already exists, it is not modified.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param options -
   */
  async createIfNotExists(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-createIfNotExists", options, async (updatedOptions) => {
      try {
        const res = await this.create(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ResourceAlreadyExists") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Sets properties on the directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-directory-properties
   *
   * @param DirectoryProperties - Directory properties. If no values are provided,
   *                                            existing values will be preserved.
   */
  async setProperties(properties2 = {}) {
    properties2 = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(properties2);
    return tracingClient.withSpan("ShareDirectoryClient-setProperties", properties2, async (updatedOptions) => {
      const rawResponse = await this.context.setProperties({
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group
        }
      });
    });
  }
  /**
   * Creates a ShareDirectoryClient object for a sub directory.
   *
   * @param subDirectoryName - A subdirectory name
   * @returns The ShareDirectoryClient object for the given subdirectory name.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleGetDirectoryClient
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const shareClient = serviceClient.getShareClient(shareName);
   * const directoryClient = shareClient.getDirectoryClient(directoryName);
   * await directoryClient.create();
   * ```
   */
  getDirectoryClient(subDirectoryName) {
    return new _ShareDirectoryClient(appendToURLPath(this.url, EscapePath(subDirectoryName)), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a new subdirectory under this directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Create operation.
   * @returns Directory create response data and the corresponding DirectoryClient instance.
   */
  async createSubdirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-createSubdirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      const directoryCreateResponse = await directoryClient2.create(updatedOptions);
      return {
        directoryClient: directoryClient2,
        directoryCreateResponse
      };
    });
  }
  /**
   * Removes the specified empty sub directory under this directory.
   * Note that the directory must be empty before it can be deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param directoryName -
   * @param options - Options to Directory Delete operation.
   * @returns Directory deletion response data.
   */
  async deleteSubdirectory(directoryName, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-deleteSubdirectory", options, async (updatedOptions) => {
      const directoryClient2 = this.getDirectoryClient(directoryName);
      return directoryClient2.delete(updatedOptions);
    });
  }
  /**
   * Creates a new file or replaces a file under this directory. Note it only initializes the file with no content.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-file
   *
   * @param fileName -
   * @param size - Specifies the maximum size in bytes for the file, up to 4 TB.
   * @param options - Options to File Create operation.
   * @returns File creation response data and the corresponding file client.
   */
  async createFile(fileName, size, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-createFile", options, async (updatedOptions) => {
      const fileClient2 = this.getFileClient(fileName);
      const fileCreateResponse = await fileClient2.create(size, updatedOptions);
      return {
        fileClient: fileClient2,
        fileCreateResponse
      };
    });
  }
  /**
   * Removes the specified file under this directory from the storage account.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code SharingViolation
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400 (InvalidQueryParameterValue)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param fileName - Name of the file to delete
   * @param options - Options to File Delete operation.
   * @returns File deletion response data.
   */
  async deleteFile(fileName, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-deleteFile", options, async (updatedOptions) => {
      const fileClient2 = this.getFileClient(fileName);
      return fileClient2.delete(updatedOptions);
    });
  }
  /**
   * Creates a {@link ShareFileClient} object.
   *
   * @param fileName - A file name.
   * @returns A new ShareFileClient object for the given file name.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateFileAndUpload
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const content = "Hello World!";
   * const fileName = `newdirectory${+new Date()}`;
   * const fileClient = directoryClient.getFileClient(fileName);
   * await fileClient.create(content.length);
   * console.log(`Create file ${fileName} successfully`);
   *
   * // Upload file range
   * await fileClient.uploadRange(content, 0, content.length);
   * console.log(`Upload file range "${content}" to ${fileName} successfully`);
   * ```
   */
  // Legacy, no way to fix the eslint error without breaking. Disable the rule for this line.
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-subclients */
  getFileClient(fileName) {
    return new ShareFileClient(appendToURLPath(this.url, EscapePath(fileName)), this.pipeline, this.shareClientConfig);
  }
  /**
   * Returns true if the specified directory exists; false otherwise.
   *
   * NOTE: use this function with care since an existing directory might be deleted by other clients or
   * applications. Vice versa new directories might be added by other clients or applications after this
   * function completes.
   *
   * @param options - options to Exists operation.
   */
  async exists(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-exists", options, async (updatedOptions) => {
      try {
        await this.getProperties({ ...updatedOptions, ...this.shareClientConfig });
        return true;
      } catch (e) {
        if (e.statusCode === 404) {
          return false;
        }
        throw e;
      }
    });
  }
  /**
   * Returns all system properties for the specified directory, and can also be used to check the
   * existence of a directory. The data returned does not include the files in the directory or any
   * subdirectories.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-directory-properties
   *
   * @param options - Options to Directory Get Properties operation.
   * @returns Response data for the Directory Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-getProperties", options, async (updatedOptions) => {
      const rawResponse = await this.context.getProperties({
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          fileType: rawResponse.nfsFileType
        }
      });
    });
  }
  /**
   * Removes the specified empty directory. Note that the directory must be empty before it can be
   * deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param options - Options to Directory Delete operation.
   * @returns Response data for the Directory Delete operation.
   */
  async delete(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-delete", options, async (updatedOptions) => {
      return assertResponse(await this.context.delete({ ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  /**
   * Removes the specified empty directory if it exists. Note that the directory must be empty before it can be
   * deleted.
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-directory
   *
   * @param options -
   */
  async deleteIfExists(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-deleteIfExists", options, async (updatedOptions) => {
      try {
        const res = await this.delete(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ResourceNotFound" || e.details?.errorCode === "ParentNotFound") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Updates user defined metadata for the specified directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-directory-metadata
   *
   * @param metadata - If no metadata provided, all existing directory metadata will be removed
   * @param options - Options to Directory Set Metadata operation.
   * @returns Response data for the Directory Set Metadata operation.
   */
  async setMetadata(metadata2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-setMetadata", options, async (updatedOptions) => {
      return assertResponse(await this.context.setMetadata({
        ...updatedOptions,
        metadata: metadata2,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Returns an AsyncIterableIterator for {@link DirectoryListFilesAndDirectoriesSegmentResponse} objects
   *
   * @param marker - A string value that identifies the portion of
   *                          the list of files and directories to be returned with the next listing operation. The
   *                          operation returns the ContinuationToken value within the response body if the
   *                          listing operation did not return all files and directories remaining to be listed
   *                          with the current page. The ContinuationToken value can be used as the value for
   *                          the marker parameter in a subsequent call to request the next page of list
   *                          items. The marker value is opaque to the client.
   * @param options - Options to list files and directories operation.
   */
  async *iterateFilesAndDirectoriesSegments(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let listFilesAndDirectoriesResponse;
    do {
      listFilesAndDirectoriesResponse = await this.listFilesAndDirectoriesSegment(marker2, options);
      marker2 = listFilesAndDirectoriesResponse.continuationToken;
      yield await listFilesAndDirectoriesResponse;
    } while (marker2);
  }
  /**
   * Returns an AsyncIterableIterator for file and directory items
   *
   * @param options - Options to list files and directories operation.
   */
  async *listFilesAndDirectoriesItems(options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let marker2;
    for await (const listFilesAndDirectoriesResponse of this.iterateFilesAndDirectoriesSegments(marker2, options)) {
      for (const file of listFilesAndDirectoriesResponse.segment.fileItems) {
        yield { kind: "file", ...file };
      }
      for (const directory of listFilesAndDirectoriesResponse.segment.directoryItems) {
        yield { kind: "directory", ...directory };
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the files and directories
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the files and directories in pages.
   *
   * Example using `for await` syntax:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * for await (const item of directoryClient.listFilesAndDirectories()) {
   *   if (item.kind === "directory") {
   *     console.log(`${i} - directory\t: ${item.name}`);
   *   } else {
   *     console.log(`${i} - file\t: ${item.name}`);
   *   }
   *   i++;
   * }
   * ```
   *
   * Example using `iter.next()`:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories_Iterator
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * const iter = directoryClient.listFilesAndDirectories();
   * let { value, done } = await iter.next();
   * while (!done) {
   *   if (value.kind === "directory") {
   *     console.log(`${i} - directory\t: ${value.name}`);
   *   } else {
   *     console.log(`${i} - file\t: ${value.name}`);
   *   }
   *   ({ value, done } = await iter.next());
   *   i++;
   * }
   * ```
   *
   * Example using `byPage()`:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories_ByPage
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * for await (const response of directoryClient
   *   .listFilesAndDirectories()
   *   .byPage({ maxPageSize: 20 })) {
   *   console.log(`Page ${i++}:`);
   *   for (const item of response.segment.directoryItems) {
   *     console.log(`\tdirectory: ${item.name}`);
   *   }
   *   for (const item of response.segment.fileItems) {
   *     console.log(`\tfile: ${item.name}`);
   *   }
   * }
   * ```
   *
   * Example using paging with a marker:
   *
   * ```ts snippet:ReadmeSampleListFilesAndDirectories_Continuation
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let iterator = directoryClient.listFilesAndDirectories().byPage({ maxPageSize: 2 });
   * let response = (await iterator.next()).value;
   *
   * for await (const item of response.segment.directoryItems) {
   *   console.log(`\tdirectory: ${item.name}`);
   * }
   *
   * for await (const item of response.segment.fileItems) {
   *   console.log(`\tfile: ${item.name}`);
   * }
   *
   * // Gets next marker
   * let marker = response.continuationToken;
   *
   * // Passing next marker as continuationToken
   * iterator = directoryClient
   *   .listFilesAndDirectories()
   *   .byPage({ continuationToken: marker, maxPageSize: 10 });
   * response = (await iterator.next()).value;
   *
   * for await (const item of response.segment.directoryItems) {
   *   console.log(`\tdirectory: ${item.name}`);
   * }
   *
   * for await (const item of response.segment.fileItems) {
   *   console.log(`\tfile: ${item.name}`);
   * }
   * ```
   *
   * @param options - Options to list files and directories operation.
   * @returns An asyncIterableIterator that supports paging.
   */
  listFilesAndDirectories(options = {}) {
    const include2 = [];
    if (options.includeTimestamps) {
      include2.push("Timestamps");
    }
    if (options.includeEtag) {
      include2.push("Etag");
    }
    if (options.includeAttributes) {
      include2.push("Attributes");
    }
    if (options.includePermissionKey) {
      include2.push("PermissionKey");
    }
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    const updatedOptions = {
      ...options,
      ...include2.length > 0 ? { include: include2 } : {}
    };
    const iter = this.listFilesAndDirectoriesItems(updatedOptions);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      async next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.iterateFilesAndDirectoriesSegments(removeEmptyString(settings.continuationToken), {
          maxResults: settings.maxPageSize,
          ...updatedOptions
        });
      }
    };
  }
  /**
   * Returns a list of files or directories under the specified share or directory. It lists the
   * contents only for a single level of the directory hierarchy.
   * @see https://learn.microsoft.com/rest/api/storageservices/list-directories-and-files
   *
   * @param marker - A string value that identifies the portion of the list to be returned with the next list operation.
   * @param options - Options to Directory List Files and Directories Segment operation.
   * @returns Response data for the Directory List Files and Directories operation.
   */
  async listFilesAndDirectoriesSegment(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    return tracingClient.withSpan("ShareDirectoryClient-listFilesAndDirectoriesSegment", options, async (updatedOptions) => {
      const rawResponse = assertResponse(await this.context.listFilesAndDirectoriesSegment({
        ...updatedOptions,
        marker: marker2,
        ...this.shareClientConfig
      }));
      const wrappedResponse = {
        ...ConvertInternalResponseOfListFiles(rawResponse),
        _response: {
          ...rawResponse._response,
          parsedBody: ConvertInternalResponseOfListFiles(rawResponse._response.parsedBody)
        }
        // _response is made non-enumerable
      };
      return wrappedResponse;
    });
  }
  /**
   * Returns an AsyncIterableIterator for {@link DirectoryListHandlesResponse}
   *
   * @param marker - A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options - Options to list handles operation.
   */
  async *iterateHandleSegments(marker2, options = {}) {
    let listHandlesResponse;
    if (!!marker2 || marker2 === void 0) {
      do {
        listHandlesResponse = await this.listHandlesSegment(marker2, options);
        marker2 = listHandlesResponse.continuationToken;
        yield await listHandlesResponse;
      } while (marker2);
    }
  }
  /**
   * Returns an AsyncIterableIterator for handles
   *
   * @param options - Options to list handles operation.
   */
  async *listHandleItems(options = {}) {
    let marker2;
    for await (const listHandlesResponse of this.iterateHandleSegments(marker2, options)) {
      if (listHandlesResponse.handleList) {
        for (const handle of listHandlesResponse.handleList) {
          yield handle;
        }
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the handles.
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the handles in pages.
   *
   * Example using `for await` syntax:
   *
   * ```ts snippet:ReadmeSampleListHandles
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * for await (const handle of directoryClient.listHandles()) {
   *   console.log(`Handle: ${handle.handleId}`);
   * }
   * ```
   *
   * Example using `iter.next()`:
   *
   * ```ts snippet:ReadmeSampleListHandles_Iterator
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const handleIter = directoryClient.listHandles();
   * let { value, done } = await handleIter.next();
   * while (!done) {
   *   console.log(`Handle: ${value.handleId}`);
   *   ({ value, done } = await handleIter.next());
   * }
   * ```
   *
   * Example using `byPage()`:
   *
   * ```ts snippet:ReadmeSampleListHandles_ByPage
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let i = 1;
   * for await (const response of directoryClient.listHandles().byPage({ maxPageSize: 20 })) {
   *   console.log(`Page ${i++}:`);
   *   for (const handle of response.handleList || []) {
   *     console.log(`\thandle: ${handle.handleId}`);
   *   }
   * }
   * ```
   *
   * Example using paging with a marker:
   *
   * ```ts snippet:ReadmeSampleListHandles_Continuation
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * let iterator = directoryClient.listHandles().byPage({ maxPageSize: 2 });
   * let response = (await iterator.next()).value;
   *
   * for await (const handle of response.handleList || []) {
   *   console.log(`\thandle: ${handle.handleId}`);
   * }
   *
   * // Gets next marker
   * let marker = response.continuationToken;
   *
   * // Passing next marker as continuationToken
   * iterator = directoryClient.listHandles().byPage({ continuationToken: marker, maxPageSize: 10 });
   * response = (await iterator.next()).value;
   *
   * for await (const handle of response.handleList || []) {
   *   console.log(`\thandle: ${handle.handleId}`);
   * }
   * ```
   *
   * @param options - Options to list handles operation.
   *
   * An asyncIterableIterator that supports paging.
   */
  listHandles(options = {}) {
    const iter = this.listHandleItems(options);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      async next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.iterateHandleSegments(removeEmptyString(settings.continuationToken), {
          maxResults: settings.maxPageSize,
          ...options
        });
      }
    };
  }
  /**
   * Lists handles for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/list-handles
   *
   * @param marker - Optional. A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options -
   */
  async listHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-listHandlesSegment", options, async (updatedOptions) => {
      marker2 = marker2 === "" ? void 0 : marker2;
      const response = assertResponse(await this.context.listHandles({
        ...updatedOptions,
        marker: marker2,
        ...this.shareClientConfig
      }));
      if (response.handleList === "") {
        response.handleList = void 0;
      }
      const wrappedResponse = {
        ...ConvertInternalResponseOfListHandles(response),
        _response: {
          ...response._response,
          parsedBody: ConvertInternalResponseOfListHandles(response._response.parsedBody)
        }
      };
      return wrappedResponse;
    });
  }
  /**
   * Force close all handles for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param marker - Optional. A string value that identifies the position of handles that will
   *                          be closed with the next force close handles operation.
   *                          The operation returns a marker value within the response
   *                          body if there are more handles to close. The marker value
   *                          may then be used in a subsequent call to close the next set of handles.
   * @param options -
   */
  async forceCloseHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-forceCloseHandlesSegment", options, async (updatedOptions) => {
      if (marker2 === "") {
        marker2 = void 0;
      }
      const rawResponse = assertResponse(await this.context.forceCloseHandles("*", {
        ...updatedOptions,
        marker: marker2,
        ...this.shareClientConfig
      }));
      return {
        ...rawResponse,
        closedHandlesCount: rawResponse.numberOfHandlesClosed ?? 0,
        closeFailureCount: rawResponse.numberOfHandlesFailedToClose ?? 0
      };
    });
  }
  /**
   * Force close all handles for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param options -
   */
  async forceCloseAllHandles(options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-forceCloseAllHandles", options, async (updatedOptions) => {
      let handlesClosed = 0;
      let numberOfHandlesFailedToClose = 0;
      let marker2 = "";
      do {
        const response = await this.forceCloseHandlesSegment(marker2, updatedOptions);
        marker2 = response.marker;
        if (response.closedHandlesCount) {
          handlesClosed += response.closedHandlesCount;
        }
        if (response.closeFailureCount) {
          numberOfHandlesFailedToClose += response.closeFailureCount;
        }
      } while (marker2);
      return {
        closedHandlesCount: handlesClosed,
        closeFailureCount: numberOfHandlesFailedToClose
      };
    });
  }
  /**
   * Force close a specific handle for a directory.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param aborter - Create a new Aborter instance with Aborter.none or Aborter.timeout(),
   *                          goto documents of Aborter for more examples about request cancellation
   * @param handleId - Specific handle ID, cannot be asterisk "*".
   *                          Use forceCloseHandlesSegment() to close all handles.
   * @param options -
   */
  async forceCloseHandle(handleId2, options = {}) {
    return tracingClient.withSpan("ShareDirectoryClient-forceCloseHandle", options, async (updatedOptions) => {
      if (handleId2 === "*") {
        throw new RangeError(`Parameter handleID should be a specified handle ID. Use forceCloseHandlesSegment() to close all handles.`);
      }
      const rawResponse = await this.context.forceCloseHandles(handleId2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      const response = rawResponse;
      response.closedHandlesCount = rawResponse.numberOfHandlesClosed || 0;
      response.closeFailureCount = rawResponse.numberOfHandlesFailedToClose || 0;
      return response;
    });
  }
  /**
   * Renames a directory.
   * This API only supports renaming a directory in the same share.
   *
   * @param destinationPath - Specifies the destination path to rename to. The path will be encoded to put into a URL to specify the destination.
   * @param options - Options for the renaming operation.
   * @returns Response data for the file renaming operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleRenameDirectory
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const destinationPath = "<destination path>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * await directoryClient.rename(destinationPath);
   * ```
   */
  async rename(destinationPath, options = {}) {
    const split = destinationPath.split("?");
    let destinationUrl;
    if (split.length === 2) {
      const pathOnly = EscapePath(split[0]);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
      destinationUrl = setURLQueries(destinationUrl, split[1]);
    } else if (split.length === 1) {
      const pathOnly = EscapePath(destinationPath);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
    } else {
      throw new RangeError("Destination path should not contain more than one query string");
    }
    const destDirectory = new _ShareDirectoryClient(destinationUrl, this.pipeline, this.shareClientConfig);
    return tracingClient.withSpan("ShareDirectoryClient-rename", options, async (updatedOptions) => {
      const response = assertResponse(await destDirectory.context.rename(this.url, {
        ...updatedOptions,
        sourceLeaseAccessConditions: updatedOptions.sourceLeaseAccessConditions ? {
          sourceLeaseId: updatedOptions.sourceLeaseAccessConditions.leaseId
        } : void 0,
        destinationLeaseAccessConditions: updatedOptions.destinationLeaseAccessConditions ? {
          destinationLeaseId: updatedOptions.destinationLeaseAccessConditions.leaseId
        } : void 0,
        ...this.shareClientConfig
      }));
      return {
        destinationDirectoryClient: destDirectory,
        directoryRenameResponse: response
      };
    });
  }
};
var ShareFileClient = class _ShareFileClient extends StorageClient2 {
  /**
   * context provided by protocol layer.
   */
  context;
  _shareName;
  _path;
  _name;
  shareClientConfig;
  /**
   * The share name corresponding to this file client
   */
  get shareName() {
    return this._shareName;
  }
  /**
   * The full path of the file
   */
  get path() {
    return this._path;
  }
  /**
   * The name of the file
   */
  get name() {
    return this._name;
  }
  constructor(url2, credentialOrPipeline, options) {
    let pipeline;
    if (isPipelineLike(credentialOrPipeline)) {
      pipeline = credentialOrPipeline;
    } else if (credentialOrPipeline instanceof Credential || isTokenCredential(credentialOrPipeline)) {
      pipeline = newPipeline(credentialOrPipeline, options);
    } else {
      pipeline = newPipeline(new AnonymousCredential(), options);
    }
    super(url2, pipeline);
    ({
      baseName: this._name,
      shareName: this._shareName,
      path: this._path
    } = getShareNameAndPathFromUrl(this.url));
    this.shareClientConfig = options;
    this.context = this.storageClientContext.file;
  }
  /**
   * Creates a new ShareFileClient object identical to the source but with the specified share snapshot timestamp.
   * Provide "" will remove the snapshot and return a URL to the base ShareFileClient.
   *
   * @param shareSnapshot - The share snapshot timestamp.
   * @returns A new ShareFileClient object identical to the source but with the specified share snapshot timestamp.
   */
  withShareSnapshot(shareSnapshot2) {
    return new _ShareFileClient(setURLParameter(this.url, URLConstants.Parameters.SHARE_SNAPSHOT, shareSnapshot2.length === 0 ? void 0 : shareSnapshot2), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a new file or replaces a file. Note it only initializes the file with no content.
   * @see https://learn.microsoft.com/rest/api/storageservices/create-file
   *
   * @param size - Specifies the maximum size in bytes for the file, up to 4 TB.
   * @param options - Options to File Create operation.
   * @returns Response data for the File Create  operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateFileAndUpload
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const content = "Hello World!";
   * const fileName = `newdirectory${+new Date()}`;
   * const fileClient = directoryClient.getFileClient(fileName);
   * await fileClient.create(content.length);
   * console.log(`Create file ${fileName} successfully`);
   *
   * // Upload file range
   * await fileClient.uploadRange(content, 0, content.length);
   * console.log(`Upload file range "${content}" to ${fileName} successfully`);
   * ```
   */
  async create(size, options = {}) {
    if (size < 0 || size > FILE_MAX_SIZE_BYTES) {
      throw new RangeError(`File size must >= 0 and < ${FILE_MAX_SIZE_BYTES}.`);
    }
    options = validateAndSetDefaultsForFileAndDirectoryCreateCommonOptions(options);
    options.fileHttpHeaders = options.fileHttpHeaders || {};
    return tracingClient.withSpan("ShareFileClient-create", options, async (updatedOptions) => {
      const rawResponse = await this.context.create(size, {
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        nfsFileType: updatedOptions.posixProperties?.fileType,
        ...this.shareClientConfig
      });
      const wrappedRes = {
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group
        }
      };
      return assertResponse(wrappedRes);
    });
  }
  /**
   * Reads or downloads a file from the system, including its metadata and properties.
   *
   * * In Node.js, data returns in a Readable stream `readableStreamBody`
   * * In browsers, data returns in a promise `contentAsBlob`
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/get-file
   *
   * @param offset - From which position of the file to download, greater than or equal to 0
   * @param count - How much data to be downloaded, greater than 0. Will download to the end when undefined
   * @param options - Options to File Download operation.
   * @returns Response data for the File Download operation.
   *
   * Example usage (Node.js):
   *
   * ```ts snippet:ReadmeSampleDownloadFileAndConvertToString_Node
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const fileName = "<file name>";
   * const fileClient = serviceClient
   *   .getShareClient(shareName)
   *   .rootDirectoryClient.getFileClient(fileName);
   *
   * // Get file content from position 0 to the end
   * // In Node.js, get downloaded data by accessing downloadFileResponse.readableStreamBody
   * const downloadFileResponse = await fileClient.download();
   * if (downloadFileResponse.readableStreamBody) {
   *   const buffer = await streamToBuffer(downloadFileResponse.readableStreamBody);
   *   console.log(`Downloaded file content: ${buffer.toString()}`);
   * }
   *
   * // [Node.js only] A helper method used to read a Node.js readable stream into a Buffer
   * async function streamToBuffer(readableStream: NodeJS.ReadableStream): Promise<Buffer> {
   *   return new Promise((resolve, reject) => {
   *     const chunks: Buffer[] = [];
   *     readableStream.on("data", (data) => {
   *       chunks.push(data instanceof Buffer ? data : Buffer.from(data));
   *     });
   *     readableStream.on("end", () => {
   *       resolve(Buffer.concat(chunks));
   *     });
   *     readableStream.on("error", reject);
   *   });
   * }
   * ```
   *
   * Example usage (browsers):
   *
   * ```ts snippet:ReadmeSampleDownloadFileAndConvertToString_Browser
   * import { ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account name>";
   * const sas = "<service Shared Access Signature Token>";
   *
   * const serviceClient = new ShareServiceClient(`https://${account}.file.core.windows.net?${sas}`);
   *
   * const shareName = "<share name>";
   * const fileName = "<file name>";
   * const fileClient = serviceClient
   *   .getShareClient(shareName)
   *   .rootDirectoryClient.getFileClient(fileName);
   *
   * // Get file content from position 0 to the end
   * // In browsers, get downloaded data by accessing downloadFileResponse.blobBody
   * const downloadFileResponse = await fileClient.download(0);
   * if (downloadFileResponse.blobBody) {
   *   console.log(`Downloaded file content: ${(await downloadFileResponse.blobBody).text()}`);
   * }
   * ```
   */
  async download(offset = 0, count, options = {}) {
    return tracingClient.withSpan("ShareFileClient-download", options, async (updatedOptions) => {
      let contentChecksumAlgorithm = options.contentChecksumAlgorithm ?? this.shareClientConfig?.downloadContentChecksumAlgorithm;
      if (contentChecksumAlgorithm === void 0) {
        contentChecksumAlgorithm = "Customized";
      } else if (contentChecksumAlgorithm === "Auto") {
        contentChecksumAlgorithm = "StorageCrc64";
      }
      if (contentChecksumAlgorithm === "StorageCrc64") {
        await StorageCRC64Calculator.init();
      }
      if (updatedOptions.rangeGetContentMD5 && offset === 0 && count === void 0) {
        throw new RangeError(`rangeGetContentMD5 only works with partial data downloading`);
      }
      const downloadFullFile = offset === 0 && !count;
      const rawResponse = await this.context.download({
        ...updatedOptions,
        requestOptions: {
          onDownloadProgress: isNodeLike ? void 0 : updatedOptions.onProgress
          // for Node.js, progress is reported by RetriableReadableStream
        },
        range: downloadFullFile ? void 0 : rangeToString({ offset, count }),
        ...this.shareClientConfig,
        structuredBodyType: contentChecksumAlgorithm === "StorageCrc64" ? "XSM/1.0; properties=crc64" : void 0
      });
      const res = assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
      if (!isNodeLike) {
        if (contentChecksumAlgorithm === "StorageCrc64") {
          res.blobBody = structuredMessageDecodingBrowser(await res.blobBody);
        }
        return res;
      }
      if (updatedOptions.maxRetryRequests === void 0 || updatedOptions.maxRetryRequests < 0) {
        updatedOptions.maxRetryRequests = DEFAULT_MAX_DOWNLOAD_RETRY_REQUESTS;
      }
      if (res.contentLength === void 0) {
        throw new RangeError(`File download response doesn't contain valid content length header`);
      }
      const contentLength2 = contentChecksumAlgorithm === "StorageCrc64" ? res.structuredContentLength : res.contentLength;
      return new FileDownloadResponse(res, async (start) => {
        const updatedDownloadOptions = {
          range: rangeToString({
            count: offset + contentLength2 - start,
            offset: start
          })
        };
        const downloadRes = await this.context.download({
          ...updatedOptions,
          ...updatedDownloadOptions,
          ...this.shareClientConfig,
          // TODO: confirm whether this is needed
          structuredBodyType: contentChecksumAlgorithm === "StorageCrc64" ? "XSM/1.0; properties=crc64" : void 0
        });
        if (!(downloadRes.etag === res.etag)) {
          throw new Error("File has been modified concurrently");
        }
        if (contentChecksumAlgorithm === "StorageCrc64") {
          return structuredMessageDecodingStream(downloadRes.readableStreamBody, {});
        } else {
          return downloadRes.readableStreamBody;
        }
      }, offset, contentLength2, {
        maxRetryRequests: updatedOptions.maxRetryRequests,
        onProgress: updatedOptions.onProgress
      });
    });
  }
  /**
   * Returns true if the specified file exists; false otherwise.
   *
   * NOTE: use this function with care since an existing file might be deleted by other clients or
   * applications. Vice versa new files might be added by other clients or applications after this
   * function completes.
   *
   * @param options - options to Exists operation.
   */
  async exists(options = {}) {
    return tracingClient.withSpan("ShareFileClient-exists", options, async (updatedOptions) => {
      try {
        await this.getProperties(updatedOptions);
        return true;
      } catch (e) {
        if (e.statusCode === 404) {
          return false;
        }
        throw e;
      }
    });
  }
  /**
   * Returns all user-defined metadata, standard HTTP properties, and system properties
   * for the file. It does not return the content of the file.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-file-properties
   *
   * @param options - Options to File Get Properties operation.
   * @returns Response data for the File Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareFileClient-getProperties", options, async (updatedOptions) => {
      const rawResponse = await this.context.getProperties({
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Sets properties on the file.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-properties
   *
   * @param properties - File properties. For file HTTP headers(e.g. Content-Type),
   *                                       if no values are provided, existing HTTP headers will be removed.
   *                                       For other file properties(e.g. fileAttributes), if no values are provided,
   *                                       existing values will be preserved.
   */
  async setProperties(properties2 = {}) {
    properties2 = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(properties2);
    properties2.fileHttpHeaders = properties2.fileHttpHeaders || {};
    return tracingClient.withSpan("ShareFileClient-setProperties", properties2, async (updatedOptions) => {
      const rawResponse = await this.context.setHttpHeaders({
        ...updatedOptions,
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Removes the file from the storage account.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code SharingViolation
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400 (InvalidQueryParameterValue)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param options - Options to File Delete operation.
   * @returns Response data for the File Delete operation.
   */
  async delete(options = {}) {
    return tracingClient.withSpan("ShareFileClient-delete", options, async (updatedOptions) => {
      return assertResponse(await this.context.delete({ ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  /**
   * Removes the file from the storage account if it exists.
   * When a file is successfully deleted, it is immediately removed from the storage
   * account's index and is no longer accessible to clients. The file's data is later
   * removed from the service during garbage collection.
   *
   * Delete File will fail with status code 409 (Conflict) and error code SharingViolation
   * if the file is open on an SMB client.
   *
   * Delete File is not supported on a share snapshot, which is a read-only copy of
   * a share. An attempt to perform this operation on a share snapshot will fail with 400 (InvalidQueryParameterValue)
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/delete-file2
   *
   * @param options -
   */
  async deleteIfExists(options = {}) {
    return tracingClient.withSpan("ShareFileClient-deleteIfExists", options, async (updatedOptions) => {
      try {
        const res = await this.delete(updatedOptions);
        return {
          succeeded: true,
          ...res
        };
      } catch (e) {
        if (e.details?.errorCode === "ResourceNotFound" || e.details?.errorCode === "ParentNotFound") {
          return {
            succeeded: false,
            ...e.response?.parsedHeaders,
            _response: e.response
          };
        }
        throw e;
      }
    });
  }
  /**
   * Sets HTTP headers on the file.
   *
   * If no option provided, or no value provided for the file HTTP headers in the options,
   * these file HTTP headers without a value will be cleared.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-properties
   *
   * @param FileHttpHeaders - File HTTP headers like Content-Type.
   *                                             Provide undefined will remove existing HTTP headers.
   * @param options - Options to File Set HTTP Headers operation.
   * @returns Response data for the File Set HTTP Headers operation.
   */
  async setHttpHeaders(fileHttpHeaders = {}, options = {}) {
    options = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(options);
    return tracingClient.withSpan("ShareFileClient-setHTTPHeaders", options, async (updatedOptions) => {
      const rawResponse = await this.context.setHttpHeaders({
        ...updatedOptions,
        fileHttpHeaders,
        fileCreatedOn: fileCreationTimeToString(updatedOptions.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(updatedOptions.lastWriteTime),
        fileChangeOn: fileChangeTimeToString(updatedOptions.changeTime),
        fileAttributes: updatedOptions.fileAttributes ? fileAttributesToString(updatedOptions.fileAttributes) : void 0,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Resize file.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-properties
   *
   * @param length - Resizes a file to the specified size in bytes.
   *                        If the specified byte value is less than the current size of the file,
   *                        then all ranges above the specified byte value are cleared.
   * @param options - Options to File Resize operation.
   * @returns Response data for the File Set HTTP Headers operation.
   */
  async resize(length, options = {}) {
    if (length < 0) {
      throw new RangeError(`Size cannot less than 0 when resizing file.`);
    }
    options = validateAndSetDefaultsForFileAndDirectorySetPropertiesCommonOptions(options);
    return tracingClient.withSpan("ShareFileClient-resize", options, async (updatedOptions) => {
      const rawResponse = await this.context.setHttpHeaders({
        ...updatedOptions,
        fileContentLength: length,
        fileChangeOn: fileChangeTimeToString(options.changeTime),
        fileCreatedOn: fileCreationTimeToString(options.creationTime),
        fileLastWriteOn: fileLastWriteTimeToString(options.lastWriteTime),
        fileAttributes: fileAttributesToString(updatedOptions.fileAttributes),
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(options.posixProperties?.fileMode),
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * Updates user-defined metadata for the specified file.
   *
   * If no metadata defined in the option parameter, the file
   * metadata will be removed.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-metadata
   *
   * @param metadata - If no metadata provided, all existing directory metadata will be removed
   * @param options - Options to File Set Metadata operation.
   * @returns Response data for the File Set Metadata operation.
   */
  async setMetadata(metadata2 = {}, options = {}) {
    return tracingClient.withSpan("ShareFileClient-setMetadata", options, async (updatedOptions) => {
      return assertResponse(await this.context.setMetadata({
        ...updatedOptions,
        metadata: metadata2,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Upload a range of bytes to a file. This operation can only be called on an existing file.
   * It won't change the size, properties or metadata of the file.
   * Both the start and count of the range must be specified. The range can be up to 4 MB in size.
   *
   * @param body - Blob, string, ArrayBuffer, ArrayBufferView or a function
   *                               which returns a new Readable stream whose offset is from data source beginning.
   * @param offset - Offset position of the destination Azure File to upload.
   * @param contentLength - Length of body in bytes. Use Buffer.byteLength() to calculate body length for a
   *                               string including non non-Base64/Hex-encoded characters.
   * @param options - Options to File Upload Range operation.
   * @returns Response data for the File Upload Range operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateFileAndUpload
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const directoryClient = serviceClient.getShareClient(shareName).getDirectoryClient(directoryName);
   *
   * const content = "Hello World!";
   * const fileName = `newdirectory${+new Date()}`;
   * const fileClient = directoryClient.getFileClient(fileName);
   * await fileClient.create(content.length);
   * console.log(`Create file ${fileName} successfully`);
   *
   * // Upload file range
   * await fileClient.uploadRange(content, 0, content.length);
   * console.log(`Upload file range "${content}" to ${fileName} successfully`);
   * ```
   */
  async uploadRange(body2, offset, contentLength2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadRange", options, async (updatedOptions) => {
      if (offset < 0) {
        throw new RangeError(`offset must be >= 0`);
      }
      if (contentLength2 <= 0 || contentLength2 > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`contentLength must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES} bytes`);
      }
      if (contentLength2 > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`offset must be < ${FILE_RANGE_MAX_SIZE_BYTES} bytes`);
      }
      const parameters = {
        ...updatedOptions,
        requestOptions: {
          onUploadProgress: updatedOptions.onProgress
        },
        ...this.shareClientConfig
      };
      const uploadBodyParameters = await setUploadChecksumParameters(body2, contentLength2, parameters, options, this.shareClientConfig?.uploadContentChecksumAlgorithm);
      parameters.body = uploadBodyParameters.body;
      return assertResponse(await this.context.uploadRange(rangeToString({ count: contentLength2, offset }), "update", uploadBodyParameters.contentLength, parameters));
    });
  }
  /**
   * Upload a range of bytes to a file where the contents are read from a another file's URL.
   * The range can be up to 4 MB in size.
   *
   * @param sourceURL - Specify a URL to the copy source, Shared Access Signature(SAS) maybe needed for authentication.
   * @param sourceOffset - The source offset to copy from. Pass 0 to copy from the beginning of source file.
   * @param destOffset - Offset of destination file.
   * @param count - Number of bytes to be uploaded from source file.
   * @param options - Options to configure File - Upload Range from URL operation.
   */
  async uploadRangeFromURL(sourceURL, sourceOffset, destOffset, count, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadRangeFromURL", options, async (updatedOptions) => {
      if (sourceOffset < 0 || destOffset < 0) {
        throw new RangeError(`sourceOffset and destOffset must be >= 0`);
      }
      if (count <= 0 || count > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`count must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES} bytes`);
      }
      return assertResponse(await this.context.uploadRangeFromURL(rangeToString({ offset: destOffset, count }), sourceURL, 0, {
        ...updatedOptions,
        sourceRange: rangeToString({ offset: sourceOffset, count }),
        sourceModifiedAccessConditions: updatedOptions.sourceConditions,
        copySourceAuthorization: httpAuthorizationToString(updatedOptions.sourceAuthorization),
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Clears the specified range and
   * releases the space used in storage for that range.
   *
   * @param offset -
   * @param contentLength -
   * @param options - Options to File Clear Range operation.
   */
  async clearRange(offset, contentLength2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-clearRange", options, async (updatedOptions) => {
      if (offset < 0 || contentLength2 <= 0) {
        throw new RangeError(`offset must >= 0 and contentLength must be > 0`);
      }
      return assertResponse(await this.context.uploadRange(rangeToString({ count: contentLength2, offset }), "clear", 0, { ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  /**
   * Returns the list of valid ranges for a file.
   *
   * @param options - Options to File Get range List operation.
   */
  async getRangeList(options = {}) {
    return tracingClient.withSpan("ShareFileClient-getRangeList", options, async (updatedOptions) => {
      const originalResponse = assertResponse(await this.context.getRangeList({
        ...updatedOptions,
        range: updatedOptions.range ? rangeToString(updatedOptions.range) : void 0,
        ...this.shareClientConfig
      }));
      const parsedBody = originalResponse._response.parsedBody.ranges ? originalResponse._response.parsedBody.ranges : [];
      return {
        ...originalResponse,
        _response: { ...originalResponse._response, parsedBody },
        rangeList: originalResponse.ranges ? originalResponse.ranges : []
      };
    });
  }
  /**
   * Returns the list of ranges that differ between a previous share snapshot and this file.
   *
   * @param prevShareSnapshot - The previous snapshot parameter is an opaque DateTime value that specifies the previous share snapshot to compare with.
   * @param options -
   */
  async getRangeListDiff(prevShareSnapshot, options = {}) {
    return tracingClient.withSpan("ShareFileClient-getRangeListDiff", options, async (updatedOptions) => {
      return assertResponse(await this.context.getRangeList({
        ...updatedOptions,
        prevsharesnapshot: prevShareSnapshot,
        supportRename: options.includeRenames,
        range: updatedOptions.range ? rangeToString(updatedOptions.range) : void 0,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Copies a blob or file to a destination file within the storage account.
   *
   * @param copySource - Specifies the URL of the source file or blob, up to 2 KB in length.
   * To copy a file to another file within the same storage account, you may use Shared Key to
   * authenticate the source file. If you are copying a file from another storage account, or if you
   * are copying a blob from the same storage account or another storage account, then you must
   * authenticate the source file or blob using a shared access signature. If the source is a public
   * blob, no authentication is required to perform the copy operation. A file in a share snapshot
   * can also be specified as a copy source.
   * @param options - Options to File Start Copy operation.
   */
  async startCopyFromURL(copySource2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-startCopyFromURL", options, async (updatedOptions) => {
      return assertResponse(await this.context.startCopy(copySource2, {
        ...updatedOptions,
        ...this.shareClientConfig,
        owner: updatedOptions.posixProperties?.owner,
        group: updatedOptions.posixProperties?.group,
        fileMode: toOctalFileMode(updatedOptions.posixProperties?.fileMode),
        fileModeCopyMode: updatedOptions.fileModeCopyMode,
        fileOwnerCopyMode: updatedOptions.fileOwnerCopyMode
      }));
    });
  }
  /**
   * Aborts a pending Copy File operation, and leaves a destination file with zero length and full
   * metadata.
   * @see https://learn.microsoft.com/rest/api/storageservices/abort-copy-file
   *
   * @param copyId - Id of the Copy File operation to abort.
   * @param options - Options to File Abort Copy From URL operation.
   */
  async abortCopyFromURL(copyId2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-abortCopyFromURL", options, async (updatedOptions) => {
      return assertResponse(await this.context.abortCopy(copyId2, { ...updatedOptions, ...this.shareClientConfig }));
    });
  }
  // High Level functions
  /**
   * Creates a new Azure File or replaces an existing Azure File, and then uploads a Buffer(Node)/Blob/ArrayBuffer/ArrayBufferView to it.
   *
   * @param data - Buffer(Node), Blob, ArrayBuffer or ArrayBufferView
   * @param options -
   */
  async uploadData(data, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadData", options, async (updatedOptions) => {
      if (isNodeLike) {
        let buffer;
        if (data instanceof Buffer) {
          buffer = data;
        } else if (data instanceof ArrayBuffer) {
          buffer = Buffer.from(data);
        } else {
          data = data;
          buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        }
        return this.uploadSeekableInternal((offset, size) => buffer.slice(offset, offset + size), buffer.byteLength, updatedOptions);
      } else {
        const browserBlob = new Blob([data]);
        return this.uploadSeekableInternal((offset, size) => browserBlob.slice(offset, offset + size), browserBlob.size, updatedOptions);
      }
    });
  }
  /**
   * ONLY AVAILABLE IN BROWSERS.
   *
   * Uploads a browser Blob object to an Azure file. Requires a blobFactory as the data source,
   * which need to return a Blob object with the offset and size provided.
   *
   * @param blobFactory -
   * @param size -
   * @param options -
   */
  async uploadSeekableBlob(blobFactory, size, options = {}) {
    return tracingClient.withSpan("ShareFileClient-UploadSeekableBlob", options, async (updatedOptions) => {
      return this.uploadSeekableInternal(blobFactory, size, updatedOptions);
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Creates a new Azure File or replaces an existing Azure File, and then uploads a local file to it.
   *
   * @param filePath - Full path of local file
   * @param fileClient - ShareFileClient
   * @param options -
   */
  async uploadFile(filePath, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadFile", options, async (updatedOptions) => {
      const size = (await fsStat(filePath)).size;
      return this.uploadSeekableInternal((offset, count) => {
        return () => fsCreateReadStream(filePath, {
          autoClose: true,
          end: count ? offset + count - 1 : Infinity,
          start: offset
        });
      }, size, updatedOptions);
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Accepts a Node.js Readable stream factory, and uploads in blocks to an Azure File.
   * The Readable stream factory must returns a Node.js Readable stream starting from the offset defined. The offset
   * is the offset in the Azure file to be uploaded.
   *
   * @param streamFactory - Returns a Node.js Readable stream starting
   *                                                                  from the offset defined
   * @param size - Size of the Azure file
   * @param fileClient - ShareFileClient
   * @param options -
   */
  async uploadResetableStream(streamFactory, size, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadResetableStream", options, async (updatedOptions) => {
      return this.uploadSeekableInternal((offset, count) => {
        return () => streamFactory(offset, count);
      }, size, updatedOptions);
    });
  }
  /**
   *
   * @param bodyFactory -
   * @param size - Size of the Azure file
   * @param fileClient - ShareFileClient
   * @param options -
   */
  async uploadSeekableInternal(bodyFactory, size, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadSeekableInternal", options, async (updatedOptions) => {
      if (!options.rangeSize) {
        options.rangeSize = FILE_RANGE_MAX_SIZE_BYTES;
      }
      if (options.rangeSize < 0 || options.rangeSize > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`options.rangeSize must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES}`);
      }
      if (!options.fileHttpHeaders) {
        options.fileHttpHeaders = {};
      }
      if (!options.concurrency) {
        options.concurrency = DEFAULT_HIGH_LEVEL_CONCURRENCY;
      }
      if (options.concurrency < 0) {
        throw new RangeError(`options.concurrency cannot less than 0.`);
      }
      await this.create(size, {
        abortSignal: options.abortSignal,
        fileHttpHeaders: options.fileHttpHeaders,
        metadata: options.metadata,
        leaseAccessConditions: options.leaseAccessConditions,
        tracingOptions: updatedOptions.tracingOptions
      });
      const numBlocks = Math.floor((size - 1) / options.rangeSize) + 1;
      let transferProgress = 0;
      const batch = new Batch(options.concurrency);
      for (let i = 0; i < numBlocks; i++) {
        batch.addOperation(async () => {
          const start = options.rangeSize * i;
          const end = i === numBlocks - 1 ? size : start + options.rangeSize;
          const contentLength2 = end - start;
          await this.uploadRange(bodyFactory(start, contentLength2), start, contentLength2, {
            abortSignal: options.abortSignal,
            leaseAccessConditions: options.leaseAccessConditions,
            tracingOptions: updatedOptions.tracingOptions,
            contentChecksumAlgorithm: options.contentChecksumAlgorithm
          });
          transferProgress += contentLength2;
          if (options.onProgress) {
            options.onProgress({ loadedBytes: transferProgress });
          }
        });
      }
      return batch.do();
    });
  }
  async downloadToBuffer(bufferOrOffset, offsetOrCount, countOrOptions, optOptions = {}) {
    let buffer = void 0;
    let offset;
    let count;
    let options = optOptions;
    if (bufferOrOffset instanceof Buffer) {
      buffer = bufferOrOffset;
      offset = offsetOrCount || 0;
      count = typeof countOrOptions === "number" ? countOrOptions : 0;
    } else {
      offset = typeof bufferOrOffset === "number" ? bufferOrOffset : 0;
      count = typeof offsetOrCount === "number" ? offsetOrCount : 0;
      options = countOrOptions || {};
    }
    return tracingClient.withSpan("ShareFileClient-downloadToBuffer", options, async (updatedOptions) => {
      if (!options.rangeSize) {
        options.rangeSize = FILE_RANGE_MAX_SIZE_BYTES;
      }
      if (options.rangeSize < 0) {
        throw new RangeError("rangeSize option must be > 0");
      }
      if (offset < 0) {
        throw new RangeError("offset option must be >= 0");
      }
      if (count && count <= 0) {
        throw new RangeError("count option must be > 0");
      }
      if (!options.concurrency) {
        options.concurrency = DEFAULT_HIGH_LEVEL_CONCURRENCY;
      }
      if (options.concurrency < 0) {
        throw new RangeError(`options.concurrency cannot less than 0.`);
      }
      if (!count) {
        const response = await this.getProperties({
          abortSignal: options.abortSignal,
          leaseAccessConditions: options.leaseAccessConditions,
          tracingOptions: updatedOptions.tracingOptions
        });
        count = response.contentLength - offset;
        if (count < 0) {
          throw new RangeError(`offset ${offset} shouldn't be larger than file size ${response.contentLength}`);
        }
      }
      if (!buffer) {
        try {
          buffer = Buffer.alloc(count);
        } catch (error) {
          throw new Error(`Unable to allocate a buffer of size: ${count} bytes. Please try passing your own Buffer to the "downloadToBuffer method or try using other methods like "download" or "downloadToFile".	 ${error.message}`);
        }
      }
      if (buffer.length < count) {
        throw new RangeError(`The buffer's size should be equal to or larger than the request count of bytes: ${count}`);
      }
      let transferProgress = 0;
      const batch = new Batch(options.concurrency);
      for (let off = offset; off < offset + count; off = off + options.rangeSize) {
        batch.addOperation(async () => {
          let chunkEnd = offset + count;
          if (off + options.rangeSize < chunkEnd) {
            chunkEnd = off + options.rangeSize;
          }
          const response = await this.download(off, chunkEnd - off, {
            abortSignal: options.abortSignal,
            maxRetryRequests: options.maxRetryRequestsPerRange,
            leaseAccessConditions: options.leaseAccessConditions,
            tracingOptions: updatedOptions.tracingOptions,
            contentChecksumAlgorithm: options.contentChecksumAlgorithm
          });
          const stream = response.readableStreamBody;
          await streamToBuffer(stream, buffer, off - offset, chunkEnd - offset);
          transferProgress += chunkEnd - off;
          if (options.onProgress) {
            options.onProgress({ loadedBytes: transferProgress });
          }
        });
      }
      await batch.do();
      return buffer;
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Creates a new Azure File or replaces an existing Azure File, and then uploads a Node.js Readable stream into it.
   * This method will try to create an Azure File, then starts uploading chunk by chunk.
   * Size of chunk is defined by `bufferSize` parameter.
   * Please make sure potential size of stream doesn't exceed file size.
   *
   * PERFORMANCE IMPROVEMENT TIPS:
   * * Input stream highWaterMark is better to set a same value with bufferSize
   *   parameter, which will avoid Buffer.concat() operations.
   *
   * @param stream - Node.js Readable stream. Must be less or equal than file size.
   * @param size - Size of file to be created. Maximum size allowed is 4 TB.
   *                      If this value is larger than stream size, there will be empty bytes in file tail.
   * @param bufferSize - Size of every buffer allocated in bytes, also the chunk/range size during
   *                            the uploaded file. Size must be greater than 0 and lesser than or equal to 4 * 1024 * 1024 (4MB)
   * @param maxBuffers - Max buffers will allocate during uploading, positive correlation
   *                            with max uploading concurrency
   * @param options -
   */
  async uploadStream(stream, size, bufferSize, maxBuffers, options = {}) {
    return tracingClient.withSpan("ShareFileClient-uploadStream", options, async (updatedOptions) => {
      if (!options.fileHttpHeaders) {
        options.fileHttpHeaders = {};
      }
      if (bufferSize <= 0 || bufferSize > FILE_RANGE_MAX_SIZE_BYTES) {
        throw new RangeError(`bufferSize must be > 0 and <= ${FILE_RANGE_MAX_SIZE_BYTES}`);
      }
      if (maxBuffers < 0) {
        throw new RangeError(`maxBuffers must be > 0.`);
      }
      await this.create(size, {
        abortSignal: options.abortSignal,
        fileHttpHeaders: options.fileHttpHeaders,
        metadata: options.metadata,
        leaseAccessConditions: options.leaseAccessConditions,
        tracingOptions: updatedOptions.tracingOptions
      });
      let transferProgress = 0;
      const scheduler = new BufferScheduler(
        stream,
        bufferSize,
        maxBuffers,
        async (buffer, offset) => {
          if (transferProgress + buffer.length > size) {
            throw new RangeError(`Stream size is larger than file size ${size} bytes, uploading failed. Please make sure stream length is less or equal than file size.`);
          }
          await this.uploadRange(buffer, offset, buffer.length, {
            abortSignal: options.abortSignal,
            leaseAccessConditions: options.leaseAccessConditions,
            tracingOptions: updatedOptions.tracingOptions,
            contentChecksumAlgorithm: options.contentChecksumAlgorithm
          });
          transferProgress += buffer.length;
          if (options.onProgress) {
            options.onProgress({ loadedBytes: transferProgress });
          }
        },
        // Concurrency should set a smaller value than maxBuffers, which is helpful to
        // reduce the possibility when a outgoing handler waits for stream data, in
        // this situation, outgoing handlers are blocked.
        // Outgoing queue shouldn't be empty.
        Math.ceil(maxBuffers / 4 * 3)
      );
      return scheduler.do();
    });
  }
  /**
   * ONLY AVAILABLE IN NODE.JS RUNTIME.
   *
   * Downloads an Azure Blob to a local file.
   * Fails if the the given file path already exits.
   * Offset and count are optional, pass 0 and undefined respectively to download the entire blob.
   *
   * @param filePath -
   * @param offset - From which position of the block blob to download.
   * @param count - How much data to be downloaded. Will download to the end when passing undefined.
   * @param options - Options to Blob download options.
   * @returns The response data for blob download operation,
   *                                                 but with readableStreamBody set to undefined since its
   *                                                 content is already read and written into a local file
   *                                                 at the specified path.
   */
  async downloadToFile(filePath, offset = 0, count, options = {}) {
    return tracingClient.withSpan("ShareFileClient-downloadToFile", options, async (updatedOptions) => {
      const response = await this.download(offset, count, updatedOptions);
      if (response.readableStreamBody) {
        await readStreamToLocalFile(response.readableStreamBody, filePath);
      }
      response.fileDownloadStream = void 0;
      return response;
    });
  }
  /**
   * Lists handles for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/list-handles
   *
   * @param marker - Optional. A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options -
   */
  async listHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-listHandlesSegment", options, async (updatedOptions) => {
      marker2 = marker2 === "" ? void 0 : marker2;
      const response = assertResponse(await this.context.listHandles({
        ...updatedOptions,
        ...this.shareClientConfig,
        marker: marker2
      }));
      if (response.handleList === "") {
        response.handleList = void 0;
      }
      const wrappedResponse = {
        ...ConvertInternalResponseOfListHandles(response),
        _response: {
          ...response._response,
          parsedBody: ConvertInternalResponseOfListHandles(response._response.parsedBody)
        }
      };
      return wrappedResponse;
    });
  }
  /**
   * Returns an AsyncIterableIterator for FileListHandlesResponse
   *
   * @param marker - A string value that identifies the portion of the list to be
   *                          returned with the next list handles operation. The operation returns a
   *                          marker value within the response body if the list returned was not complete.
   *                          The marker value may then be used in a subsequent call to request the next
   *                          set of list items.
   * @param options - Options to list handles operation.
   */
  async *iterateHandleSegments(marker2, options = {}) {
    let listHandlesResponse;
    if (!!marker2 || marker2 === void 0) {
      do {
        listHandlesResponse = await this.listHandlesSegment(marker2, options);
        marker2 = listHandlesResponse.continuationToken;
        yield listHandlesResponse;
      } while (marker2);
    }
  }
  /**
   * Returns an AsyncIterableIterator for handles
   *
   * @param options - Options to list handles operation.
   */
  async *listHandleItems(options = {}) {
    let marker2;
    for await (const listHandlesResponse of this.iterateHandleSegments(marker2, options)) {
      if (listHandlesResponse.handleList) {
        for (const handle of listHandlesResponse.handleList) {
          yield handle;
        }
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the handles.
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the handles in pages.
   *
   * @param options - Options to list handles operation.
   *
   * An asyncIterableIterator that supports paging.
   */
  listHandles(options = {}) {
    const iter = this.listHandleItems(options);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      async next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.iterateHandleSegments(removeEmptyString(settings.continuationToken), {
          maxPageSize: settings.maxPageSize,
          ...options
        });
      }
    };
  }
  /**
   * Force close all handles for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param marker - Optional. A string value that identifies the position of handles that will
   *                          be closed with the next force close handles operation.
   *                          The operation returns a marker value within the response
   *                          body if there are more handles to close. The marker value
   *                          may then be used in a subsequent call to close the next set of handles.
   * @param options - Options to force close handles operation.
   */
  async forceCloseHandlesSegment(marker2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-forceCloseHandlesSegment", options, async (updatedOptions) => {
      marker2 = marker2 === "" ? void 0 : marker2;
      const rawResponse = await this.context.forceCloseHandles("*", {
        ...updatedOptions,
        ...this.shareClientConfig,
        marker: marker2
      });
      const response = rawResponse;
      response.closedHandlesCount = rawResponse.numberOfHandlesClosed || 0;
      response.closeFailureCount = rawResponse.numberOfHandlesFailedToClose || 0;
      return response;
    });
  }
  /**
   * Force close all handles for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param options - Options to force close handles operation.
   */
  async forceCloseAllHandles(options = {}) {
    return tracingClient.withSpan("ShareFileClient-forceCloseAllHandles", options, async (updatedOptions) => {
      let handlesClosed = 0;
      let numberOfHandlesFailedToClose = 0;
      let marker2 = "";
      do {
        const response = await this.forceCloseHandlesSegment(marker2, { tracingOptions: updatedOptions.tracingOptions });
        marker2 = response.marker;
        if (response.closedHandlesCount) {
          handlesClosed += response.closedHandlesCount;
        }
        if (response.closeFailureCount) {
          numberOfHandlesFailedToClose += response.closeFailureCount;
        }
      } while (marker2);
      return {
        closedHandlesCount: handlesClosed,
        closeFailureCount: numberOfHandlesFailedToClose
      };
    });
  }
  /**
   * Force close a specific handle for a file.
   * @see https://learn.microsoft.com/rest/api/storageservices/force-close-handles
   *
   * @param handleId - Specific handle ID, cannot be asterisk "*".
   *                          Use forceCloseAllHandles() to close all handles.
   * @param FileForceCloseHandlesOptions - Options to force close handles operation.
   */
  async forceCloseHandle(handleId2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-forceCloseHandle", options, async (updatedOptions) => {
      if (handleId2 === "*") {
        throw new RangeError(`Parameter handleID should be a specified handle ID. Use forceCloseHandlesSegment() to close all handles.`);
      }
      const rawResponse = await this.context.forceCloseHandles(handleId2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      const response = rawResponse;
      response.closedHandlesCount = rawResponse.numberOfHandlesClosed || 0;
      response.closeFailureCount = rawResponse.numberOfHandlesFailedToClose || 0;
      return response;
    });
  }
  /**
   * NFS only.  Creates a hard link to the file file specified by path.
   * @param targetFile - Path of the file to create the hard link to, not including the share.
   *  For example: "targetDirectory/targetSubDirectory/.../targetFile"
   * @param options - Options to create hard link operation.
   */
  async createHardLink(targetFile2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-createHardLink", options, async (updatedOptions) => {
      const rawResponse = await this.context.createHardLink(targetFile2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          fileType: rawResponse.nfsFileType,
          owner: rawResponse.owner,
          group: rawResponse.group,
          linkCount: rawResponse.linkCount
        }
      });
    });
  }
  /**
   * NFS only.  Creates a symbolic link.
   * @param linkText - The path to the original file, the symbolic link is pointing to.
   *                  The path is of type string which is not resolved and is stored as is. The path can be absolute path
   *                 or the relative path depending on the content stored in the symbolic link file.
   * @param options - Options to create hard link operation.
   */
  async createSymbolicLink(linkText2, options = {}) {
    return tracingClient.withSpan("ShareFileClient-createSymbolicLink", options, async (updatedOptions) => {
      const rawResponse = await this.context.createSymbolicLink(linkText2, {
        ...updatedOptions,
        ...this.shareClientConfig
      });
      return assertResponse({
        ...rawResponse,
        _response: rawResponse._response,
        // _response is made non-enumerable,
        posixProperties: {
          fileMode: parseOctalFileMode(rawResponse.fileMode),
          owner: rawResponse.owner,
          group: rawResponse.group,
          fileType: rawResponse.nfsFileType
        }
      });
    });
  }
  /**
   * NFS only.  Gets content of a symbolic link.
   * @param options - Options to get symbolic link operation.
   */
  async getSymbolicLink(options = {}) {
    return tracingClient.withSpan("ShareFileClient-getSymbolicLink", options, async (updatedOptions) => {
      return assertResponse(await this.context.getSymbolicLink({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Get a {@link ShareLeaseClient} that manages leases on the file.
   *
   * @param proposeLeaseId - Initial proposed lease Id.
   * @returns A new ShareLeaseClient object for managing leases on the file.
   */
  getShareLeaseClient(proposeLeaseId) {
    return new ShareLeaseClient(this, proposeLeaseId);
  }
  /**
   * Only available for clients constructed with a shared key credential.
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateSasUrl(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    const sas = generateFileSASQueryParameters({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, this.credential).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   * Only available for clients constructed with a shared key credential.
   *
   * Generates string to sign for a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  /* eslint-disable-next-line @azure/azure-sdk/ts-naming-options*/
  generateSasStringToSign(options) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
    }
    return generateFileSASQueryParametersInternal({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, this.credential).stringToSign;
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationSasUrl(options, userDelegationKey) {
    const sas = generateFileSASQueryParameters({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, userDelegationKey, this.accountName).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   *
   * Generates a Service Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the user delegation key credential input.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
   *
   * @param options - Optional parameters.
   * @param userDelegationKey - user delegation key used to sign the SAS URI
   * @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateUserDelegationStringToSign(options, userDelegationKey) {
    return generateFileSASQueryParametersInternal({
      shareName: this.shareName,
      filePath: this.path,
      ...options
    }, userDelegationKey, this.accountName).stringToSign;
  }
  /**
   * Renames a file.
   * This API only supports renaming a file in the same share.
   *
   * @param destinationPath - Specifies the destination path to rename to. The path will be encoded to put into a URL to specify the destination.
   * @param options - Options for the renaming operation.
   * @returns Response data for the file renaming operation.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleRenameFile
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const directoryName = "<directory name>";
   * const fileName = "<file name>";
   * const destinationPath = "<destination path>";
   * const fileClient = serviceClient
   *   .getShareClient(shareName)
   *   .getDirectoryClient(directoryName)
   *   .getFileClient(fileName);
   *
   * await fileClient.rename(destinationPath);
   * ```
   */
  async rename(destinationPath, options = {}) {
    const split = destinationPath.split("?");
    let destinationUrl;
    if (split.length === 2) {
      const pathOnly = EscapePath(split[0]);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
      destinationUrl = setURLQueries(destinationUrl, split[1]);
    } else if (split.length === 1) {
      const pathOnly = EscapePath(destinationPath);
      const renameDestination = `/${this.shareName}/${pathOnly}`;
      destinationUrl = setURLPath(this.url, renameDestination);
    } else {
      throw new RangeError("Destination path should not contain more than one query string");
    }
    const destFile = new _ShareFileClient(destinationUrl, this.pipeline, this.shareClientConfig);
    return tracingClient.withSpan("ShareFileClient-rename", options, async (updatedOptions) => {
      const response = assertResponse(await destFile.context.rename(this.url, {
        ...updatedOptions,
        sourceLeaseAccessConditions: updatedOptions.sourceLeaseAccessConditions ? {
          sourceLeaseId: updatedOptions.sourceLeaseAccessConditions.leaseId
        } : void 0,
        destinationLeaseAccessConditions: updatedOptions.destinationLeaseAccessConditions ? {
          destinationLeaseId: updatedOptions.destinationLeaseAccessConditions.leaseId
        } : void 0,
        fileHttpHeaders: options.contentType ? {
          fileContentType: options.contentType
        } : void 0,
        ...this.shareClientConfig
      }));
      return {
        destinationFileClient: destFile,
        fileRenameResponse: response
      };
    });
  }
};
var ShareLeaseClient = class {
  _leaseId;
  _url;
  fileOrShare;
  shareClientConfig;
  /**
   * Gets the lease Id.
   *
   * @readonly
   */
  get leaseId() {
    return this._leaseId;
  }
  /**
   * Gets the url.
   *
   * @readonly
   */
  get url() {
    return this._url;
  }
  /**
   * Creates an instance of ShareLeaseClient.
   * @param client - The client to make the lease operation requests.
   * @param leaseId - Initial proposed lease id.
   */
  constructor(client, leaseId2) {
    const clientContext = client["storageClientContext"];
    if (client instanceof ShareClient) {
      this.fileOrShare = clientContext.share;
      this.shareClientConfig = client["shareClientConfig"];
    } else {
      this.fileOrShare = clientContext.file;
      this.shareClientConfig = client["shareClientConfig"];
    }
    this._url = client.url;
    if (!leaseId2) {
      leaseId2 = randomUUID();
    }
    this._leaseId = leaseId2;
  }
  /**
   * Establishes and manages a lock on a file, share or share snapshot for write and delete operations.
   *
   * @param duration - Specifies the duration of lease in seconds. For file, the only allowed value is -1 for a lease that never expires. For share, must be -1 or between 15 to 60.
   * @param options - Options for the lease management operation.
   * @returns Response data for acquire lease operation.
   */
  async acquireLease(duration2 = -1, options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-acquireLease", options, async (updatedOptions) => {
      return assertResponse(await this.fileOrShare.acquireLease({
        ...updatedOptions,
        ...this.shareClientConfig,
        duration: duration2,
        proposedLeaseId: this._leaseId
      }));
    });
  }
  /**
   * To change the ID of an existing lease.
   *
   * @param proposedLeaseId - the proposed new lease Id.
   * @param options - Options for the lease management operation.
   * @returns Response data for change lease operation.
   */
  async changeLease(proposedLeaseId2, options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-changeLease", options, async (updatedOptions) => {
      const response = assertResponse(await this.fileOrShare.changeLease(this._leaseId, {
        ...updatedOptions,
        ...this.shareClientConfig,
        proposedLeaseId: proposedLeaseId2
      }));
      this._leaseId = proposedLeaseId2;
      return response;
    });
  }
  /**
   * To free the lease if it is no longer needed so that another client may
   * immediately acquire a lease.
   *
   * @param options - Options for the lease management operation.
   * @returns Response data for release lease operation.
   */
  async releaseLease(options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-releaseLease", options, async (updatedOptions) => {
      return assertResponse(await this.fileOrShare.releaseLease(this._leaseId, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * To force end the lease.
   *
   * @param options - Options for the lease management operation.
   * @returns Response data for break lease operation.
   */
  async breakLease(options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-breakLease", options, async (updatedOptions) => {
      return assertResponse(await this.fileOrShare.breakLease({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * To renew the lease. Only available for lease on share or share snapshot.
   * Note that the lease may be renewed even if it has expired as long as the share has not been leased again since the expiration of that lease.
   * When you renew a lease, the lease duration clock resets.
   *
   * @param options - Options for the lease management operation.
   * @returns Response data for renew lease operation.
   */
  async renewLease(options = {}) {
    return tracingClient.withSpan("ShareLeaseClient-renewLease", options, async (updatedOptions) => {
      if (isFile(this.fileOrShare)) {
        throw new RangeError("The renewLease operation is not available for lease on file.");
      }
      return assertResponse(await this.fileOrShare.renewLease(this._leaseId, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
};
function isFile(fileOrShare) {
  return "renewLease" in fileOrShare;
}

// node_modules/@azure/storage-file-share/dist/esm/ShareClientInternal.js
var ShareClientInternal = class extends StorageClient2 {
  context;
  constructor(url2, pipeline) {
    super(url2, pipeline);
    this.context = this.storageClientContext.share;
  }
  async restore(options = {}) {
    return this.context.restore(options);
  }
};

// node_modules/@azure/storage-file-share/dist/esm/ShareServiceClient.js
function isShareGetUserDelegationKeyParameters(parameter) {
  if (!parameter || typeof parameter !== "object") {
    return false;
  }
  const castParameter = parameter;
  return castParameter.expiresOn instanceof Date;
}
var ShareServiceClient = class _ShareServiceClient extends StorageClient2 {
  /**
   * serviceContext provided by protocol layer.
   */
  serviceContext;
  shareClientConfig;
  /**
   *
   * Creates an instance of ShareServiceClient from connection string.
   *
   * @param connectionString - Account connection string or a SAS connection string of an Azure storage account.
   *                                  [ Note - Account connection string can only be used in NODE.JS runtime. ]
   *                                  Account connection string example -
   *                                  `DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=accountKey;EndpointSuffix=core.windows.net`
   *                                  SAS connection string example -
   *                                  `BlobEndpoint=https://myaccount.blob.core.windows.net/;QueueEndpoint=https://myaccount.queue.core.windows.net/;FileEndpoint=https://myaccount.file.core.windows.net/;TableEndpoint=https://myaccount.table.core.windows.net/;SharedAccessSignature=sasString`
   * @param options - Options to configure the HTTP pipeline.
   * @returns A new ShareServiceClient from the given connection string.
   */
  static fromConnectionString(connectionString, options) {
    const extractedCreds = extractConnectionStringParts(connectionString);
    if (extractedCreds.kind === "AccountConnString") {
      if (isNodeLike) {
        const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
        const pipeline = newPipeline(sharedKeyCredential, options);
        return new _ShareServiceClient(extractedCreds.url, pipeline, options);
      } else {
        throw new Error("Account connection string is only supported in Node.js environment");
      }
    } else if (extractedCreds.kind === "SASConnString") {
      const pipeline = newPipeline(new AnonymousCredential(), options);
      return new _ShareServiceClient(extractedCreds.url + "?" + extractedCreds.accountSas, pipeline, options);
    } else {
      throw new Error("Connection string must be either an Account connection string or a SAS connection string");
    }
  }
  constructor(url2, credentialOrPipeline, options) {
    let pipeline;
    if (isPipelineLike(credentialOrPipeline)) {
      pipeline = credentialOrPipeline;
    } else if (credentialOrPipeline instanceof Credential || isTokenCredential(credentialOrPipeline)) {
      pipeline = newPipeline(credentialOrPipeline, options);
    } else {
      pipeline = newPipeline(new AnonymousCredential(), options);
    }
    super(url2, pipeline);
    this.shareClientConfig = options;
    this.serviceContext = this.storageClientContext.service;
  }
  /**
   * Creates a ShareClient object.
   *
   * @param shareName - Name of a share.
   * @returns The ShareClient object for the given share name.
   *
   * Example usage:
   *
   * ```ts snippet:ReadmeSampleCreateShareClient
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareName = "<share name>";
   * const shareClient = serviceClient.getShareClient(shareName);
   * await shareClient.create();
   * ```
   */
  getShareClient(shareName) {
    return new ShareClient(appendToURLPath(this.url, shareName), this.pipeline, this.shareClientConfig);
  }
  /**
   * Creates a Share.
   *
   * @param shareName -
   * @param options -
   * @returns Share creation response and the corresponding share client.
   */
  async createShare(shareName, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-createShare", options, async (updatedOptions) => {
      const shareClient = this.getShareClient(shareName);
      const shareCreateResponse = await shareClient.create(updatedOptions);
      return {
        shareCreateResponse,
        shareClient
      };
    });
  }
  /**
   * Deletes a Share.
   *
   * @param shareName -
   * @param options -
   * @returns Share deletion response and the corresponding share client.
   */
  async deleteShare(shareName, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-deleteShare", options, async (updatedOptions) => {
      const shareClient = this.getShareClient(shareName);
      return shareClient.delete(updatedOptions);
    });
  }
  /**
   * Gets the properties of a storage account’s file service, including properties
   * for Storage Analytics and CORS (Cross-Origin Resource Sharing) rules.
   * @see https://learn.microsoft.com/rest/api/storageservices/get-file-service-properties
   *
   * @param options - Options to Get Properties operation.
   * @returns Response data for the Get Properties operation.
   */
  async getProperties(options = {}) {
    return tracingClient.withSpan("ShareServiceClient-getProperties", options, async (updatedOptions) => {
      return assertResponse(await this.serviceContext.getProperties({
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Sets properties for a storage account’s file service endpoint, including properties
   * for Storage Analytics, CORS (Cross-Origin Resource Sharing) rules and soft delete settings.
   * @see https://learn.microsoft.com/rest/api/storageservices/set-file-service-properties
   *
   * @param properties -
   * @param options - Options to Set Properties operation.
   * @returns Response data for the Set Properties operation.
   */
  async setProperties(properties2, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-setProperties", options, async (updatedOptions) => {
      return assertResponse(await this.serviceContext.setProperties(properties2, {
        ...updatedOptions,
        ...this.shareClientConfig
      }));
    });
  }
  /**
   * Returns an AsyncIterableIterator for {@link ServiceListSharesSegmentResponse} objects
   *
   * @param marker - A string value that identifies the portion of
   *                          the list of shares to be returned with the next listing operation. The
   *                          operation returns the ContinuationToken value within the response body if the
   *                          listing operation did not return all shares remaining to be listed
   *                          with the current page. The ContinuationToken value can be used as the value for
   *                          the marker parameter in a subsequent call to request the next page of list
   *                          items. The marker value is opaque to the client.
   * @param options - Options to list shares operation.
   */
  async *listSegments(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let listSharesSegmentResponse;
    do {
      listSharesSegmentResponse = await this.listSharesSegment(marker2, options);
      marker2 = listSharesSegmentResponse.continuationToken;
      yield await listSharesSegmentResponse;
    } while (marker2);
  }
  /**
   * Returns an AsyncIterableIterator for share items
   *
   * @param options - Options to list shares operation.
   */
  async *listItems(options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    let marker2;
    for await (const segment of this.listSegments(marker2, options)) {
      if (segment.shareItems) {
        yield* segment.shareItems;
      }
    }
  }
  /**
   * Returns an async iterable iterator to list all the shares
   * under the specified account.
   *
   * .byPage() returns an async iterable iterator to list the shares in pages.
   *
   * Example using `for await` syntax:
   *
   * ```ts snippet:ReadmeSampleListShares
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * let i = 1;
   * for await (const share of serviceClient.listShares()) {
   *   console.log(`Share${i++}: ${share.name}`);
   * }
   * ```
   *
   * Example using `iter.next()`:
   *
   * ```ts snippet:ReadmeSampleListShares_Iterator
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * const shareIter = serviceClient.listShares();
   * let i = 1;
   * let { value, done } = await shareIter.next();
   * while (!done) {
   *   console.log(`Share ${i++}: ${value.name}`);
   *   ({ value, done } = await shareIter.next());
   * }
   * ```
   *
   * Example using `byPage()`:
   *
   * ```ts snippet:ReadmeSampleListShares_ByPage
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * let i = 1;
   * for await (const response of serviceClient.listShares().byPage({ maxPageSize: 20 })) {
   *   console.log(`Page ${i++}:`);
   *   for (const share of response.shareItems || []) {
   *     console.log(`\tShare: ${share.name}`);
   *   }
   * }
   * ```
   *
   * Example using paging with a marker:
   *
   * ```ts snippet:ReadmeSampleListShares_Continuation
   * import { StorageSharedKeyCredential, ShareServiceClient } from "@azure/storage-file-share";
   *
   * const account = "<account>";
   * const accountKey = "<accountkey>";
   *
   * const credential = new StorageSharedKeyCredential(account, accountKey);
   * const serviceClient = new ShareServiceClient(
   *   `https://${account}.file.core.windows.net`,
   *   credential,
   * );
   *
   * let iterator = serviceClient.listShares().byPage({ maxPageSize: 2 });
   * let response = (await iterator.next()).value;
   *
   * for await (const share of response.shareItems || []) {
   *   console.log(`\tShare: ${share.name}`);
   * }
   *
   * // Gets next marker
   * let marker = response.continuationToken;
   *
   * // Passing next marker as continuationToken
   * iterator = serviceClient.listShares().byPage({ continuationToken: marker, maxPageSize: 10 });
   * response = (await iterator.next()).value;
   *
   * for await (const share of response.shareItems || []) {
   *   console.log(`\tShare: ${share.name}`);
   * }
   * ```
   *
   * @param options - Options to list shares operation.
   *
   * An asyncIterableIterator that supports paging.
   */
  listShares(options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    const include2 = [];
    if (options.includeMetadata) {
      include2.push("metadata");
    }
    if (options.includeSnapshots) {
      include2.push("snapshots");
    }
    if (options.includeDeleted) {
      include2.push("deleted");
    }
    const updatedOptions = {
      ...options,
      ...include2.length > 0 ? { include: include2 } : {}
    };
    const iter = this.listItems(updatedOptions);
    return {
      /**
       * The next method, part of the iteration protocol
       */
      next() {
        return iter.next();
      },
      /**
       * The connection to the async iterator, part of the iteration protocol
       */
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * Return an AsyncIterableIterator that works a page at a time
       */
      byPage: (settings = {}) => {
        return this.listSegments(removeEmptyString(settings.continuationToken), {
          maxResults: settings.maxPageSize,
          ...updatedOptions
        });
      }
    };
  }
  /**
   * Gets the properties of a storage account's File service, including properties for Storage
   * Analytics metrics and CORS (Cross-Origin Resource Sharing) rules.
   *
   * @param marker - A string value that identifies the portion of
   *                          the list to be returned with the next list operation. The operation
   *                          returns a marker value within the response body if the list returned was
   *                          not complete. The marker value may then be used in a subsequent call to
   *                          request the next set of list items. The marker value is opaque to the
   *                          client.
   * @param options - Options to List Shares Segment operation.
   * @returns Response data for the List Shares Segment operation.
   */
  async listSharesSegment(marker2, options = {}) {
    if (options.prefix === "") {
      options.prefix = void 0;
    }
    return tracingClient.withSpan("ShareServiceClient-listSharesSegment", options, async (updatedOptions) => {
      const res = assertResponse(await this.serviceContext.listSharesSegment({
        ...updatedOptions,
        ...this.shareClientConfig,
        marker: marker2
      }));
      if (res.shareItems) {
        for (let i = 0; i < res.shareItems.length; i++) {
          const protocolsStr = res.shareItems[i].properties.enabledProtocols;
          res.shareItems[i].properties.protocols = toShareProtocols(protocolsStr);
        }
      }
      return res;
    });
  }
  /**
   * Restores a previously deleted share.
   * This API is only functional if Share Soft Delete is enabled
   * for the storage account associated with the share.
   *
   * @param deletedShareName - The name of the previously deleted share.
   * @param deletedShareVersion - The version of the previously deleted share.
   * @param options - Options to Share undelete operation.
   * @returns Restored share.
   */
  async undeleteShare(deletedShareName2, deletedShareVersion2, options = {}) {
    return tracingClient.withSpan("ShareServiceClient-undeleteShare", options, async (updatedOptions) => {
      const shareClient = this.getShareClient(deletedShareName2);
      await new ShareClientInternal(shareClient.url, this.pipeline).restore({
        ...updatedOptions,
        ...this.shareClientConfig,
        deletedShareName: deletedShareName2,
        deletedShareVersion: deletedShareVersion2
      });
      return shareClient;
    });
  }
  /**
   * Only available for ShareServiceClient constructed with a shared key credential.
   *
   * Generates an account Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/create-account-sas
   *
   * @param expiresOn - Optional. The time at which the shared access signature becomes invalid. Default to an hour later if not specified.
   * @param permissions - Specifies the list of permissions to be associated with the SAS.
   * @param resourceTypes - Specifies the resource types associated with the shared access signature.
   * @param options - Optional parameters.
   * @returns An account SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateAccountSasUrl(expiresOn, permissions = AccountSASPermissions.parse("r"), resourceTypes = "sco", options = {}) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the account SAS when the client is initialized with a shared key credential");
    }
    if (expiresOn === void 0) {
      const now = /* @__PURE__ */ new Date();
      expiresOn = new Date(now.getTime() + 3600 * 1e3);
    }
    const sas = generateAccountSASQueryParameters({
      permissions,
      expiresOn,
      resourceTypes,
      services: AccountSASServices.parse("f").toString(),
      ...options
    }, this.credential).toString();
    return appendToURLQuery(this.url, sas);
  }
  /**
   * Only available for ShareServiceClient constructed with a shared key credential.
   *
   * Generates string to sign for an account Shared Access Signature (SAS) URI based on the client properties
   * and parameters passed in. The SAS is signed by the shared key credential of the client.
   *
   * @see https://learn.microsoft.com/rest/api/storageservices/create-account-sas
   *
   * @param expiresOn - Optional. The time at which the shared access signature becomes invalid. Default to an hour later if not specified.
   * @param permissions - Specifies the list of permissions to be associated with the SAS.
   * @param resourceTypes - Specifies the resource types associated with the shared access signature.
   * @param options - Optional parameters.
   * @returns An account SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
   */
  generateSasStringToSign(expiresOn, permissions = AccountSASPermissions.parse("r"), resourceTypes = "sco", options = {}) {
    if (!(this.credential instanceof StorageSharedKeyCredential)) {
      throw RangeError("Can only generate the account SAS when the client is initialized with a shared key credential");
    }
    if (expiresOn === void 0) {
      const now = /* @__PURE__ */ new Date();
      expiresOn = new Date(now.getTime() + 3600 * 1e3);
    }
    return generateAccountSASQueryParametersInternal({
      permissions,
      expiresOn,
      resourceTypes,
      services: AccountSASServices.parse("f").toString(),
      ...options
    }, this.credential).stringToSign;
  }
  async getUserDelegationKey(startsOnOrParam, expiresOnOrOption, options = {}) {
    let startsOn = startsOnOrParam;
    let expiresOn = expiresOnOrOption;
    let userDelegationTid = void 0;
    let getUserDelegationKeyOptions = options;
    if (isShareGetUserDelegationKeyParameters(startsOnOrParam)) {
      startsOn = startsOnOrParam.startsOn;
      expiresOn = startsOnOrParam.expiresOn;
      userDelegationTid = startsOnOrParam.delegatedUserTenantId;
      getUserDelegationKeyOptions = expiresOnOrOption;
    }
    return tracingClient.withSpan("ShareServiceClient-getUserDelegationKey", getUserDelegationKeyOptions, async (updatedOptions) => {
      const response = assertResponse(await this.serviceContext.getUserDelegationKey({
        start: truncatedISO8061Date(startsOn, false),
        expiry: truncatedISO8061Date(expiresOn, false),
        delegatedUserTid: userDelegationTid
      }, {
        abortSignal: options.abortSignal,
        tracingOptions: updatedOptions.tracingOptions
      }));
      const userDelegationKey = {
        signedObjectId: response.signedObjectId,
        signedTenantId: response.signedTenantId,
        signedStartsOn: new Date(response.signedStartsOn),
        signedExpiresOn: new Date(response.signedExpiresOn),
        signedService: response.signedService,
        signedVersion: response.signedVersion,
        signedDelegatedUserTenantId: response.signedDelegatedUserTenantId,
        value: response.value
      };
      const res = {
        _response: response._response,
        requestId: response.requestId,
        clientRequestId: response.clientRequestId,
        version: response.version,
        date: response.date,
        ...userDelegationKey
      };
      return res;
    });
  }
};

// node_modules/@azure/storage-file-share/dist/esm/generatedModels.js
var KnownShareTokenIntent2;
(function(KnownShareTokenIntent3) {
  KnownShareTokenIntent3["Backup"] = "backup";
})(KnownShareTokenIntent2 || (KnownShareTokenIntent2 = {}));

// src/storage/file/client.ts
function fileSdkCredential(auth) {
  if (auth.kind === "key") return new StorageSharedKeyCredential(auth.account, auth.accountKey);
  if (auth.kind === "token") return auth.credential;
  return new AnonymousCredential();
}
async function openFileSide(loc, authInputs, hostCredential, tuning = retryTuning(), stats = { retries: 0 }) {
  const auth = await resolveAuth(loc, authInputs, hostCredential);
  const credential = fileSdkCredential(auth);
  const sharedKey = credential instanceof StorageSharedKeyCredential ? credential : void 0;
  const pipeline = newPipeline(credential, { keepAliveOptions: { enable: true }, retryOptions: { maxTries: 1 } });
  const config = auth.kind === "token" ? { fileRequestIntent: "backup" } : {};
  const url2 = auth.kind === "sas" ? `${loc.serviceUrl}?${auth.sas}` : loc.serviceUrl;
  const service = new ShareServiceClient(url2, pipeline, config);
  useAzcpPolicies(pipeline, loc.serviceUrl, tuning, stats);
  return { loc, auth, sharedKey, service, share: service.getShareClient(loc.container), stats, tryTimeoutMs: tuning.tryTimeoutMs, oneFile: auth.kind === "sas" && isObjectSas(auth.sas, "f") };
}

// src/storage/file/objects.ts
var fileClient = (c, path) => c.share.rootDirectoryClient.getFileClient(path);
var directoryClient = (c, path) => path === "" ? c.share.rootDirectoryClient : c.share.getDirectoryClient(path);
function accessFacts(c, role) {
  return { role, account: c.loc.account, container: c.loc.container, serviceUrl: c.loc.serviceUrl, containerNoun: "share" };
}
var gone = (err) => statusOf(err) === 404;
async function getFileEntry(c, path, strip) {
  if (path === "") return void 0;
  try {
    const p = await fileClient(c, path).getProperties();
    const lastModifiedMs = p.lastModified?.getTime() ?? 0;
    return {
      name: path.slice(strip.length),
      fullName: path,
      size: p.contentLength ?? 0,
      mtimeMs: Math.round(p.fileLastWriteOn?.getTime() ?? lastModifiedMs),
      lastModifiedMs,
      md5: p.contentMD5 ? Buffer.from(p.contentMD5).toString("base64") : void 0,
      etag: p.etag,
      contentType: p.contentType,
      headers: { contentType: p.contentType, cacheControl: p.cacheControl, contentEncoding: p.contentEncoding, contentLanguage: p.contentLanguage, contentDisposition: p.contentDisposition },
      metadata: p.metadata
    };
  } catch (err) {
    if (gone(err)) return void 0;
    throw err;
  }
}
async function directoryExists(c, path) {
  if (path === "") return true;
  try {
    await directoryClient(c, path).getProperties();
    return true;
  } catch (err) {
    if (gone(err)) return false;
    throw err;
  }
}
async function deleteFile(c, path, listedEtag) {
  try {
    if (listedEtag) {
      const now = (await fileClient(c, path).getProperties()).etag;
      if (now && !sameEtag(now, listedEtag)) throw new DestinationChangedError("refused: the file was written again after it was listed (its ETag changed); it was not deleted. Run the job again to judge the new version");
    }
    await fileClient(c, path).delete();
  } catch (err) {
    if (gone(err)) return;
    throw err;
  }
}
async function deleteEmptyDirectory(c, path) {
  if (path === "") return false;
  try {
    await directoryClient(c, path).delete();
    return true;
  } catch (err) {
    if (gone(err)) return true;
    if (statusOf(err) === 409 && errorCodeOf(err) === "DirectoryNotEmpty") return false;
    throw err;
  }
}
async function shareExists(c) {
  try {
    return await c.share.exists();
  } catch (err) {
    if (statusOf(err) === 403) return true;
    throw err;
  }
}
async function makeShare(c) {
  return (await c.share.createIfNotExists()).succeeded;
}
async function probeShare(c, role) {
  if (c.oneFile) return probeFile(c, role);
  try {
    await c.share.rootDirectoryClient.listFilesAndDirectories().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw preflightError(err, accessFacts(c, role));
  }
}
async function probeFile(c, role) {
  const path = c.loc.path.replace(/\/+$/, "");
  try {
    await fileClient(c, path).getProperties();
  } catch (err) {
    const code = statusOf(err) === 404 ? errorCodeOf(err) : void 0;
    if (code === "ResourceNotFound" && role === "destination") return;
    if (code === "ParentNotFound" && role === "destination") {
      throw new UsageError(`the destination "${c.loc.display}": its directory is not in share "${c.loc.container}", and a file SAS (sr=f) cannot make it; make it first or use a share SAS`);
    }
    if (code === "ResourceNotFound" || code === "ParentNotFound") {
      throw new UsageError(`the ${role} "${c.loc.display}" does not exist: no file ${path} in share "${c.loc.container}"`);
    }
    throw preflightError(err, accessFacts(c, role));
  }
}

// src/storage/file/scope.ts
import { basename } from "node:path";

// src/storage/file/list.ts
var PAGE = 5e3;
async function children(c, dir) {
  const out = [];
  const pages = directoryClient(c, dir).listFilesAndDirectories({ includeTimestamps: true, includeEtag: true }).byPage({ maxPageSize: PAGE });
  for await (const page of pages) {
    for (const d of page.segment.directoryItems) out.push({ key: `${d.name}/`, name: d.name, dir: true, size: 0 });
    for (const f of page.segment.fileItems) {
      const p = f.properties;
      out.push({ key: f.name, name: f.name, dir: false, size: p.contentLength ?? 0, lastWriteMs: p.lastWriteTime?.getTime(), lastModifiedMs: p.lastModified?.getTime(), etag: p.etag });
    }
  }
  return out.sort((a, b) => compareUtf8(a.key, b.key));
}
async function* listFiles(c, o) {
  yield* walk(c, o.dir, o, true);
}
async function* walk(c, dir, o, top) {
  let list;
  try {
    list = await children(c, dir);
  } catch (err) {
    if (statusOf(err) === 404) return;
    if (top || !o.onProblem) throw err;
    o.onProblem(dir, err.message ?? String(err));
    return;
  }
  const base = dir === "" ? "" : `${dir}/`;
  for (const ch of list) {
    const full = base + ch.name;
    if (ch.dir) {
      if (o.recursive) yield* walk(c, full, o, false);
      continue;
    }
    const lastModifiedMs = ch.lastModifiedMs ?? ch.lastWriteMs ?? 0;
    yield { name: full.slice(o.strip.length), fullName: full, size: ch.size, mtimeMs: Math.round(ch.lastWriteMs ?? lastModifiedMs), lastModifiedMs, etag: ch.etag };
  }
}
async function* emptyDirectories(c, dir, strip) {
  let list;
  try {
    list = await children(c, dir);
  } catch (err) {
    if (statusOf(err) === 404) return;
    throw err;
  }
  for (const ch of list) {
    if (!ch.dir) continue;
    const full = dir === "" ? ch.name : `${dir}/${ch.name}`;
    const inner = await children(c, full).catch(() => void 0);
    if (inner?.length === 0) yield full.slice(strip.length);
    else if (inner) yield* emptyDirectories(c, full, strip);
  }
}
async function directoriesUnder(c, dir) {
  const out = [];
  const visit = async (d) => {
    let list;
    try {
      list = await children(c, d);
    } catch (err) {
      if (statusOf(err) === 404) return;
      throw err;
    }
    for (const ch of list) if (ch.dir) await visit(d === "" ? ch.name : `${d}/${ch.name}`);
    out.push(d);
  };
  await visit(dir);
  return out;
}

// src/storage/file/scope.ts
var trimmed = (path) => path.replace(/\/+$/, "");
async function fileSourceScope(c, rules, ev) {
  const { command, recursive: recursive2 } = rules;
  const loc = c.loc;
  const path = trimmed(loc.path);
  const listing = (dir, strip2, rec, quiet) => listFiles(c, { dir, strip: strip2, recursive: rec, onProblem: quiet ? void 0 : (p, error) => ev.onProblem({ path: p, error }) });
  const under = (full, strip2, quiet) => listPath(c, full, strip2, (dir) => listing(dir, strip2, true, quiet));
  if (path === "" && !loc.contentsOnly && command === "copy") {
    const namePrefix = `${loc.container}/`;
    return {
      namePrefix,
      single: false,
      list: (quiet) => renamed(listing("", "", recursive2, quiet), namePrefix),
      listUnder: recursive2 ? (p, quiet) => renamed(under(trimmed(p), "", quiet), namePrefix) : void 0,
      emptyFolders: recursive2 ? () => prefixed(emptyDirectories(c, "", ""), namePrefix) : void 0
    };
  }
  if (loc.contentsOnly || path === "") {
    if (!await directoryExists(c, path)) throw new UsageError(`the source "${loc.display}" does not exist: no directory ${path} in share "${loc.container}"`);
    const prefix3 = withSlash(path);
    return {
      namePrefix: "",
      single: false,
      list: (quiet) => byWildcard(listing(path, prefix3, recursive2, quiet), loc.wildcard, ""),
      selects: loc.wildcard ? wildcardMatcher(loc.wildcard, "") : void 0,
      listUnder: recursive2 ? (p, quiet) => byWildcard(under(prefix3 + trimmed(p), prefix3, quiet), loc.wildcard, "") : void 0,
      emptyFolders: recursive2 ? () => emptyDirectories(c, path, prefix3) : void 0
    };
  }
  if (!loc.path.endsWith("/")) {
    const exact = await getFileEntry(c, path, parentPrefix(path));
    if (exact) return { namePrefix: "", single: true, list: () => one(exact) };
    if (c.oneFile) throw new UsageError(`the source "${loc.display}" does not exist: no file ${path} in share "${loc.container}"`);
  }
  if (!await directoryExists(c, path)) {
    throw new UsageError(`the source "${loc.display}" does not exist: no file or directory of that name in share "${loc.container}"`);
  }
  if (command === "copy" && !recursive2) {
    throw new UsageError(`the source "${loc.display}" is a directory, not a file: add --recursive to copy what is under it, or write ".../${basename(path)}/*"`);
  }
  const prefix2 = `${path}/`;
  const strip = command === "copy" ? parentPrefix(path) : prefix2;
  return {
    namePrefix: prefix2.slice(strip.length),
    single: false,
    list: (quiet) => listing(path, strip, recursive2, quiet),
    listUnder: recursive2 ? (p, quiet) => under(prefix2 + trimmed(p), strip, quiet) : void 0,
    emptyFolders: recursive2 ? () => emptyDirectories(c, path, strip) : void 0
  };
}
async function* listPath(c, full, strip, directory) {
  const file = await getFileEntry(c, full, strip);
  if (file) {
    yield file;
    return;
  }
  yield* directory(full);
}
async function* prefixed(names, prefix2) {
  for await (const n of names) yield prefix2 + n;
}
function fileTarget(path) {
  const problem = fileNameProblem(path);
  return problem ? { reason: problem } : { target: path };
}
async function fileDestinationScope(c, source, rules) {
  const loc = c.loc;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  const path = trimmed(loc.path);
  if (source.single) {
    const exactName = path !== "" && !loc.path.endsWith("/") && !loc.contentsOnly && (c.oneFile || !await directoryExists(c, path)) ? path : void 0;
    const prefix3 = exactName ? "" : withSlash(path);
    const pathFor = (n) => exactName ?? prefix3 + n;
    return {
      list: () => foundAt(source.list(), (n) => getFileEntry(c, pathFor(n), "")),
      locate: (n) => fileTarget(pathFor(n))
    };
  }
  if (c.oneFile) throw new UsageError(`the destination "${loc.display}" has a file SAS (sr=f), which grants one file only, but the source is not one file: use a share SAS (sr=s)`);
  const prefix2 = withSlash(path);
  const root = trimmed(prefix2 + source.namePrefix);
  return {
    list: () => listFiles(c, { dir: root, strip: prefix2, recursive: rules.recursive }),
    listUnder: rules.recursive ? (p) => listPath(c, trimmed(prefix2 + source.namePrefix + p), prefix2, (dir) => listFiles(c, { dir, strip: prefix2, recursive: true })) : void 0,
    locate: (n) => fileTarget(prefix2 + n)
  };
}
async function fileTargetScope(c, use) {
  const loc = c.loc;
  const path = trimmed(loc.path);
  const single = path && !loc.path.endsWith("/") && !loc.contentsOnly ? await getFileEntry(c, path, "") : void 0;
  const prefix2 = withSlash(path);
  const strip = use === "list" ? prefix2 : "";
  const everything = (s) => listFiles(c, { dir: path, strip: s, recursive: true });
  return {
    single,
    async *list(signal) {
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, strip === "" ? prefix2 : "") : () => true;
      for await (const e of everything(strip)) {
        signal?.throwIfAborted();
        if (named(e.name)) yield e;
      }
    },
    async any() {
      for await (const _ of everything("")) return true;
      return false;
    },
    relist: () => single ? (async function* () {
      const still = await getFileEntry(c, single.fullName, "");
      if (still) yield still;
    })() : everything("")
  };
}

// src/storage/file/upload.ts
import { createHash } from "node:crypto";
var MAX_RANGE = 4 * 1024 * 1024;
var UNFINISHED = /* @__PURE__ */ new Date(0);
var PENDING_METADATA_KEY = "azcppending";
var SYMLINK_METADATA_KEY = "is_symlink";
var fingerprint = (s) => `${s.size}:${Math.round(s.mtimeMs)}`;
function headersFor(path, s, md5) {
  const h = uploadHeaders(path, s);
  return {
    fileContentType: h.contentType,
    fileCacheControl: h.cacheControl,
    fileContentEncoding: h.contentEncoding,
    fileContentLanguage: h.contentLanguage,
    fileContentDisposition: h.contentDisposition,
    fileContentMD5: md5
  };
}
async function uploadToShare(c, source, path, s) {
  const client = fileClient(c, path);
  const link = source.linkTarget !== void 0;
  const base = s.props?.metadata ?? s.metadata;
  const metadata2 = link ? { ...base, [SYMLINK_METADATA_KEY]: "true" } : { ...base };
  const lastWriteTime = new Date(Math.round(source.mtimeMs));
  const abortSignal = s.abortSignal;
  if (source.size <= MAX_RANGE || link) {
    return s.memory.run(link ? source.linkTarget.length : source.size, async () => {
      const body2 = link ? Buffer.from(source.linkTarget) : await readWhole(source.absPath, source.size);
      const md52 = createHash("md5").update(body2).digest();
      const headers = headersFor(path, s, md52);
      if (body2.length === 0) {
        await client.create(0, { fileHttpHeaders: headers, metadata: metadata2, lastWriteTime, abortSignal });
        return { bytes: 0, bytesSent: 0, rangesReused: 0 };
      }
      await client.create(body2.length, { metadata: metadata2, lastWriteTime: UNFINISHED, abortSignal });
      await client.uploadRange(body2, 0, body2.length, { abortSignal, fileLastWrittenMode: "Preserve" });
      await client.setProperties({ fileHttpHeaders: headers, lastWriteTime, abortSignal });
      s.onBytes?.(body2.length);
      return { bytes: body2.length, bytesSent: body2.length, rangesReused: 0 };
    });
  }
  const held = await rangesHeld(client, source, s);
  if (!held) await client.create(source.size, { metadata: { ...metadata2, [PENDING_METADATA_KEY]: fingerprint(source) }, lastWriteTime: UNFINISHED, abortSignal });
  const { md5, sent, reused } = await sendRanges(client, source, held ?? [], s);
  await assertUnchanged(source.absPath, source.size, source.mtimeMs);
  await client.setProperties({ fileHttpHeaders: headersFor(path, s, s.putMd5 ? md5 : void 0), lastWriteTime, abortSignal });
  await client.setMetadata(metadata2, { abortSignal });
  return { bytes: source.size, bytesSent: sent, rangesReused: reused };
}
async function rangesHeld(client, source, s) {
  let props;
  try {
    props = await client.getProperties({ abortSignal: s.abortSignal });
  } catch (err) {
    if (err.statusCode === 404) return void 0;
    throw err;
  }
  if (props.contentLength !== source.size || props.metadata?.[PENDING_METADATA_KEY] !== fingerprint(source)) return void 0;
  const list = await client.getRangeList({ abortSignal: s.abortSignal });
  return (list.rangeList ?? []).map((r) => ({ start: r.start, end: r.end }));
}
function covered(held, start, end) {
  return held.some((r) => r.start <= start && r.end >= end);
}
function sendRanges(client, source, held, s) {
  return sendPiecesInOrder(
    source.absPath,
    source.size,
    MAX_RANGE,
    s,
    (p) => covered(held, p.offset, p.offset + p.length - 1) ? void 0 : () => client.uploadRange(p.buf, p.offset, p.length, { abortSignal: s.abortSignal, fileLastWrittenMode: "Preserve" })
  );
}

// src/storage/file/download.ts
import { createHash as createHash2 } from "node:crypto";
import { open, rm } from "node:fs/promises";
import { dirname } from "node:path";
async function downloadFromShare(c, file, target, s) {
  const check = s.checkMd5 !== "NoCheck";
  if (check && !file.md5 && file.size > 0 && s.checkMd5 === "FailIfDifferentOrMissing") {
    throw new IntegrityError("the file has no Content-MD5, so its download cannot be verified (--check-md5 FailIfDifferentOrMissing); nothing was written");
  }
  await s.makeFolder(dirname(target));
  const temp = tempPathFor(target);
  const whole = !!file.md5 && check;
  const inTransit = !file.md5 && check && file.size > 0;
  let verified = whole || check && file.size === 0 ? "end-to-end" : inTransit ? "in-transit" : "none";
  const client = fileClient(c, file.fullName);
  const handle = await open(temp, "wx");
  try {
    const hash = whole ? createHash2("md5") : void 0;
    const ranges = Math.ceil(file.size / MAX_RANGE);
    const finished = /* @__PURE__ */ new Map();
    let nextToHash = 0;
    let mismatch;
    let unchecked = 0;
    let failure;
    let wake;
    const window = Math.max(2, Math.floor(s.memory.capacity / MAX_RANGE));
    const tasks = [];
    for (let i = 0; i < ranges && !failure; i++) {
      while (hash && i >= nextToHash + window && !failure) await new Promise((r) => wake = r);
      tasks.push(
        s.memory.run(Math.min(MAX_RANGE, file.size - i * MAX_RANGE), async () => {
          if (failure) return;
          const offset = i * MAX_RANGE;
          const count = Math.min(MAX_RANGE, file.size - offset);
          try {
            let reported = 0;
            const got = await withBodyRetries(
              c.stats,
              s.abortSignal,
              async (answered) => {
                reported = 0;
                const res = await client.download(offset, count, { abortSignal: s.abortSignal, rangeGetContentMD5: inTransit, maxRetryRequests: SDK_BODY_RETRIES });
                answered();
                const r = await writeRangeBody(res, handle, offset, count, {
                  idleMs: c.tryTimeoutMs,
                  keepChunks: !!hash,
                  checkInTransit: inTransit,
                  onBytes: (n) => {
                    reported += n;
                    s.onBytes?.(n);
                  }
                });
                if (r.unchecked) unchecked++;
                else if (r.mismatch) mismatch ??= r.mismatch;
                return r.chunks;
              },
              () => s.onBytes?.(-reported)
            );
            if (hash) {
              finished.set(i, got);
              for (let parts = finished.get(nextToHash); parts; parts = finished.get(nextToHash)) {
                for (const p of parts) hash.update(p);
                finished.delete(nextToHash++);
              }
            }
          } catch (err) {
            failure ??= err;
          } finally {
            wake?.();
          }
        })
      );
    }
    await Promise.all(tasks);
    if (failure) throw failure;
    await handle.close();
    const md5 = hash?.digest("base64");
    if (whole && md5 !== file.md5) mismatch = `MD5 mismatch: the file says ${file.md5}, the downloaded bytes hash to ${md5}`;
    if (mismatch) {
      if (s.checkMd5 === "LogOnly") s.onWarning?.(`${file.fullName}: ${mismatch}`);
      else throw new IntegrityError(mismatch);
    }
    if (unchecked) verified = "none";
    await commitTempFile(temp, target, file.mtimeMs, s.disk);
    return { bytes: file.size, verified };
  } catch (err) {
    await handle.close().catch(() => {
    });
    await rm(temp, { force: true });
    throw err;
  }
}

// src/storage/file/server-copy.ts
var defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
async function copyIntoShare(c, source, path, s) {
  const client = fileClient(c, path);
  const abortSignal = s.abortSignal;
  const explicit = s.props ?? { headers: { contentType: s.contentType, cacheControl: s.cacheControl }, metadata: s.metadata };
  const kept = s.preserveProperties ? { ...source.headers, contentType: source.contentType } : {};
  const h = { ...kept, ...defined(explicit.headers) };
  const metadata2 = { ...s.preserveProperties ? source.metadata ?? {} : {}, ...explicit.metadata };
  delete metadata2.mtime;
  const fileHttpHeaders = {
    fileContentType: h.contentType,
    fileCacheControl: h.cacheControl,
    fileContentEncoding: h.contentEncoding,
    fileContentLanguage: h.contentLanguage,
    fileContentDisposition: h.contentDisposition,
    fileContentMD5: source.md5 ? Buffer.from(source.md5, "base64") : void 0
  };
  const lastWriteTime = new Date(Math.round(source.mtimeMs));
  if (source.size === 0) {
    await client.create(0, { fileHttpHeaders, metadata: metadata2, lastWriteTime, abortSignal });
    return { bytes: 0 };
  }
  let copied = false;
  if (!s.unsupported.has("putRangeFromUrl")) {
    await client.create(source.size, { metadata: metadata2, lastWriteTime: UNFINISHED, abortSignal });
    try {
      await rangesFromUrl(client, source, s);
      copied = true;
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add("putRangeFromUrl");
    }
  }
  if (!copied) {
    const started = await client.startCopyFromURL(source.url, { metadata: metadata2, abortSignal });
    let status = started.copyStatus;
    while (status === "pending") {
      await new Promise((r) => setTimeout(r, 500));
      status = (await client.getProperties({ abortSignal })).copyStatus;
    }
    if (status !== "success") throw new Error(`the service's copy ended as ${status ?? "unknown"}`);
    s.onBytes?.(source.size);
  }
  await client.setProperties({ fileHttpHeaders, lastWriteTime, abortSignal });
  return { bytes: source.size };
}
async function rangesFromUrl(client, source, s) {
  const count = Math.ceil(source.size / MAX_RANGE);
  let failure;
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) => s.memory.run(2 * MAX_RANGE, async () => {
        if (failure) return;
        const offset = i * MAX_RANGE;
        const length = Math.min(MAX_RANGE, source.size - offset);
        try {
          await client.uploadRangeFromURL(source.url, offset, offset, length, { abortSignal: s.abortSignal, sourceAuthorization: source.authorization, fileLastWrittenMode: "Preserve" });
          s.onBytes?.(length);
        } catch (err) {
          failure ??= err;
        }
      })
    )
  );
  if (failure) throw failure;
}

// src/storage/file/copy-source.ts
async function fileCopySource(c, e, withProperties = false) {
  const full = e.md5 === void 0 || withProperties && !e.headers ? await getFileEntry(c, e.fullName, "") ?? e : e;
  const access = await fileAccess(c, e.fullName);
  return {
    ...access,
    size: full.size,
    mtimeMs: full.mtimeMs,
    md5: full.md5,
    contentType: full.contentType,
    metadata: full.metadata,
    ...withProperties && full.headers ? { headers: full.headers } : {}
  };
}
function fileAccess(c, path) {
  return sourceAccess({
    owner: c,
    auth: c.auth,
    url: `${c.loc.serviceUrl}/${encodeURIComponent(c.loc.container)}/${encodeObjectPath(path)}`,
    signReadSas: (startsOn, expiresOn) => generateFileSASQueryParameters({ shareName: c.loc.container, permissions: ShareSASPermissions.parse("r"), startsOn, expiresOn }, c.sharedKey).toString(),
    noun: "file"
  });
}

// src/storage/file/properties.ts
async function setFileProperties(c, e, props, parts) {
  const client = fileClient(c, e.fullName);
  if (parts.headers) {
    const h = props.headers;
    await client.setProperties({
      fileHttpHeaders: {
        fileContentType: h.contentType,
        fileCacheControl: h.cacheControl,
        fileContentEncoding: h.contentEncoding,
        fileContentLanguage: h.contentLanguage,
        fileContentDisposition: h.contentDisposition,
        fileContentMD5: e.md5 ? Buffer.from(e.md5, "base64") : void 0
      },
      lastWriteTime: "preserve"
    });
  }
  if (parts.metadata) {
    const own = {};
    for (const [k, v] of Object.entries(e.metadata ?? {})) if (k === SYMLINK_METADATA_KEY) own[k] = v;
    await client.setMetadata({ ...props.metadata, ...own });
  }
}
export {
  accessFacts,
  copyIntoShare,
  deleteEmptyDirectory,
  deleteFile,
  directoriesUnder,
  directoryClient,
  downloadFromShare,
  fileCopySource,
  fileDestinationScope,
  fileSourceScope,
  fileTargetScope,
  getFileEntry,
  makeShare,
  openFileSide,
  probeShare,
  setFileProperties,
  shareExists,
  uploadToShare
};
