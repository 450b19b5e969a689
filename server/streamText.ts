import type { Response } from 'express';

/** About this much text is written at once; then others get their turn. */
const sliceChars = 64 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes a long answer made of pieces in slices, with backpressure: after each slice it waits
 * for the socket to drain when its buffer is full, and otherwise lets the event loop turn. A
 * graph export built and sent as one string held the process for hundreds of milliseconds, and
 * /api/health with everything else waited behind it. Stops quietly when the client goes away.
 */
export async function streamText(res: Response, pieces: Iterable<string>): Promise<void> {
  let gone = false;
  const leave = () => {
    gone = true;
  };
  res.once('close', leave);
  try {
    let slice = '';
    for (const piece of pieces) {
      slice += piece;
      if (slice.length < sliceChars) continue;
      if (!(await writeSlice(res, slice)) || gone) return;
      slice = '';
    }
    if (!gone) res.end(slice);
  } finally {
    res.off('close', leave);
  }
}

/** One slice written; false when the client went away. */
async function writeSlice(res: Response, slice: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(slice)) {
    const drained = await new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => () => {
        res.off('drain', onDrain);
        res.off('close', onClose);
        resolve(ok);
      };
      const onDrain = done(true);
      const onClose = done(false);
      res.once('drain', onDrain);
      res.once('close', onClose);
    });
    if (!drained) return false;
  } else {
    await nextTurn();
  }
  return !res.destroyed;
}
