import { isValidAt } from '../domain/dates.js';
import type { SeedBundle } from './validate.js';

/**
 * What the seed knows for each of the 56 jurisdictions, as a table: one column per body or
 * fact a jurisdiction should have. A cell is a fact valid on the day asked about, a sourced
 * record that the jurisdiction has no such body (a known absence), not applicable, or a gap.
 * Pure over the validated files, so `seed --report` and the unit test read the same answer.
 */

export const COMPLETENESS_COLUMNS = [
  'ab-mac',
  'dme-mac',
  'hhh-mac',
  'medicaid-agency',
  'expansion',
  'fmap-2024',
  'fmap-2025',
  'fmap-2026',
  'fmap-2027',
  'ship',
  'managed-care',
  'qin-qio',
  'mfcu',
  'insurance-department',
] as const;
export type CompletenessColumn = (typeof COMPLETENESS_COLUMNS)[number];

/** Columns filled for every jurisdiction (or recorded absent); a gap in one of these fails the test. */
export const COMPLETE_COLUMNS: readonly CompletenessColumn[] = [
  'ab-mac',
  'dme-mac',
  'hhh-mac',
  'medicaid-agency',
  'expansion',
  'fmap-2024',
  'fmap-2025',
  'fmap-2026',
  'ship',
  'managed-care',
  'mfcu',
  'insurance-department',
];

export type Cell = 'yes' | 'absent' | 'n/a' | 'GAP';

export interface CompletenessRow {
  state: string;
  cells: Record<CompletenessColumn, Cell>;
}

export interface CompletenessReport {
  asOf: string;
  rows: CompletenessRow[];
  /** `state:XX column` for every gap, in table order. */
  gaps: string[];
  facts: number;
  /** Facts with at least one source published by a government body (a .gov, .mil or state .us site). */
  primarySourced: number;
}

const ROLE_COLUMNS: Partial<Record<CompletenessColumn, string>> = {
  'ab-mac': 'AB_MAC',
  'dme-mac': 'DME_MAC',
  'hhh-mac': 'HHH_MAC',
  'medicaid-agency': 'MEDICAID_AGENCY',
  ship: 'SHIP',
  'managed-care': 'MEDICAID_MCO',
  'qin-qio': 'QIN_QIO',
  mfcu: 'MFCU',
  'insurance-department': 'INSURANCE_REGULATOR',
};

const ARCHIVE_HOSTS = new Set(['web.archive.org', 'webarchive.library.unt.edu', 'cybercemetery.unt.edu', 'wayback.archive-it.org']);

/** Whether a URL is a government publication, looking through web-archive copies to the page archived. */
export function isGovernmentUrl(url: string | null): boolean {
  if (!url) return false;
  let host: string;
  let rest: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    rest = u.pathname + u.search;
  } catch {
    return false;
  }
  if (ARCHIVE_HOSTS.has(host)) {
    const archived = /\/\d{8,14}[a-z_]*\/(.+)$/.exec(rest)?.[1];
    if (!archived) return false;
    const inner = archived.replace(/^(https?):\/+/, '$1://');
    return isGovernmentUrl(/^https?:\/\//.test(inner) ? inner : `http://${inner}`);
  }
  return /\.(gov|mil)$/.test(host) || /\.gov\.[a-z]{2}$/.test(host) || /(^|\.)[a-z]{2}\.us$/.test(host);
}

export function completenessReport(bundle: SeedBundle, asOf: string): CompletenessReport {
  const jurisdictions = bundle.entities
    .filter((e) => e.kind === 'STATE' || e.kind === 'DISTRICT' || e.kind === 'TERRITORY')
    .sort((a, b) => (a.code ?? a.id).localeCompare(b.code ?? b.id));
  const kindOf = new Map(bundle.entities.map((e) => [e.id, e.kind]));
  const countyState = new Map(bundle.entities.filter((e) => e.kind === 'COUNTY').map((e) => [e.id, e.state]));

  // Regions a place belongs to on the day: a state's own regions and its counties' regions.
  const regionsOf = new Map<string, Set<string>>();
  for (const r of bundle.relationships) {
    if (r.type !== 'PART_OF' || kindOf.get(r.to) !== 'REGION' || !isValidAt(r, asOf)) continue;
    const state = kindOf.get(r.from) === 'COUNTY' ? countyState.get(r.from) : r.from;
    if (!state) continue;
    const set = regionsOf.get(state) ?? new Set<string>();
    set.add(r.to);
    regionsOf.set(state, set);
  }
  const rolesIn = new Map<string, Set<string>>();
  const addRole = (state: string, role: string) => {
    const set = rolesIn.get(state) ?? new Set<string>();
    set.add(role);
    rolesIn.set(state, set);
  };
  const statesOfRegion = new Map<string, string[]>();
  for (const [state, regions] of regionsOf) for (const r of regions) statesOfRegion.set(r, [...(statesOfRegion.get(r) ?? []), state]);
  for (const a of bundle.assignments) {
    if (!isValidAt(a, asOf)) continue;
    const j = a.jurisdiction;
    const kind = kindOf.get(j);
    if (j === 'nation:us') for (const s of jurisdictions) addRole(s.id, a.role);
    else if (kind === 'REGION') for (const s of statesOfRegion.get(j) ?? []) addRole(s, a.role);
    else if (kind === 'COUNTY') {
      const s = countyState.get(j);
      if (s) addRole(s, a.role);
    } else addRole(j, a.role);
  }

  const absent = new Set(bundle.absences.map((x) => `${x.state}|${x.column}`));
  for (const n of bundle.noManagedCare) absent.add(`${n.state}|managed-care`);
  const expansion = new Set(bundle.expansions.map((x) => x.state));
  const fmap = new Set(bundle.fmaps.map((f) => `${f.state}|${f.fiscalYear}`));

  const rows: CompletenessRow[] = [];
  const gaps: string[] = [];
  for (const j of jurisdictions) {
    const cells = {} as Record<CompletenessColumn, Cell>;
    for (const column of COMPLETENESS_COLUMNS) {
      let present: boolean;
      const role = ROLE_COLUMNS[column];
      if (role) present = rolesIn.get(j.id)?.has(role) ?? false;
      else if (column === 'expansion') present = expansion.has(j.id);
      else present = fmap.has(`${j.id}|${column.slice('fmap-'.length)}`);
      // The ACA adult expansion is a choice of the 50 states and DC; the territories' programs are built differently.
      const cell: Cell = present
        ? 'yes'
        : absent.has(`${j.id}|${column}`)
          ? 'absent'
          : column === 'expansion' && j.kind === 'TERRITORY'
            ? 'n/a'
            : 'GAP';
      cells[column] = cell;
      if (cell === 'GAP') gaps.push(`${j.id} ${column}`);
    }
    rows.push({ state: j.id, cells });
  }

  const sourceIsPrimary = new Map(bundle.sources.map((s) => [s.id, isGovernmentUrl(s.url)]));
  const factSources: string[][] = [
    ...bundle.entities.map((e) => e.sources),
    ...bundle.relationships.map((r) => r.sources),
    ...bundle.assignments.map((a) => a.sources),
    ...bundle.expansions.map((x) => x.sources),
    ...bundle.fmaps.map((f) => f.sources),
    ...bundle.noManagedCare.map((n) => n.sources),
    ...bundle.absences.map((x) => x.sources),
  ];
  const primarySourced = factSources.filter((list) => list.some((s) => sourceIsPrimary.get(s))).length;
  return { asOf, rows, gaps, facts: factSources.length, primarySourced };
}

/** The report as printable lines: a table with one row per jurisdiction and a legend. */
export function formatCompleteness(report: CompletenessReport): string[] {
  const mark: Record<Cell, string> = { yes: 'x', absent: '-', 'n/a': '.', GAP: '?' };
  const short = ['AB', 'DME', 'HHH', 'agcy', 'exp', 'F24', 'F25', 'F26', 'F27', 'SHIP', 'MC', 'QIO', 'MFCU', 'ins'];
  const lines = [`Completeness on ${report.asOf} (x = fact, - = recorded absence, . = not applicable, ? = gap):`];
  lines.push(`  ${'place'.padEnd(9)} ${short.map((s) => s.padStart(4)).join(' ')}`);
  for (const row of report.rows) {
    lines.push(`  ${row.state.padEnd(9)} ${COMPLETENESS_COLUMNS.map((c) => mark[row.cells[c]].padStart(4)).join(' ')}`);
  }
  const perColumn = COMPLETENESS_COLUMNS.map((c, i) => `${short[i]} ${report.rows.filter((r) => r.cells[c] === 'GAP').length}`);
  lines.push(`  gaps by column: ${perColumn.join(', ')}`);
  const pct = report.facts === 0 ? '-' : `${((100 * report.primarySourced) / report.facts).toFixed(1)}%`;
  lines.push(`Facts with a primary (government) source: ${report.primarySourced} of ${report.facts} (${pct})`);
  return lines;
}
