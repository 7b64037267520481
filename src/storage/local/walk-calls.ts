// The file-system calls one local walk makes (read a folder, stat an
// entry, read a link), made on the main thread while the file system
// answers fast, and through the thread pool (32 in flight, as the walk
// asks) once it does not: inline-calls.ts says why. A no-op sync is little
// more than this walk beside a listing.
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { InlineCalls } from '../inline-calls.ts';

export { SLOW_CALL_MS, SLOW_CALLS_TO_SWITCH } from '../inline-calls.ts';

export class WalkCalls extends InlineCalls {
  readdir(path: string): Promise<Dirent[]> {
    return this.call(() => readdirSync(path, { withFileTypes: true }), () => readdir(path, { withFileTypes: true }));
  }

  lstat(path: string): Promise<Stats> {
    return this.call(() => lstatSync(path), () => lstat(path));
  }

  stat(path: string): Promise<Stats> {
    return this.call(() => statSync(path), () => stat(path));
  }

  readlink(path: string): Promise<string> {
    return this.call(() => readlinkSync(path), () => readlink(path));
  }

  realpath(path: string): Promise<string> {
    // The native call on both paths: the promise API's realpath is native, and
    // loop protection compares paths found either way.
    return this.call(() => realpathSync.native(path), () => realpath(path));
  }
}
