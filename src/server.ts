import cors from 'cors';
import express from 'express';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
import { graphqlEndpoint, isGraphqlPath } from './http/graphqlEndpoint.js';
import { loadPersistedDocuments, persistedDocuments } from './http/persistedDocuments.js';
import { playgroundRouter } from './http/playground.js';
import { ResponseCache } from './http/responseCache.js';
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
  const buckets = new LeakyBuckets();
  const identify = clientIdentifier(config);
  const cache = new ResponseCache(config.responseCache.entries);
  const httpServer = createHttpServer();
  const apollo = createApollo(httpServer, logger, config, buckets);
  await apollo.start();
  const watcher = new DataVersionWatcher(database.runner(), config.responseCache.pollMs, logger);
  watcher.onChange((version) => cache.setVersion(version));
  // Started with the cache off too: the chains read the stored period it polls.
  watcher.start();

  const allowOrigin = cors({ origin: config.corsOrigins === '*' ? '*' : config.corsOrigins });
  const endpoint = graphqlEndpoint({
    config,
    logger,
    apollo,
    context: createContextFactory(database, logger, config, today, (day) => watcher.chainsStoredOn(day)),
    cache,
    charge: (authorization, ip, requested) => {
      const client = identify(authorization, ip);
      const paid = buckets.charge(client.id, client.limits, requested);
      return paid.ok ? paid : { ...paid, remaining: paid.throttle.remaining };
    },
    resolveDocument: persistedDocuments(config.persistedDocuments, loadPersistedDocuments()),
    allowOrigin,
  });
  // /graphql skips Express (graphqlEndpoint.ts says why); the pages go through it.
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (isGraphqlPath(req.url)) endpoint(req, res);
    else app(req, res);
  });
  app.use(allowOrigin);
  app.use(methodNotAllowed({ '/health': ['GET'], '/ready': ['GET'], '/': ['GET'] }));
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
