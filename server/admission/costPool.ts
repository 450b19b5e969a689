import type { NextFunction, Request, Response } from 'express';
import { sendError } from '../errors';
import type { SharedSlots, SlotUser } from './sharedSlots';

export interface CostPoolOptions {
  /** Cost units running at once; a request costing more runs alone. */
  capacity: number;
  /** Requests waiting their turn; one more is refused (429) at once. */
  queueMax: number;
  /** Longest a request waits in the queue before it is refused (429). */
  maxWaitMs: number;
}

interface Waiter {
  cost: number;
  since: number;
  enter: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Admission for one kind of expensive read (deep neighbourhoods, paths, export, document view):
 * at most `capacity` cost units run at once, a bounded queue waits in arrival order, and the
 * rest get 429 with Retry-After at once. Sixty-four clients asking for depth-3 neighbourhoods
 * used to run all at once, held the node process at 95 % CPU and made health take 26 s; bounded
 * here, the work waits in a queue that costs nothing and the process keeps answering.
 */
export class CostPool implements SlotUser {
  private running = 0;
  private waiting: Waiter[] = [];
  /** Moving average of how long one admitted request takes, for Retry-After. */
  private serviceMs = 1_000;

  /** `shared`: the slots this pool shares with the other expensive kinds (one each while running). */
  constructor(
    readonly name: string,
    private readonly options: CostPoolOptions,
    private readonly shared?: SharedSlots,
  ) {
    shared?.join(this);
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Express middleware for requests whose cost `costOf` tells (0: not expensive, let through). */
  gate(costOf: (req: Request) => number) {
    return (req: Request, res: Response, next: NextFunction): void => {
      const cost = Math.min(costOf(req), this.options.capacity);
      if (!(cost > 0)) return next();
      const enter = () => {
        this.running += cost;
        this.shared?.take();
        const started = Date.now();
        res.once('close', () => {
          this.running -= cost;
          this.serviceMs = 0.8 * this.serviceMs + 0.2 * (Date.now() - started);
          if (this.shared) this.shared.give();
          else this.drain();
        });
        next();
      };
      if (this.waiting.length === 0 && this.fits(cost)) return enter();
      if (this.waiting.length >= this.options.queueMax) return this.refuse(res, 'full');
      const waiter: Waiter = {
        cost,
        since: Date.now(),
        enter,
        timer: setTimeout(() => {
          this.remove(waiter);
          this.refuse(res, 'waited');
        }, this.options.maxWaitMs),
      };
      this.waiting.push(waiter);
      // A client that gives up while waiting leaves the queue.
      res.once('close', () => {
        if (this.remove(waiter)) clearTimeout(waiter.timer);
      });
    };
  }

  private remove(waiter: Waiter): boolean {
    const at = this.waiting.indexOf(waiter);
    if (at < 0) return false;
    this.waiting.splice(at, 1);
    return true;
  }

  private fits(cost: number): boolean {
    return this.running + cost <= this.options.capacity && (!this.shared || this.shared.free);
  }

  readyWaiterSince(): number | undefined {
    const first = this.waiting[0];
    return first && this.running + first.cost <= this.options.capacity ? first.since : undefined;
  }

  startReadyWaiter(): void {
    const next = this.waiting.shift()!;
    clearTimeout(next.timer);
    next.enter();
  }

  /** Start waiting requests, in order, while they fit. */
  private drain(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0].cost)) this.startReadyWaiter();
  }

  private refuse(res: Response, why: 'full' | 'waited'): void {
    if (res.headersSent || res.writableEnded) return;
    const seconds = Math.min(60, Math.max(1, Math.ceil(((this.waiting.length + 1) * this.serviceMs) / this.options.capacity / 1000)));
    res.setHeader('Retry-After', String(seconds));
    const waited = this.options.maxWaitMs / 1000;
    const reason = why === 'full' ? 'too many are waiting' : `its turn did not come within ${waited < 10 ? waited.toFixed(1) : waited.toFixed(0)} s`;
    sendError(res, 429, 'busy', `The server is busy with ${this.name} (${reason}); try again in ${seconds} s.`);
  }
}
