// File operations: Create, Put Range (update/clear), Put Range From URL,
// Get File (whole or a range), Get File Properties, Set File Properties
// (content properties, SMB properties, resize), Set Metadata, Delete,
// List Ranges, and Copy File (which completes before it answers).
import { createHash, randomUUID } from 'node:crypto';
import { readCopySource } from '../copy-source.mjs';
import { errors } from '../errors.mjs';
import { foldName } from '../names.mjs';
import { formatTicks, nowTicks, parseAttributes, parseTimeHeader, resolvePermission } from '../smb.mjs';
import { stamp } from '../store.mjs';
import { xmlDocument } from '../xml.mjs';
import {
  MAX_FILE_SIZE, MAX_RANGE, byteRange, contentPropertiesFrom, contentPropertyHeaders, hasMetadata, integerHeader,
  metadataFrom, metadataHeaders, smbHeaders, stampHeaders,
} from './common.mjs';

const ENCRYPTED = { 'x-ms-request-server-encrypted': 'true' };
const md5 = (data) => createHash('md5').update(data).digest('base64');

/** The SMB properties of a new file (Create File, Copy File), from the request or defaults. */
function newFileSmb(h, share, parent, source) {
  const pick = (name, fallback) => (h[name] === 'source' ? fallback : undefined);
  const attributes = h['x-ms-file-attributes'] === 'source' && source ? source.attributes : parseAttributes(h, undefined, 'Archive', false);
  const copyMode = h['x-ms-file-permission-copy-mode'];
  const permissionKey = copyMode === 'source' && source ? source.permissionKey : resolvePermission(h, share.permissions, parent.smb.permissionKey, undefined, 'inherit');
  const time = (name) => pick(name, source?.[name]) ?? parseTimeHeader(h, name, undefined, 'now');
  return {
    attributes,
    creationTime: time('x-ms-file-creation-time'),
    lastWriteTime: time('x-ms-file-last-write-time'),
    changeTime: parseTimeHeader(h, 'x-ms-file-change-time', undefined, 'now'),
    permissionKey,
  };
}

/** Where a new file goes: its share, parent directory, name, and the file it replaces if any. */
function placeNewFile(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  if (ctx.names.length === 0) throw errors.invalidUri();
  const parent = share.parentOf(ctx.names);
  const name = ctx.names[ctx.names.length - 1];
  const existing = parent.children.get(foldName(name));
  if (existing && existing.kind !== 'file') throw errors.resourceTypeMismatchOnPath();
  return { share, parent, name, existing };
}

/**
 * Puts `node` in place. Re-creating an existing file keeps its id and the
 * case of its name, as an overwrite on the service does: `case.txt` over
 * `Case.txt` is still listed as `Case.txt`.
 */
function install(share, parent, existing, node) {
  if (existing) {
    node.id = existing.id;
    node.name = existing.name;
  }
  share.attach(parent, node);
}

export function createFile(ctx) {
  const h = ctx.headers;
  if ((h['x-ms-type'] ?? '').toLowerCase() !== 'file') throw errors.invalidHeader('x-ms-type', h['x-ms-type']);
  const size = integerHeader(h, 'x-ms-content-length', undefined, MAX_FILE_SIZE);
  const { share, parent, name, existing } = placeNewFile(ctx);
  const file = share.newNode('file', name, parent.id, newFileSmb(h, share, parent));
  file.size = size; // sparse: nothing is allocated until ranges are written
  file.http = contentPropertiesFrom(h);
  file.metadata = metadataFrom(h);
  install(share, parent, existing, file);
  return { status: 201, headers: { ...stampHeaders(file), ...ENCRYPTED, ...smbHeaders(file) } };
}

/** The destination range of Put Range / Put Range From URL: inside the file, at most 4 MiB. */
function writeRange(ctx, file) {
  const range = byteRange(ctx.headers, { openEnded: false });
  if (!range) throw errors.missingHeader('x-ms-range');
  if (range.end >= file.size) throw errors.invalidRange();
  return range;
}

function afterWrite(ctx, file) {
  file.smb.lastWriteTime = parseTimeHeader(ctx.headers, 'x-ms-file-last-write-time', file.smb.lastWriteTime, 'now');
  file.smb.changeTime = nowTicks();
  stamp(file);
}

export async function putRange(ctx) {
  const h = ctx.headers;
  const file = ctx.store.getShare(ctx.shareName).getFile(ctx.names);
  const mode = h['x-ms-write'];
  if (mode === undefined) throw errors.missingHeader('x-ms-write');
  if (mode !== 'update' && mode !== 'clear') throw errors.invalidHeader('x-ms-write', mode);
  const range = writeRange(ctx, file);
  const length = range.end - range.start + 1;
  const declared = integerHeader(h, 'content-length', 0);
  const headers = {};
  if (mode === 'update') {
    if (length > MAX_RANGE) throw errors.bodyTooLarge();
    if (declared !== length) throw errors.invalidHeader('Content-Length', String(declared));
    const body = await ctx.readBody(MAX_RANGE);
    if (body.length !== length) throw errors.invalidHeader('Content-Length', String(body.length));
    const sum = md5(body);
    if (h['content-md5'] !== undefined && h['content-md5'] !== sum) throw errors.md5Mismatch(h['content-md5'], sum);
    file.content.write(range.start, body);
    headers['content-md5'] = sum;
  } else {
    if (declared !== 0) throw errors.invalidHeader('Content-Length', String(declared));
    file.content.clear(range.start, range.end + 1);
  }
  afterWrite(ctx, file);
  return { status: 201, headers: { ...stampHeaders(file), ...headers, ...ENCRYPTED, 'x-ms-file-last-write-time': formatTicks(file.smb.lastWriteTime) } };
}

export async function putRangeFromUrl(ctx) {
  const h = ctx.headers;
  const file = ctx.store.getShare(ctx.shareName).getFile(ctx.names);
  if (h['x-ms-write'] !== 'update') throw errors.invalidHeader('x-ms-write', h['x-ms-write']);
  const range = writeRange(ctx, file);
  const sourceRange = byteRange({ range: h['x-ms-source-range'] ?? '' }, { openEnded: false });
  if (!h['x-ms-source-range']) throw errors.missingHeader('x-ms-source-range');
  const length = range.end - range.start + 1;
  if (sourceRange.end - sourceRange.start + 1 !== length) throw errors.invalidHeader('x-ms-source-range', h['x-ms-source-range']);
  if (length > MAX_RANGE) throw errors.outOfRangeInput();
  const { data } = await readCopySource(sourceUrl(h), sourceRange, { ctx, limit: MAX_RANGE });
  if (data.length !== length) throw errors.cannotVerifyCopySource(400, `The copy source returned ${data.length} bytes where ${length} were asked for.`);
  file.content.write(range.start, data);
  afterWrite(ctx, file);
  return { status: 201, headers: { ...stampHeaders(file), 'content-md5': md5(data), ...ENCRYPTED, 'x-ms-file-last-write-time': formatTicks(file.smb.lastWriteTime) } };
}

function sourceUrl(h) {
  try {
    return new URL(h['x-ms-copy-source']);
  } catch {
    throw errors.invalidHeader('x-ms-copy-source', '');
  }
}

function fileHeaders(file) {
  const copy = file.copy
    ? {
        'x-ms-copy-id': file.copy.id,
        'x-ms-copy-source': file.copy.source,
        'x-ms-copy-status': 'success',
        'x-ms-copy-progress': `${file.copy.bytes}/${file.copy.bytes}`,
        'x-ms-copy-completion-time': file.copy.completed.toUTCString(),
      }
    : {};
  return {
    ...stampHeaders(file),
    ...metadataHeaders(file.metadata),
    ...contentPropertyHeaders(file.http),
    'x-ms-type': 'File',
    'accept-ranges': 'bytes',
    'x-ms-server-encrypted': 'true',
    'x-ms-lease-state': 'available',
    'x-ms-lease-status': 'unlocked',
    ...copy,
    ...smbHeaders(file),
  };
}

export function getFileProperties(ctx) {
  const file = ctx.store.getShare(ctx.shareName).getFile(ctx.names);
  return { status: 200, headers: { ...fileHeaders(file), 'content-length': String(file.size), 'content-md5': file.http.contentMD5 } };
}

export function getFile(ctx) {
  const file = ctx.store.getShare(ctx.shareName).getFile(ctx.names);
  const range = byteRange(ctx.headers, { openEnded: true });
  const wantMd5 = (ctx.headers['x-ms-range-get-content-md5'] ?? '').toLowerCase() === 'true';
  if (!range) {
    if (wantMd5) throw errors.invalidHeader('x-ms-range-get-content-md5', 'true');
    return { status: 200, headers: { ...fileHeaders(file), 'content-length': String(file.size), 'content-md5': file.http.contentMD5 }, body: chunks(file, 0, file.size) };
  }
  if (range.start >= file.size) {
    const e = errors.invalidRange();
    e.headers = { 'content-range': `bytes */${file.size}` };
    throw e;
  }
  const end = Math.min(range.end ?? file.size - 1, file.size - 1);
  const length = end - range.start + 1;
  if (wantMd5 && length > MAX_RANGE) throw errors.outOfRangeInput();
  const headers = {
    ...fileHeaders(file),
    'content-length': String(length),
    'content-range': `bytes ${range.start}-${end}/${file.size}`,
    // A ranged read reports the whole file's stored MD5 apart from the range's own.
    'x-ms-content-md5': file.http.contentMD5,
    'content-md5': wantMd5 ? md5(file.content.read(range.start, end + 1)) : undefined,
  };
  return { status: 206, headers, body: chunks(file, range.start, end + 1) };
}

/** The bytes of [start, end) in 4 MiB pieces, so a large sparse read never sits in memory at once. */
function* chunks(file, start, end) {
  for (let at = start; at < end; at += MAX_RANGE) yield file.content.read(at, Math.min(end, at + MAX_RANGE));
}

export function setFileProperties(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  const file = share.getFile(ctx.names);
  const h = ctx.headers;
  const parent = share.parentOf(ctx.names);
  // Everything is parsed before anything changes, so one bad header changes nothing.
  const size = h['x-ms-content-length'] !== undefined ? integerHeader(h, 'x-ms-content-length', undefined, MAX_FILE_SIZE) : file.size;
  const http = contentPropertiesFrom(h); // properties left out are cleared, as on the service
  const smb = {
    attributes: parseAttributes(h, file.smb.attributes, 'preserve', false),
    creationTime: parseTimeHeader(h, 'x-ms-file-creation-time', file.smb.creationTime, 'preserve'),
    lastWriteTime: parseTimeHeader(h, 'x-ms-file-last-write-time', file.smb.lastWriteTime, 'preserve'),
    changeTime: parseTimeHeader(h, 'x-ms-file-change-time', undefined, 'now'),
    permissionKey: resolvePermission(h, share.permissions, parent.smb.permissionKey, file.smb.permissionKey, 'preserve'),
  };
  if (size < file.size) file.content.truncate(size);
  file.size = size;
  file.http = http;
  Object.assign(file.smb, smb);
  stamp(file);
  return { status: 200, headers: { ...stampHeaders(file), ...ENCRYPTED, ...smbHeaders(file) } };
}

export function setFileMetadata(ctx) {
  const file = ctx.store.getShare(ctx.shareName).getFile(ctx.names);
  file.metadata = metadataFrom(ctx.headers);
  file.smb.changeTime = nowTicks();
  stamp(file);
  return { status: 200, headers: { ...stampHeaders(file), ...ENCRYPTED } };
}

export function deleteFile(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  const file = share.getFile(ctx.names);
  share.detach(share.parentOf(ctx.names), file);
  return { status: 202, headers: {} };
}

export function listRanges(ctx) {
  const file = ctx.store.getShare(ctx.shareName).getFile(ctx.names);
  if (ctx.url.searchParams.has('prevsharesnapshot')) throw errors.notImplemented('List Ranges against a share snapshot (prevsharesnapshot)');
  const range = byteRange(ctx.headers, { openEnded: false });
  const ranges = range ? file.content.ranges(range.start, range.end + 1) : file.content.ranges();
  const body = xmlDocument(['Ranges', ...ranges.map((r) => ['Range', ['Start', String(r.start)], ['End', String(r.end)]])]);
  return { status: 200, headers: { ...stampHeaders(file), 'x-ms-content-length': String(file.size), 'content-type': 'application/xml' }, body };
}

/** Copy File from a file or blob URL; the copy is complete when this answers (status success). */
export async function copyFile(ctx) {
  const h = ctx.headers;
  const source = sourceUrl(h);
  const { share, parent, name, existing } = placeNewFile(ctx);
  const { data, headers: sourceHeaders, local } = await readCopySource(source, undefined, { ctx, limit: 256 * 1024 * 1024, keyVouchesForSameAccount: true });
  const sourceSmb = local
    ? { attributes: local.smb.attributes, permissionKey: local.smb.permissionKey, 'x-ms-file-creation-time': local.smb.creationTime, 'x-ms-file-last-write-time': local.smb.lastWriteTime }
    : remoteSmb(sourceHeaders, share);
  const file = share.newNode('file', name, parent.id, newFileSmb(h, share, parent, sourceSmb));
  file.size = data.length;
  file.content.write(0, data);
  file.http = local ? { ...local.http } : remoteContentProperties(sourceHeaders);
  file.metadata = hasMetadata(h) ? metadataFrom(h) : local ? { ...local.metadata } : remoteMetadata(sourceHeaders);
  // The source URL is kept without its signature so no SAS is echoed back.
  const shown = new URL(source);
  if (shown.searchParams.has('sig')) shown.searchParams.set('sig', 'REDACTED');
  file.copy = { id: randomUUID(), source: shown.toString(), bytes: data.length, completed: new Date() };
  install(share, parent, existing, file);
  return { status: 202, headers: { ...stampHeaders(file), 'x-ms-copy-id': file.copy.id, 'x-ms-copy-status': 'success' } };
}

function remoteContentProperties(h) {
  return {
    contentType: h['content-type'],
    contentEncoding: h['content-encoding'],
    contentLanguage: h['content-language'],
    contentDisposition: h['content-disposition'],
    cacheControl: h['cache-control'],
    contentMD5: h['content-md5'] ?? h['x-ms-content-md5'],
  };
}

function remoteMetadata(h) {
  return Object.fromEntries(Object.entries(h).filter(([k]) => k.startsWith('x-ms-meta-')).map(([k, v]) => [k.slice(10), v]));
}

/** SMB properties of a source file on another Files endpoint ('source' in the copy headers). */
function remoteSmb(h, share) {
  if (!h['x-ms-file-attributes']) return undefined;
  const key = h['x-ms-file-permission-key'];
  return {
    attributes: h['x-ms-file-attributes'],
    permissionKey: key && share.permissions.has(key) ? key : share.root.smb.permissionKey,
    'x-ms-file-creation-time': h['x-ms-file-creation-time'] ? parseTimeHeader(h, 'x-ms-file-creation-time', undefined, 'now') : undefined,
    'x-ms-file-last-write-time': h['x-ms-file-last-write-time'] ? parseTimeHeader(h, 'x-ms-file-last-write-time', undefined, 'now') : undefined,
  };
}
