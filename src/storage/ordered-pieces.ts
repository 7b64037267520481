// A large upload as pieces (blob blocks, share ranges), the same for every
// remote backend: pieces are read in file order, so one running MD5 over
// the bytes gives each piece what it needs to know of the file so far and,
// at the end, the file's Content-MD5 — one pass. Each piece holds its
// length of the shared memory budget while it is in flight, and pieces are
// sent in parallel: the next is read as soon as this one is hashed.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { MemoryBudget } from '../engine/limiter.ts';
import { SourceChangedError } from './errors.ts';
import { takePiece, giveBackPiece } from './buffer-pool.ts';

export interface ReadPiece {
  index: number;
  offset: number;
  length: number;
  buf: Buffer;
  /** The MD5 of the file from its start to this piece's end (as read, in order). */
  md5UpToHere(): Buffer;
}

export interface PieceSettings {
  memory: MemoryBudget;
  onBytes?: (n: number) => void;
}

/**
 * `plan` runs once per piece, in file order, right after it is hashed: it
 * returns how to send the piece, or undefined when the destination already
 * holds it (an earlier run's block or range): counted as reused, not sent.
 */
export async function sendPiecesInOrder(
  path: string,
  size: number,
  pieceSize: number,
  s: PieceSettings,
  plan: (piece: ReadPiece) => (() => Promise<unknown>) | undefined,
): Promise<{ md5: Buffer; sent: number; reused: number }> {
  const count = Math.ceil(size / pieceSize);
  const hash = createHash('md5');
  let sent = 0;
  let reused = 0;
  const handle = await open(path, 'r');
  try {
    let failure: unknown;
    const sending: Array<Promise<void>> = [];
    for (let index = 0; index < count && !failure; index++) {
      const offset = index * pieceSize;
      const length = Math.min(pieceSize, size - offset);
      let readDone!: () => void;
      const read = new Promise<void>((r) => (readDone = r));
      sending.push(
        s.memory.run(length, async () => {
          try {
            if (failure) return;
            // From the pool (storage/buffer-pool.ts), given back once the
            // piece is sent or known to be there already; a piece whose send
            // failed keeps its buffer, which a request may still hold.
            const buf = takePiece(pieceSize, length);
            const { bytesRead } = await handle.read(buf, 0, length, offset);
            if (bytesRead !== length) throw new SourceChangedError(`the file changed size while uploading (listed ${size} bytes)`);
            hash.update(buf);
            const send = plan({ index, offset, length, buf, md5UpToHere: () => hash.copy().digest() });
            // The next piece may be read now; this one is sent meanwhile.
            readDone();
            if (!send) {
              reused++;
              s.onBytes?.(length);
              giveBackPiece(buf, pieceSize);
              return;
            }
            await send();
            giveBackPiece(buf, pieceSize);
            sent += length;
            s.onBytes?.(length);
          } catch (err) {
            failure ??= err;
          } finally {
            readDone();
          }
        }),
      );
      // Reads stay in file order: the running MD5 needs the bytes in order.
      await read;
    }
    await Promise.all(sending);
    if (failure) throw failure;
  } finally {
    await handle.close();
  }
  return { md5: hash.digest(), sent, reused };
}
