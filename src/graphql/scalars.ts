import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../domain/dates.js';
import { InvalidScalarError } from './errors.js';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new InvalidScalarError(`Invalid date ${JSON.stringify(value)}: expected a calendar date written YYYY-MM-DD, e.g. 2024-03-01.`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO 8601 calendar date, e.g. 2024-03-01.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new InvalidScalarError('Invalid date: expected a string written YYYY-MM-DD.');
    return parse(ast.value);
  },
});
