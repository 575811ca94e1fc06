import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, Lexer, Source, TokenKind, type FragmentDefinitionNode, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../../config.js';
import type { GraphQLContext } from '../context.js';
import { ErrorCode, QueryTooComplexError, RateLimitedError } from '../errors.js';
import { operationCost } from './cost.js';
import type { LeakyBuckets, Throttle } from './leakyBucket.js';

/**
 * Prices every operation before it runs, refuses it over MAX_COST, charges it to the
 * client's leaky bucket (429 RATE_LIMITED when the bucket lacks the points), and puts
 * extensions.cost { requested, limit, throttle } on every answer so clients can pace
 * themselves. Requests that never reach an operation (unparsable, invalid) cost 1 point.
 */
export function costLimitPlugin(config: Config, buckets: LeakyBuckets): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let requested = 0;
      let throttle: Throttle | null = null;
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue: ctx }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          requested = operationCost({ schema, operation, fragments, variables: request.variables ?? {} });
          if (requested > config.limits.cost) {
            throttle = buckets.peek(ctx.client.id, ctx.client.limits);
            throw new QueryTooComplexError('cost', requested, config.limits.cost);
          }
          const charge = buckets.charge(ctx.client.id, ctx.client.limits, Math.max(1, requested));
          throttle = charge.throttle;
          if (!charge.ok) throw new RateLimitedError(requested, charge.throttle.remaining, charge.retryAfterSeconds);
        },
        async willSendResponse(rc) {
          const { response, contextValue: ctx } = rc;
          throttle ??= buckets.charge(ctx.client.id, ctx.client.limits, 1).throttle;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors) result.errors = result.errors.map((e) => tokenLimitError(e, rc, config.limits.tokens));
          result.extensions = { ...result.extensions, cost: { requested, limit: config.limits.cost, throttle } };
          const overloaded = result.errors?.find((e) => e.extensions?.code === ErrorCode.SERVICE_OVERLOADED);
          if (overloaded) {
            response.http.status = 503;
            const retryAfter = overloaded.extensions?.retryAfter;
            response.http.headers.set('retry-after', String(typeof retryAfter === 'number' ? retryAfter : 1));
          }
        },
      };
    },
  };
}

/**
 * graphql-js stops parsing at MAX_TOKENS (Apollo's parseOptions.maxTokens) with a syntax
 * error that does not say how many there were. Counting them is cheap here: the body is
 * already bounded by MAX_BODY_BYTES.
 */
function tokenLimitError(error: GraphQLFormattedError, rc: GraphQLRequestContext<GraphQLContext>, maximum: number): GraphQLFormattedError {
  if (error.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !/more tha[nt] \d+ tokens/.test(error.message)) return error;
  const value = countTokens(rc.source ?? '');
  const { http: _http, ...extensions } = new QueryTooComplexError('tokens', value, maximum).extensions;
  return { message: `The operation exceeds the tokens limit: ${value} > ${maximum}.`, extensions };
}

export function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A lexing error past the limit: what was counted so far is still more than the maximum.
  }
  return count;
}
