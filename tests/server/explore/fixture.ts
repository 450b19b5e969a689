import crypto from 'node:crypto';
import type { Graph } from '../../../graph/connection';
import { toSimplified } from '../../../graph/explore/scripts';

/**
 * A small graph of made-up actors under a unique id prefix, written and removed by the tests
 * that use it, so it never collides with the sample corpus or other test files:
 *
 *   Kitamura Trading ─HOLDS_STAKE_IN 10% (2023)→ Aurora LNG 7 ←SANCTIONS (2023-11)─ Zembla
 *   Kitamura Trading ─RELATED_TO (inferred)─ Zembla
 *   Norland ─SANCTIONS (rejected by an analyst)→ Kitamura Trading
 *   Kitamura Shipping ─PART_OF→ Kitamura Trading
 */
export interface Fixture {
  prefix: string;
  ids: { trading: string; shipping: string; aurora: string; zembla: string; norland: string; doc: string };
  rels: { stake: string; sanction: string; related: string; rejected: string; partOf: string };
  text: string;
  remove(): Promise<void>;
}

function searchText(aliases: string[]): string {
  return [...new Set(aliases.flatMap((a) => [a, toSimplified(a), a.toLowerCase()]))].join(' | ');
}

export async function writeFixture(graph: Graph): Promise<Fixture> {
  const prefix = `xt${crypto.randomBytes(4).toString('hex')}`;
  const id = (s: string) => `${prefix}-${s}`;
  const ids = { trading: id('trading'), shipping: id('shipping'), aurora: id('aurora'), zembla: id('zembla'), norland: id('norland'), doc: id('doc') };
  const rels = { stake: id('r-stake'), sanction: id('r-sanction'), related: id('r-related'), rejected: id('r-rejected'), partOf: id('r-partof') };
  const s1 = '北村貿易持有極光液化天然氣7號10%的股權。';
  const s2 = '2023年11月，贊布拉將極光液化天然氣7號納入制裁範圍。[1]';
  const text = `前言\n${s1}\n${s2}\n`;
  const entities = [
    { id: ids.trading, type: 'Firm', name: '北村貿易', nameEn: 'Kitamura Trading', aliases: ['北村貿易', '北村贸易', 'Kitamura Trading', 'Kitamura'], mentions: 5 },
    { id: ids.shipping, type: 'Firm', name: '北村海運', nameEn: 'Kitamura Shipping', aliases: ['北村海運', 'Kitamura Shipping'], mentions: 1 },
    { id: ids.aurora, type: 'Project', name: '極光液化天然氣7號', nameEn: 'Aurora LNG 7', aliases: ['極光液化天然氣7號', 'Aurora LNG 7'], mentions: 3 },
    { id: ids.zembla, type: 'State', name: '贊布拉', nameEn: 'Zembla', aliases: ['贊布拉', 'Zembla'], mentions: 4 },
    { id: ids.norland, type: 'State', name: '諾蘭', nameEn: 'Norland', aliases: ['諾蘭', 'Norland'], mentions: 1 },
  ].map((e) => ({ ...e, searchText: searchText(e.aliases) }));
  // Labels can't be parameters; the types here are the ontology's own names.
  for (const e of entities) await graph.writeRows(`CREATE (n:Entity:${e.type}) SET n = $e`, { e });
  const start1 = text.indexOf(s1);
  const start2 = text.indexOf(s2);
  await graph.writeRows(
    `CREATE (d:Document {id: $doc, title: 'Fixture paper on Aurora LNG 7', author: 'Test', path: 'fixture.txt', lang: 'zh-Hant',
                         chars: size($text), text: $text, ingestedAt: 1767225600000, mentionSpans: $spans})
     WITH d
     MATCH (t:Entity {id: $trading}), (a:Entity {id: $aurora}), (z:Entity {id: $zembla}), (n:Entity {id: $norland}), (sh:Entity {id: $shipping})
     CREATE (d)-[:MENTIONS {count: 2}]->(t), (d)-[:MENTIONS {count: 2}]->(a), (d)-[:MENTIONS {count: 1}]->(z)
     CREATE (t)-[:HOLDS_STAKE_IN {id: $stake, share: 0.1, date: '2023', confidence: 0.9, method: 'trigger:持有股權', origin: 'extracted', inferred: false, evidenceCount: 1}]->(a)
     CREATE (z)-[:SANCTIONS {id: $sanction, date: '2023-11', confidence: 0.85, method: 'rule:zh.sanctions.list', origin: 'extracted', inferred: false, evidenceCount: 1}]->(a)
     CREATE (t)-[:RELATED_TO {id: $related, weight: 2, confidence: 0.3, method: 'cooccurrence', origin: 'extracted', inferred: true}]->(z)
     CREATE (n)-[:SANCTIONS {id: $rejected, date: '2019', confidence: 0.5, method: 'trigger:制裁', origin: 'extracted', inferred: false, review: 'rejected'}]->(t)
     CREATE (sh)-[:PART_OF {id: $partOf, confidence: 0.8, method: 'trigger:子公司', origin: 'extracted', inferred: false}]->(t)
     CREATE (e1:Evidence {id: $ev1, relId: $stake, documentId: $doc, sentence: $s1, start: $start1, end: $end1, sectionPath: ['前言']})-[:IN]->(d)
     CREATE (e2:Evidence {id: $ev2, relId: $sanction, documentId: $doc, sentence: $s2, start: $start2, end: $end2, sectionPath: ['前言']})-[:IN]->(d)
     CREATE (src:Source {id: $src, documentId: $doc, marker: '1', text: 'Zembla Treasury, press release', title: 'Sanctions on Aurora LNG 7', author: null, publisher: 'Zembla Treasury', date: '2023-11-02', url: 'https://example.org/aurora'})
     CREATE (d)-[:CITES]->(src), (e2)-[:CITES]->(src)
     CREATE (:Review {id: $review1, relId: $rejected, state: 'confirmed', author: 'ana', comment: 'first look', at: '2026-01-01T00:00:00Z'})
     CREATE (:Review {id: $review2, relId: $rejected, state: 'rejected', author: 'ana', comment: 'misread', at: '2026-01-02T00:00:00Z'})
     CREATE (:Annotation {id: $ann1, targetId: $stake, targetKind: 'relation', text: 'stake confirmed by annual report', deleted: false})
     CREATE (:Annotation {id: $ann2, targetId: $stake, targetKind: 'relation', text: 'old note', deleted: true})`,
    {
      ...ids, ...rels, text, s1, s2,
      start1, end1: start1 + s1.length, start2, end2: start2 + s2.length,
      ev1: id('ev1'), ev2: id('ev2'), src: id('src'), review1: id('rv1'), review2: id('rv2'), ann1: id('an1'), ann2: id('an2'),
      spans: JSON.stringify([{ entityId: ids.trading, start: start1, end: start1 + 4 }, { entityId: ids.zembla, start: start2 + 8, end: start2 + 11 }]),
    },
  );
  // The full-text index refreshes in the background; search tests need it current.
  await graph.writeRows('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  return {
    prefix, ids, rels, text,
    async remove() {
      await graph.writeRows(
        `MATCH (n) WHERE (n:Entity OR n:Document OR n:Evidence OR n:Source OR n:Review OR n:Annotation) AND n.id STARTS WITH $prefix DETACH DELETE n`,
        { prefix: `${prefix}-` },
      );
    },
  };
}
