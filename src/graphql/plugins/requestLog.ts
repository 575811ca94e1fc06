import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.js';

/**
 * One JSON log line per request: operation, duration, outcome, round trips. With the
 * x-debug header the round-trip count and the queries run also go into extensions.
 */
export function requestLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, errors, contextValue: ctx }) {
          const durationMs = Math.round((performance.now() - started) * 10) / 10;
          const codes = (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
          ctx.logger.info('graphql request', {
            requestId: ctx.requestId,
            operation: operationName ?? null,
            durationMs,
            outcome: codes.length === 0 ? 'ok' : 'error',
            errorCodes: codes.length ? [...new Set(codes)] : undefined,
            roundTrips: ctx.roundTrips.count,
          });
          if (ctx.debug && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              debug: {
                roundTrips: ctx.roundTrips.count,
                queries: Object.fromEntries(ctx.roundTrips.byQuery),
                durationMs,
                ...(ctx.roundTrips.profile ? { dbHits: ctx.roundTrips.dbHits, bytes: ctx.roundTrips.bytes } : {}),
              },
            };
          }
        },
      };
    },
  };
}
