// A throw-away TLS certificate for 127.0.0.1, written into a temp folder.
// Azurite needs HTTPS for OAuth (--oauth basic --cert --key), and the fake
// identity provider must be HTTPS because @azure/identity refuses any other
// authority. Child processes trust it through NODE_EXTRA_CA_CERTS.
//
// The certificate is built here with node:crypto (a self-signed X.509 v3
// certificate, DER-encoded by hand) rather than with the openssl command,
// which a fresh machine with only Node and npm does not have.
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.ts';

export interface TestCert {
  dir: string;
  certPath: string;
  keyPath: string;
  cert: string;
  key: string;
  cleanup: () => void;
}

// --- DER, just the types a certificate needs -------------------------------

function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const explicit = (n: number, item: Buffer) => tlv(0xa0 + n, item);
const octets = (b: Buffer) => tlv(0x04, b);
const bits = (b: Buffer) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const nul = () => Buffer.from([0x05, 0x00]);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));

function integer(b: Buffer): Buffer {
  let body = b;
  while (body.length > 1 && body[0] === 0 && !(body[1] & 0x80)) body = body.subarray(1);
  if (body[0] & 0x80) body = Buffer.concat([Buffer.from([0]), body]);
  return tlv(0x02, body);
}

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function utcTime(d: Date): Buffer {
  const p = (n: number) => String(n).padStart(2, '0');
  const s = `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  return tlv(0x17, Buffer.from(s, 'ascii'));
}

const pem = (label: string, der: Buffer) => `-----BEGIN ${label}-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;

/** A self-signed certificate for 127.0.0.1 and localhost, valid for two days, usable as its own CA. */
export function makeLoopbackCert(): TestCert {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const sha256WithRsa = seq(oid('1.2.840.113549.1.1.11'), nul());
  const name = seq(set(seq(oid('2.5.4.3'), utf8('127.0.0.1'))));
  const now = Date.now();
  const extensions = seq(
    // subjectAltName: IP 127.0.0.1, DNS localhost
    seq(oid('2.5.29.17'), octets(seq(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from('localhost'))))),
    // basicConstraints (critical): CA, so Node accepts it as the trust anchor it is
    seq(oid('2.5.29.19'), bool(true), octets(seq(bool(true)))),
  );
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(randomBytes(16)),
    sha256WithRsa,
    name,
    seq(utcTime(new Date(now - 3600_000)), utcTime(new Date(now + 2 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, extensions),
  );
  const certDer = seq(tbs, sha256WithRsa, bits(sign('sha256', tbs, privateKey)));

  const dir = tempDir('cert');
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  const cert = pem('CERTIFICATE', certDer);
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(certPath, cert);
  writeFileSync(keyPath, key, { mode: 0o600 });
  return { dir, certPath, keyPath, cert, key, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
