import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchedStdout, createLogger } from '../../src/logger.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('batchedStdout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the lines of one turn of the event loop in one write, in order', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    const logger = createLogger('info', batchedStdout());
    logger.info('first', { n: 1 });
    logger.warn('second');
    logger.debug('below the level');
    expect(writes).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toHaveLength(1);
    const lines = writes[0]!
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; n?: number });
    expect(lines.map((l) => l.msg)).toEqual(['first', 'second']);
    expect(lines[0]!.n).toBe(1);
  });

  it('writes what is pending when the process exits at once', () => {
    const script = `
      import { batchedStdout, createLogger } from './src/logger.ts';
      const logger = createLogger('info', batchedStdout());
      logger.info('one'); logger.info('two');
      process.exit(3);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(child.status).toBe(3);
    expect(
      child.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { msg: string }).msg),
    ).toEqual(['one', 'two']);
  });
});
