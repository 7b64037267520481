// Reads a zip archive (a .vsix is one) with nothing but node:zlib, so a
// test can unpack what tfx made without trusting tfx's own zip library to
// read it back. Handles what packaging tools write: stored and deflated
// entries, no zip64, no encryption.
import { inflateRawSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function readZip(path: string): ZipEntry[] {
  const buf = readFileSync(path);
  // End of central directory: the last PK\x05\x06 (a comment may follow it).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path} is not a zip archive (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${n}`);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`${path}: bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`${path}: ${name} uses compression method ${method}`);
    if (data.length !== size) throw new Error(`${path}: ${name} is ${data.length} bytes, the directory says ${size}`);
    entries.push({ name, data });
  }
  return entries;
}

/** Writes every file entry below `dir`; refuses names that would land outside it. */
export function extractZip(path: string, dir: string): ZipEntry[] {
  const entries = readZip(path);
  const base = resolve(dir);
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const target = resolve(base, e.name);
    if (!target.startsWith(base + sep)) throw new Error(`${path}: ${e.name} points outside the folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, e.data);
  }
  return entries;
}

