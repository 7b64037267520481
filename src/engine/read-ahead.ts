// Reads a stream ahead of its consumer, up to a bound, so that two streams
// joined by the planner both make progress while the join waits on one.
//
// Why: the merge-join asks each side for its next entry only when it needs
// it. While it waited for the destination's first listing page (a round trip
// plus the service's time to build 5,000 entries), the local walk stood
// still after one entry, and only began its thousands of readdir/lstat calls
// once the page had arrived: a no-op sync paid for the listing and the walk
// one after the other. Read ahead, they overlap.
//
// Memory stays bounded: at most `max` entries wait per stream. Order,
// values and errors are the source's: an error is thrown where it happened,
// after the entries read before it.

export async function* readAhead<T>(source: AsyncIterable<T>, max: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let queue: T[] = [];
  let head = 0;
  let ended = false;
  /** The source itself said it is done (or threw): nothing to release. */
  let sourceFinished = false;
  let failure: { error: unknown } | undefined;
  let stopped = false;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const queued = () => queue.length - head;

  const pump = async (): Promise<void> => {
    try {
      while (!stopped) {
        if (queued() >= max) {
          await new Promise<void>((resolve) => (wakeProducer = resolve));
          continue;
        }
        const step = await iterator.next();
        if (step.done) {
          sourceFinished = true;
          break;
        }
        queue.push(step.value);
        wakeConsumer?.();
      }
    } catch (error) {
      sourceFinished = true;
      failure = { error };
    } finally {
      ended = true;
      wakeConsumer?.();
    }
  };
  const pumping = pump();

  try {
    for (;;) {
      if (queued() > 0) {
        const value = queue[head++]!;
        // Drop what was read, now and then, so the array does not grow.
        if (head >= 1024 && head * 2 >= queue.length) {
          queue = queue.slice(head);
          head = 0;
        }
        const producer = wakeProducer;
        wakeProducer = undefined;
        producer?.();
        yield value;
        continue;
      }
      if (ended) {
        if (failure) throw failure.error;
        return;
      }
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
      wakeConsumer = undefined;
    }
  } finally {
    // The consumer stopped (or the stream ended): stop reading, let the
    // source release what it holds (an open page, a folder handle).
    stopped = true;
    const producer = wakeProducer;
    wakeProducer = undefined;
    producer?.();
    await pumping;
    if (!sourceFinished) await iterator.return?.();
  }
}
