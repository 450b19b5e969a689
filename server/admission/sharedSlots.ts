/** A pool that can start its oldest waiter when a slot is free (CostPool). */
export interface SlotUser {
  /** When the pool's oldest waiter that fits its own capacity arrived; undefined: none. */
  readyWaiterSince(): number | undefined;
  startReadyWaiter(): void;
}

/**
 * How many expensive reads run at once across all the pools. Each pool bounds its own kind,
 * but a depth-3 neighbourhood and an export running side by side kept both cores of a two-core
 * machine busy — Neo4j computing one answer while this process decoded and wrote the other —
 * and health waited behind them. With the expensive work one less than the cores, a core is
 * left for the process to answer everyone else. The slot freed goes to the pool whose waiter
 * has waited longest.
 */
export class SharedSlots {
  private used = 0;
  private readonly users: SlotUser[] = [];

  constructor(readonly max: number) {}

  join(user: SlotUser): void {
    this.users.push(user);
  }

  get free(): boolean {
    return this.used < this.max;
  }

  take(): void {
    this.used++;
  }

  give(): void {
    this.used--;
    this.fill();
  }

  /** Start waiters, oldest first across the pools, while slots are free. */
  fill(): void {
    while (this.free) {
      let next: SlotUser | undefined;
      let since = Infinity;
      for (const user of this.users) {
        const at = user.readyWaiterSince();
        if (at !== undefined && at < since) {
          since = at;
          next = user;
        }
      }
      if (!next) return;
      next.startReadyWaiter();
    }
  }
}
