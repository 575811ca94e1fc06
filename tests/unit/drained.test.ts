import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { drained } from '../../src/http/drained.js';

describe('drained', () => {
  it('resolves on drain and leaves no listener behind, however many times a writer waits', async () => {
    const out = new EventEmitter();
    for (let i = 0; i < 50; i++) {
      const waiting = drained(out);
      out.emit('drain');
      await waiting;
    }
    expect([out.listenerCount('drain'), out.listenerCount('close')]).toEqual([0, 0]);
  });

  it('resolves when the stream closes instead, also without leftovers', async () => {
    const out = new EventEmitter();
    const waiting = drained(out);
    out.emit('close');
    await waiting;
    expect([out.listenerCount('drain'), out.listenerCount('close')]).toEqual([0, 0]);
  });
});
