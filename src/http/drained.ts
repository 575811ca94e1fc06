import type { EventEmitter } from 'node:events';

/**
 * Resolves when a stream that refused a write can take more, or when it closes. Both
 * listeners go once either fires: a large export waits here thousands of times on one
 * response, and a `once('close')` left behind by every wait piled up on it.
 */
export function drained(out: Pick<EventEmitter, 'on' | 'off'>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
