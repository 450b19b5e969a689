/**
 * A stand-in for `npm start` in crash tests: opens the local Neo4j (starting it), prints READY
 * and keeps running until killed. Run with tsx; the environment names the home and port.
 */
import { openGraph } from '../../graph/runtime';

void openGraph({ log: () => undefined }).then(() => {
  console.log('READY');
  setInterval(() => undefined, 60_000);
});
