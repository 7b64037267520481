// Header shapes shared by the share, directory and file operations: metadata,
// ETag/Last-Modified, SMB properties, content properties, byte ranges and
// the integer headers.
import { errors } from '../errors.mjs';
import { formatTicks } from '../smb.mjs';

const METADATA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** x-ms-meta-* request headers → { name: value } (names as C# identifiers, as the service requires). */
export function metadataFrom(headers) {
  const meta = {};
  for (const [h, v] of Object.entries(headers)) {
    if (!h.startsWith('x-ms-meta-')) continue;
    const name = h.slice('x-ms-meta-'.length);
    if (!METADATA_NAME.test(name)) throw errors.invalidMetadata();
    meta[name] = String(v);
  }
  return meta;
}

export function hasMetadata(headers) {
  return Object.keys(headers).some((h) => h.startsWith('x-ms-meta-'));
}

export function metadataHeaders(meta) {
  return Object.fromEntries(Object.entries(meta).map(([k, v]) => [`x-ms-meta-${k}`, v]));
}

export function stampHeaders(item) {
  return { etag: item.etag, 'last-modified': item.lastModified.toUTCString() };
}

export function smbHeaders(node) {
  return {
    'x-ms-file-id': node.id,
    'x-ms-file-parent-id': node.parentId,
    'x-ms-file-attributes': node.smb.attributes,
    'x-ms-file-creation-time': formatTicks(node.smb.creationTime),
    'x-ms-file-last-write-time': formatTicks(node.smb.lastWriteTime),
    'x-ms-file-change-time': formatTicks(node.smb.changeTime),
    'x-ms-file-permission-key': node.smb.permissionKey,
  };
}

/** Content properties as x-ms-* request headers (Create File, Set File Properties) → stored form. */
export function contentPropertiesFrom(headers) {
  const md5 = headers['x-ms-content-md5'];
  if (md5 !== undefined && Buffer.from(md5, 'base64').length !== 16) throw errors.invalidHeader('x-ms-content-md5', md5);
  return {
    contentType: headers['x-ms-content-type'],
    contentEncoding: headers['x-ms-content-encoding'],
    contentLanguage: headers['x-ms-content-language'],
    contentDisposition: headers['x-ms-content-disposition'],
    cacheControl: headers['x-ms-cache-control'],
    contentMD5: md5,
  };
}

/** Stored content properties → response headers of Get File / Get File Properties. */
export function contentPropertyHeaders(http) {
  return {
    'content-type': http.contentType ?? 'application/octet-stream',
    'content-encoding': http.contentEncoding,
    'content-language': http.contentLanguage,
    'content-disposition': http.contentDisposition,
    'cache-control': http.cacheControl,
  };
}

/** A non-negative integer header, or `fallback` when absent. */
export function integerHeader(headers, name, fallback, max = Number.MAX_SAFE_INTEGER) {
  const value = headers[name];
  if (value === undefined) {
    if (fallback === undefined) throw errors.missingHeader(name);
    return fallback;
  }
  if (!/^\d+$/.test(value)) throw errors.invalidHeader(name, value);
  const n = Number(value);
  if (n > max) throw errors.outOfRangeInput();
  return n;
}

/**
 * "bytes=START-END" (END optional when `openEnded`). x-ms-range wins over
 * Range, as on the service. Returns undefined when neither is present.
 */
export function byteRange(headers, { openEnded }) {
  const name = headers['x-ms-range'] !== undefined ? 'x-ms-range' : headers.range !== undefined ? 'range' : undefined;
  if (!name) return undefined;
  const m = /^bytes=(\d+)-(\d*)$/.exec(headers[name].trim());
  if (!m || (!openEnded && m[2] === '')) throw errors.invalidHeader(name, headers[name]);
  const start = Number(m[1]);
  const end = m[2] === '' ? undefined : Number(m[2]);
  if (end !== undefined && end < start) throw errors.invalidHeader(name, headers[name]);
  return { start, end, header: name };
}

export const MAX_RANGE = 4 * 1024 * 1024;
export const MAX_FILE_SIZE = 4 * 1024 ** 4;
