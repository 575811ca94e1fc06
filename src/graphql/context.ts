import { randomUUID } from 'node:crypto';
import { RoundTripCounter, type Database, type QueryRunner } from '../db/database.js';
import { createLoaders, type Loaders } from './loaders.js';
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

/** `today` is injectable so a test can fix the day that unpinned queries default to. */
export function createContextFactory(db: Database, logger: Logger, today: () => string = todayIso) {
  return async ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }): Promise<GraphQLContext> => {
    const roundTrips = new RoundTripCounter();
    roundTrips.profile = req.headers['x-debug'] === 'profile';
    const run = db.runner(roundTrips);
    const day = today();
    const requestId = String(req.headers['x-request-id'] ?? randomUUID());
    return {
      requestId,
      today: day,
      run,
      roundTrips,
      loaders: createLoaders(run, day),
      logger,
      debug: ['1', 'true', 'profile'].includes(String(req.headers['x-debug'])),
      suggestions: {},
    };
  };
}
