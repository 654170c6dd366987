// Which opportunities are open, and the top-k selection both rankings use.
import { parseExpiry } from './catalogue';
import { DEFAULT_RANK_LIMIT, type RankOptions, type ReintegrationOpportunity } from './model';

export function clock(now: string): number {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new RangeError(`bad instant "${now}"`);
  return ms;
}

/** Whether an opportunity takes people at `now`: free places, and not expired (an unreadable expiry is closed). */
export function isOpportunityOpen(opportunity: ReintegrationOpportunity, now: string): boolean {
  return opportunity.placesAvailable > 0 && clock(now) < parseExpiry(opportunity.expiresAt);
}

/**
 * Keeps the `limit` best (key, id) pairs seen: a binary heap with the worst kept at its root, so each candidate costs
 * one comparison unless it enters the top.
 */
export class TopK {
  private readonly keys: number[] = [];
  private readonly ids: string[] = [];
  private readonly items: number[] = [];

  constructor(private readonly limit: number) {}

  /** a is worse than b: lower key, or same key and later id. */
  private worse(i: number, j: number): boolean {
    const ki = this.keys[i];
    const kj = this.keys[j];
    return ki < kj || (ki === kj && this.ids[i] > this.ids[j]);
  }

  offer(key: number, id: string, item: number): void {
    if (this.limit <= 0) return;
    const n = this.keys.length;
    if (n < this.limit) {
      this.keys.push(key);
      this.ids.push(id);
      this.items.push(item);
      this.up(n);
      return;
    }
    const rk = this.keys[0];
    if (key < rk || (key === rk && id >= this.ids[0])) return;
    this.keys[0] = key;
    this.ids[0] = id;
    this.items[0] = item;
    this.down(0);
  }

  /** The kept items, best first. */
  sorted(): number[] {
    const order = this.keys.map((_, i) => i);
    order.sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
    return order.map((i) => this.items[i]);
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j], this.keys[i]];
    [this.ids[i], this.ids[j]] = [this.ids[j], this.ids[i]];
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.keys.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.worse(l, worst)) worst = l;
      if (r < n && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

export function limitOf(options: RankOptions | undefined): number {
  const limit = options?.limit ?? DEFAULT_RANK_LIMIT;
  if (!(limit >= 0)) throw new RangeError(`bad limit ${limit}`);
  return limit;
}
