import type { Graph } from './connection';
import { entityTypeNames, relationshipTypeNames } from './ontology';
import { analystSchemaStatements } from './analyst/schema';
import { settleReviewStates } from './analyst/reviews';

/**
 * Constraints and indexes, all IF NOT EXISTS so start-up can apply them every time.
 * Labels and relationship types come from the ontology (a closed list), never from input,
 * which is why they may be spliced into the DDL.
 */
export function schemaStatements(): string[] {
  const statements = [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT annotation_id IF NOT EXISTS FOR (n:Annotation) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE',
    'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT ingest_job_id IF NOT EXISTS FOR (n:IngestJob) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.hash)',
    'CREATE INDEX evidence_rel IF NOT EXISTS FOR (n:Evidence) ON (n.relId)',
    'CREATE INDEX annotation_target IF NOT EXISTS FOR (n:Annotation) ON (n.targetId)',
    'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    // With entity_redirect_from (graph/analyst/schema.ts): an entity is checked for merges that
    // point at it or away from it by two seeks, not by reading every EntityRedirect.
    'CREATE INDEX entity_redirect_to IF NOT EXISTS FOR (n:EntityRedirect) ON (n.toId)',
    // searchText holds every alias plus its simplified-Chinese and lower-case forms, so the
    // cjk analyzer (bigrams over CJK, words elsewhere) finds 三井物產, 三井物产 and mitsui alike.
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  ];
  statements.push(...analystSchemaStatements());
  for (const type of entityTypeNames) {
    statements.push(`CREATE INDEX entity_${type.toLowerCase()}_id IF NOT EXISTS FOR (n:${type}) ON (n.id)`);
  }
  for (const type of relationshipTypeNames) {
    statements.push(`CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`);
  }
  return statements;
}

export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of schemaStatements()) {
    await graph.writeRows(statement);
  }
  await graph.writeRows('CALL db.awaitIndexes(60)');
  await settleReviewStates(graph);
}
