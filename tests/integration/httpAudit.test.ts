import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the graphql-http audit suite', async () => {
    const audits = serverAudits({ url: () => `${t.url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    let passed = 0;
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'ok') passed += 1;
      else if (audit.name.startsWith('MUST')) failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
    expect(passed).toBeGreaterThan(audits.length / 2);
  });
});
