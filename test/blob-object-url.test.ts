// The blob URLs azcp spells itself for its own requests (small uploads and
// downloads) must be the SDK's spelling to the byte: a name spelled another
// way is another blob, or a signature the service refuses. Checked against
// the SDK's own getBlobClient(name).url for names that stress every
// escaping rule, on account-style and path-style (emulator) URLs, with and
// without a SAS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContainerClient, AnonymousCredential, newPipeline } from '@azure/storage-blob';
import { blobObjectUrl } from '../src/storage/blob/raw-request.ts';

const NAMES = [
  'plain.txt',
  'a/b/c.txt',
  'space in name.txt',
  "o'brien.txt",
  'plus+sign.txt',
  'percent%20literal.txt',
  '100%.txt',
  'hash#frag.txt',
  'question?.txt',
  'amp&eq=.txt',
  'star*[class].txt',
  'semi;colon,comma.txt',
  'tilde~!()$@.txt',
  'ünïcödé/日本語/файл.txt',
  'emoji-😀.txt',
  'back\\slash.txt',
  'trailing/',
  '//double//slashes',
  'quote"<angle>`tick`{brace}|pipe^.txt',
  'tab\there.txt',
];

const CONTAINERS = [
  'https://account.blob.core.windows.net/site',
  'https://account.blob.core.windows.net/site?sv=2022-11-02&ss=b&srt=sco&sp=rl&sig=abc%2Bdef%3D',
  'http://127.0.0.1:10000/devstoreaccount1/data',
  'http://[::1]:10000/devstoreaccount1/data?sv=2022-11-02&sig=x',
];

test('blob URLs azcp spells itself are the SDK getBlobClient(name).url, byte for byte', () => {
  for (const containerUrl of CONTAINERS) {
    const container = new ContainerClient(containerUrl, newPipeline(new AnonymousCredential()));
    for (const name of NAMES) {
      assert.equal(blobObjectUrl(container.url, name), container.getBlobClient(name).url, `${containerUrl} + ${JSON.stringify(name)}`);
    }
  }
});

test("a blob name with a '.' or '..' segment is refused, never resolved to another blob's URL", () => {
  // The URL parser would turn .../data/a/../b into .../data/b (the SDK's
  // getBlobClient does exactly that), and '..' alone into the container.
  for (const name of ['..', '.', 'a/../b', 'a/./b', 'x/..']) {
    assert.throws(() => blobObjectUrl('http://127.0.0.1:10000/devstoreaccount1/data', name), /'\.' or '\.\.' segment/, name);
  }
});
