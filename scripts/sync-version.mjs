// Carries package.json's version into task.json and vss-extension.json, so
// the extension, the task inside it and the package never disagree. npm
// runs it on `npm version X.Y.Z` (the "version" script), before the commit
// and tag it makes; the packaging refuses versions that differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Rewrites the two manifests under `root` to package.json's version; returns it. */
export function syncVersion(root) {
  const read = (name) => JSON.parse(readFileSync(join(root, name), 'utf8'));
  const { version } = read('package.json');
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  // Azure DevOps task versions are three numbers: no pre-release tags.
  if (!m) throw new Error(`package.json's version ${version} is not MAJOR.MINOR.PATCH, which task.json requires`);
  const task = read('task.json');
  task.version = { Major: Number(m[1]), Minor: Number(m[2]), Patch: Number(m[3]) };
  writeFileSync(join(root, 'task.json'), `${JSON.stringify(task, null, 2)}\n`);
  const extension = read('vss-extension.json');
  extension.version = version;
  writeFileSync(join(root, 'vss-extension.json'), `${JSON.stringify(extension, null, 2)}\n`);
  return version;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`task.json and vss-extension.json: ${syncVersion(join(dirname(fileURLToPath(import.meta.url)), '..'))}`);
}
