// The share scenarios' "emulator": the in-memory Azure Files stand-in
// (scripts/files-server.mjs; no emulator of Azure Files exists), started in
// the harness's process for each run, with an account SAS for the tools,
// and the check that the share holds the dataset afterwards (counts, bytes,
// sampled ranges byte for byte, as verify.mjs does for containers).
import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import {
  AccountSASPermissions, AccountSASResourceTypes, AccountSASServices, ShareServiceClient, StorageSharedKeyCredential, generateAccountSASQueryParameters,
} from '@azure/storage-file-share';
import { startFilesServer } from '../../scripts/files-server.mjs';

/** A fresh stand-in with an empty share `dst`, shaped like runner.mjs's emulator(). */
export async function shareEmulator() {
  const server = await startFilesServer();
  const key = new StorageSharedKeyCredential(server.account, server.accountKey);
  const service = new ShareServiceClient(server.url, key);
  await service.getShareClient('dst').create();
  const sas = generateAccountSASQueryParameters(
    {
      permissions: AccountSASPermissions.parse('rwdlc'),
      services: AccountSASServices.parse('f').toString(),
      resourceTypes: AccountSASResourceTypes.parse('sco').toString(),
      expiresOn: new Date(Date.now() + 6 * 3600_000),
    },
    key,
  ).toString();
  return { server, service, sas, toolServiceUrl: server.url, proxy: undefined, stop: () => server.close() };
}

async function listAll(dir, prefix = '') {
  const out = [];
  for await (const item of dir.listFilesAndDirectories()) {
    const rel = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.kind === 'directory') out.push(...(await listAll(dir.getDirectoryClient(item.name), rel)));
    else out.push({ name: rel, size: item.properties.contentLength ?? 0 });
  }
  return out;
}

function readLocal(path, start, length) {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    return buf.subarray(0, readSync(fd, buf, 0, length, start));
  } finally {
    closeSync(fd);
  }
}

/** The share `dst` against the dataset. */
export async function checkShare(dataset, emu) {
  const share = emu.service.getShareClient('dst');
  const found = await listAll(share.rootDirectoryClient);
  const bytes = found.reduce((s, f) => s + f.size, 0);
  const want = new Set(dataset.files.map((f) => f.name));
  const strange = found.filter((f) => !want.has(f.name)).length;
  if (found.length !== dataset.count || bytes !== dataset.bytes || strange) {
    return { ok: false, detail: `${found.length} files, ${bytes} bytes (expected ${dataset.count}, ${dataset.bytes}); ${strange} names not in the source` };
  }
  const picked = dataset.files.filter((f, i) => f.size > 1024 * 1024 || i % 50 === 0);
  let bad = 0;
  for (const f of picked) {
    const starts = [...new Set([0, Math.max(0, Math.floor(f.size / 2) - 2048), Math.max(0, f.size - 4096)])];
    for (const start of starts) {
      const length = Math.min(4096, f.size - start);
      if (length <= 0) continue;
      const got = await share.rootDirectoryClient.getFileClient(f.name).downloadToBuffer(start, length);
      if (!got.equals(readLocal(join(dataset.dir, f.name), start, length))) {
        bad++;
        break;
      }
    }
  }
  return { ok: bad === 0, detail: `${found.length} files, ${bytes} bytes; ${picked.length - bad}/${picked.length} sampled files match byte for byte` };
}
