// --upload-last holds pages back until everything else is written. A shard
// writes its held group when its own part is done: shard 1 would put the
// site's pages live while shard 2 is still writing (or failing to write)
// what they reference. So --shard with upload-last, given or the $web
// default, is a usage error (exit 2), before anything is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseJobOptions } from '../src/job/options.ts';
import { UsageError } from '../src/contract/errors.ts';
import { tempDir } from './helpers/temp.ts';

const base = () => ({ mode: 'sync', source: tempDir('ul-shard'), jobDir: join(tempDir('ul-jobs'), 'jobs') });

test('--shard with --upload-last is refused', () => {
  assert.throws(
    () => parseJobOptions({ ...base(), destination: 'http://127.0.0.1:1/devstoreaccount1/site', shard: '1/2', uploadLast: '**/*.html' }),
    (e: Error) => e instanceof UsageError && /cannot be combined with/.test(e.message),
  );
});

test('--shard into a $web container (upload-last **/*.html by default) is refused, saying it is the default', () => {
  assert.throws(
    () => parseJobOptions({ ...base(), destination: 'http://127.0.0.1:1/devstoreaccount1/$web', shard: '2/2' }),
    (e: Error) => e instanceof UsageError && /the default for a \$web container/.test(e.message),
  );
});

test('--shard elsewhere, and --upload-last without --shard, are fine', () => {
  assert.ok(parseJobOptions({ ...base(), destination: 'http://127.0.0.1:1/devstoreaccount1/site', shard: '1/2' }).shard);
  assert.deepEqual(parseJobOptions({ ...base(), destination: 'http://127.0.0.1:1/devstoreaccount1/$web' }).uploadLast, undefined);
});
