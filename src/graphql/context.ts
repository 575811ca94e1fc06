import { randomUUID } from 'node:crypto';
import { RoundTripCounter, type Database, type QueryRunner } from '../db/database.js';
import { createLoaders, type Loaders } from '../db/loaders.js';
import { todayIso } from '../domain/dates.js';
import type { Logger } from '../logger.js';

export interface GraphQLContext {
  requestId: string;
  /** The day "today" means for this request, fixed once so every field agrees. */
  today: string;
  run: QueryRunner;
  roundTrips: RoundTripCounter;
  loaders: Loaders;
  logger: Logger;
  debug: boolean;
  /** Nearest ids for lookups that missed, by response key; sent in extensions.suggestions. */
  suggestions: Record<string, string[]>;
}

export function createContextFactory(db: Database, logger: Logger) {
  return async ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }): Promise<GraphQLContext> => {
    const roundTrips = new RoundTripCounter();
    const run = db.runner(roundTrips);
    const today = todayIso();
    const requestId = String(req.headers['x-request-id'] ?? randomUUID());
    return {
      requestId,
      today,
      run,
      roundTrips,
      loaders: createLoaders(run, today),
      logger,
      debug: req.headers['x-debug'] === '1' || req.headers['x-debug'] === 'true',
      suggestions: {},
    };
  };
}
