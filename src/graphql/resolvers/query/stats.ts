import { asOfOrToday } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { stats as run } from '../../../services/stats.js';

export const stats: QueryResolvers['stats'] = (_, args, ctx) => run(ctx.run, asOfOrToday(args.asOf, ctx.today));
