// Builds the Azure DevOps extension that installs the AzcpTransfer task:
// out/azcp-VERSION.vsix, made by `tfx extension create` from a staging
// folder that holds the extension manifest, its overview and icon, and the
// task folder with exactly task.json, icon.png and dist/.
//
//   npm run package                       # builds dist/, then the .vsix
//   npm run package -- --publisher NAME   # any further flags go to tfx
//
// One version everywhere: package.json's. task.json and vss-extension.json
// must carry the same one (`npm version X.Y.Z` updates both, see
// scripts/sync-version.mjs); a mismatch stops the packaging.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { taskSchemaIssues } from './task-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The one folder name of the task inside the extension (vss-extension.json's files and contribution). */
export const TASK_FOLDER = 'AzcpTransfer';

/** Every way the three version-bearing files disagree, one line each. */
export function versionIssues(pkg, task, extension) {
  const issues = [];
  const taskVersion = `${task.version?.Major}.${task.version?.Minor}.${task.version?.Patch}`;
  if (taskVersion !== pkg.version) issues.push(`task.json's version is ${taskVersion}, package.json's ${pkg.version}`);
  if (extension.version !== pkg.version) issues.push(`vss-extension.json's version is ${extension.version}, package.json's ${pkg.version}`);
  return issues;
}

/** Lays out the extension in `stage` (emptied first). Returns the version. */
export function stageExtension(stage) {
  const pkg = readJson('package.json');
  const task = readJson('task.json');
  const extension = readJson('vss-extension.json');
  const problems = [...versionIssues(pkg, task, extension)];
  if (!existsSync(join(root, 'dist', 'index.js'))) problems.push('dist/index.js is missing: run `npm run build` first');
  problems.push(...taskSchemaIssues(task, root).map((m) => `task.json: ${m}`));
  const contributed = extension.contributions?.find((c) => c.type === 'ms.vss-distributed-task.task')?.properties?.name;
  if (contributed !== TASK_FOLDER || !extension.files?.some((f) => f.path === TASK_FOLDER)) {
    problems.push(`vss-extension.json must contribute the task folder ${TASK_FOLDER} (files and contributions)`);
  }
  if (extension.content?.details?.path !== 'overview.md' || extension.icons?.default !== 'images/icon.png') {
    problems.push('vss-extension.json must name overview.md as its details and images/icon.png as its icon (the staged files)');
  }
  if (problems.length) throw new Error(`cannot package the extension:\n  ${problems.join('\n  ')}`);

  rmSync(stage, { recursive: true, force: true });
  const taskDir = join(stage, TASK_FOLDER);
  mkdirSync(join(stage, 'images'), { recursive: true });
  mkdirSync(taskDir, { recursive: true });
  cpSync(join(root, 'vss-extension.json'), join(stage, 'vss-extension.json'));
  // The Marketplace page: a task-focused overview, kept in docs/.
  cpSync(join(root, 'docs', 'extension-overview.md'), join(stage, 'overview.md'));
  cpSync(join(root, 'images', 'icon.png'), join(stage, 'images', 'icon.png'));
  // The task folder: what the agent downloads and runs, nothing else.
  cpSync(join(root, 'task.json'), join(taskDir, 'task.json'));
  cpSync(join(root, 'images', 'icon.png'), join(taskDir, 'icon.png'));
  cpSync(join(root, 'dist'), join(taskDir, 'dist'), { recursive: true, filter: (src) => !/[\\/]\.[^\\/]*\.tmp$/.test(src) });
  return pkg.version;
}

/** Runs `tfx extension create` on a staged folder; returns the .vsix path. */
export function createVsix(stage, outDir, version, extraArgs = []) {
  mkdirSync(outDir, { recursive: true });
  const vsix = join(outDir, `azcp-${version}.vsix`);
  rmSync(vsix, { force: true });
  const tfx = join(root, 'node_modules', 'tfx-cli', '_build', 'tfx-cli.js');
  const r = spawnSync(
    process.execPath,
    [tfx, 'extension', 'create', '--root', stage, '--manifest-globs', 'vss-extension.json', '--output-path', vsix, '--no-prompt', '--no-color', ...extraArgs],
    { cwd: root, encoding: 'utf8' },
  );
  // tfx exits 0 on some failures: the file is the proof.
  if (r.status !== 0 || !existsSync(vsix) || /\berror\b/i.test(r.stderr ?? '')) {
    throw new Error(`tfx extension create failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return { vsix, output: `${r.stdout}${r.stderr}` };
}

async function main() {
  const out = join(root, 'out');
  const stage = join(out, 'extension');
  const version = stageExtension(stage);
  const { vsix, output } = createVsix(stage, out, version, process.argv.slice(2));
  // tfx's warnings (e.g. about the manifest) are worth reading; its banner is not.
  for (const line of output.split(/\r?\n/)) if (/warn/i.test(line)) console.warn(line);
  console.log(`${relative(root, vsix)}: the AzcpTransfer task ${version} (upload it at https://marketplace.visualstudio.com/manage, or \`tfx extension publish --vsix ${relative(root, vsix)}\`)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
