import type { Block } from '../../model/index.js';

/** The document's blocks in reading order, for the blocks between two tables without a scan per table. */
export class BlockRange {
  private readonly sorted: Block[];

  constructor(blocks: readonly Block[]) {
    this.sorted = [...blocks].sort((a, b) => a.order - b.order);
  }

  /** Index of the first block whose order is above `order`. */
  private after(order: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.order <= order) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The blocks printed after order `from` and before order `to`, in reading order. */
  between(from: number, to: number): Block[] {
    const out: Block[] = [];
    for (let i = this.after(from); i < this.sorted.length && this.sorted[i]!.order < to; i++) out.push(this.sorted[i]!);
    return out;
  }

  /** Up to `n` blocks printed after order `from` and before order `to`, nearest to `to` first. */
  before(to: number, from: number, n: number): Block[] {
    const out: Block[] = [];
    const start = this.after(from);
    for (let i = this.after(to - 1) - 1; i >= start && out.length < n; i--) if (this.sorted[i]!.order < to) out.push(this.sorted[i]!);
    return out;
  }
}
