import type { NextFunction, Request, Response } from 'express';
import { isGraphUnreachable } from '../graph/driverErrors';
import { sendError } from './errors';

export interface GraphGateOptions {
  /** Resolves when the database answers (a connectivity check, no query). */
  probe: () => Promise<unknown>;
  /** Runs once the database answers again, before requests go through: the query-plan warm-up. */
  warm: () => Promise<unknown>;
  /** Pause between probes while the database is down. */
  probeEveryMs?: number;
  /**
   * Longest a request is held while the gate checks or warms; then it gets a 503. A restarted
   * Neo4j took 20–30 s on a busy two-core machine to plan the explore queries for the first time.
   */
  holdMs?: number;
  /** After reopening: how long requests are let in only a few at a time, and how many. */
  rampMs?: number;
  rampConcurrency?: number;
  log?: (line: string) => void;
  /** True once the process closed its own connection (shutting down): failures then say nothing of the database. */
  shutDown?: () => boolean;
}

type GateState = 'open' | 'checking' | 'closed' | 'warming';

/**
 * The API's view of whether Neo4j is there. It opens by default and closes when a request finds
 * the database unreachable. While closed, requests answer 503 at once with Retry-After: left to
 * themselves, each would wait out the driver's retries, and many analysts' requests would pile up.
 * A probe checks the database every second. When it answers again, the gate runs the warm-up
 * before letting requests through. A restarted database has no query plans, and many requests
 * planning them at once on a cold JVM took half a minute to clear. Requests that arrive while the
 * gate checks or warms are held rather than refused. Even with warm plans the JVM is still cold,
 * so for a while after reopening the held requests go through a few at a time (a slow start):
 * sixty-four at once would make some run past the query time limit.
 */
export class GraphGate {
  private state: GateState = 'open';
  private held: { release: (open: boolean) => void; timer: NodeJS.Timeout }[] = [];
  private readonly probeEveryMs: number;
  private readonly holdMs: number;
  private readonly rampMs: number;
  private readonly rampConcurrency: number;
  private rampUntil = 0;
  private inFlight = 0;

  constructor(private readonly options: GraphGateOptions) {
    this.probeEveryMs = options.probeEveryMs ?? 1_000;
    this.holdMs = options.holdMs ?? 45_000;
    this.rampMs = options.rampMs ?? 20_000;
    this.rampConcurrency = options.rampConcurrency ?? 4;
  }

  get status(): GateState {
    return this.state;
  }

  /** Express middleware: lets a request through, holds it, or answers 503. */
  readonly admit = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.state === 'closed') return refuse(res);
    if (this.state === 'open' && !this.ramping()) return next();
    const enter = () => {
      this.inFlight++;
      res.once('close', () => {
        this.inFlight--;
        this.admitHeld();
      });
      next();
    };
    if (this.state === 'open' && this.held.length === 0 && this.inFlight < this.rampConcurrency) return enter();
    this.hold((open) => (open ? enter() : refuse(res)));
  };

  /** Express error middleware: a request that found the database unreachable closes the gate. */
  readonly observe = (err: unknown, _req: Request, _res: Response, next: NextFunction): void => {
    this.notice(err);
    next(err);
  };

  /** A failure seen outside a request through the gate (health): closes the gate when it says the database is gone. */
  notice(err: unknown): void {
    if (this.state === 'open' && isGraphUnreachable(err) && !this.options.shutDown?.()) {
      this.options.log?.('The graph database is unreachable; requests answer 503 until it is back.');
      this.state = 'checking';
      void this.recover();
    }
  }

  private hold(release: (open: boolean) => void): void {
    const entry = {
      release,
      timer: setTimeout(() => {
        this.held = this.held.filter((h) => h !== entry);
        release(false);
      }, this.holdMs),
    };
    this.held.push(entry);
  }

  private ramping(): boolean {
    return Date.now() < this.rampUntil;
  }

  /** Let held requests in: all of them once open, or as many as the slow start allows. */
  private admitHeld(): void {
    if (this.state !== 'open') return;
    while (this.held.length > 0 && (!this.ramping() || this.inFlight < this.rampConcurrency)) {
      const h = this.held.shift()!;
      clearTimeout(h.timer);
      h.release(true);
    }
  }

  private refuseHeld(): void {
    const held = this.held;
    this.held = [];
    for (const h of held) {
      clearTimeout(h.timer);
      h.release(false);
    }
  }

  /** Probe until the database answers, warm it, then open. Runs once per outage. */
  private async recover(): Promise<void> {
    for (;;) {
      try {
        await this.options.probe();
        this.state = 'warming';
        const warmStarted = Date.now();
        await this.options.warm();
        this.options.log?.(`The graph database answers again (query plans warmed in ${((Date.now() - warmStarted) / 1000).toFixed(1)} s); requests go through.`);
        this.rampUntil = Date.now() + this.rampMs;
        this.state = 'open';
        this.admitHeld();
        setTimeout(() => this.admitHeld(), this.rampMs).unref();
        return;
      } catch {
        this.state = 'closed';
        this.refuseHeld();
      }
      await new Promise<void>((resolve) => setTimeout(resolve, this.probeEveryMs).unref());
    }
  }
}

function refuse(res: Response): void {
  res.setHeader('Retry-After', '2');
  sendError(res, 503, 'graph_unavailable', 'The graph database is unreachable; try again shortly.');
}
