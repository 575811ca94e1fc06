/**
 * A generated set of hostile or malformed HTTP requests for /graphql. Deterministic (a
 * seeded generator), so a failure names a request that can be replayed.
 */
export interface HostileRequest {
  kind: string;
  method: 'GET' | 'POST';
  /** Path and query string after /graphql. */
  search?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `org:cms'}) DETACH DELETE n RETURN 1 //`,
  `\\'; CALL dbms.security.createUser('x','y') //`,
  '` MATCH (n) SET n.pwned = true //',
  `$id} WITH 1 AS x MATCH (n) DELETE n //`,
  `LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l`,
  `*`,
  `?`,
  `~`,
  `*:*`,
  `name:*`,
  `a AND OR NOT`,
  `[a TO z]`,
  `{a TO z}`,
  `"unclosed`,
  `\\`,
  `/.*/`,
  `a^99999`,
  `((((((((((`,
  `))))`,
  `a~0.5`,
  `+-&&||!(){}[]^"~*?:\\/`,
  `NOT *`,
  `id:org\\:cms`,
  '\u0000',
  '\u202e',
  '%00',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  'Ω≈ç√∫˜µ≤≥÷',
  '🏥'.repeat(50),
  'a'.repeat(5000),
];

const BAD_DATES = [
  '2024-02-30',
  '0000-00-00',
  '9999-99-99',
  '2024-1-1',
  '',
  'yesterday',
  '2024-02-29T00:00:00Z',
  '-0001-01-01',
  '20240101',
  '2024/01/01',
  '1e10',
  '2024-13-01',
  '2023-02-29',
  ' 2024-01-01',
];
const BAD_ZIPS = ['00000', '1234', '123456', 'abcde', '99999', '-1234', '١٢٣٤٥', '12 34', '1234\u0000', '22201-', '22201-12345', ''];
const HUGE = ['1e30', '99999999999', '-1', '2147483648', '-2147483649', '0', '1.5', '9007199254740993', 'NaN', '"20"', 'null', 'true'];
const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  'application/graphql',
  'application/json; charset=utf-16',
  '*/*',
  'application/octet-stream',
  '',
];

const json = (o: unknown) => JSON.stringify(o);

export function hostileRequests(count: number, seed = 20261129): HostileRequest[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));
  const q = (query: string, variables?: unknown): HostileRequest => ({
    kind: '',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: json({ query, variables }),
  });

  const makers: [string, () => HostileRequest][] = [
    [
      'deep',
      () => {
        const n = int(4, 40);
        return q(`{ entity(id: "org:cms") { ${'relationships { edges { node { other { '.repeat(n)}id${' } } } }'.repeat(n)} } }`);
      },
    ],
    [
      'wide',
      () => q(`{ entity(id: "org:cms") { ${Array.from({ length: int(50, 600) }, () => 'id name kind aliases description').join(' ')} } }`),
    ],
    [
      'aliased',
      () =>
        q(
          `{ ${Array.from({ length: int(31, 800) }, (_, i) => `a${i}: ${pick(['paths(from: "org:cgs", to: "org:hhs") { hops }', 'oversightChain(id: "org:noridian") { relation }', 'jurisdictions { code }'])}`).join(' ')} }`,
        ),
    ],
    [
      'huge number',
      () =>
        q(
          `{ ${pick([
            `entity(id: "org:cms") { relationships(first: ${pick(HUGE)}) { totalCount } }`,
            `paths(from: "org:cgs", to: "org:hhs", maxHops: ${pick(HUGE)}, first: ${pick(HUGE)}) { hops }`,
            `jurisdiction(code: "MS") { fmap(fiscalYear: ${pick(HUGE)}) }`,
            `search(text: "medicare", first: ${pick(HUGE)}) { totalCount }`,
          ])} }`,
        ),
    ],
    [
      'huge number variable',
      () => q('query($n: Int) { search(text: "cms", first: $n) { totalCount } }', { n: pick([1e30, -1, 2 ** 31, 1.5, '7', null, [], {}]) }),
    ],
    [
      'bad date',
      () =>
        q(
          `{ ${pick([
            `oversightChain(id: "org:noridian", asOf: ${json(pick(BAD_DATES))}) { relation }`,
            `whoAdministers(program: "program:medicare", state: "NY", asOf: ${json(pick(BAD_DATES))}) { role }`,
            `jurisdiction(code: "CA") { medicareContractors(asOf: ${json(pick(BAD_DATES))}) { role } }`,
          ])} }`,
        ),
    ],
    [
      'bad date variable',
      () =>
        q('query($d: Date) { oversightChain(id: "org:cms", asOf: $d) { relation } }', {
          d: pick([...BAD_DATES, 20240101, true, { y: 2024 }]),
        }),
    ],
    ['bad zip', () => q(`{ whoAdministers(program: "program:medicare-part-b", zip: ${json(pick(BAD_ZIPS))}) { role } }`)],
    [
      'bad id',
      () => {
        const [field, type] = pick([
          ['entity(id: $x) { id }', 'ID!'],
          ['oversightChain(id: $x) { relation }', 'ID!'],
          ['paths(from: $x, to: "org:hhs") { hops }', 'ID!'],
          ['whoAdministers(program: $x, state: "CA") { role }', 'ID!'],
          ['jurisdiction(code: $x) { name }', 'String!'],
          ['whoAdministers(program: "program:medicare", state: $x) { role }', 'String'],
        ] as const);
        return q(`query($x: ${type}) { ${field} }`, { x: pick(INJECTIONS) });
      },
    ],
    [
      'cypher or lucene injection',
      () =>
        q(
          `{ ${pick([
            `search(text: ${json(pick(INJECTIONS))}) { totalCount edges { node { id } } }`,
            `search(text: ${json(pick(INJECTIONS))}, kinds: [CONTRACTOR]) { totalCount }`,
            `entity(id: ${json(pick(INJECTIONS))}) { id }`,
            `entity(id: "org:cms") { relationships(types: [${json(pick(INJECTIONS))}]) { totalCount } }`,
            `entity(id: "org:cms") { relationships(after: ${json(pick(INJECTIONS))}) { totalCount } }`,
            `whoAdministers(program: ${json(pick(INJECTIONS))}, state: ${json(pick(INJECTIONS))}) { role }`,
          ])} }`,
        ),
    ],
    [
      'invalid utf-8',
      () => {
        const prefix = Buffer.from('{"query":"{ search(text: \\"');
        const junk = Buffer.from(Array.from({ length: int(1, 40) }, () => int(0x80, 0xff)));
        const suffix = Buffer.from('\\") { totalCount } }"}');
        return { kind: '', method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat([prefix, junk, suffix]) };
      },
    ],
    [
      'random bytes',
      () => ({
        kind: '',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(Array.from({ length: int(1, 300) }, () => int(0, 255))),
      }),
    ],
    [
      'wrong content type',
      () => ({
        kind: '',
        method: 'POST',
        headers: ((type: string): Record<string, string> => (type ? { 'content-type': type } : {}))(pick(CONTENT_TYPES)),
        body: json({ query: '{ __typename }' }),
      }),
    ],
    [
      'batched array',
      () => ({
        kind: '',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json(Array.from({ length: int(2, 50) }, () => ({ query: '{ jurisdictions { code } }' }))),
      }),
    ],
    [
      'fragment cycle',
      () =>
        q(
          pick([
            '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
            '{ entity(id: "org:cms") { ...E } } fragment E on Entity { relationships { edges { node { other { ...E } } } } }',
            '{ ...A } fragment A on Query { ...A }',
            '{ ...Missing }',
          ]),
        ),
    ],
    [
      'malformed json',
      () => ({
        kind: '',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: pick([
          '{',
          '{"query":',
          'null',
          '[]',
          '"str"',
          '1',
          '{"query": 1}',
          '{"query": null}',
          '{"query":"{ __typename }","variables":[]}',
          '{"query":"{ __typename }","operationName":5}',
          '{"query":"{ __typename }","extensions":"x"}',
          '{"__proto__":{"query":"{ __typename }"}}',
          '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        ]),
      }),
    ],
    [
      'bad document',
      () =>
        q(
          pick([
            '',
            ' ',
            '{',
            '}',
            'mutation { x }',
            'subscription { x }',
            'query { entity }',
            '{ entity(id: 1) { id } }',
            'query A { __typename } query A { __typename }',
            '{ __typename @nope }',
            '{ entity(id: "org:cms") { id(x: 1) } }',
            '"""',
            '{ a: __typename a: id }',
          ]),
        ),
    ],
    [
      'GET',
      () => ({
        kind: '',
        method: 'GET',
        search: `?query=${encodeURIComponent(pick(['{ __typename }', '{ entity(id: "\' OR 1=1") { id } }', 'mutation { x }', '{'.repeat(int(1, 300))]))}${pick(['', '&variables=%7B', '&variables=[]', '&operationName=%00'])}`,
        headers: pick<Record<string, string>>([{}, { 'apollo-require-preflight': 'true' }]),
      }),
    ],
  ];

  const out: HostileRequest[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, make] = makers[i % makers.length]!;
    out.push({ ...make(), kind });
  }
  return out;
}
