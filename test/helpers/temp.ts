// Temporary folders for tests. Every folder a test process makes lives
// under one root of its own, removed when the process exits, so a run of
// the suite leaves nothing behind in the system's temp folder.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

function processRoot(): string {
  if (!root) {
    const made = mkdtempSync(join(tmpdir(), 'azcp-test-'));
    // Traversable by other users, as the temp folder itself is: one test
    // runs the CLI as "nobody" inside a folder it opened up for that.
    chmodSync(made, 0o755);
    root = made;
    process.on('exit', () => {
      try {
        rmSync(made, { recursive: true, force: true });
      } catch {
        // A folder a test made unreadable on purpose; nothing else to do at exit.
      }
    });
  }
  return root;
}

export function tempDir(tag: string): string {
  return mkdtempSync(join(processRoot(), `${tag}-`));
}
