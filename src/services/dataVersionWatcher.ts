import type { QueryRunner } from '../db/database.js';
import { readDataVersion } from '../db/repositories/dataVersionRepository.js';
import type { Logger } from '../logger.js';

/**
 * Knows the graph's data version without a round trip per request: one tiny read in the
 * background every pollMs. Until the first read succeeds (or while Neo4j is unreachable)
 * the version is unknown, and nothing may be served from a cache.
 */
export class DataVersionWatcher {
  version: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners: ((version: number | null) => void)[] = [];

  constructor(
    private readonly run: QueryRunner,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  onChange(listener: (version: number | null) => void): void {
    this.listeners.push(listener);
  }

  async poll(): Promise<void> {
    let next: number | null;
    try {
      next = await readDataVersion(this.run);
    } catch (error) {
      if (this.version !== null) this.logger.warn('data version unreadable; response cache paused', { error: String(error) });
      next = null;
    }
    if (next !== this.version) {
      this.version = next;
      for (const l of this.listeners) l(next);
    }
  }

  start(): void {
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
