import { annotationBody, loginBody } from '../../contract/analyst';
import { ApiError } from '../../server/errors';
import { parseInput } from '../../server/validation';

/** The 400 message a caller reads for a body. */
function refusal(schema: Parameters<typeof parseInput>[0], body: unknown): string {
  try {
    parseInput(schema, body);
  } catch (err) {
    if (err instanceof ApiError && err.status === 400) return err.message;
    throw err;
  }
  throw new Error('accepted');
}

describe('400 messages say what is wrong', () => {
  it('names the length limit of a text that is too long, not its type', () => {
    expect(refusal(annotationBody, { text: 'x'.repeat(10_001) })).toBe('Invalid "text": at most 10000 characters.');
    expect(refusal(annotationBody, { text: '   ' })).toBe('Invalid "text": must not be empty.');
  });

  it('says a number must be finite when JSON gives 1e309 (Infinity), not that it is missing', () => {
    expect(refusal(annotationBody, JSON.parse('{"text": "ok", "confidence": 1e309}'))).toBe('Invalid "confidence": must be a finite number.');
    expect(refusal(annotationBody, JSON.parse('{"text": "ok", "confidence": -1e309}'))).toBe('Invalid "confidence": must be a finite number.');
  });

  it('still says "required" for what is missing and names the bounds of numbers and lists', () => {
    expect(refusal(annotationBody, {})).toBe('Invalid "text": required.');
    expect(refusal(annotationBody, { text: 'ok', confidence: 2 })).toBe('Invalid "confidence": must be at most 1.');
    expect(refusal(annotationBody, { text: 'ok', tags: Array.from({ length: 100 }, (_, i) => `t${i}`) })).toMatch(/^Invalid "tags": at most \d+ items\.$/);
    expect(refusal(annotationBody, { text: 5 })).toBe('Invalid "text": expected text.');
    expect(refusal(loginBody, { username: 'a'.repeat(101), password: 'x' })).toBe('Invalid "username": at most 100 characters.');
  });
});
