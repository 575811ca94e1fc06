import { buildSearchQuery } from '../src/domain/search.js';
import { MEDICARE_CONTRACTOR_ROLES } from '../src/domain/vocabulary.js';
import type { Organization, Query } from '../src/graphql/generated/resolvers-types.js';
import type { Answer } from '../tests/helpers/graphqlAnswer.js';

/** This API's answers, typed by its schema (the one fragment the questions use is on Organization). */
export type ApiData = Omit<Answer<Query>, 'entity'> & { entity: Answer<Organization> };

/** The peer's answers as the questions select them: @neo4j/graphql gives every relationship as a list. */
interface PeerAssignment {
  id: string;
  role: string;
  administrator: { name: string }[];
  program: { name: string }[];
  jurisdiction: { name: string }[];
}
interface PeerPlace {
  assignmentsIn: PeerAssignment[];
  partOf: { assignmentsIn: PeerAssignment[] }[];
}
interface PeerChainLink {
  name: string;
  overseenBy: PeerChainLink[];
}
interface PeerEntity extends PeerPlace {
  id: string;
  code: string;
  name: string;
  agency: { administrator: { name: string }[] }[];
  expansion: { adopted: boolean }[];
  fmapRates: { percent: number }[];
  counties: PeerPlace[];
  administered: PeerAssignment[];
  actsUnder: PeerChainLink[];
}
export interface PeerData {
  entities: PeerEntity[];
  assignments: PeerAssignment[];
  searchEntities: { edges: { node: { id: string } }[] };
}

/**
 * The question mix. Each question is asked of this API and of @neo4j/graphql; `same`
 * reduces both answers to one comparable shape, and the bench refuses to measure a
 * question whose answers differ. The peer gets what a client of a generated API would
 * have to supply itself: the ZIP already resolved to its state and county, the program's
 * parts, the Lucene query.
 */
export interface Question {
  name: string;
  api: { query: string; variables?: Record<string, unknown> };
  peer: { query: string; variables?: Record<string, unknown> };
  apiAnswer(data: ApiData): unknown;
  peerAnswer(data: PeerData): unknown;
}

const sorted = (xs: string[]) => [...xs].sort();
const roles = [...MEDICARE_CONTRACTOR_ROLES];
const VALID = `AND: [{ OR: [{ validFrom: { eq: null } }, { validFrom: { lte: $today } }] }, { OR: [{ validTo: { eq: null } }, { validTo: { gte: $today } }] }]`;

export function questions(today: string): Question[] {
  return [
    {
      name: 'state dashboard (CA)',
      api: {
        query: `query Dashboard($code: String!) { jurisdiction(code: $code) { name medicaidAgency { name } medicaidExpansion { adopted } fmap(fiscalYear: 2025) medicareContractors { role administrator { name } } } }`,
        variables: { code: 'CA' },
      },
      peer: {
        query: `query Dashboard($id: ID!, $today: Date!, $roles: [String!]!) {
          entities(where: { id: { eq: $id } }) {
            name
            agency: assignmentsIn(where: { role: { eq: "MEDICAID_AGENCY" }, ${VALID} }) { administrator { name } }
            expansion { adopted }
            fmapRates(where: { fiscalYear: { eq: 2025 } }) { percent }
            assignmentsIn(where: { role: { in: $roles }, ${VALID} }) { role administrator { name } }
            partOf(where: { kind: { eq: "REGION" } }) { assignmentsIn(where: { role: { in: $roles }, ${VALID} }) { role administrator { name } } }
          }
          assignments(where: { jurisdictionId: { eq: "nation:us" }, role: { in: $roles }, ${VALID} }) { role administrator { name } }
        }`,
        variables: { id: 'state:CA', today, roles },
      },
      apiAnswer: (d) => {
        const j = d.jurisdiction;
        return {
          name: j.name,
          agency: j.medicaidAgency?.name,
          adopted: j.medicaidExpansion?.adopted,
          fmap: j.fmap,
          contractors: sorted(j.medicareContractors.map((a) => `${a.role}|${a.administrator.name}`)),
        };
      },
      peerAnswer: (d) => {
        const j = d.entities[0]!;
        const all = [...j.assignmentsIn, ...j.partOf.flatMap((r) => r.assignmentsIn), ...d.assignments];
        return {
          name: j.name,
          agency: j.agency[0]?.administrator[0]?.name,
          adopted: j.expansion[0]?.adopted,
          fmap: j.fmapRates[0]?.percent,
          contractors: sorted(all.map((a) => `${a.role}|${a.administrator[0]!.name}`)),
        };
      },
    },
    {
      name: 'entity by id',
      api: { query: `query Entity($id: ID!) { entity(id: $id) { id name } }`, variables: { id: 'org:cms' } },
      peer: { query: `query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id name } }`, variables: { id: 'org:cms' } },
      apiAnswer: (d) => d.entity,
      peerAnswer: (d) => d.entities[0]!,
    },
    {
      name: 'administered facts, first 20 (Noridian)',
      api: {
        query: `query Administers($id: ID!) { entity(id: $id) { ... on Organization { administers(first: 20) { edges { node { id role program { name } jurisdiction { name } } } } } } }`,
        variables: { id: 'org:noridian' },
      },
      peer: {
        query: `query Administers($id: ID!, $today: Date!) {
          entities(where: { id: { eq: $id } }) {
            administered(where: { ${VALID} }, limit: 20, sort: [{ id: ASC }]) {
              id role program { name } jurisdiction { name }
            }
          }
        }`,
        variables: { id: 'org:noridian', today },
      },
      apiAnswer: (d) => d.entity.administers.edges.map((e) => `${e.node.id}|${e.node.program.name}|${e.node.jurisdiction?.name}`),
      peerAnswer: (d) => d.entities[0]!.administered.map((a) => `${a.id}|${a.program[0]!.name}|${a.jurisdiction[0]?.name}`),
    },
    {
      name: 'all 56 jurisdictions with agency and contractors',
      api: {
        query: `query All { jurisdictions { code name medicaidAgency { name } medicareContractors { role administrator { name } } } }`,
      },
      peer: {
        query: `query All($today: Date!, $roles: [String!]!) {
          entities(where: { kind: { in: ["STATE", "DISTRICT", "TERRITORY"] } }, sort: [{ code: ASC }]) {
            code name
            agency: assignmentsIn(where: { role: { eq: "MEDICAID_AGENCY" }, ${VALID} }) { administrator { name } }
            assignmentsIn(where: { role: { in: $roles }, ${VALID} }) { role administrator { name } }
            partOf(where: { kind: { eq: "REGION" } }) { assignmentsIn(where: { role: { in: $roles }, ${VALID} }) { role administrator { name } } }
            counties: members(where: { kind: { eq: "COUNTY" } }) {
              assignmentsIn(where: { role: { in: $roles }, ${VALID} }) { role administrator { name } }
              partOf(where: { kind: { eq: "REGION" } }) { assignmentsIn(where: { role: { in: $roles }, ${VALID} }) { role administrator { name } } }
            }
          }
          assignments(where: { jurisdictionId: { eq: "nation:us" }, role: { in: $roles }, ${VALID} }) { role administrator { name } }
        }`,
        variables: { today, roles },
      },
      apiAnswer: (d) =>
        d.jurisdictions.map((j) => ({
          code: j.code,
          agency: j.medicaidAgency?.name ?? null,
          contractors: sorted([...new Set<string>(j.medicareContractors.map((a) => `${a.role}|${a.administrator.name}`))]),
        })),
      peerAnswer: (d) =>
        d.entities.map((j) => {
          const all = [
            ...j.assignmentsIn,
            ...j.partOf.flatMap((r) => r.assignmentsIn),
            ...j.counties.flatMap((c) => [...c.assignmentsIn, ...c.partOf.flatMap((r) => r.assignmentsIn)]),
            ...d.assignments,
          ];
          return {
            code: j.code,
            agency: j.agency[0]?.administrator[0]?.name ?? null,
            contractors: sorted([...new Set<string>(all.map((a) => `${a.role}|${a.administrator[0]!.name}`))]),
          };
        }),
    },
    {
      name: 'whoAdministers by ZIP (22201, Part B claims)',
      api: {
        query: `query Who($zip: String!) { whoAdministers(program: "program:medicare-part-b", zip: $zip, function: CLAIMS_PROCESSING) { role administrator { name } jurisdiction { name } } }`,
        variables: { zip: '22201' },
      },
      peer: {
        query: `query Who($places: [ID!]!, $programs: [String!]!, $today: Date!) {
          assignments(where: {
            programId: { in: $programs }, function: { eq: "CLAIMS_PROCESSING" }, ${VALID},
            jurisdiction: { some: { OR: [{ id: { in: $places } }, { members: { some: { id: { in: $places } } } }] } },
            excludes: { none: { id: { in: $places } } }
          }) { role administrator { name } jurisdiction { name } }
        }`,
        variables: { places: ['nation:us', 'state:VA', 'county:51013'], programs: ['program:medicare-part-b'], today },
      },
      apiAnswer: (d) => sorted(d.whoAdministers.map((a) => `${a.role}|${a.administrator.name}|${a.jurisdiction?.name}`)),
      peerAnswer: (d) => sorted(d.assignments.map((a) => `${a.role}|${a.administrator[0]!.name}|${a.jurisdiction[0]?.name}`)),
    },
    {
      name: 'oversight chain (Noridian)',
      api: { query: `query Chain($id: ID!) { oversightChain(id: $id) { relation entity { name } } }`, variables: { id: 'org:noridian' } },
      peer: {
        query: `query Chain($id: ID!) { entities(where: { id: { eq: $id } }) { name actsUnder(limit: 1) { name overseenBy(limit: 1, sort: [{ kind: DESC }]) { name overseenBy(limit: 1, sort: [{ kind: DESC }]) { name } } } } }`,
        variables: { id: 'org:noridian' },
      },
      apiAnswer: (d) => d.oversightChain.map((s) => s.entity.name),
      peerAnswer: (d) => {
        const e = d.entities[0]!;
        const cms = e.actsUnder[0];
        const hhs = cms?.overseenBy[0];
        return [e.name, cms?.name, hhs?.name, hhs?.overseenBy[0]?.name].filter(Boolean);
      },
    },
    {
      name: 'search ("medicare advantage", first 10)',
      api: {
        query: `query Search($text: String!) { search(text: $text, first: 10) { edges { node { id name } } } }`,
        variables: { text: 'medicare advantage' },
      },
      peer: {
        query: `query Search($phrase: String!) { searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { node { id name } } } }`,
        variables: { phrase: buildSearchQuery('medicare advantage') },
      },
      apiAnswer: (d) => sorted(d.search.edges.map((e) => e.node.id)),
      peerAnswer: (d) => sorted(d.searchEntities.edges.map((e) => e.node.id)),
    },
  ];
}
