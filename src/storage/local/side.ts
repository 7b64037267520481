// The local file system as a Side: the side other backends read into and
// write from. Nothing to connect, check or probe; its scopes are resolved
// before any request.
import { createHash } from 'node:crypto';
import { lstat, rm, stat } from 'node:fs/promises';
import { DestinationChangedError } from '../errors.ts';
import type { LocalLocation } from '../../contract/location.ts';
import type { DestinationScope, FileSystemSide, LocalFile, ObjectProperties, Role, ScopeEvents, ScopeRules, SourceScope } from '../side.ts';
import { fileTimeMs, md5OfFile } from '../disk.ts';
import { folderMakerUnder } from '../folders.ts';
import { localDestinationScope, localSourceScope } from './scope.ts';
import type { LocalEntry } from './entry.ts';

export class LocalSide implements FileSystemSide<LocalEntry> {
  readonly kind = 'local' as const;
  readonly features = { remote: false, caseInsensitiveNames: false };
  readonly stats = { retries: 0 };
  /** Folders below the destination's root, made once per job; set by destinationScope. */
  private folders?: (dir: string) => Promise<void>;

  constructor(readonly location: LocalLocation, readonly role: Role) {}

  async connect(): Promise<void> {}
  checkAccess(): string[] {
    return [];
  }
  async probe(): Promise<void> {}

  sourceScope(rules: ScopeRules, events: ScopeEvents): Promise<SourceScope<LocalEntry>> {
    return localSourceScope(this.location, rules, events);
  }

  async destinationScope(source: SourceScope, rules: ScopeRules, events: ScopeEvents): Promise<DestinationScope<LocalEntry>> {
    const scope = await localDestinationScope(this.location, source, rules, events);
    const folders = folderMakerUnder(scope.root);
    this.folders = folders;
    return { ...scope, makeFolder: (target) => folders(target) };
  }

  async stat(target: string, name = target): Promise<LocalEntry | undefined> {
    const s = await stat(target).catch(() => undefined);
    return s?.isFile() ? { name, size: s.size, mtimeMs: fileTimeMs(s.mtimeMs), absPath: target } : undefined;
  }

  properties(e: LocalEntry): ObjectProperties {
    return { fullName: e.name, size: e.size, lastModifiedMs: e.mtimeMs };
  }

  /** A local listing carries no MD5: it comes from the bytes (a preserved link: from its target text). */
  async hash(e: LocalEntry): Promise<string | undefined> {
    if (!e.absPath) return undefined;
    if (e.linkTarget !== undefined) return createHash('md5').update(e.linkTarget).digest('base64');
    return (await md5OfFile(e.absPath)).toString('base64');
  }

  /**
   * Deletes the file only if it is still the one that was listed (size and
   * time): a file written again since (a build still running, another job)
   * is kept and reported. The gap between this look and the delete is one
   * system call, not the whole job's.
   */
  async remove(e: LocalEntry): Promise<void> {
    const now = await (e.linkTarget !== undefined ? lstat : stat)(e.absPath).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
    if (!now) return;
    // A link's own size is its target's length in bytes, as the walk lists it.
    if (now.size !== e.size || fileTimeMs(now.mtimeMs) !== fileTimeMs(e.mtimeMs)) {
      throw new DestinationChangedError(`refused: the file changed after it was listed (listed ${e.size} bytes, now ${now.size}, modified since); it was not deleted. Run the job again to judge the new version`);
    }
    await rm(e.absPath, { force: true });
  }

  /** A LocalEntry is the file's own description: no copy per transfer. */
  localFile(e: LocalEntry): LocalFile {
    return e;
  }

  makeFolder(dir: string): Promise<void> {
    return this.folders ? this.folders(dir) : Promise.resolve();
  }
}
