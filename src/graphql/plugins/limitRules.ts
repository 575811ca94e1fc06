import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { Config } from '../../config.js';
import { QueryTooComplexError, type LimitName } from '../errors.js';

/**
 * Depth, alias and directive limits as GraphQL Armor's validation rules. Armor states the
 * value it found only in its message ("... limit of 8 exceeded, found 12."), so the number
 * is read back from there to give the client a QUERY_TOO_COMPLEX error with the limit's
 * name, the value and the maximum as fields.
 */
export function limitRules(limits: Config['limits']): ValidationRule[] {
  const report = (limit: LimitName, maximum: number) => (ctx: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message);
    ctx?.reportError(new QueryTooComplexError(limit, found ? Number(found[1]) : maximum + 1, maximum));
  };
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.depth, ignoreIntrospection: true, onReject: [report('depth', limits.depth)] }),
    maxAliasesRule({ ...common, n: limits.aliases, allowList: [], onReject: [report('aliases', limits.aliases)] }),
    maxDirectivesRule({ ...common, n: limits.directives, onReject: [report('directives', limits.directives)] }),
  ];
}
