import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Graph } from '../graph/connection';
import { errorHandler, sendError } from './errors';
import { healthRoutes } from './routes/health';
import { exploreRoutes } from './routes/explore';
import { openApiRoutes } from './openapi';
import { authenticate } from './auth/authenticate';
import { routeRoles } from './auth/routeRoles';
import { authRoutes } from './routes/auth';
import { analystRoutes } from './routes/analyst';
import { libraryRoutes } from './routes/library';
import type { JobQueue } from './jobs/queue';
import { GraphGate } from './graphGate';
import { warmExploreQueries } from '../graph/explore/warmup';
import { contentSecurityDirectives } from './security/csp';
import { trustProxySetting } from './security/proxy';
import { admissionSettings, createAdmission, type AdmissionOptions } from './admission';

export interface AppOptions {
  graph: Graph;
  /** The built explorer (client/dist); served at / when present. */
  clientDir?: string;
  /** Runs uploaded documents through the ingest; without it uploads answer 503. */
  jobs?: JobQueue;
  /** Read rate and expensive-route limits (admissionSettings(): from the environment). */
  admission?: AdmissionOptions;
}

export function createApp({ graph, clientDir = path.resolve(__dirname, '..', 'client', 'dist'), jobs, admission = admissionSettings() }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const trustProxy = trustProxySetting();
  app.set('trust proxy', trustProxy);
  // Over plain HTTP no upgrade: the browser would ask for the scripts over https and get nothing.
  const plain = helmet({ contentSecurityPolicy: { directives: contentSecurityDirectives(false) } });
  const upgrading = helmet({ contentSecurityPolicy: { directives: contentSecurityDirectives(true) } });
  app.use((req, res, next) => ((trustProxy !== false && req.secure) ? upgrading : plain)(req, res, next));
  app.use(express.json({ limit: '256kb' }));

  // Requests wait out a Neo4j restart at the gate, not in the driver's retries.
  const gate = new GraphGate({ probe: () => graph.verify(5_000), warm: () => warmExploreQueries(graph), log: (line) => console.log(line), shutDown: () => graph.isClosed });
  const api = express.Router();
  api.use(healthRoutes(graph, gate));
  api.use(gate.admit);
  api.use(authenticate(graph));
  api.use(routeRoles());
  const admit = createAdmission(admission);
  api.use(admit.readRate);
  api.use(admit.expensive);
  api.use(exploreRoutes(graph));
  api.use(openApiRoutes());
  api.use(authRoutes(graph));
  api.use(analystRoutes(graph));
  api.use(libraryRoutes(graph, jobs));
  api.use((req, res) => sendError(res, 404, 'not_found', `No API route ${req.method} ${req.path}`));
  app.use('/api', api);

  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html' }));
    // The explorer keeps its view in the URL; any non-API path loads it.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(gate.observe);
  app.use(errorHandler);
  return app;
}
