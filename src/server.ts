import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { Database } from './db/database.js';
import { createApollo } from './graphql/apollo.js';
import { createContextFactory } from './graphql/context.js';
import { LeakyBuckets } from './graphql/plugins/leakyBucket.js';
import { dashboardRouter } from './http/dashboard.js';
import { exportRouter } from './http/export.js';
import { faviconRouter } from './http/favicon.js';
import { clientIdentifier } from './http/clientIdentity.js';
import { healthRouter } from './http/health.js';
import { errorHandler, methodNotAllowed, notFound } from './http/jsonErrors.js';
import { loadPersistedDocuments, persistedDocuments } from './http/persistedDocuments.js';
import { playgroundRouter } from './http/playground.js';
import { ResponseCache, responseCacheMiddleware } from './http/responseCache.js';
import { DataVersionWatcher } from './services/dataVersionWatcher.js';
import type { Logger } from './logger.js';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  database: Database;
  /** Stops taking requests, drains those in flight, and stops Apollo. The driver is the caller's. */
  stop(): Promise<void>;
}

/**
 * Builds the HTTP service around a driver the caller owns: tests start it on port 0
 * in-process, main.ts on PORT. Nothing here is module-level state.
 */
export async function createServer({
  config,
  driver,
  logger,
  today,
}: {
  config: Config;
  driver: Driver;
  logger: Logger;
  today?: () => string;
}): Promise<RunningServer> {
  const database = new Database(driver, { database: config.neo4j.database, queryTimeoutMs: config.queryTimeoutMs });
  const app = express();
  app.disable('x-powered-by');
  // req.ip is the rate limit's key: behind a proxy you run, take it from X-Forwarded-For.
  app.set('trust proxy', config.rateLimit.trustProxy);
  const httpServer = createHttpServer(app);
  const buckets = new LeakyBuckets();
  const identify = clientIdentifier(config);
  const apollo = createApollo(httpServer, logger, config, buckets);
  await apollo.start();
  const cache = new ResponseCache(config.responseCache.entries);
  const watcher = new DataVersionWatcher(database.runner(), config.responseCache.pollMs, logger);
  watcher.onChange((version) => cache.setVersion(version));
  if (config.responseCache.entries > 0) watcher.start();

  app.use(cors({ origin: config.corsOrigins === '*' ? '*' : config.corsOrigins }));
  app.use(methodNotAllowed({ '/graphql': ['GET', 'POST'], '/health': ['GET'], '/ready': ['GET'], '/': ['GET'] }));
  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyBytes }),
    (req, _res, next) => {
      // Another content type leaves no body; Apollo then answers 400 itself, naming the type it wants.
      req.body ??= undefined;
      next();
    },
    persistedDocuments(config.persistedDocuments, loadPersistedDocuments()),
    responseCacheMiddleware(cache, (req, requested) => {
      const client = identify(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined, req.ip);
      const paid = buckets.charge(client.id, client.limits, requested);
      return paid.ok ? paid : { ...paid, remaining: paid.throttle.remaining };
    }),
    expressMiddleware(apollo, { context: createContextFactory(database, logger, config, today) }),
  );
  // After /graphql, so the API's requests do not pass through every page's router first.
  app.use(healthRouter(database, logger));
  app.use(faviconRouter());
  app.use(playgroundRouter());
  app.use(dashboardRouter(logger));
  app.use(exportRouter(database, logger));
  app.use(notFound);
  app.use(errorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  return {
    url,
    port,
    httpServer,
    database,
    async stop() {
      watcher.stop();
      await apollo.stop();
    },
  };
}
