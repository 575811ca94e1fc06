import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { BadUserInputError } from '../../errors.js';
import { checkNpi, ProviderArgumentError, providers as providersPage } from '../../../services/providers.js';

function asUserInput<T>(fn: () => Promise<T>): Promise<T> {
  return fn().catch((error: unknown) => {
    if (error instanceof ProviderArgumentError) throw new BadUserInputError(error.argument, error.message);
    throw error;
  });
}

export const provider: QueryResolvers['provider'] = (_, args, ctx) =>
  asUserInput(async () => ctx.loaders.provider.load(checkNpi(args.npi)));

export const providers: QueryResolvers['providers'] = (_, args, ctx) => asUserInput(() => providersPage(ctx.run, args));
