/**
 * A leaky bucket of cost points per client, as Shopify's GraphQL API meters its callers:
 * a client may spend up to `maximum` points at once, and points come back at
 * `restoreRate` per second. An operation is refused whole when it costs more than is
 * left; the client is told how long until it would fit.
 */
export interface BucketLimits {
  maximum: number;
  restoreRate: number;
}

export interface Throttle {
  maximum: number;
  remaining: number;
  restoreRate: number;
}

export type Charge = { ok: true; throttle: Throttle } | { ok: false; throttle: Throttle; retryAfterSeconds: number };

interface Level {
  available: number;
  at: number;
}

/** Buckets kept at most; full ones are forgotten first, since forgetting them changes nothing. */
const MAX_CLIENTS = 50_000;

export class LeakyBuckets {
  private readonly levels = new Map<string, Level>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Takes `cost` points from the client's bucket if they are there. */
  charge(client: string, limits: BucketLimits, cost: number): Charge {
    const level = this.refill(client, limits);
    if (cost > level.available) {
      const missing = Math.min(cost, limits.maximum) - level.available;
      return {
        ok: false,
        throttle: throttle(level, limits),
        retryAfterSeconds: Math.max(1, Math.ceil(missing / limits.restoreRate)),
      };
    }
    level.available -= cost;
    return { ok: true, throttle: throttle(level, limits) };
  }

  /** The client's state without charging anything. */
  peek(client: string, limits: BucketLimits): Throttle {
    return throttle(this.refill(client, limits), limits);
  }

  private refill(client: string, limits: BucketLimits): Level {
    const now = this.now();
    let level = this.levels.get(client);
    if (!level) {
      if (this.levels.size >= MAX_CLIENTS) this.forgetFull(limits);
      level = { available: limits.maximum, at: now };
      this.levels.set(client, level);
    }
    level.available = Math.min(limits.maximum, level.available + ((now - level.at) / 1000) * limits.restoreRate);
    level.at = now;
    return level;
  }

  private forgetFull(limits: BucketLimits): void {
    const now = this.now();
    for (const [client, level] of this.levels) {
      if (level.available + ((now - level.at) / 1000) * limits.restoreRate >= limits.maximum) this.levels.delete(client);
    }
    // Still full of busy clients: drop the oldest rather than grow without bound.
    while (this.levels.size >= MAX_CLIENTS) this.levels.delete(this.levels.keys().next().value!);
  }
}

function throttle(level: Level, limits: BucketLimits): Throttle {
  return { maximum: limits.maximum, remaining: Math.floor(level.available), restoreRate: limits.restoreRate };
}
