import { expect } from 'vitest';

/**
 * expect.stringContaining typed as the string it stands for: vitest types its asymmetric
 * matchers as `any`, which would make every expectation object holding one untyped.
 */
export const textContaining = (part: string): string => expect.stringContaining(part) as string;
