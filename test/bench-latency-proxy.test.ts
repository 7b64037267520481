// The benchmark's WAN link: the delay line that keeps order without
// serializing, the HTTP/1.1 boundary finder that counts requests in flight,
// the in-flight summary and sparkline, and the TCP proxy built from them
// (against a real local HTTP server; no timing is asserted, only order,
// integrity and counts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { randomBytes, createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DelayLine, type Clock } from '../bench/lib/delay-line.mjs';
import { HttpMessageStream } from '../bench/lib/http-messages.mjs';
import { summarizeInFlight, sparkline, InFlightGauge } from '../bench/lib/inflight.mjs';
import { startLatencyProxy } from '../bench/lib/latency-proxy.mjs';

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  const clock: Clock = {
    now: () => now,
    setTimer: (fn, ms) => {
      const id = ++ids;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advanceTo = (t: number) => {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > t) break;
      timers.shift();
      now = next.at;
      next.fn();
    }
    now = t;
  };
  return { clock, advanceTo };
}

test('the delay line delays each chunk by the delay, without waiting for the chunk before it (no serialization)', () => {
  const { clock, advanceTo } = fakeClock();
  const out: [number, string][] = [];
  const line = new DelayLine({ delayMs: 20, clock, deliver: (x: string) => out.push([clock.now(), x]) });
  line.push('a');
  advanceTo(5);
  line.push('b');
  advanceTo(6);
  line.push('c');
  advanceTo(19);
  assert.deepEqual(out, []);
  advanceTo(100);
  // b leaves 20 ms after it came, not 20 ms after a left.
  assert.deepEqual(out, [[20, 'a'], [25, 'b'], [26, 'c']]);
});

test('the delay line never lets a chunk overtake an earlier one held back by notBefore', () => {
  const { clock, advanceTo } = fakeClock();
  const out: string[] = [];
  const line = new DelayLine({ delayMs: 10, clock, deliver: (x: string) => out.push(x) });
  line.push('first', { notBefore: 50 });
  line.push('second');
  advanceTo(30);
  assert.deepEqual(out, []);
  advanceTo(50);
  assert.deepEqual(out, ['first', 'second']);
});

test('the delay line counts the bytes it holds and forgets them when closed', () => {
  const { clock, advanceTo } = fakeClock();
  const line = new DelayLine({ delayMs: 10, clock, deliver: () => {} });
  line.push('x', { bytes: 100 });
  line.push('y', { bytes: 50 });
  assert.equal(line.queuedBytes, 150);
  advanceTo(10);
  assert.equal(line.queuedBytes, 0);
  line.push('z', { bytes: 7 });
  line.close();
  assert.equal(line.queuedBytes, 0);
  assert.equal(line.pending, 0);
});

/** Feeds a stream in pieces of `size` bytes, to prove parsing does not depend on how TCP splits it. */
function feedInPieces(s: HttpMessageStream, text: string | Buffer, size: number) {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1');
  for (let i = 0; i < buf.length; i += size) s.feed(buf.subarray(i, i + size));
}

for (const size of [1, 3, 7, 64, 100_000]) {
  test(`HTTP requests are counted once each, with Content-Length and chunked bodies, fed ${size} bytes at a time`, () => {
    const seen: string[] = [];
    const s = new HttpMessageStream('request', { onMessage: ({ method }) => seen.push(method!) });
    const body = 'x'.repeat(1000) + '\r\n\r\nGET / HTTP/1.1\r\n\r\n'; // a body that looks like a request must not count
    feedInPieces(
      s,
      `PUT /c/a HTTP/1.1\r\nHost: h\r\nContent-Length: ${body.length}\r\n\r\n${body}` +
        `PUT /c/b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3;ext=1\r\n\r\n\r\r\n0\r\n\r\n` +
        `HEAD /c/a HTTP/1.1\r\nHost: h\r\n\r\n` +
        `GET /c?comp=list HTTP/1.1\r\nHost: h\r\n\r\n`,
      size,
    );
    assert.deepEqual(seen, ['PUT', 'PUT', 'HEAD', 'GET']);
  });

  test(`HTTP responses complete at their last body byte: HEAD, 100 Continue, 204, chunked, Content-Length, fed ${size} bytes at a time`, () => {
    const methods = ['PUT', 'HEAD', 'DELETE', 'GET', 'GET'];
    const done: number[] = [];
    const s = new HttpMessageStream('response', {
      requestMethod: () => methods[0],
      onMessage: ({ status }) => {
        methods.shift();
        done.push(status!);
      },
    });
    const responses = [
      'HTTP/1.1 100 Continue\r\n\r\n',
      'HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n', // HEAD: no body despite the length
      'HTTP/1.1 204 No Content\r\n\r\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\n0123456789\r\n0\r\nx-trailer: 1\r\n\r\n',
      `HTTP/1.1 206 Partial Content\r\nContent-Length: 6\r\n\r\nHTTP/1`,
    ].join('');
    feedInPieces(s, responses, size);
    assert.deepEqual(done, [201, 200, 204, 200, 206]);
  });
}

test('a response without a length ends when the connection closes', () => {
  const done: number[] = [];
  const s = new HttpMessageStream('response', { onMessage: ({ status }) => done.push(status!) });
  s.feed(Buffer.from('HTTP/1.0 200 OK\r\n\r\nsome body'));
  assert.deepEqual(done, []);
  s.close();
  assert.deepEqual(done, [200]);
});

test('the in-flight median covers only the busy span, and the peak is the exact one', () => {
  const r = summarizeInFlight([0, 0, 0, 4, 8, 8, 6, 0, 0], 9);
  assert.equal(r.peak, 9);
  assert.equal(r.median, 7);
  assert.equal(r.busySamples, 4);
  assert.deepEqual(summarizeInFlight([0, 0]), { peak: 0, median: 0, busySamples: 0 });
});

test('the sparkline keeps the largest sample of each character and shows zero as the lowest bar', () => {
  assert.deepEqual(sparkline([0, 7, 0, 14], { width: 4 }), { line: '▁▅▁█', perChar: 1 });
  const long = sparkline([...Array(100).fill(1), 0, 0], { width: 10 });
  assert.equal(long.perChar, 11);
  assert.equal(long.line.length, 10);
  assert.equal(long.line.at(-1), '█'); // the last character holds samples 99–101: 1, 0, 0
});

test('the gauge never goes below zero and a new run starts its peak from what is still in flight', () => {
  const g = new InFlightGauge();
  g.add(3);
  g.remove(5);
  assert.equal(g.value, 0);
  assert.equal(g.peak, 3);
  g.add(2);
  g.reset();
  assert.equal(g.peak, 2);
});

test('the latency proxy relays bodies intact and in order, reuses a connection the client reuses, and counts requests in flight', async (t) => {
  const payload = randomBytes(3 * 1024 * 1024); // many TCP chunks each way
  const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      res.setHeader('x-sha256', digest(body));
      res.end(req.method === 'PUT' ? body : payload); // an echo: the reply must come back whole too
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const proxy = await startLatencyProxy({ targetPort: (server.address() as AddressInfo).port, delayMs: 5 });
  t.after(() => proxy.close());
  const agent = new http.Agent({ keepAlive: true, maxSockets: 3 });
  t.after(() => agent.destroy());

  const send = (method: string) =>
    new Promise<{ sent: string; echoed: string; got: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: proxy.port, method, path: '/x', agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ sent: digest(payload), echoed: String(res.headers['x-sha256']), got: digest(Buffer.concat(chunks)) }));
      });
      req.on('error', reject);
      req.end(method === 'PUT' ? payload : undefined);
    });

  proxy.beginRun();
  const first = await Promise.all([send('PUT'), send('PUT'), send('PUT')]);
  const second = await Promise.all([send('GET'), send('GET'), send('GET')]);
  const stats = proxy.endRun();

  for (const r of first) {
    assert.equal(r.echoed, r.sent, 'the server got the request body intact');
    assert.equal(r.got, r.sent, 'the client got the response body intact');
  }
  for (const r of second) assert.equal(r.got, digest(payload));
  assert.equal(stats.connections, 3, 'three sockets, each reused for the second batch');
  assert.equal(stats.requests, 6);
  assert.equal(stats.responses, 6);
  assert.equal(stats.peak, 3);
  assert.ok(stats.bytesUp > 3 * payload.length && stats.bytesDown > 6 * payload.length);
});
