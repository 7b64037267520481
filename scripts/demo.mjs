// `npm start`: the main job on an embedded default. Starts a private Azurite
// blob emulator, creates a container, syncs sample/site into it with the
// shipped bundle (dist/index.js), runs the sync again to show that nothing
// changed is sent twice, prints the evidence, and stops the emulator.
// Override with: npm start -- SOURCE_FOLDER
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAzurite } from './azurite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const azcpEntry = join(root, 'dist', 'index.js');
const source = resolve(process.argv[2] ?? join(root, 'sample', 'site'));
const jobDir = mkdtempSync(join(tmpdir(), 'azcp-demo-jobs-'));

function azcp(args) {
  return new Promise((resolvePromise) => {
    console.log(`\n$ azcp ${args.join(' ')}`);
    const child = spawn(process.execPath, [azcpEntry, ...args, '--job-dir', jobDir], { stdio: 'inherit' });
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

const emulator = await startAzurite();
console.log(`Azurite blob emulator (in memory) on port ${emulator.port}`);
let exitCode = 0;
try {
  const container = `${emulator.serviceUrl}/demo`;
  exitCode ||= await azcp(['make', container]);
  exitCode ||= await azcp(['sync', source, `${container}/site`, '--delete-destination', 'true']);
  exitCode ||= await azcp(['sync', source, `${container}/site`, '--delete-destination', 'true']);
  exitCode ||= await azcp(['list', `${container}/site`]);
  exitCode ||= await azcp(['jobs', 'list']);
  // The summary a CI step would publish, from the first sync's job folder.
  const jobs = readdirSync(jobDir).sort();
  const firstSync = jobs.find((id) => readFileSync(join(jobDir, id, 'report.json'), 'utf8').includes('"command": "sync"'));
  if (firstSync) {
    console.log(`\n--- summary.md of job ${firstSync} (what a CI step publishes) ---\n`);
    console.log(readFileSync(join(jobDir, firstSync, 'summary.md'), 'utf8'));
  }
} finally {
  await emulator.stop();
  console.log(`\nEmulator stopped. Job folders (report.json, transfers.jsonl, azcp.log, summary.md): ${jobDir}`);
}
process.exitCode = exitCode;
