import type { DashboardCountsQuery, DashboardMapQuery } from './gql/graphql.js';

/** How each layer colours a jurisdiction: pure functions of the map query's answer. */

export type MapJurisdiction = DashboardMapQuery['jurisdictions'][number];
export type JurisdictionCounts = DashboardCountsQuery['stats']['byJurisdiction'];

export const LAYERS = [
  { id: 'ab', label: 'A/B MAC jurisdiction' },
  { id: 'dme', label: 'DME MAC jurisdiction' },
  { id: 'hhh', label: 'Home health & hospice MAC' },
  { id: 'expansion', label: 'Medicaid expansion' },
  { id: 'fmap', label: 'FMAP (chosen fiscal year)' },
  { id: 'mco', label: 'Medicaid managed care plans' },
  { id: 'ship', label: 'SHIP' },
] as const;
export type LayerId = (typeof LAYERS)[number]['id'];

export interface Shade {
  key: string;
  color: string;
  /** What a reader hears or sees in the tooltip for this jurisdiction. */
  text: string;
}

export interface LegendEntry {
  key: string;
  color: string;
  label: string;
}

export interface LayerView {
  shades: Map<string, Shade>;
  legend: LegendEntry[];
}

export const NO_DATA = '#d0d0d0';
const CATEGORICAL = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#aec7e8',
  '#ffbb78',
  '#98df8a',
  '#c5b0d5',
  '#8c564b',
  '#17becf',
  '#bcbd22',
];
const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

const MAC_ROLE: Record<'ab' | 'dme' | 'hhh', string> = { ab: 'AB_MAC', dme: 'DME_MAC', hhh: 'HHH_MAC' };

/** The federal fiscal year a date falls in: FY2026 began on 2025-10-01. */
export function fiscalYearOf(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month >= 10 ? year + 1 : year;
}

/**
 * The fiscal year the FMAP layer opens on: the one the date falls in when it is loaded,
 * else the latest loaded year before it, else the earliest loaded; null when none is.
 */
export function defaultFiscalYear(jurisdictions: MapJurisdiction[], asOf: string): number | null {
  const years = [...new Set(jurisdictions.flatMap((j) => j.fmapRates.map((r) => r.fiscalYear)))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const fy = fiscalYearOf(asOf);
  const before = years.filter((y) => y <= fy);
  return before.length ? before.at(-1)! : years[0]!;
}

export function fmapFor(j: MapJurisdiction, fiscalYear: number): number | null {
  return j.fmapRates.find((r) => r.fiscalYear === fiscalYear)?.percent ?? null;
}

/**
 * The contractor region that serves the whole jurisdiction for a role: a region covering
 * all of it wins over one with a carve-out, then the smallest region id, so the choice is stable.
 */
export function macRegionOf(j: MapJurisdiction, role: string) {
  const candidates = j.medicareContractors
    .filter((a) => a.role === role && a.jurisdiction)
    .sort((a, b) => Number(b.coverage === 'FULL') - Number(a.coverage === 'FULL') || a.jurisdiction!.id.localeCompare(b.jurisdiction!.id));
  const pick = candidates[0];
  return pick ? { id: pick.jurisdiction!.id, name: pick.jurisdiction!.name, contractor: pick.administrator.name } : null;
}

function categorical(jurisdictions: MapJurisdiction[], role: string): LayerView {
  const shades = new Map<string, Shade>();
  const regions = new Map<string, { name: string; contractors: Set<string> }>();
  for (const j of jurisdictions) {
    const region = macRegionOf(j, role);
    if (!region) continue;
    const entry = regions.get(region.id) ?? { name: region.name, contractors: new Set<string>() };
    entry.contractors.add(region.contractor);
    regions.set(region.id, entry);
  }
  const ids = [...regions.keys()].sort();
  const colorOf = new Map(ids.map((id, i) => [id, CATEGORICAL[i % CATEGORICAL.length]!]));
  for (const j of jurisdictions) {
    const region = macRegionOf(j, role);
    shades.set(
      j.code,
      region
        ? { key: region.id, color: colorOf.get(region.id)!, text: `${j.name}: ${region.name} (${region.contractor})` }
        : { key: 'none', color: NO_DATA, text: `${j.name}: no contractor on record` },
    );
  }
  const legend = ids.map((id) => ({
    key: id,
    color: colorOf.get(id)!,
    label: `${regions.get(id)!.name} — ${[...regions.get(id)!.contractors].join(', ')}`,
  }));
  if ([...shades.values()].some((s) => s.key === 'none')) legend.push({ key: 'none', color: NO_DATA, label: 'No contractor on record' });
  return { shades, legend };
}

function expansion(jurisdictions: MapJurisdiction[], asOf: string): LayerView {
  const kinds = {
    effective: { color: '#1a9850', label: 'Adopted and in effect' },
    later: { color: '#a6d96a', label: 'Adopted, not yet in effect at this date' },
    no: { color: '#f46d43', label: 'Not adopted' },
    na: { color: NO_DATA, label: 'Not applicable or not recorded' },
  };
  const shades = new Map<string, Shade>();
  for (const j of jurisdictions) {
    const x = j.medicaidExpansion;
    let key: keyof typeof kinds = 'na';
    let text = `${j.name}: expansion not applicable or not recorded`;
    if (x && !x.adopted) {
      key = 'no';
      text = `${j.name}: not adopted`;
    } else if (x && x.adopted) {
      key = x.effective && x.effective > asOf ? 'later' : 'effective';
      text = `${j.name}: adopted${x.effective ? `, effective ${x.effective.slice(0, 4)}` : ''}`;
    }
    shades.set(j.code, { key, color: kinds[key].color, text });
  }
  const used = new Set([...shades.values()].map((s) => s.key));
  return {
    shades,
    legend: Object.entries(kinds)
      .filter(([k]) => used.has(k))
      .map(([key, v]) => ({ key, ...v })),
  };
}

/** Five equal-width bins over the values present; the legend names each bin's range. */
export function sequential(
  values: Map<string, number | null>,
  names: Map<string, string>,
  format: (v: number) => string,
  unit: string,
): LayerView {
  const present = [...values.values()].filter((v): v is number => v !== null);
  const shades = new Map<string, Shade>();
  if (present.length === 0) {
    for (const [code] of values) shades.set(code, { key: 'none', color: NO_DATA, text: `${names.get(code)}: not recorded` });
    return { shades, legend: [{ key: 'none', color: NO_DATA, label: 'Not recorded' }] };
  }
  const min = Math.min(...present);
  const max = Math.max(...present);
  const bins = SEQUENTIAL.length;
  const width = (max - min) / bins || 1;
  const binOf = (v: number) => Math.min(bins - 1, Math.floor((v - min) / width));
  for (const [code, v] of values) {
    shades.set(
      code,
      v === null
        ? { key: 'none', color: NO_DATA, text: `${names.get(code)}: not recorded` }
        : { key: `bin${binOf(v)}`, color: SEQUENTIAL[binOf(v)]!, text: `${names.get(code)}: ${format(v)}${unit}` },
    );
  }
  const legend: LegendEntry[] = SEQUENTIAL.map((color, i) => ({
    key: `bin${i}`,
    color,
    label: `${format(min + i * width)}–${format(i === bins - 1 ? max : min + (i + 1) * width)}${unit}`,
  }));
  if (present.length < values.size) legend.push({ key: 'none', color: NO_DATA, label: 'Not recorded' });
  return { shades, legend };
}

/** Null while the counts are still loading, so the layer shows "not recorded" rather than zero. */
export function managedCarePlans(j: MapJurisdiction, counts: JurisdictionCounts | null): number | null {
  if (!counts) return null;
  return counts.find((c) => c.id === j.id)?.byRole.find((r) => r.key === 'MEDICAID_MCO')?.count ?? 0;
}

export function layerView(
  layer: LayerId,
  jurisdictions: MapJurisdiction[],
  counts: JurisdictionCounts | null,
  asOf: string,
  fiscalYear: number,
): LayerView {
  const names = new Map(jurisdictions.map((j) => [j.code, j.name]));
  switch (layer) {
    case 'ab':
    case 'dme':
    case 'hhh':
      return categorical(jurisdictions, MAC_ROLE[layer]);
    case 'expansion':
      return expansion(jurisdictions, asOf);
    case 'fmap':
      return sequential(new Map(jurisdictions.map((j) => [j.code, fmapFor(j, fiscalYear)])), names, (v) => v.toFixed(1), '%');
    case 'mco':
      return sequential(
        new Map(jurisdictions.map((j) => [j.code, managedCarePlans(j, counts)])),
        names,
        (v) => String(Math.round(v)),
        ' plans',
      );
    case 'ship': {
      const shades = new Map<string, Shade>();
      for (const j of jurisdictions) {
        shades.set(
          j.code,
          j.ship
            ? { key: 'ship', color: '#6a51a3', text: `${j.name}: ${j.ship.name}` }
            : { key: 'none', color: NO_DATA, text: `${j.name}: no SHIP on record` },
        );
      }
      const legend = [{ key: 'ship', color: '#6a51a3', label: 'SHIP on record (name in the tooltip and panel)' }];
      if ([...shades.values()].some((s) => s.key === 'none')) legend.push({ key: 'none', color: NO_DATA, label: 'No SHIP on record' });
      return { shades, legend };
    }
  }
}
