// A listing asked for now and read later. Over a network the first item of
// a listing costs a round trip and the service's time to build the page;
// asking for it before the caller needs it lets that wait overlap other
// work (the last transfers of a job, before its reconciliation), or lets
// that first answer stand in for a separate probe of the side.

export interface StartedIterable<T> extends AsyncIterable<T> {
  /** Settles once the first answer is in: rejects with the listing's error, if that was its answer. */
  answered(): Promise<void>;
  /** Releases the listing if it is never read (its first item, or its error, is dropped). */
  close(): Promise<void>;
}

/**
 * Asks `items` for its first item at once and holds the answer; iterating
 * then yields that item first and the rest as usual. One reader only. An
 * error is held too (never reported as unhandled) and thrown to the reader.
 */
export function startNow<T>(items: AsyncIterable<T>): StartedIterable<T> {
  const iterator = items[Symbol.asyncIterator]();
  const first = iterator.next();
  first.catch(() => {});
  let taken = false;
  return {
    answered: () => first.then(() => undefined),
    [Symbol.asyncIterator](): AsyncIterator<T> {
      if (taken) throw new Error('a started listing has one reader');
      taken = true;
      let head: Promise<IteratorResult<T>> | undefined = first;
      return {
        next: () => {
          const r = head ?? iterator.next();
          head = undefined;
          return r;
        },
        return: async (value?: unknown) => {
          head = undefined;
          await iterator.return?.(value);
          return { done: true, value: undefined };
        },
      };
    },
    async close() {
      if (taken) return;
      taken = true;
      // A listing that failed has ended already; one that answered is told to stop.
      const r = await first.catch(() => ({ done: true }) as IteratorResult<T>);
      if (!r.done) await iterator.return?.(undefined);
    },
  };
}
