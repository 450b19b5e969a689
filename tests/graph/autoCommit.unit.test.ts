import { Neo4jError, type Session } from 'neo4j-driver';
import { autoCommitReads, retryTransient } from '../../graph/autoCommit';

/** Reads as auto-commit queries: bounded together like one transaction, retried like one. */

const error = (code: string) => new Neo4jError(code, code, code, code);

test('each query gets what is left of the read time limit', async () => {
  const timeouts: number[] = [];
  const session = { run: (_q: string, _p: unknown, config: { timeout: number }) => timeouts.push(config.timeout) } as unknown as Session;
  const tx = autoCommitReads(session, 1_000);
  await tx.run('RETURN 1');
  await new Promise((r) => setTimeout(r, 60));
  await tx.run('RETURN 2');
  expect(timeouts[0]).toBeGreaterThan(990);
  expect(timeouts[1]).toBeLessThanOrEqual(950);
  expect(timeouts[1]).toBeGreaterThan(0);
});

test('a query asked after the time is up still has a positive limit (the server then stops it)', async () => {
  const timeouts: number[] = [];
  const session = { run: (_q: string, _p: unknown, config: { timeout: number }) => timeouts.push(config.timeout) } as unknown as Session;
  const tx = autoCommitReads(session, 1);
  await new Promise((r) => setTimeout(r, 10));
  await tx.run('RETURN 1');
  expect(timeouts).toEqual([1]);
});

test('the stack a query records still names the error and the calling frames', () => {
  let stack = '';
  const session = { run: () => (stack = new Error('').stack ?? '') } as unknown as Session;
  autoCommitReads(session, 1_000).run('RETURN 1');
  expect(stack.split('\n')[0]).toBe('Error: ');
  expect(stack).toMatch(/\n {4}at .*autoCommit/);
  // Outside a query's hand-over, stacks are formatted as before.
  expect(Error.prepareStackTrace).toBeUndefined();
});

test('a transient failure is tried again; others are not', async () => {
  let calls = 0;
  const answer = await retryTransient(async () => {
    calls++;
    if (calls === 1) throw error('Neo.TransientError.Transaction.DeadlockDetected');
    return 'ok';
  }, 10_000);
  expect([answer, calls]).toEqual(['ok', 2]);

  calls = 0;
  await expect(retryTransient(async () => {
    calls++;
    throw error('Neo.ClientError.Statement.SyntaxError');
  }, 10_000)).rejects.toThrow('SyntaxError');
  expect(calls).toBe(1);
}, 10_000);

test('past the retry time the transient failure is the answer', async () => {
  let calls = 0;
  // The first pause (about a second) outlasts a retry time of 50 ms: one retry, then the failure.
  await expect(retryTransient(async () => {
    calls++;
    throw error('ServiceUnavailable');
  }, 50)).rejects.toThrow('ServiceUnavailable');
  expect(calls).toBe(2);
}, 10_000);
