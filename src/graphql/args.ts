import { listLimit, pageWindow, PaginationError } from '../domain/pagination.js';
import { ArgumentError } from '../services/argumentError.js';
import { BadUserInputError } from './errors.js';

/** Argument checks shared by resolvers; each failure names the argument and what it accepts. */
export function page(first: number | null | undefined, after: string | null | undefined) {
  try {
    return pageWindow(first, after);
  } catch (error) {
    if (error instanceof PaginationError) throw new BadUserInputError(error.argument, error.message);
    throw error;
  }
}

/** first on a plain list: 1..max, default max. */
export function limit(first: number | null | undefined, max: number): number {
  try {
    return listLimit(first, max);
  } catch (error) {
    if (error instanceof PaginationError) throw new BadUserInputError(error.argument, error.message);
    throw error;
  }
}

/** Every asOf argument is a Date, so the scalar has already rejected malformed values. */
export function asOfOrToday(asOf: string | null | undefined, today: string): string {
  return asOf ?? today;
}

export function intInRange(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new BadUserInputError(argument, `${argument} must be between ${min} and ${max} (got ${v}).`);
  }
  return v;
}

/** Runs a service call; an argument the service refuses becomes BAD_USER_INPUT naming that argument. */
export async function asUserInput<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ArgumentError) throw new BadUserInputError(error.argument, error.message);
    throw error;
  }
}
