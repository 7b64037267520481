// Walks a share's directories. The service lists one directory at a time,
// in its own order; azcp's merge join needs the whole tree strictly
// ascending by compareUtf8 of the full name. Each directory's children are
// read whole (every page, following the continuation markers) and sorted
// with a directory keyed as "name/": everything below it then falls
// exactly where its key sorts, so recursing in that order yields the tree
// in order while holding one directory's listing per level in memory.
import { compareUtf8 } from '../../engine/order.ts';
import { statusOf } from '../errors.ts';
import type { FileConnection } from './client.ts';
import type { FileEntry } from './entry.ts';
import { directoryClient } from './objects.ts';

export interface FileListOptions {
  /** The directory to list, '' for the share's root; no trailing '/'. */
  dir: string;
  /** Stripped from each full name to make the job name. */
  strip: string;
  recursive: boolean;
  /** A directory that could not be read (other than vanished meanwhile). */
  onProblem?: (path: string, error: string) => void;
}

interface Child {
  key: string;
  name: string;
  dir: boolean;
  size: number;
  lastWriteMs?: number;
  lastModifiedMs?: number;
  etag?: string;
}

/** Page size of one listing request (the service's maximum). */
const PAGE = 5000;

async function children(c: FileConnection, dir: string): Promise<Child[]> {
  const out: Child[] = [];
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

/** The files under `dir` (and below, when recursive), ascending by compareUtf8 of the full name. */
export async function* listFiles(c: FileConnection, o: FileListOptions): AsyncGenerator<FileEntry> {
  yield* walk(c, o.dir, o, true);
}

async function* walk(c: FileConnection, dir: string, o: FileListOptions, top: boolean): AsyncGenerator<FileEntry> {
  let list: Child[];
  try {
    list = await children(c, dir);
  } catch (err) {
    // A directory that is not there holds nothing: a destination not made
    // yet, or a subdirectory deleted while walking. (A source that does not
    // exist was refused by its scope before listing.)
    if (statusOf(err) === 404) return;
    if (top || !o.onProblem) throw err;
    o.onProblem(dir, (err as Error).message ?? String(err));
    return;
  }
  const base = dir === '' ? '' : `${dir}/`;
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

/** The directories below `dir` that hold nothing at all, as names less `strip`. */
export async function* emptyDirectories(c: FileConnection, dir: string, strip: string): AsyncGenerator<string> {
  let list: Child[];
  try {
    list = await children(c, dir);
  } catch (err) {
    if (statusOf(err) === 404) return;
    throw err;
  }
  for (const ch of list) {
    if (!ch.dir) continue;
    const full = dir === '' ? ch.name : `${dir}/${ch.name}`;
    const inner = await children(c, full).catch(() => undefined);
    if (inner?.length === 0) yield full.slice(strip.length);
    else if (inner) yield* emptyDirectories(c, full, strip);
  }
}

/** The directories under `dir` (it included), deepest first: what a remove of a directory empties. */
export async function directoriesUnder(c: FileConnection, dir: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (d: string): Promise<void> => {
    let list: Child[];
    try {
      list = await children(c, d);
    } catch (err) {
      if (statusOf(err) === 404) return;
      throw err;
    }
    for (const ch of list) if (ch.dir) await visit(d === '' ? ch.name : `${d}/${ch.name}`);
    out.push(d);
  };
  await visit(dir);
  return out;
}
