// A 200 MiB upload to an Azure Files share, killed with SIGKILL half way
// (no handler runs, nothing is flushed), resumes with `azcp jobs resume`
// and sends only the ranges the share does not hold (List Ranges), at most
// 15% of the ranges again. The file was created at full size with a marker
// naming its source; its last-write time is set only when it is complete,
// so the half-written file never looks finished.
//
// Real: the built bundle as a child process, the file, SIGKILL. Azure
// Files is served by the in-memory stand-in (scripts/files-server.mjs),
// running in this test's process, because no emulator of it exists; its
// request log is how the test counts the ranges that crossed the network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle, type RunningAzcp } from './helpers/bundle.ts';
import { tempDir } from './helpers/temp.ts';
import { createShare, listShare, shareService, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

const MiB = 1024 * 1024;
const SIZE = 200 * MiB;
const RANGES = SIZE / (4 * MiB);
let server: FilesServer;
let bundle: PrivateBundle;
let work: string;
let md5: string;
let restore: () => void;

before(async () => {
  bundle = await buildPrivateBundle();
  server = await startFilesServer();
  restore = useFilesEndpoint(server);
  work = tempDir('files-resume');
  mkdirSync(join(work, 'src'));
  const data = randomBytes(SIZE);
  md5 = createHash('md5').update(data).digest('base64');
  writeFileSync(join(work, 'src', 'big.bin'), data);
});
after(async () => {
  restore?.();
  await server?.close();
  bundle?.cleanup();
});

const putRanges = (from: number) => server.requests.slice(from).filter((r) => r.operation === 'PutRange' && r.status === 201).length;

test('kill -9 at half of a 200 MiB upload to a share; jobs resume sends at most 15% of the ranges again', async () => {
  await createShare(server, 'resume');
  const jobDir = join(work, 'jobs');
  let run: RunningAzcp | undefined;
  let killed = false;
  // The stand-in answers in this process: watch its log and kill at half.
  const watch = setInterval(() => {
    if (!killed && run && putRanges(0) >= RANGES / 2) {
      killed = true;
      run.child.kill('SIGKILL');
    }
  }, 5);
  run = startBundle(bundle.entry, ['copy', join(work, 'src', 'big.bin'), `${server.url}/resume/big.bin`, '--concurrency', '4', '--job-dir', jobDir], { AZCP_FILE_ENDPOINT: server.url }, 120_000);
  const first = await run.done;
  clearInterval(watch);
  assert.ok(killed, `azcp finished before the kill point: ${first.stderr}`);
  assert.equal(first.signal, 'SIGKILL');
  // A range whose body had fully reached the stand-in when azcp died is still
  // written a moment later: count once the log stops growing.
  let heldBefore = putRanges(0);
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const now = putRanges(0);
    if (now === heldBefore) break;
    heldBefore = now;
  }
  assert.ok(heldBefore < RANGES, 'the kill came before the last range');
  // The half file is not taken for a finished one.
  const props = await shareService(server).getShareClient('resume').rootDirectoryClient.getFileClient('big.bin').getProperties();
  assert.equal(props.contentLength, SIZE, 'created at full size');
  assert.ok(props.metadata?.azcppending, 'marked as an unfinished upload');
  assert.equal(props.fileLastWriteOn?.getTime(), 0, 'an unfinished file carries the oldest time: no sync by time prefers it');

  const ids = readdirSync(jobDir).filter((d) => existsSync(join(jobDir, d, 'job.json')));
  assert.equal(ids.length, 1);
  const mark = server.requests.length;
  const resumed = await azcp(['jobs', 'resume', ids[0], '--job-dir', jobDir]);
  assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
  const again = putRanges(mark);
  assert.equal(again, RANGES - heldBefore, 'the resume sends exactly the ranges the share did not hold');
  assert.ok(again <= RANGES / 2 + RANGES * 0.15, `resume sent ${again} of ${RANGES} ranges`);
  const ranges = server.requests.slice(mark).filter((r) => r.operation === 'ListRanges');
  assert.equal(ranges.length, 1, 'it asked the share which ranges it holds');

  const [f] = await listShare(server, 'resume');
  assert.equal(f.md5, md5, 'the file is whole: its Content-MD5 is the source MD5');
  assert.equal(f.metadata.azcppending, undefined, 'the marker is gone');
  const body = await shareService(server).getShareClient('resume').rootDirectoryClient.getFileClient('big.bin').downloadToBuffer();
  assert.equal(createHash('md5').update(body).digest('base64'), md5, 'byte for byte');
});
