import { HashGate } from '../../../server/auth/hashGate';
import { ApiError } from '../../../server/errors';

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
};

describe('the cap on password-hash checks at once', () => {
  test('no more than the cap run together; the rest wait their turn and all finish', async () => {
    const gate = new HashGate(2, 10);
    let running = 0;
    let most = 0;
    const blocks = Array.from({ length: 5 }, later);
    const runs = blocks.map((b) => gate.run(async () => {
      running++;
      most = Math.max(most, running);
      await b.done;
      running--;
      return true;
    }));
    for (const b of blocks) {
      await new Promise((r) => setImmediate(r));
      b.release();
    }
    expect(await Promise.all(runs)).toEqual([true, true, true, true, true]);
    expect(most).toBe(2);
  });

  test('a full queue refuses at once with 503 and Retry-After', async () => {
    const gate = new HashGate(1, 1);
    const block = later();
    const first = gate.run(() => block.done);
    const second = gate.run(async () => undefined);
    const third = gate.run(async () => undefined);
    await expect(third).rejects.toBeInstanceOf(ApiError);
    await expect(third).rejects.toMatchObject({ status: 503, options: { retryAfter: 1 } });
    block.release();
    await Promise.all([first, second]);
  });
});
