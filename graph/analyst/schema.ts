/**
 * Constraints and indexes for analyst data (users, sessions, tokens, reviews, merges, audit).
 * graph/schema.ts applies them with the rest, so every entry point has them.
 */
export function analystSchemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE',
    'CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (n:Merge) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT duplicate_dismissal_pair IF NOT EXISTS FOR (n:DuplicateDismissal) REQUIRE n.pair IS UNIQUE',
    'CREATE CONSTRAINT analyst_lock_id IF NOT EXISTS FOR (n:AnalystLock) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (n:Investigation) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX investigation_owner IF NOT EXISTS FOR (n:Investigation) ON (n.owner)',
    'CREATE INDEX review_rel IF NOT EXISTS FOR (n:Review) ON (n.relId)',
    'CREATE INDEX annotation_revision_annotation IF NOT EXISTS FOR (n:AnnotationRevision) ON (n.annotationId)',
    'CREATE INDEX entity_redirect_from IF NOT EXISTS FOR (n:EntityRedirect) ON (n.fromId)',
    'CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)',
  ];
}
