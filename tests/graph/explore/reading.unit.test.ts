import { methodReading } from '../../../graph/explore/reading';

describe('how an edge was read, in words', () => {
  test('a trigger rule names itself and the words of the sentence that fired it', () => {
    const reading = methodReading('rule:en.sanctions', 'SANCTIONS', 'In November 2023 the United States imposed sanctions on Arctic LNG 2.');
    expect(reading).toContain('en.sanctions');
    expect(reading).toContain('“imposed sanctions on”');
  });

  test('the words of a traditional-Chinese sentence are shown as written', () => {
    const reading = methodReading('rule:zh.sanctions.dui', 'SANCTIONS', '美國於2023年11月對北極液化天然氣2號實施制裁。');
    expect(reading).toContain('“對 … 制裁”');
  });

  test('a co-occurrence link says it is inferred, with no trigger word', () => {
    expect(methodReading('co-occurrence', 'RELATED_TO', 'Mitsui and Mitsubishi are Japanese trading houses.')).toMatch(/^Inferred/);
  });

  test('an analyst edge and an unknown method still read as words', () => {
    expect(methodReading(null, 'SANCTIONS', undefined)).toContain('analyst');
    expect(methodReading('lexicon-x', 'SANCTIONS', undefined)).toBe('Read by lexicon-x.');
    expect(methodReading('rule:no.such.rule', 'SUPPLIES', 'x')).toBe('Read by the trigger rule no.such.rule, a SUPPLIES pattern.');
  });
});

test('a subject carried over from the clause before is said so', () => {
  const reading = methodReading('rule:zh.sanctions.dui+carried-subject', 'SANCTIONS', '美國於2023年11月對北極液化天然氣2號實施制裁。');
  expect(reading).toContain('zh.sanctions.dui');
  expect(reading).toContain('carried over from the clause before');
});
