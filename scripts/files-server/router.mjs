// Which operation a request is, from the URL level (account, share,
// directory or file), the verb, restype, comp and a few headers. Each entry
// also says what it needs from a SAS (permission letters, any one of which
// grants it, and the account-SAS resource types) and whether a bearer token
// may call it. Anything not listed is refused with 501, naming the request.
import * as service from './operations/service.mjs';
import * as shares from './operations/shares.mjs';
import * as directories from './operations/directories.mjs';
import * as files from './operations/files.mjs';

const op = (name, level, sas, srt, handler) => ({ name, level, sas, srt, handler });

/**
 * @param {{ method: string, level: 'service'|'share'|'path', restype: string|null, comp: string|null, headers: Record<string,string> }} r
 */
export function route({ method, level, restype, comp, headers }) {
  const m = method === 'HEAD' ? 'GET' : method;
  if (level === 'service') {
    if (m === 'GET' && comp === 'list') return op('ListShares', 'service', 'l', 's', service.listShares);
    return undefined;
  }
  if (restype === 'share') {
    if (level !== 'share') return undefined;
    if (m === 'PUT' && comp === null) return op('CreateShare', 'share', 'cw', 'c', shares.createShare);
    if (m === 'GET' && comp === null) return op('GetShareProperties', 'share', 'r', 'c', shares.getShareProperties);
    if (m === 'DELETE' && comp === null) return op('DeleteShare', 'share', 'd', 'c', shares.deleteShare);
    if (m === 'PUT' && comp === 'metadata') return op('SetShareMetadata', 'share', 'w', 'c', shares.setShareMetadata);
    return undefined;
  }
  if (restype === 'directory') {
    if (m === 'PUT' && comp === null) return op('CreateDirectory', 'directory', 'cw', 'o', directories.createDirectory);
    if (m === 'GET' && comp === null) return op('GetDirectoryProperties', 'directory', 'r', 'o', directories.getDirectoryProperties);
    if (m === 'DELETE' && comp === null) return op('DeleteDirectory', 'directory', 'd', 'o', directories.deleteDirectory);
    if (m === 'PUT' && comp === 'metadata') return op('SetDirectoryMetadata', 'directory', 'w', 'o', directories.setDirectoryMetadata);
    if (m === 'PUT' && comp === 'properties') return op('SetDirectoryProperties', 'directory', 'w', 'o', directories.setDirectoryProperties);
    if (m === 'GET' && comp === 'list') return op('ListFilesAndDirectories', 'directory', 'l', 'co', directories.listDirectory);
    return undefined;
  }
  if (restype !== null || level !== 'path') return undefined;
  const copySource = headers['x-ms-copy-source'] !== undefined;
  if (m === 'PUT' && comp === null && copySource) return op('CopyFile', 'file', 'cw', 'o', files.copyFile);
  if (m === 'PUT' && comp === null && headers['x-ms-type'] !== undefined) return op('CreateFile', 'file', 'cw', 'o', files.createFile);
  if (m === 'PUT' && comp === 'range' && copySource) return op('PutRangeFromURL', 'file', 'w', 'o', files.putRangeFromUrl);
  if (m === 'PUT' && comp === 'range') return op('PutRange', 'file', 'w', 'o', files.putRange);
  if (method === 'HEAD' && comp === null) return op('GetFileProperties', 'file', 'r', 'o', files.getFileProperties);
  if (m === 'GET' && comp === null) return op('GetFile', 'file', 'r', 'o', files.getFile);
  if (m === 'DELETE' && comp === null) return op('DeleteFile', 'file', 'd', 'o', files.deleteFile);
  if (m === 'PUT' && comp === 'properties') return op('SetFileProperties', 'file', 'w', 'o', files.setFileProperties);
  if (m === 'PUT' && comp === 'metadata') return op('SetFileMetadata', 'file', 'w', 'o', files.setFileMetadata);
  if (m === 'GET' && comp === 'rangelist') return op('ListRanges', 'file', 'r', 'o', files.listRanges);
  return undefined;
}
