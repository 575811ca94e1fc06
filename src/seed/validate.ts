import {
  absenceSchema,
  assignmentSchema,
  entitySchema,
  expansionSchema,
  fmapSchema,
  noManagedCareSchema,
  regionSchema,
  relationshipSchema,
  sourceSchema,
  type AssignmentInput,
  type EntityInput,
  type RelationshipInput,
} from './schema.js';
import { listYaml, readRecords, type Located, type SeedProblem } from './read.js';
import { JURISDICTION_KINDS, PLACE_KINDS } from '../domain/vocabulary.js';

/** Everything the loader writes, after validation; ids are unique and every reference resolves. */
export interface SeedBundle {
  sources: { id: string; title: string; publisher: string | null; url: string | null; date: string | null; dateKind: string }[];
  entities: EntityRow[];
  relationships: RelationshipRow[];
  assignments: AssignmentRow[];
  expansions: { state: string; adopted: boolean; effective: string | null; confidence: string; note: string | null; sources: string[] }[];
  fmaps: { id: string; state: string; fiscalYear: number; percent: number; confidence: string; note: string | null; sources: string[] }[];
  noManagedCare: { state: string; asOf: string; confidence: string; note: string | null; sources: string[] }[];
  absences: { state: string; column: string; asOf: string; confidence: string; note: string; sources: string[] }[];
}

export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  sources: string[];
  confidence: string;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  code: string | null;
  fips: string | null;
  state: string | null;
  website: string | null;
  phone: string | null;
  contactSources: string[];
}

export interface RelationshipRow {
  key: string;
  type: string;
  from: string;
  to: string;
  sources: string[];
  validFrom: string | null;
  validTo: string | null;
  confidence: string;
  note: string | null;
}

export interface AssignmentRow {
  id: string;
  administrator: string;
  function: string;
  program: string;
  jurisdiction: string;
  excludes: string[];
  principal: string | null;
  populations: string[];
  role: string;
  validFrom: string | null;
  validTo: string | null;
  awarded: string | null;
  sources: string[];
  confidence: string;
  note: string | null;
}

export type ValidationResult = { ok: true; bundle: SeedBundle; files: string[] } | { ok: false; problems: SeedProblem[]; files: string[] };

/** Reads and validates every seed file under root. Nothing is returned to load unless all of it is valid. */
export function validateSeed(root: string): ValidationResult {
  const problems: SeedProblem[] = [];
  const files: string[] = [];
  const declared = new Set<string>();
  const read = <S extends Parameters<typeof readRecords>[2]>(folder: string, schema: S, only?: string) => {
    const list = listYaml(root, folder).filter((f) => !only || f.endsWith(only));
    files.push(...list);
    return list.flatMap((f) => readRecords(root, f, schema, problems, declared));
  };

  const sources = read('sources', sourceSchema);
  const entities = read('entities', entitySchema);
  const regions = read('regions', regionSchema);
  const relationships = read('relationships', relationshipSchema);
  const assignments = read('assignments', assignmentSchema);
  const expansions = read('medicaid', expansionSchema, 'expansion.yaml');
  const fmaps = read('medicaid', fmapSchema, 'fmap.yaml');
  const noManagedCare = read('medicaid', noManagedCareSchema, 'no-managed-care.yaml');
  const absences = read('absences', absenceSchema);

  const problem = (at: Located<unknown>, field: string | null, message: string) =>
    problems.push({ file: at.file, line: field ? at.lineOf(field) : at.line, field, message });

  // Ids are unique across all files.
  const sourceIds = new Map<string, Located<unknown>>();
  for (const s of sources) {
    const prior = sourceIds.get(s.value.id);
    if (prior) problem(s, 'id', `duplicate source id ${s.value.id} (first at ${prior.file}:${prior.line})`);
    else sourceIds.set(s.value.id, s);
  }
  const entityById = new Map<string, Located<EntityInput>>();
  for (const e of [...entities, ...regions] as Located<EntityInput>[]) {
    const prior = entityById.get(e.value.id);
    if (prior) problem(e, 'id', `duplicate entity id ${e.value.id} (first at ${prior.file}:${prior.line})`);
    else entityById.set(e.value.id, e);
  }

  const checkSources = (at: Located<{ sources: string[] }>) => {
    for (const s of at.value.sources) if (!sourceIds.has(s) && !declared.has(s)) problem(at, 'sources', `unknown source ${s}`);
  };
  const kindOf = (id: string) => entityById.get(id)?.value.kind;
  const checkRef = (at: Located<unknown>, field: string, ref: string | null, kinds?: readonly string[]) => {
    if (ref === null) return;
    const kind = kindOf(ref);
    if (!kind && declared.has(ref)) return;
    if (!kind) problem(at, field, `unknown id ${ref}`);
    else if (kinds && !kinds.includes(kind)) problem(at, field, `${ref} is a ${kind}; expected one of ${kinds.join(', ')}`);
  };
  const checkPeriod = (at: Located<{ validFrom: string | null; validTo: string | null }>) => {
    const { validFrom, validTo } = at.value;
    if (validFrom && validTo && validFrom > validTo) problem(at, 'validTo', `validTo ${validTo} is before validFrom ${validFrom}`);
  };

  for (const e of [...entities, ...regions] as Located<EntityInput>[]) {
    checkSources(e);
    checkSources({ ...e, value: { sources: e.value.contactSources } });
    // A website or phone is a fact like any other: it needs its own source.
    if ((e.value.website || e.value.phone) && e.value.contactSources.length === 0) {
      problem(e, 'contactSources', 'a website or phone needs contactSources');
    }
    checkPeriod(e);
    const v = e.value;
    const expectedPrefix = prefixForKind(v.kind);
    if (expectedPrefix && !v.id.startsWith(expectedPrefix)) problem(e, 'id', `a ${v.kind} id starts with ${expectedPrefix}`);
    if ((JURISDICTION_KINDS as readonly string[]).includes(v.kind)) {
      if (!v.code || v.id !== `state:${v.code}`)
        problem(e, 'code', `a jurisdiction needs code equal to its id suffix (state:${v.code ?? '?'})`);
      if (!v.fips || !/^\d{2}$/.test(v.fips)) problem(e, 'fips', 'a two-digit FIPS state code');
    }
    if (v.kind === 'COUNTY') {
      if (!v.fips || !/^\d{5}$/.test(v.fips) || v.id !== `county:${v.fips}`)
        problem(e, 'fips', 'a five-digit FIPS code equal to the id suffix');
      checkRef(e, 'state', v.state, JURISDICTION_KINDS);
      if (!v.state) problem(e, 'state', 'required for a county');
    }
  }
  for (const r of regions) for (const m of r.value.members) checkRef(r, 'members', m, PLACE_KINDS);

  for (const r of relationships) {
    checkSources(r);
    checkPeriod(r);
    checkRef(r, 'from', r.value.from);
    checkRef(r, 'to', r.value.to);
    if (r.value.from === r.value.to) problem(r, 'to', 'a relationship cannot point at its own subject');
  }
  const relationshipRows = new Map<string, RelationshipRow>();
  const relRow = (v: RelationshipInput): RelationshipRow => ({ ...v, key: `${v.type}|${v.from}|${v.to}|${v.validFrom ?? ''}` });
  for (const r of relationships) {
    const row = relRow(r.value);
    if (relationshipRows.has(row.key))
      problem(r, 'type', `duplicate relationship ${r.value.from} ${r.value.type} ${r.value.to} from ${r.value.validFrom ?? 'the start'}`);
    relationshipRows.set(row.key, row);
  }
  for (const region of regions) {
    for (const member of region.value.members) {
      const row = relRow({
        type: 'PART_OF',
        from: member,
        to: region.value.id,
        sources: region.value.sources,
        validFrom: region.value.validFrom,
        validTo: region.value.validTo,
        confidence: region.value.confidence,
        note: null,
      });
      if (relationshipRows.has(row.key)) problem(region, 'members', `${member} is listed twice`);
      relationshipRows.set(row.key, row);
    }
  }
  // A county is part of its state: the link is derived from the county's own record.
  for (const e of entities) {
    if (e.value.kind === 'COUNTY' && e.value.state) {
      const row = relRow({
        type: 'PART_OF',
        from: e.value.id,
        to: e.value.state,
        sources: e.value.sources,
        validFrom: null,
        validTo: null,
        confidence: e.value.confidence,
        note: null,
      });
      relationshipRows.set(row.key, row);
    }
  }

  const assignmentRows: AssignmentRow[] = [];
  const assignmentIds = new Map<string, Located<AssignmentInput>>();
  for (const a of assignments) {
    checkSources(a);
    checkPeriod(a);
    const v = a.value;
    if (v.awarded && v.validTo && v.awarded > v.validTo) problem(a, 'awarded', `awarded ${v.awarded} is after validTo ${v.validTo}`);
    checkRef(a, 'administrator', v.administrator);
    for (const p of v.programs ?? [v.program!]) checkRef(a, v.programs ? 'programs' : 'program', p, ['PROGRAM']);
    checkRef(a, 'jurisdiction', v.jurisdiction, PLACE_KINDS);
    checkRef(a, 'principal', v.principal);
    for (const p of v.populations) checkRef(a, 'populations', p, ['POPULATION']);
    for (const x of v.excludes) checkRef(a, 'excludes', x, PLACE_KINDS);
    const expanded = v.functions !== undefined || v.programs !== undefined;
    for (const fn of v.functions ?? [v.function!]) {
      for (const program of v.programs ?? [v.program!]) {
        const rowId = expanded ? `${v.id}/${fn}/${program}` : v.id;
        const prior = assignmentIds.get(rowId);
        if (prior) {
          problem(a, 'id', `duplicate assignment id ${rowId} (first at ${prior.file}:${prior.line})`);
          continue;
        }
        assignmentIds.set(rowId, a);
        assignmentRows.push({
          id: rowId,
          administrator: v.administrator,
          function: fn,
          program,
          jurisdiction: v.jurisdiction,
          excludes: v.excludes,
          principal: v.principal,
          populations: v.populations,
          role: v.role,
          validFrom: v.validFrom,
          validTo: v.validTo,
          awarded: v.awarded,
          sources: v.sources,
          confidence: v.confidence,
          note: v.note,
        });
      }
    }
  }

  const seenExpansion = new Set<string>();
  for (const x of expansions) {
    checkSources(x);
    checkRef(x, 'state', x.value.state, JURISDICTION_KINDS);
    if (seenExpansion.has(x.value.state)) problem(x, 'state', `duplicate expansion record for ${x.value.state}`);
    seenExpansion.add(x.value.state);
  }
  const seenFmap = new Set<string>();
  for (const f of fmaps) {
    checkSources(f);
    checkRef(f, 'state', f.value.state, JURISDICTION_KINDS);
    const key = `${f.value.state}|${f.value.fiscalYear}`;
    if (seenFmap.has(key)) problem(f, 'fiscalYear', `duplicate FMAP for ${f.value.state} in FY${f.value.fiscalYear}`);
    seenFmap.add(key);
  }
  for (const n of noManagedCare) {
    checkSources(n);
    checkRef(n, 'state', n.value.state, JURISDICTION_KINDS);
  }
  const seenAbsence = new Set<string>();
  for (const x of absences) {
    checkSources(x);
    checkRef(x, 'state', x.value.state, JURISDICTION_KINDS);
    const key = `${x.value.state}|${x.value.column}`;
    if (seenAbsence.has(key)) problem(x, 'column', `duplicate absence of ${x.value.column} for ${x.value.state}`);
    seenAbsence.add(key);
  }

  if (problems.length > 0) {
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { ok: false, problems, files };
  }
  return {
    ok: true,
    files,
    bundle: {
      sources: sources.map((s) => s.value),
      entities: ([...entities, ...regions] as Located<EntityInput>[]).map(({ value: v }) => ({
        id: v.id,
        kind: v.kind,
        name: v.name,
        aliases: v.aliases,
        description: v.description,
        sources: v.sources,
        confidence: v.confidence,
        validFrom: v.validFrom,
        validTo: v.validTo,
        note: v.note,
        code: v.code,
        fips: v.fips,
        state: v.state,
        website: v.website,
        phone: v.phone,
        contactSources: v.contactSources,
      })),
      relationships: [...relationshipRows.values()],
      assignments: assignmentRows,
      expansions: expansions.map((x) => x.value),
      fmaps: fmaps.map((f) => ({ ...f.value, id: `${f.value.state}|${f.value.fiscalYear}` })),
      noManagedCare: noManagedCare.map((n) => n.value),
      absences: absences.map((x) => x.value),
    },
  };
}

function prefixForKind(kind: string): string | null {
  switch (kind) {
    case 'STATE':
    case 'DISTRICT':
    case 'TERRITORY':
      return 'state:';
    case 'COUNTY':
      return 'county:';
    case 'REGION':
      return 'region:';
    case 'NATION':
      return 'nation:';
    case 'PROGRAM':
      return 'program:';
    case 'POPULATION':
      return 'pop:';
    case 'TRUST_FUND':
      return 'fund:';
    case 'PROVIDER_TYPE':
    case 'ORGANIZATION_TYPE':
      return 'type:';
    default:
      return 'org:';
  }
}
