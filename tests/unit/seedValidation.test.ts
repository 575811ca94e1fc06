import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/seed/read.js';
import { validateSeed } from '../../src/seed/validate.js';
import { ENTITY_KINDS, FUNCTIONS, ROLES } from '../../src/domain/vocabulary.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const VALID: Record<string, string> = {
  'sources/a.yaml': `- id: src:a
  title: A source
  url: https://example.org/a
  date: 2024-01-01
`,
  'entities/a.yaml': `- id: state:VA
  kind: STATE
  name: Virginia
  code: VA
  fips: '51'
  sources: [src:a]
- id: org:cms
  kind: FEDERAL_AGENCY
  name: CMS
  sources: [src:a]
- id: program:medicare
  kind: PROGRAM
  name: Medicare
  sources: [src:a]
`,
  'relationships/a.yaml': `- type: OVERSEES
  from: org:cms
  to: program:medicare
  sources: [src:a]
`,
  'assignments/a.yaml': `- id: asg:one
  administrator: org:cms
  functions: [POLICY_SETTING, FUNDING]
  program: program:medicare
  jurisdiction: state:VA
  role: FEDERAL_ADMINISTRATOR
  validFrom: 2020-01-01
  sources: [src:a]
`,
};

const dirs: string[] = [];
function seedDir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'seed-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function problems(files: Record<string, string>): string[] {
  const r = validateSeed(seedDir({ ...VALID, ...files }));
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('seed validation', () => {
  it('accepts a valid seed and expands functions into one fact each', () => {
    const r = validateSeed(seedDir(VALID));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.bundle.assignments.map((a) => a.id)).toEqual([
        'asg:one/POLICY_SETTING/program:medicare',
        'asg:one/FUNDING/program:medicare',
      ]);
  });

  it('reports a missing field with file, line and field', () => {
    expect(problems({ 'sources/a.yaml': VALID['sources/a.yaml']!.replace('  title: A source\n', '') })).toEqual([
      'sources/a.yaml:1 title: record 1: required',
    ]);
  });

  it('reports an unknown id reference', () => {
    expect(
      problems({ 'relationships/a.yaml': VALID['relationships/a.yaml']!.replace('to: program:medicare', 'to: program:nope') }),
    ).toEqual(['relationships/a.yaml:3 to: unknown id program:nope']);
  });

  it('reports an invalid date', () => {
    expect(problems({ 'assignments/a.yaml': VALID['assignments/a.yaml']!.replace('2020-01-01', '2020-02-30') })).toEqual([
      'assignments/a.yaml:7 validFrom: record 1: a real calendar date',
    ]);
  });

  it('reports a dangling source reference', () => {
    expect(problems({ 'relationships/a.yaml': VALID['relationships/a.yaml']!.replace('[src:a]', '[src:missing]') })).toEqual([
      'relationships/a.yaml:4 sources: unknown source src:missing',
    ]);
  });

  it('reports a duplicate id across files, pointing at the first', () => {
    const dup = `- id: org:cms\n  kind: FEDERAL_AGENCY\n  name: CMS again\n  sources: [src:a]\n`;
    expect(problems({ 'entities/b.yaml': dup })).toEqual([
      'entities/b.yaml:1 id: duplicate entity id org:cms (first at entities/a.yaml:7)',
    ]);
  });

  it('reports unknown fields (typos) and YAML syntax errors', () => {
    expect(problems({ 'sources/a.yaml': VALID['sources/a.yaml']!.replace('url:', 'uri:') })[0]).toMatch(
      /sources\/a.yaml:1: record 1: unknown field\(s\) uri/,
    );
    expect(problems({ 'sources/b.yaml': '- id: [unclosed\n' })[0]).toMatch(/^sources\/b.yaml:\d+: YAML syntax/);
  });
});

describe('vocabulary', () => {
  it('matches the SDL enums, so the seed and the API cannot drift apart', () => {
    const sdl = loadTypeDefs();
    const values = (name: string) => new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)![1]!.trim().split(/\s+/);
    expect(values('EntityKind')).toEqual([...ENTITY_KINDS]);
    expect(values('AdministrativeFunction')).toEqual([...FUNCTIONS]);
    expect(values('AssignmentRole')).toEqual([...ROLES]);
  });
});

describe('contact details', () => {
  const withCms = (extra: string) => ({
    ...VALID,
    'entities/a.yaml': VALID['entities/a.yaml']!.replace('  name: CMS\n', `  name: CMS\n${extra}`),
  });
  it('refuses a website or phone without its own source, and an unknown contact source', () => {
    expect(problems(withCms('  phone: 1-800-633-4227\n'))).toEqual([
      expect.stringMatching(/entities\/a.yaml:\d+ contactSources: a website or phone needs contactSources/),
    ]);
    expect(problems(withCms('  website: https://www.cms.gov\n  contactSources: [src:nope]\n'))).toEqual([
      expect.stringMatching(/unknown source src:nope/),
    ]);
  });
  it('accepts them with a known source', () => {
    expect(problems(withCms('  website: https://www.cms.gov\n  phone: 1-800-633-4227\n  contactSources: [src:a]\n'))).toEqual([]);
  });
});
