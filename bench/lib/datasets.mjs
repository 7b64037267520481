// Deterministic datasets on disk, written once and reused by every run.
// Names and sizes come from a seeded PRNG; contents come from AES-256-CTR
// over zeros (fast, incompressible, identical on every machine). Every file
// gets the same fixed mtime so that sync tools agree that nothing changed
// after an upload (and rclone can be told the same mtime in blob metadata).
import { createCipheriv, createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync, utimesSync, openSync, writeSync, closeSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { DATA_DIR, MiB } from './config.mjs';

/** 2024-01-01T00:00:00Z, whole seconds: representable exactly by every tool. */
export const FIXED_MTIME_S = 1704067200;
export const FIXED_MTIME_ISO = new Date(FIXED_MTIME_S * 1000).toISOString().replace('.000Z', 'Z');

/** mulberry32: a tiny seeded PRNG, good enough to spread names and sizes. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contentStream(seed, index) {
  const key = createHash('sha256').update(`azcp-bench:${seed}`).digest();
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(index >>> 0, 0);
  return createCipheriv('aes-256-ctr', key, iv);
}

/** The list of {name, size} for a spec, without touching the disk. */
export function planFiles(spec) {
  if (spec.kind === 'large') {
    return Array.from({ length: spec.count }, (_, i) => ({ name: `large-${String(i).padStart(2, '0')}.bin`, size: spec.size }));
  }
  const rnd = prng(spec.seed);
  const files = [];
  for (let i = 0; i < spec.count; i++) {
    const depth = Math.floor(rnd() * 4); // 0..3 folder levels
    const parts = [];
    for (let d = 0; d < depth; d++) parts.push(`d${d}-${Math.floor(rnd() * (d === 0 ? 8 : 6))}`);
    parts.push(`f${String(i).padStart(6, '0')}.bin`);
    const size = spec.minSize + Math.floor(rnd() * (spec.maxSize - spec.minSize + 1));
    files.push({ name: parts.join('/'), size });
  }
  return files;
}

function specKey(spec) {
  return JSON.stringify({ v: 1, ...spec });
}

/**
 * Makes sure the dataset for `spec` exists under bench/.data/<label>/files
 * and returns {dir, count, bytes, files}. Reuses a complete earlier copy.
 */
export function ensureDataset(spec, log = () => {}) {
  const root = join(DATA_DIR, spec.label);
  const dir = join(root, 'files');
  const manifestPath = join(root, 'manifest.json');
  const files = planFiles(spec);
  const bytes = files.reduce((s, f) => s + f.size, 0);
  if (existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (m.key === specKey(spec)) return { dir, count: files.length, bytes, files, label: spec.label };
    } catch {
      /* rebuild */
    }
  }
  const started = Date.now();
  rmSync(root, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const made = new Set();
  const chunk = Buffer.alloc(4 * MiB);
  files.forEach((f, i) => {
    const path = join(dir, f.name);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    const cipher = contentStream(spec.seed, i);
    if (f.size <= 4 * MiB) {
      writeFileSync(path, cipher.update(chunk.subarray(0, f.size)));
    } else {
      const fd = openSync(path, 'w');
      for (let left = f.size; left > 0; left -= chunk.length) writeSync(fd, cipher.update(chunk.subarray(0, Math.min(left, chunk.length))));
      closeSync(fd);
    }
    utimesSync(path, FIXED_MTIME_S, FIXED_MTIME_S);
  });
  writeFileSync(manifestPath, JSON.stringify({ key: specKey(spec), count: files.length, bytes }, null, 2));
  log(`dataset ${spec.label}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dir, count: files.length, bytes, files, label: spec.label };
}
