import { HeaderMap, type ApolloServer } from '@apollo/server';
import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import type { Config } from '../config.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { answerHttpError, methodAllowed, refuseMethod, sendJsonError } from './jsonErrors.js';
import type { persistedDocuments } from './persistedDocuments.js';
import { answerFromCache, operationOf, sendAnswer, type CachedCharge, type ResponseCache } from './responseCache.js';

export const GRAPHQL_PATH = '/graphql';
const METHODS = ['GET', 'POST'] as const;

type BodyRequest = IncomingMessage & { body?: unknown };

export interface GraphqlEndpointDeps {
  config: Config;
  logger: Logger;
  apollo: ApolloServer<GraphQLContext>;
  context: (args: { req: { headers: IncomingMessage['headers']; ip: string | undefined } }) => Promise<GraphQLContext>;
  cache: ResponseCache;
  /** What a cached answer costs the client at this address, under this authorization. */
  charge: (authorization: string | undefined, ip: string | undefined, requested: number) => ReturnType<CachedCharge>;
  resolveDocument: ReturnType<typeof persistedDocuments>;
  /** The CORS middleware the pages use too. */
  allowOrigin: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

/**
 * /graphql as a plain Node handler: every API request passes here, and Express's router and
 * its request and response wrappers cost more per request than the rest of a cache hit.
 * The steps are the ones Express ran: CORS, the method, the JSON body (body-parser), the
 * persisted documents, the response cache, then Apollo.
 */
export function graphqlEndpoint(deps: GraphqlEndpointDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { config, logger, allowOrigin } = deps;
  const readJson = express.json({ limit: config.limits.bodyBytes });
  const failed = (req: IncomingMessage, res: ServerResponse) => (error: unknown) =>
    answerHttpError(error, req.method, GRAPHQL_PATH, res, logger);

  return (req, res) => {
    allowOrigin(req, res, () => {
      if (!methodAllowed(METHODS, req.method)) return refuseMethod(res, GRAPHQL_PATH, METHODS, req.method);
      // Another content type leaves no body; Apollo then answers 400 itself, naming the type it wants.
      readJson(req, res, (error?: unknown) => {
        if (error) return failed(req, res)(error);
        answer(deps, req, res).catch(failed(req, res));
      });
    });
  };
}

async function answer(deps: GraphqlEndpointDeps, req: BodyRequest, res: ServerResponse): Promise<void> {
  const isGet = req.method === 'GET';
  const at = req.url?.indexOf('?') ?? -1;
  const search = at >= 0 ? req.url!.slice(at) : '';
  const carrier = (isGet ? parseQueryString(search.slice(1)) : req.body) as Record<string, unknown> | undefined;
  const refusal = deps.resolveDocument(carrier, isGet);
  if (refusal) return sendJsonError(res, 400, refusal.code, refusal.message);

  const ip = clientAddress(req, deps.config.rateLimit.trustProxy);
  const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
  const decision = answerFromCache(deps.cache, req, res, operationOf(carrier), (requested) => deps.charge(authorization, ip, requested));
  if (!decision) return;

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body: req.body },
    context: () => deps.context({ req: { headers: req.headers, ip } }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') return sendAnswer(req, res, response.body.string, decision.keep);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The path alone decides: /graphql and /graphql/, with any query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url?.startsWith(GRAPHQL_PATH)) return false;
  const rest = url.slice(GRAPHQL_PATH.length);
  return rest === '' || rest.startsWith('?') || rest === '/' || rest.startsWith('/?');
}

/**
 * The rate limit's key. Behind a proxy you run (TRUST_PROXY), the client is the first address
 * of X-Forwarded-For, as Express's `trust proxy` took it; otherwise the socket's peer.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const first = forwarded.split(',')[0]!.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress;
}
