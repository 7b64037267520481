// A stand-in for one thing the blob service does that Azurite cannot: read
// a copy source that lives on another server. Azurite 3.35 serves Put Blob
// From URL and Put Block From URL only for sources in its own instance
// (CannotVerifyCopySource otherwise), so a share → blob copy, which on
// Azure the blob service performs by reading the share file itself, cannot
// run against it. This proxy sits in front of Azurite and, for a request
// whose x-ms-copy-source names another server, does the service's part:
// it GETs the source (with x-ms-copy-source-authorization when given, and
// the x-ms-source-range of a block), checks x-ms-source-content-md5 as the
// service does, and forwards the request to Azurite as the plain Put Blob
// or Put Block it amounts to, with those bytes as its body. Every other
// request passes unchanged. It counts the body bytes azcp itself sent, so
// a test can prove the bytes never passed through azcp.
//
// The blob side must use a SAS (not Shared Key): the proxy rewrites
// headers, which a Shared Key signature covers and a SAS does not.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';

export interface CrossServiceCopy {
  /** Azurite's path-style service URL, through this proxy. */
  serviceUrl: string;
  /** Copies this stand-in performed (source read from another server). */
  copies: Array<{ kind: 'blob' | 'block'; path: string; bytes: number }>;
  /** Sum of the request body bytes azcp sent on PUT requests. */
  clientPutBytes: number;
  stop(): Promise<void>;
}

const COPY_ONLY = ['x-ms-copy-source', 'x-ms-copy-source-authorization', 'x-ms-source-range', 'x-ms-source-content-md5', 'x-ms-source-content-crc64', 'x-ms-copy-source-blob-properties', 'x-ms-copy-source-tag-option', 'content-length', 'host', 'connection'];
/** What the service takes from the source when x-ms-copy-source-blob-properties is not false. */
const SOURCE_PROPERTIES: Array<[string, string]> = [
  ['content-type', 'x-ms-blob-content-type'],
  ['content-encoding', 'x-ms-blob-content-encoding'],
  ['content-language', 'x-ms-blob-content-language'],
  ['content-disposition', 'x-ms-blob-content-disposition'],
  ['cache-control', 'x-ms-blob-cache-control'],
];

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'GET', headers }, (res) => {
      readBody(res).then((body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }), reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function errorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

export async function startCrossServiceCopy(upstreamPort: number, account: string): Promise<CrossServiceCopy> {
  const copies: CrossServiceCopy['copies'] = [];
  const state = { clientPutBytes: 0 };
  const upstreamHost = `127.0.0.1:${upstreamPort}`;

  const forward = (req: IncomingMessage, res: import('node:http').ServerResponse, headers: Record<string, string | string[] | undefined>, body: Buffer) => {
    const up = httpRequest({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: { ...headers, host: upstreamHost, 'content-length': String(body.length) } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    up.end(body);
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (req.method === 'PUT') state.clientPutBytes += body.length;
      const source = req.headers['x-ms-copy-source'];
      const foreign = typeof source === 'string' && new URL(source).host !== upstreamHost && new URL(source).host !== `localhost:${upstreamPort}`;
      if (!foreign) return forward(req, res, req.headers, body);

      // The service's part: read the source from its own server.
      const range = req.headers['x-ms-source-range'];
      const auth = req.headers['x-ms-copy-source-authorization'];
      // Raw bytes (fetch() would decode a Content-Encoding the file only declares).
      const got = await rawGet(source as string, { ...(typeof range === 'string' ? { 'x-ms-range': range } : {}), ...(typeof auth === 'string' ? { authorization: auth } : {}), 'x-ms-version': '2025-01-05' });
      if (got.status < 200 || got.status > 299) {
        res.writeHead(got.status === 404 ? 404 : 403, { 'content-type': 'application/xml', 'x-ms-error-code': 'CannotVerifyCopySource' });
        return res.end(errorXml('CannotVerifyCopySource', `the copy source answered ${got.status}`));
      }
      const bytes = got.body;
      const wantMd5 = req.headers['x-ms-source-content-md5'];
      if (typeof wantMd5 === 'string' && createHash('md5').update(bytes).digest('base64') !== wantMd5) {
        res.writeHead(400, { 'content-type': 'application/xml', 'x-ms-error-code': 'Md5Mismatch' });
        return res.end(errorXml('Md5Mismatch', 'the MD5 value specified in the request did not match the MD5 value of the source'));
      }
      const headers: Record<string, string | string[] | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) if (!COPY_ONLY.includes(k)) headers[k] = v;
      const isBlock = /[?&]comp=block(&|$)/.test(req.url ?? '');
      if (!isBlock && req.headers['x-ms-copy-source-blob-properties'] !== 'false') {
        for (const [from, to] of SOURCE_PROPERTIES) {
          const v = got.headers[from];
          if (v && headers[to] === undefined) headers[to] = v;
        }
      }
      copies.push({ kind: isBlock ? 'block' : 'blob', path: new URL(req.url ?? '/', 'http://x').pathname, bytes: bytes.length });
      forward(req, res, headers, bytes);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/${account}`,
    copies,
    get clientPutBytes() {
      return state.clientPutBytes;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
