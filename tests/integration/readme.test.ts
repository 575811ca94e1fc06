import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

/** Every query in the README's "Questions you can ask" with the answer printed under it. */
function readmeExamples(): { title: string; query: string; answer: unknown }[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('## Questions you can ask')[1] ?? '';
  const examples: { title: string; query: string; answer: unknown }[] = [];
  const pattern = /### (.+)\n+```graphql\n([\s\S]*?)```\n+```json\n([\s\S]*?)```/g;
  for (const m of section.matchAll(pattern)) examples.push({ title: m[1]!, query: m[2]!, answer: JSON.parse(m[3]!) });
  return examples;
}

/**
 * The README's answers were read on this day. Queries without `asOf` default to "today", so the
 * server's day is pinned: a seeded fact that ends later must not change the printed answers.
 */
const README_DAY = '2026-11-27';
const t = useTestServer({ today: README_DAY });

describe('README questions', () => {
  const examples = readmeExamples();

  it('has at least ten questions, each with a query and an answer', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((e) => [e.title, e] as const))('%s', async (_, example) => {
    const { body } = await t.gql(example.query);
    expect(body.errors).toBeUndefined();
    expect({ data: body.data }).toEqual(example.answer);
  });
});
