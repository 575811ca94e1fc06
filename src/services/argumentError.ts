/**
 * An argument a service refused, named so the API can report it as bad input on that
 * argument; services stay free of GraphQL.
 */
export class ArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}
