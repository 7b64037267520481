// A hierarchical tree (a local folder, an Azure Files share) listed in the
// order of a flat blob listing, so both sides of a job can be merge-joined.
import { compareUtf8 } from './order.ts';

/** One child of a folder, as a backend read it. key: its full job name, with '/' after a folder. */
export interface TreeChild<E, D> {
  readonly key: string;
  readonly entry?: E;
  readonly folder?: D;
}

export const leaf = <E>(name: string, entry: E): TreeChild<E, never> => ({ key: name, entry });
export const folder = <D>(name: string, dir: D): TreeChild<never, D> => ({ key: `${name}/`, folder: dir });

/**
 * A tree's objects in UTF-8 byte order of their full names, which is the
 * order of a flat blob listing. A folder `a` holds names `a/…`, and those
 * sort where `a/` sorts: after `a-b` and `a.txt`, before `a0`. So each
 * folder's children are sorted by key and folders are descended in place,
 * holding only one folder listing per level in memory. readDir reports its
 * own problems and returns [] for a folder it cannot read.
 */
export async function* walkInByteOrder<E, D>(
  dir: D,
  namePrefix: string,
  readDir: (dir: D, namePrefix: string) => Promise<Array<TreeChild<E, D>>>,
): AsyncGenerator<E> {
  const children = await readDir(dir, namePrefix);
  children.sort((a, b) => compareUtf8(a.key, b.key));
  for (const c of children) {
    if (c.folder !== undefined) yield* walkInByteOrder(c.folder, c.key, readDir);
    else yield c.entry as E;
  }
}
