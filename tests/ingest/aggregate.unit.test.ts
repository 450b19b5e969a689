import { CorpusAggregate } from '../../ingest/aggregate';
import { extractText } from './extract/helpers';

/** The corpus view: one entity per id across documents, one relation with all its evidence. */
describe('the corpus aggregate', () => {
  const first = () => extractText('美國於2023年11月對北極液化天然氣2號實施制裁。', 'first.txt');
  const second = () => extractText('2023年11月，美國對北極液化天然氣2號實施制裁，三井物產持有10%權益。', 'second.txt');

  test('an entity named in two documents is one entity with its mentions summed', () => {
    const a = first();
    const b = second();
    const corpus = new CorpusAggregate();
    corpus.add(a);
    corpus.add(b);
    const json = corpus.toJson();
    expect(json.documents).toHaveLength(2);
    const us = json.entities.filter((e) => e.id === 'united-states');
    expect(us).toHaveLength(1);
    const mentions = (d: typeof a) => d.entities.find((e) => e.id === 'united-states')!.mentions;
    expect(us[0].mentions).toBe(mentions(a) + mentions(b));
  });

  test('a relation stated in two documents keeps the evidence of both', () => {
    const corpus = new CorpusAggregate();
    corpus.add(first());
    corpus.add(second());
    const sanctions = corpus.toJson().relations.filter((r) => r.type === 'SANCTIONS' && r.subject === 'united-states');
    expect(sanctions).toHaveLength(1);
    expect(new Set(sanctions[0].evidence.map((e) => e.document)).size).toBe(2);
    expect(corpus.evidenceCount).toBeGreaterThanOrEqual(2);
  });

  test('without detail it counts the same entities and relations by type', () => {
    const full = new CorpusAggregate();
    const counts = new CorpusAggregate(false);
    for (const doc of [first(), second()]) {
      full.add(doc);
      counts.add(doc);
    }
    expect(counts.entitiesByType()).toEqual(full.entitiesByType());
    expect(counts.relationsByType()).toEqual(full.relationsByType());
    expect(counts.toJson().entities).toEqual([]);
  });
});
