import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { contractIdFrom } from '../../../services/medicareAdvantage.js';
import { asUserInput } from '../../args.js';

/** A contract by number or id; null when no file has named it. */
export const contract: QueryResolvers['contract'] = (_, { id }, ctx) => asUserInput(() => ctx.loaders.contract.load(contractIdFrom(id)));
