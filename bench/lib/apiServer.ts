import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Graph } from '../../graph/connection';
import { createApp } from '../../server/app';
import { warmExploreQueries } from '../../graph/explore/warmup';
import { admissionSettings, type AdmissionOptions } from '../../server/admission';
import type { JobQueue } from '../../server/jobs/queue';

export interface RunningApi {
  base: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The load runs play many analysts from one loopback address, which the per-client read limit
 * would take for one client: it is off unless the run passes its own admission settings.
 */
export function manyClientsAdmission(): AdmissionOptions {
  const settings = admissionSettings();
  return { ...settings, readRate: { ...settings.readRate, perSecond: 0 } };
}

/** The product's Express app on an ephemeral loopback port, its query plans warmed as `npm start` does. */
export async function startApi(graph: Graph, admission: AdmissionOptions = manyClientsAdmission(), jobs?: JobQueue): Promise<RunningApi> {
  await warmExploreQueries(graph);
  const app = createApp({ graph, admission, jobs });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
