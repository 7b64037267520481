// Directory operations: Create, Get Properties, Delete, Set Metadata, Set
// Properties, List Directories and Files.
import { errors } from '../errors.mjs';
import { foldName } from '../names.mjs';
import { formatTicks, parseAttributes, parseTimeHeader, resolvePermission } from '../smb.mjs';
import { stamp } from '../store.mjs';
import { xmlDocument } from '../xml.mjs';
import { metadataFrom, metadataHeaders, smbHeaders, stampHeaders } from './common.mjs';
import { maxResults } from './service.mjs';

const ENCRYPTED = { 'x-ms-request-server-encrypted': 'true' };

export function createDirectory(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  if (ctx.names.length === 0) throw errors.resourceAlreadyExists();
  const parent = share.parentOf(ctx.names);
  const name = ctx.names[ctx.names.length - 1];
  if (parent.children.has(foldName(name))) throw errors.resourceAlreadyExists();
  const h = ctx.headers;
  const permissionKey = resolvePermission(h, share.permissions, parent.smb.permissionKey, undefined, 'inherit');
  const smb = {
    attributes: parseAttributes(h, undefined, 'Directory', true),
    creationTime: parseTimeHeader(h, 'x-ms-file-creation-time', undefined, 'now'),
    lastWriteTime: parseTimeHeader(h, 'x-ms-file-last-write-time', undefined, 'now'),
    changeTime: parseTimeHeader(h, 'x-ms-file-change-time', undefined, 'now'),
    permissionKey,
  };
  const dir = share.newNode('dir', name, parent.id, smb);
  dir.metadata = metadataFrom(h);
  share.attach(parent, dir);
  return { status: 201, headers: { ...stampHeaders(dir), ...ENCRYPTED, ...smbHeaders(dir) } };
}

export function getDirectoryProperties(ctx) {
  const dir = ctx.store.getShare(ctx.shareName).getDirectory(ctx.names);
  return { status: 200, headers: { ...stampHeaders(dir), ...metadataHeaders(dir.metadata), 'x-ms-server-encrypted': 'true', ...smbHeaders(dir) } };
}

export function deleteDirectory(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  if (ctx.names.length === 0) throw errors.invalidUri();
  const dir = share.getDirectory(ctx.names);
  if (dir.children.size > 0) throw errors.directoryNotEmpty();
  share.detach(share.parentOf(ctx.names), dir);
  return { status: 202, headers: {} };
}

export function setDirectoryMetadata(ctx) {
  const dir = ctx.store.getShare(ctx.shareName).getDirectory(ctx.names);
  dir.metadata = metadataFrom(ctx.headers);
  stamp(dir);
  return { status: 200, headers: { ...stampHeaders(dir), ...ENCRYPTED } };
}

export function setDirectoryProperties(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  const dir = share.getDirectory(ctx.names);
  const h = ctx.headers;
  const parentKey = ctx.names.length ? share.parentOf(ctx.names).smb.permissionKey : dir.smb.permissionKey;
  // Everything is computed before anything is changed, so a bad header changes nothing.
  const next = {
    attributes: parseAttributes(h, dir.smb.attributes, 'preserve', true),
    creationTime: parseTimeHeader(h, 'x-ms-file-creation-time', dir.smb.creationTime, 'preserve'),
    lastWriteTime: parseTimeHeader(h, 'x-ms-file-last-write-time', dir.smb.lastWriteTime, 'preserve'),
    changeTime: parseTimeHeader(h, 'x-ms-file-change-time', undefined, 'now'),
    permissionKey: resolvePermission(h, share.permissions, parentKey, dir.smb.permissionKey, 'preserve'),
  };
  Object.assign(dir.smb, next);
  stamp(dir);
  return { status: 200, headers: { ...stampHeaders(dir), ...ENCRYPTED, ...smbHeaders(dir) } };
}

function encodeMarker(folded) {
  return Buffer.from(folded, 'utf8').toString('base64url');
}

function decodeMarker(marker) {
  const folded = Buffer.from(marker, 'base64url').toString('utf8');
  if (encodeMarker(folded) !== marker) throw errors.invalidQuery('marker', marker, 'The marker is not one this server returned.');
  return folded;
}

/**
 * List Directories and Files: one level, files and directories together in
 * (case-insensitive) name order. include=Timestamps,Etag,Attributes,PermissionKey
 * and x-ms-file-extended-info: true add what the service adds for them.
 */
export function listDirectory(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  const dir = share.getDirectory(ctx.names);
  const q = ctx.url.searchParams;
  const prefix = q.get('prefix') ?? '';
  const max = maxResults(q);
  const from = q.get('marker') ? decodeMarker(q.get('marker')) : '';
  const include = new Set((q.get('include') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
  for (const i of include) if (!['timestamps', 'etag', 'attributes', 'permissionkey'].includes(i)) throw errors.invalidQuery('include', q.get('include'));
  const extended = (ctx.headers['x-ms-file-extended-info'] ?? '').toLowerCase() === 'true';
  const foldedPrefix = foldName(prefix);
  const entries = [...dir.children.entries()].filter(([k]) => k.startsWith(foldedPrefix) && k >= from).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const page = entries.slice(0, max);
  const next = entries[max];
  const body = xmlDocument(['EnumerationResults', { ServiceEndpoint: `${ctx.serviceUrl}/`, ShareName: share.name, DirectoryPath: ctx.names.join('/') },
    q.has('marker') ? ['Marker', q.get('marker')] : null,
    q.has('prefix') ? ['Prefix', prefix] : null,
    q.has('maxresults') ? ['MaxResults', String(max)] : null,
    extended ? ['DirectoryId', dir.id] : null,
    ['Entries', ...page.map(([, node]) => listEntry(node, include, extended))],
    ['NextMarker', next ? encodeMarker(next[0]) : ''],
  ]);
  return { status: 200, headers: { 'content-type': 'application/xml' }, body };
}

function listEntry(node, include, extended) {
  const isFile = node.kind === 'file';
  const times = include.has('timestamps')
    ? [
        ['CreationTime', formatTicks(node.smb.creationTime)],
        ['LastAccessTime', formatTicks(node.smb.lastAccessTime)],
        ['LastWriteTime', formatTicks(node.smb.lastWriteTime)],
        ['ChangeTime', formatTicks(node.smb.changeTime)],
        ['Last-Modified', node.lastModified.toUTCString()],
      ]
    : [];
  return [isFile ? 'File' : 'Directory',
    extended ? ['FileId', node.id] : null,
    ['Name', node.name],
    ['Properties', isFile ? ['Content-Length', String(node.size)] : null, ...times, include.has('etag') ? ['Etag', node.etag] : null],
    include.has('attributes') ? ['Attributes', node.smb.attributes] : null,
    include.has('permissionkey') ? ['PermissionKey', node.smb.permissionKey] : null,
  ];
}

