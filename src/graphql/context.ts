import { randomUUID } from 'node:crypto';
import { RoundTripCounter, type Database, type QueryRunner } from '../db/database.js';
import { createLoaders, type Loaders } from './loaders.js';
import { todayIso } from '../domain/dates.js';
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';
import { clientIdentifier, debugAllowed, type ClientIdentity } from '../http/clientIdentity.js';

export interface GraphQLContext {
  requestId: string;
  /** The day "today" means for this request, fixed once so every field agrees. */
  today: string;
  run: QueryRunner;
  roundTrips: RoundTripCounter;
  loaders: Loaders;
  logger: Logger;
  debug: boolean;
  /** Whose rate-limit bucket this request is charged to. */
  client: ClientIdentity;
  /** Nearest ids for lookups that missed, by response key; sent in extensions.suggestions. */
  suggestions: Record<string, string[]>;
  /** Whether the oversight chains stored at the last write hold on a day, as last polled (a hint). */
  chainsStoredOn: (day: string) => boolean;
}

/** `today` is injectable so a test can fix the day that unpinned queries default to. */
export function createContextFactory(
  db: Database,
  logger: Logger,
  config: Config,
  today: () => string = todayIso,
  chainsStoredOn: (day: string) => boolean = () => false,
) {
  const identify = clientIdentifier(config);
  return async ({ req }: { req: { headers: Record<string, string | string[] | undefined>; ip?: string } }): Promise<GraphQLContext> => {
    const roundTrips = new RoundTripCounter();
    const debug = debugAllowed(config, req.headers['x-debug']);
    roundTrips.profile = debug && req.headers['x-debug-profile'] === '1';
    // One deadline for every statement this request sends (see Database.runner).
    const run = db.runner(roundTrips, Date.now() + config.requestDeadlineMs);
    const day = today();
    const requestId = String(req.headers['x-request-id'] ?? randomUUID());
    return {
      requestId,
      today: day,
      run,
      roundTrips,
      loaders: createLoaders(run, day),
      logger,
      debug,
      client: identify(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined, req.ip),
      suggestions: {},
      chainsStoredOn,
    };
  };
}
