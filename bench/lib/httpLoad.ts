import http from 'node:http';

/** One request of a load run: method, path, optional JSON body and headers. */
export interface LoadRequest {
  label: string;
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Outcome {
  label: string;
  status: number;
  ms: number;
  bytes: number;
  /** Parsed JSON body (kept only when the caller asks, to count result sizes). */
  json?: unknown;
  error?: string;
  /** Date.now() when the answer (or the failure) arrived. */
  at?: number;
  /** Seconds the server asked the client to wait (Retry-After), if it did. */
  retryAfter?: number;
}

export interface LoadOptions {
  base: string;
  concurrency: number;
  /** Stop after this many requests in total… */
  requests?: number;
  /** …or after this long. */
  durationMs?: number;
  next: (i: number) => LoadRequest;
  keepJson?: boolean;
  /** Per-request timeout; a timeout counts as status 0. */
  timeoutMs?: number;
  onOutcome?: (o: Outcome) => void;
  /** Stop early when this returns true (checked before each request). */
  until?: () => boolean;
  /** Wait as a 503's Retry-After asks before the next request, as a well-behaved client does. */
  honourRetryAfter?: boolean;
}

/**
 * A small closed-loop load client: `concurrency` workers on keep-alive sockets, each sending its
 * next request as soon as the last answered. Own client rather than autocannon so every request
 * can differ (random ids, endpoints) and each latency is kept for exact percentiles.
 */
export async function runLoad(options: LoadOptions): Promise<Outcome[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const outcomes: Outcome[] = [];
  const deadline = options.durationMs ? Date.now() + options.durationMs : Infinity;
  let issued = 0;
  const more = () => Date.now() < deadline && (options.requests === undefined || issued < options.requests) && !options.until?.();
  const worker = async () => {
    while (more()) {
      const req = options.next(issued++);
      const outcome = await send(options.base, req, agent, options.keepJson ?? false, options.timeoutMs ?? 30_000);
      outcome.at = Date.now();
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
      if (options.honourRetryAfter && outcome.retryAfter) await new Promise((r) => setTimeout(r, outcome.retryAfter! * 1000));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return outcomes;
}

export function send(base: string, req: LoadRequest, agent: http.Agent | undefined, keepJson: boolean, timeoutMs = 30_000): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const payload = req.body === undefined ? undefined : typeof req.body === 'string' || Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body);
    const headers: Record<string, string | number> = { ...(req.headers ?? {}) };
    if (payload !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    const r = http.request(`${base}${req.path}`, { method: req.method ?? 'GET', agent, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        let json: unknown;
        if (keepJson) {
          try {
            json = JSON.parse(buf.toString('utf8'));
          } catch {
            json = undefined;
          }
        }
        const retryAfter = Number(res.headers['retry-after']);
        resolve({ label: req.label, status: res.statusCode ?? 0, ms: performance.now() - started, bytes: buf.length, json, ...(retryAfter > 0 ? { retryAfter } : {}) });
      });
      res.on('error', (err) => resolve({ label: req.label, status: 0, ms: performance.now() - started, bytes: 0, error: String(err) }));
    });
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.on('error', (err) => resolve({ label: req.label, status: 0, ms: performance.now() - started, bytes: 0, error: err.message }));
    if (payload !== undefined) r.write(payload);
    r.end();
  });
}

/** Counts of answers by status class: {"2xx": n, "4xx": n, "5xx": n, "0": n (no answer)}. */
export function statusClasses(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.status === 0 ? 'no answer' : `${Math.floor(o.status / 100)}xx`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
