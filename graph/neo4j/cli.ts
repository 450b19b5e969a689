/**
 * npm run neo4j -- fetch | start
 *   fetch: resolve Neo4j Community from Maven Central (run by npm install; skipped with NEO4J_URI)
 *   start: run the local Neo4j in the foreground until Ctrl-C (for cypher-shell or other tools)
 */
import { exitWithError } from './errors';
import { fetchNeo4j } from './fetch';
import { openGraph } from '../runtime';

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'fetch':
      if (process.env.NEO4J_URI) {
        console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): no local Neo4j is fetched.`);
        return;
      }
      fetchNeo4j();
      return;
    case 'start': {
      const opened = await openGraph();
      console.log('Neo4j is running; Ctrl-C stops it.');
      const stop = () => void opened.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    default:
      console.error('Usage: npm run neo4j -- fetch | start');
      process.exit(2);
  }
}

main(process.argv[2]).catch(exitWithError);
