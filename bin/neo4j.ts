/**
 * npm run neo4j -- fetch | start
 *   fetch: resolve Neo4j Community from Maven Central (run by npm install; skipped with NEO4J_URI)
 *   start: run the local Neo4j in the foreground until Ctrl-C (for cypher-shell or other tools);
 *          when it already runs (npm start), say where and leave it alone
 */
import { UsageError } from '../graph/neo4j/errors';
import { fetchNeo4j } from '../graph/neo4j/fetch';
import { openGraph } from '../graph/runtime';
import { EXIT, runTool, type ToolOutcome } from './runner';

const usage = 'Usage: npm run neo4j -- fetch | start';

async function neo4j([command, ...rest]: string[]): Promise<ToolOutcome> {
  if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`, usage);
  switch (command) {
    case 'fetch':
      if (process.env.NEO4J_URI) {
        console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): no local Neo4j is fetched.`);
        return EXIT.ok;
      }
      fetchNeo4j();
      return EXIT.ok;
    case 'start': {
      const opened = await openGraph();
      if (!opened.local) {
        // Attached or external: someone else runs it and will stop it.
        console.log(`Neo4j is already running at ${opened.graph.config.uri}; nothing to start.`);
        await opened.close();
        return EXIT.ok;
      }
      console.log('Neo4j is running; Ctrl-C stops it.');
      const stop = () => void opened.close().then(() => process.exit(EXIT.ok));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return 'serving';
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : 'Give a command.', usage);
  }
}

runTool(neo4j);
