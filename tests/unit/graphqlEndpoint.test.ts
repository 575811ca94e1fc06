import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, isGraphqlPath } from '../../src/http/graphqlEndpoint.js';

describe('isGraphqlPath', () => {
  it('takes /graphql with or without a trailing slash and a query string, and nothing that only starts alike', () => {
    expect(['/graphql', '/graphql/', '/graphql?query={a}', '/graphql/?query={a}'].map(isGraphqlPath)).toEqual([true, true, true, true]);
    expect(['/graphqlx', '/graphql/x', '/', '/GRAPHQL', undefined].map(isGraphqlPath)).toEqual([false, false, false, false, false]);
  });
});

describe('clientAddress', () => {
  const request = (forwarded?: string) => ({
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    socket: { remoteAddress: '10.0.0.9' } as Socket,
  });

  it('is the socket peer unless the proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('203.0.113.7'), false)).toBe('10.0.0.9');
    expect(clientAddress(request(), true)).toBe('10.0.0.9');
  });

  it('behind a trusted proxy, is the first address the proxies forwarded, trimmed', () => {
    expect(clientAddress(request(' 203.0.113.7 , 198.51.100.2, 10.0.0.1'), true)).toBe('203.0.113.7');
    expect(clientAddress(request(''), true)).toBe('10.0.0.9');
  });
});
