import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import { buildSchema, GraphQLEnumType } from 'graphql';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import type { Config } from '../config.js';
import { costLimitPlugin } from './plugins/costLimit.js';
import type { LeakyBuckets } from './plugins/leakyBucket.js';
import { limitRules } from './plugins/limitRules.js';
import { requestLogPlugin } from './plugins/requestLog.js';
import { suggestionsPlugin } from './plugins/suggestions.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

export function createApollo(httpServer: Server, logger: Logger, config: Config, buckets: LeakyBuckets): ApolloServer<GraphQLContext> {
  const typeDefs = loadTypeDefs();
  const enumValues = Object.fromEntries(
    Object.values(buildSchema(typeDefs).getTypeMap())
      .filter((t): t is GraphQLEnumType => t instanceof GraphQLEnumType && !t.name.startsWith('__'))
      .map((t) => [t.name, t.getValues().map((v) => v.name)]),
  );
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    formatError: createErrorFormatter(logger, enumValues),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // graphql-js stops lexing past this many tokens, before building any AST.
    parseOptions: { maxTokens: config.limits.tokens },
    validationRules: limitRules(config.limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from a CDN; our own offline GraphiQL is served at /.
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint (whole answers are cached in http/responseCache.ts, which
      // also sets Cache-Control), and the plugin wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(config, buckets),
      requestLogPlugin(),
      suggestionsPlugin(),
    ],
  });
}
