import type { Graph } from '../../../graph/connection';
import { removeFixture } from './fixtures';

/**
 * Duplicates as an ingest leaves them, under a test file's prefix: one agreement in traditional
 * and simplified script, a policy under its long and short name, and a project under its
 * English name and a transliteration with the original in brackets. The first two of each pair
 * share a state and a firm as neighbours; one edge carries an evidence sentence.
 */
export interface DuplicateFixture {
  treatyHant: string;
  treatyHans: string;
  policyLong: string;
  policyShort: string;
  projectEn: string;
  projectZh: string;
  state: string;
  firm: string;
  /** Names as stored (each ends with the prefix, so they match nothing else in the graph). */
  names: Record<'treatyHant' | 'treatyHans' | 'policyLong' | 'policyShort' | 'projectEn' | 'projectZh', string>;
  sentence: string;
}

export async function createDuplicateFixture(graph: Graph, prefix: string): Promise<DuplicateFixture> {
  const id = (name: string) => `${prefix}-${name}`;
  const f: DuplicateFixture = {
    treatyHant: id('treaty-hant'),
    treatyHans: id('treaty-hans'),
    policyLong: id('policy-long'),
    policyShort: id('policy-short'),
    projectEn: id('project-en'),
    projectZh: id('project-zh'),
    state: id('state'),
    firm: id('firm'),
    names: {
      treatyHant: `雙邊貿易協定 ${prefix}`,
      treatyHans: `双边贸易协定 ${prefix}`,
      policyLong: `俯瞰地球儀外交 ${prefix}`,
      policyShort: `地球儀外交 ${prefix}`,
      projectEn: `Olaroz lithium project ${prefix}`,
      projectZh: `奥拉罗兹锂盐湖项目（Olaroz ${prefix}）`,
    },
    sentence: `${prefix} 兩國簽署雙邊貿易協定。`,
  };
  await graph.writeRows(
    `CREATE (s:Entity:State {id: $state, type: 'State', name: $prefix + ' Land', aliases: [], searchText: $prefix + ' land', mentions: 2})
     CREATE (f:Entity:Firm {id: $firm, type: 'Firm', name: $prefix + ' Trading', aliases: [], searchText: $prefix + ' trading', mentions: 2})
     WITH s, f
     UNWIND $entities AS e
     CALL (e) {
       CREATE (n:Entity {id: e.id, type: e.type, name: e.name, aliases: e.aliases, searchText: toLower(e.name), mentions: e.mentions})
       RETURN n
     }
     FOREACH (_ IN CASE WHEN e.linked THEN [1] ELSE [] END |
       CREATE (n)-[:LOCATED_IN {id: e.id + '-in', confidence: 0.8, method: 'trigger', origin: 'extracted', inferred: false, evidenceCount: 0}]->(s)
       CREATE (f)-[:COOPERATES_WITH {id: e.id + '-with', confidence: 0.8, method: 'trigger', origin: 'extracted', inferred: false, evidenceCount: 0}]->(n))`,
    {
      prefix,
      state: f.state,
      firm: f.firm,
      entities: [
        { id: f.treatyHant, type: 'Agreement', name: f.names.treatyHant, aliases: [f.names.treatyHant], mentions: 3, linked: true },
        { id: f.treatyHans, type: 'Agreement', name: f.names.treatyHans, aliases: [f.names.treatyHans], mentions: 1, linked: true },
        { id: f.policyLong, type: 'Policy', name: f.names.policyLong, aliases: [f.names.policyLong], mentions: 4, linked: true },
        { id: f.policyShort, type: 'Policy', name: f.names.policyShort, aliases: [f.names.policyShort], mentions: 1, linked: true },
        { id: f.projectEn, type: 'Project', name: f.names.projectEn, aliases: [f.names.projectEn, `Olaroz ${prefix}`], mentions: 2, linked: false },
        { id: f.projectZh, type: 'Project', name: f.names.projectZh, aliases: [f.names.projectZh], mentions: 1, linked: false },
      ],
    },
  );
  // Labels by type: the ontology's label for each entity, as the ingest writes it.
  for (const type of ['Agreement', 'Policy', 'Project']) {
    await graph.writeRows(`MATCH (n:Entity {type: $type}) WHERE n.id STARTS WITH $prefix SET n:${type}`, { type, prefix });
  }
  await graph.writeRows(
    `MATCH ()-[r {id: $relId}]->() SET r.evidenceCount = 1
     CREATE (:Evidence {id: $relId + '-ev', relId: $relId, relType: type(r), documentId: $prefix + '-doc', sentence: $sentence, start: 0, end: size($sentence), sectionPath: []})`,
    { relId: `${f.treatyHant}-with`, prefix, sentence: f.sentence },
  );
  await graph.writeRows('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  return f;
}

export async function removeDuplicateFixture(graph: Graph, prefix: string): Promise<void> {
  await graph.writeRows('MATCH (n) WHERE (n:Evidence AND n.id STARTS WITH $prefix) OR (n:DuplicateDismissal AND n.pair STARTS WITH $prefix) DETACH DELETE n', { prefix });
  await graph.writeRows("MATCH (n:AuditEvent {action: 'duplicate.dismiss'}) WHERE n.targetId STARTS WITH $prefix DELETE n", { prefix });
  await removeFixture(graph, prefix);
}
