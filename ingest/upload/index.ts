import path from 'node:path';

/** The script the server runs (node --import tsx) for each upload job. */
export const uploadWorkerScript = path.join(__dirname, 'worker.ts');
