// The expansions in the order they happened, so the last one can be undone and all of one
// entity's can be collapsed.

/** What one expansion put on the canvas. */
export interface Expansion {
  center: string;
  nodes: string[];
  edges: string[];
}

export class ExpansionHistory {
  private list: Expansion[] = [];

  record(expansion: Expansion): void {
    this.list.push(expansion);
  }

  get size(): number {
    return this.list.length;
  }

  takeLast(): Expansion | undefined {
    return this.list.pop();
  }

  /** Removes and returns every expansion of one entity, newest first. */
  takeAllOf(center: string): Expansion[] {
    const mine = this.list.filter((expansion) => expansion.center === center);
    this.list = this.list.filter((expansion) => expansion.center !== center);
    return mine.reverse();
  }

  has(center: string): boolean {
    return this.list.some((expansion) => expansion.center === center);
  }

  centers(): string[] {
    return this.list.map((expansion) => expansion.center);
  }

  clear(): void {
    this.list = [];
  }

  /** A copy of every expansion, oldest first (for undo), and putting such a copy back. */
  all(): Expansion[] {
    return this.list.map((expansion) => ({ ...expansion, nodes: [...expansion.nodes], edges: [...expansion.edges] }));
  }

  replace(list: Expansion[]): void {
    this.list = list.map((expansion) => ({ ...expansion }));
  }
}
