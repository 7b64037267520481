// A listing asked for now and read later. Over a network the first item of
// a listing costs a round trip and the service's time to build the page;
// asking for it before the caller needs it lets that wait overlap other
// work (the last transfers of a job, before its reconciliation), or lets
// that first answer stand in for a separate probe of the side. A local walk
// may read further ahead while its reader waits for the other side.

export interface StartedIterable<T> extends AsyncIterable<T> {
  /** Settles once the first answer is in: rejects with the listing's error, if that was its answer. */
  answered(): Promise<void>;
  /** Releases the listing if it is never read (what it holds, or its error, is dropped). */
  close(): Promise<void>;
}

/**
 * Asks `items` for its first item at once, and for the ones after it until
 * `readAhead` items are held (default 1) or the reader starts; iterating
 * yields the held items first, then the rest straight from `items`, so a
 * long listing costs nothing more once it is being read. One reader only.
 * An error is held too (never reported as unhandled) and thrown to the
 * reader after the items before it.
 */
export function startNow<T>(items: AsyncIterable<T>, { readAhead = 1 }: { readAhead?: number } = {}): StartedIterable<T> {
  const iterator = items[Symbol.asyncIterator]();
  const held: T[] = [];
  let finished = false;
  let failure: { error: unknown } | undefined;
  let taken = false;
  let firstAnswer!: () => void;
  const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
  const ahead = (async () => {
    try {
      do {
        const r = await iterator.next();
        if (r.done) finished = true;
        else held.push(r.value);
        firstAnswer();
      } while (!finished && !taken && held.length < readAhead);
    } catch (error) {
      failure = { error };
      firstAnswer();
    }
  })();
  return {
    answered: () => answered.then(() => (failure && held.length === 0 ? Promise.reject(failure.error) : undefined)),
    [Symbol.asyncIterator](): AsyncIterator<T> {
      if (taken) throw new Error('a started listing has one reader');
      taken = true;
      let next = 0;
      let drained = false;
      return {
        next: async () => {
          if (!drained) {
            // The read-ahead stops after the item it is waiting for.
            await ahead;
            if (next < held.length) return { value: held[next++], done: false };
            drained = true;
            held.length = 0;
            if (failure) throw failure.error;
            if (finished) return { value: undefined, done: true };
          }
          return iterator.next();
        },
        return: async (value?: unknown) => {
          drained = true;
          held.length = 0;
          await ahead;
          if (!finished && !failure) await iterator.return?.(value);
          return { done: true, value: undefined };
        },
      };
    },
    async close() {
      if (taken) return;
      taken = true;
      // A listing that failed or ended has ended already; one still going is told to stop.
      await ahead;
      held.length = 0;
      if (!finished && !failure) await iterator.return?.(undefined);
    },
  };
}
