import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { requestLogPlugin } from './plugins/requestLog.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

export function createApollo(httpServer: Server, logger: Logger): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from a CDN; our own offline GraphiQL is served at /.
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(),
    ],
  });
}
