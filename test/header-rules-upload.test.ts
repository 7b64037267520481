// Header rules and AzCopy's header flags on real uploads, on Azurite: each
// blob gets the headers its rules give it (the last matching line per
// header, flags underneath), a pre-compressed file the Content-Type of its
// name without the encoding suffix, --blob-tags its tags; transfers.jsonl
// says which rule set each header; bad rules are exit 2 with nothing written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, createContainer, service, listContainer, readJob, evidenceFolder, bytes, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let jobDir: string;
let rulesFile: string;
const SITE = {
  'index.html': '<!doctype html><p>home</p>',
  'docs/index.html': '<!doctype html><p>docs</p>',
  'assets/app.3f2a9c.js': 'console.log(1)',
  'assets/app.3f2a9c.js.br': 'BROTLI',
  'data/feed.json.gz': 'GZIP',
  'robots.txt': 'User-agent: *',
  // Above one 1 MiB block (--block-size-mb 1): staged in blocks, its headers go with the block list.
  'assets/video.9d8e.mp4.gz': bytes(2 * 1024 * 1024 + 5, 7),
};
const RULES = `# caching
**                  Cache-Control: public, max-age=300
assets/**           Cache-Control: public, max-age=31536000, immutable
**/*.html           Cache-Control: no-cache
**/*.br             Content-Encoding: br
**/*.gz             Content-Encoding: gzip
docs/**             x-ms-meta-section: docs
`;

before(async () => {
  az = await startAzurite();
  work = tempDir('hdr');
  jobDir = join(work, 'jobs');
  writeTree(join(work, 'site'), SITE);
  rulesFile = join(work, 'site.rules');
  writeFileSync(rulesFile, RULES);
});
after(async () => {
  await az?.stop();
});

const props = (container: string, name: string) => service(az).getContainerClient(container).getBlobClient(name).getProperties();

test('each uploaded blob gets the headers its rules give it, and the journal names the rule that set each', async () => {
  await createContainer(az, 'rules');
  const r = await azcp(['sync', join(work, 'site'), `${az.serviceUrl}/rules`, '--header-rules', rulesFile, '--block-size-mb', '1', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const html = await props('rules', 'index.html');
  assert.equal(html.cacheControl, 'no-cache');
  assert.equal(html.contentType, 'text/html');
  const asset = await props('rules', 'assets/app.3f2a9c.js');
  assert.equal(asset.cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(asset.contentType, 'text/javascript');
  const br = await props('rules', 'assets/app.3f2a9c.js.br');
  assert.equal(br.contentEncoding, 'br');
  assert.equal(br.contentType, 'text/javascript', 'the type of app.js, not of .br');
  const gz = await props('rules', 'data/feed.json.gz');
  assert.equal(gz.contentEncoding, 'gzip');
  assert.equal(gz.contentType, 'application/json');
  assert.equal(gz.cacheControl, 'public, max-age=300');
  const video = await props('rules', 'assets/video.9d8e.mp4.gz');
  assert.equal(video.contentEncoding, 'gzip');
  assert.equal(video.contentType, 'video/mp4');
  assert.equal(video.cacheControl, 'public, max-age=31536000, immutable');
  const docs = await props('rules', 'docs/index.html');
  assert.equal(docs.metadata?.section, 'docs');
  assert.ok(docs.metadata?.mtime, 'azcp keeps its own mtime metadata beside the rules\'');

  const job = readJob(evidenceFolder(r.stdout));
  const line = job.transfers.find((t) => t.path === 'assets/app.3f2a9c.js.br') as any;
  assert.equal(line.headers['Cache-Control'], 'public, max-age=31536000, immutable');
  assert.equal(line.setBy['Cache-Control'], `${rulesFile}:3`);
  assert.equal(line.setBy['Content-Encoding'], `${rulesFile}:5`);
  assert.equal(line.setBy['Content-Type'], 'guessed');
  assert.equal(job.report.published.byRule['Cache-Control'][`${rulesFile}:4`], 2, 'two pages got no-cache from line 4');
});

test('--content-encoding, --content-disposition, --content-language and --blob-tags reach every blob; a rule still wins over a flag', async () => {
  await createContainer(az, 'flags');
  const r = await azcp([
    'copy', `${join(work, 'site')}/*`, `${az.serviceUrl}/flags`, '--recursive',
    '--content-language', 'en-GB', '--content-disposition', 'inline', '--content-encoding', 'identity',
    '--header-rules', '**/*.br  Content-Encoding: br', '--blob-tags', 'team=web&release=1.2', '--block-size-mb', '1', '--job-dir', jobDir,
  ]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const robots = await props('flags', 'robots.txt');
  assert.equal(robots.contentLanguage, 'en-GB');
  assert.equal(robots.contentDisposition, 'inline');
  assert.equal(robots.contentEncoding, 'identity');
  assert.equal((await props('flags', 'assets/app.3f2a9c.js.br')).contentEncoding, 'br');
  const tags = await service(az).getContainerClient('flags').getBlobClient('robots.txt').getTags();
  assert.deepEqual(tags.tags, { team: 'web', release: '1.2' });
  const big = service(az).getContainerClient('flags').getBlobClient('assets/video.9d8e.mp4.gz');
  assert.deepEqual((await big.getTags()).tags, { team: 'web', release: '1.2' }, 'a block upload carries the tags too');
  assert.equal((await big.getProperties()).contentLanguage, 'en-GB');
});

test('copying the folder itself (names site/…), the rules still see paths inside it, as the filters do', async () => {
  await createContainer(az, 'folder');
  const r = await azcp(['copy', join(work, 'site'), `${az.serviceUrl}/folder`, '--recursive', '--header-rules', 'assets/**  Cache-Control: immutable', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal((await props('folder', 'site/assets/app.3f2a9c.js')).cacheControl, 'immutable');
  assert.equal((await props('folder', 'site/robots.txt')).cacheControl, undefined);
});

test('a bad rule is exit 2 naming its file and line, and nothing is written', async () => {
  await createContainer(az, 'bad');
  const bad = join(work, 'bad.rules');
  writeFileSync(bad, '** Cache-Control: no-cache\n# fine so far\n**/*.html X-Frame-Options: DENY\n');
  const r = await azcp(['sync', join(work, 'site'), `${az.serviceUrl}/bad`, '--header-rules', bad, '--job-dir', jobDir]);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr + r.stdout, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} line 3: unknown header "X-Frame-Options"`));
  assert.equal((await listContainer(az, 'bad')).length, 0);
  const tags = await azcp(['copy', join(work, 'site'), `${az.serviceUrl}/bad`, '--recursive', '--blob-tags', 'a=b&a=c', '--job-dir', jobDir]);
  assert.equal(tags.code, 2);
  assert.equal((await listContainer(az, 'bad')).length, 0);
});
