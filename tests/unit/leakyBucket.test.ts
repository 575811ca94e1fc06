import { describe, expect, it } from 'vitest';
import { LeakyBuckets } from '../../src/graphql/plugins/leakyBucket.js';

describe('LeakyBuckets', () => {
  const limits = { maximum: 100, restoreRate: 10 };

  it('takes cost points until they run out, then says when to come back', () => {
    let now = 0;
    const buckets = new LeakyBuckets(() => now);
    expect(buckets.charge('a', limits, 60)).toEqual({ ok: true, throttle: { maximum: 100, remaining: 40, restoreRate: 10 } });
    // 50 more would need 10 points the bucket lacks: 10 points at 10/s is 1 s.
    expect(buckets.charge('a', limits, 50)).toEqual({
      ok: false,
      throttle: { maximum: 100, remaining: 40, restoreRate: 10 },
      retryAfterSeconds: 1,
    });
    now = 1000;
    expect(buckets.charge('a', limits, 50)).toMatchObject({ ok: true, throttle: { remaining: 0 } });
  });

  it('refills at the restore rate, never above the maximum', () => {
    let now = 0;
    const buckets = new LeakyBuckets(() => now);
    buckets.charge('a', limits, 100);
    now = 2500; // 2.5 s × 10/s
    expect(buckets.peek('a', limits).remaining).toBe(25);
    now = 60_000;
    expect(buckets.peek('a', limits).remaining).toBe(100);
  });

  it('keeps one bucket per client', () => {
    const buckets = new LeakyBuckets(() => 0);
    buckets.charge('a', limits, 100);
    expect(buckets.charge('b', limits, 100).ok).toBe(true);
    expect(buckets.charge('a', limits, 1).ok).toBe(false);
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    const buckets = new LeakyBuckets(() => 0);
    buckets.charge('a', limits, 100);
    expect(buckets.charge('a', limits, 25)).toMatchObject({ ok: false, retryAfterSeconds: 3 });
    expect(buckets.charge('a', limits, 1)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
  });
});
