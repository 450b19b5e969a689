import { Neo4jError } from 'neo4j-driver';
import { classifyDriverError, isGraphLost, isGraphUnavailable, isGraphUnreachable } from '../../graph/driverErrors';

/** One reading of driver errors for the API (503 or 500) and the ingest (stop or skip the document). */

const error = (code: string, message = 'x') => new Neo4jError(message, code, code, code);

test.each([
  ['ServiceUnavailable', 'unreachable'],
  ['SessionExpired', 'unreachable'],
  ['Neo.TransientError.General.DatabaseUnavailable', 'unreachable'],
  ['Neo.ClientError.Security.Unauthorized', 'refused'],
  ['Neo.TransientError.Transaction.DeadlockDetected', 'transient'],
  ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'transient'],
  ['Neo.ClientError.Statement.SyntaxError', 'other'],
])('%s is %s', (code, expected) => {
  expect(classifyDriverError(error(code))).toBe(expected);
});

test('a refused connection without a code is unreachable; a plain error is other', () => {
  expect(classifyDriverError(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toBe('unreachable');
  expect(classifyDriverError(new Error('bad row'))).toBe('other');
  expect(classifyDriverError(undefined)).toBe('other');
});

test('the API answers 503 while the graph is unavailable; the ingest stops when it is lost', () => {
  const down = error('ServiceUnavailable');
  const refused = error('Neo.ClientError.Security.Unauthorized');
  const deadlock = error('Neo.TransientError.Transaction.DeadlockDetected');
  expect([isGraphUnreachable(down), isGraphUnavailable(down), isGraphLost(down)]).toEqual([true, true, true]);
  expect([isGraphUnreachable(refused), isGraphUnavailable(refused), isGraphLost(refused)]).toEqual([false, false, true]);
  expect([isGraphUnreachable(deadlock), isGraphUnavailable(deadlock), isGraphLost(deadlock)]).toEqual([false, true, false]);
});
