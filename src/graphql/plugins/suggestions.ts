import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.js';

/**
 * A lookup that answers null (entity, jurisdiction) still tells what was probably meant:
 * resolvers record the nearest ids by response key, and they go out in extensions.suggestions.
 */
export function suggestionsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue: ctx }) {
          if (response.body.kind !== 'single' || Object.keys(ctx.suggestions).length === 0) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, suggestions: ctx.suggestions };
        },
      };
    },
  };
}
