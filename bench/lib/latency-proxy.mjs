// The WAN profile's link: a TCP proxy in front of Azurite that delays every
// chunk, in each direction, by a fixed time (user space, because this kernel
// has no netem). It works on bytes, not on HTTP, so every tool is treated
// alike and connection reuse shows up honestly: each client connection gets
// its own upstream connection, opened when the client connects, and a new
// connection also pays for its TCP handshake (one round trip by default)
// before its first byte reaches the server.
//
// Each direction is a DelayLine: chunks keep their order and are delayed, not
// serialized, so throughput is not capped. Backpressure only starts when a
// direction holds more than HIGH_WATER bytes (64 MiB per 20 ms ≈ 3 GB/s per
// connection, far above what Azurite on loopback serves).
//
// It also watches the HTTP/1.1 messages going through (http-messages.mjs) to
// count requests in flight as the client sees them: from the moment a
// request's head reaches the proxy until its final response has been
// delivered to the client, and samples that count every SAMPLE_MS.
import net from 'node:net';
import { DelayLine } from './delay-line.mjs';
import { HttpMessageStream } from './http-messages.mjs';
import { InFlightGauge, summarizeInFlight } from './inflight.mjs';

export const SAMPLE_MS = 100;
const HIGH_WATER = 64 * 1024 * 1024;

/**
 * @param {{ targetPort: number, targetHost?: string, delayMs: number, connectRtts?: number }} opts
 *   delayMs: added to every chunk each way (a round trip costs 2 × delayMs);
 *   connectRtts: round trips a new connection costs before it can send (1 = TCP)
 */
export async function startLatencyProxy({ targetPort, targetHost = '127.0.0.1', delayMs, connectRtts = 1 }) {
  const gauge = new InFlightGauge();
  const sockets = new Set();
  let run = newRun();

  function newRun() {
    return { connections: 0, requests: 0, responses: 0, bytesUp: 0, bytesDown: 0, samples: [], timer: undefined, cpu: process.cpuUsage() };
  }

  const server = net.createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    const openedAt = performance.now();
    const sendableAt = openedAt + connectRtts * 2 * delayMs; // the client's handshake is done
    run.connections++;
    const upstream = net.connect({ host: targetHost, port: targetPort, allowHalfOpen: true, noDelay: true });
    sockets.add(client);
    sockets.add(upstream);

    const unanswered = []; // methods of requests without a final response yet, oldest first
    const requests = new HttpMessageStream('request', {
      onMessage: ({ method }) => {
        unanswered.push(method);
        run.requests++;
        gauge.add();
      },
    });
    const responses = new HttpMessageStream('response', {
      requestMethod: () => unanswered[0],
      onMessage: () => {
        if (unanswered.length === 0) return; // a response nothing asked for (unparsed request): ignore
        unanswered.shift();
        run.responses++;
        gauge.remove();
      },
    });

    const toServer = new DelayLine({
      delayMs,
      deliver: (item) => {
        if (upstream.destroyed) return;
        if (item.end) upstream.end();
        else upstream.write(item.data);
        relieve(client, toServer, upstream);
      },
    });
    const toClient = new DelayLine({
      delayMs,
      deliver: (item) => {
        if (client.destroyed) return;
        if (item.end) {
          responses.close();
          client.end();
        } else {
          responses.feed(item.data); // counted as the client receives it
          client.write(item.data);
        }
        relieve(upstream, toClient, client);
      },
    });

    client.on('data', (data) => {
      run.bytesUp += data.length;
      requests.feed(data);
      toServer.push({ data }, { bytes: data.length, notBefore: sendableAt + delayMs });
      press(client, toServer, upstream);
    });
    upstream.on('data', (data) => {
      run.bytesDown += data.length;
      toClient.push({ data }, { bytes: data.length });
      press(upstream, toClient, client);
    });
    client.on('end', () => toServer.push({ end: true }, { notBefore: sendableAt + delayMs }));
    upstream.on('end', () => toClient.push({ end: true }));
    upstream.on('drain', () => relieve(client, toServer, upstream));
    client.on('drain', () => relieve(upstream, toClient, client));

    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      // Requests the connection took with it are no longer in flight.
      gauge.remove(unanswered.length);
      unanswered.length = 0;
      toServer.close();
      toClient.close();
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    // A reset on either side ends both (after the delay is not worth modelling).
    client.on('error', settle);
    upstream.on('error', settle);
    client.on('close', () => (upstream.writableEnded || upstream.destroyed ? settle() : setTimeout(settle, delayMs * 2 + 50)));
    upstream.on('close', () => (toClient.pending === 0 ? settle() : setTimeout(settle, delayMs * 2 + 50)));
  });

  /** Stops reading a source whose delayed bytes pile up (far beyond any bandwidth-delay product here). */
  function press(source, line, sink) {
    if (line.queuedBytes + sink.writableLength > HIGH_WATER && !source.isPaused()) source.pause();
  }
  function relieve(source, line, sink) {
    if (source.isPaused() && line.queuedBytes + sink.writableLength < HIGH_WATER / 2) source.resume();
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {net.AddressInfo} */ (server.address());

  return {
    port,
    delayMs,
    connectRtts,
    /** The account URL the tools are given instead of Azurite's. */
    serviceUrl: (account) => `http://127.0.0.1:${port}/${account}`,
    /** Starts counting for one run (connections, requests, in-flight samples). */
    beginRun() {
      if (run.timer) clearInterval(run.timer);
      run = newRun();
      gauge.reset();
      run.samples.push(gauge.value);
      run.timer = setInterval(() => run.samples.push(gauge.value), SAMPLE_MS);
    },
    /** Ends the run's counting and returns what was seen. */
    endRun() {
      clearInterval(run.timer);
      const { connections, requests, responses, bytesUp, bytesDown, samples } = run;
      const cpu = process.cpuUsage(run.cpu);
      return {
        sampleMs: SAMPLE_MS,
        // CPU of this whole process over the run: the proxy, mostly (it also
        // waits for the tool). It shares the cores with the tool and Azurite.
        harnessCpuS: (cpu.user + cpu.system) / 1e6,
        connections,
        requests,
        responses,
        bytesUp,
        bytesDown,
        samples,
        ...summarizeInFlight(samples, gauge.peak),
      };
    },
    async close() {
      clearInterval(run.timer);
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
