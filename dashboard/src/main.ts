import type { GeometryCollection, Topology } from 'topojson-specification';
import { execute } from './api.js';
import type { DashboardMapQuery } from './gql/graphql.js';
import type { JurisdictionCounts } from './layers.js';
import { defaultFiscalYear, fiscalYearOf, LAYERS, layerView, type LayerId } from './layers.js';
import { drawMap, type MapHandle } from './map.js';
import { STATE_CODES_BY_FIPS } from './stateCodes.js';
import { groupPanel, renderChain, renderMedicaidFacts, renderSections, type PanelAssignment } from './panel.js';
import { DashboardCountsQuery, DashboardMapQuery as MapDoc, OversightChainQuery, StatePanelQuery, ZipPanelQuery } from './queries.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const state = {
  asOf: new Date().toISOString().slice(0, 10),
  /** Null until the first answer says which fiscal years are loaded. */
  fiscalYear: null as number | null,
  layer: 'ab' as LayerId,
  data: null as DashboardMapQuery | null,
  counts: null as JurisdictionCounts | null,
  selection: null as { kind: 'state'; code: string } | { kind: 'zip'; zip: string } | null,
  /** Answers arriving out of order must not overwrite newer ones. */
  panelRequest: 0,
  mapRequest: 0,
};

let map: MapHandle | null = null;

function status(message: string): void {
  $('status').textContent = message;
}

function renderLegend(): void {
  if (!state.data || !map) return;
  const view = layerView(state.layer, state.data.jurisdictions, state.counts, state.asOf, state.fiscalYear ?? fiscalYearOf(state.asOf));
  map.paint(view);
  const legend = $('legend');
  legend.replaceChildren(
    ...view.legend.map((entry) => {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = entry.color;
      li.append(swatch, entry.label);
      li.dataset.key = entry.key;
      return li;
    }),
  );
  $('map').setAttribute('data-layer', state.layer);
}

/**
 * Fetches the map's layers for the current date; resolves once they are painted, with a
 * promise for the second stage (the per-jurisdiction counts), after which the map is ready.
 */
async function loadMapData(): Promise<{ counts: Promise<void> }> {
  const request = ++state.mapRequest;
  $('map').setAttribute('data-ready', 'false');
  const countsRequest = execute(DashboardCountsQuery, { asOf: state.asOf });
  // Without a handler here, a failure would surface as an unhandled rejection before it is awaited.
  countsRequest.catch(() => {});
  const data = await execute(MapDoc, { asOf: state.asOf });
  if (request !== state.mapRequest) return { counts: Promise.resolve() };
  state.data = data;
  state.counts = null;
  if (state.fiscalYear === null) {
    state.fiscalYear = defaultFiscalYear(data.jurisdictions, state.asOf) ?? fiscalYearOf(state.asOf);
    $<HTMLInputElement>('fiscal-year').value = String(state.fiscalYear);
  }
  renderLegend();
  const counts = countsRequest.then((answer) => {
    if (request !== state.mapRequest) return;
    state.counts = answer.stats.byJurisdiction;
    renderLegend();
    $('map').setAttribute('data-as-of', state.asOf);
    // On the first load the shapes may not be drawn yet; start() marks the map ready then.
    if (map) $('map').setAttribute('data-ready', 'true');
  });
  return { counts };
}

/** Chains load a few at a time and appear as they arrive, so the panel itself is never held up. */
async function showChains(assignments: PanelAssignment[], into: HTMLElement, request: number): Promise<void> {
  const admins = [...new Map(assignments.map((a) => [a.administrator.id, a.administrator.name]))];
  const list = document.createElement('ul');
  list.className = 'facts';
  const items = admins.map(([, name]) => {
    const li = document.createElement('li');
    li.textContent = `${name}: loading…`;
    return li;
  });
  list.append(...items);
  into.replaceChildren(Object.assign(document.createElement('h3'), { textContent: 'Oversight chain of each body' }), list);
  let next = 0;
  const worker = async () => {
    while (next < admins.length && request === state.panelRequest) {
      const index = next++;
      const [id, name] = admins[index]!;
      const steps = (await execute(OversightChainQuery, { id, asOf: state.asOf })).oversightChain;
      if (request === state.panelRequest) items[index]!.replaceWith(renderChain(name, steps));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function loadPanel(): Promise<void> {
  const selection = state.selection;
  if (!selection) return;
  const request = ++state.panelRequest;
  const panel = $('panel');
  panel.hidden = false;
  panel.setAttribute('data-loaded', 'false');
  const body = $('panel-body');
  body.replaceChildren('Loading…');
  let title: string;
  let medicare: PanelAssignment[];
  let medicaid: PanelAssignment[];
  let facts: HTMLElement | null = null;
  if (selection.kind === 'state') {
    const data = await execute(StatePanelQuery, { code: selection.code, asOf: state.asOf });
    if (request !== state.panelRequest) return;
    title = data.jurisdiction?.name ?? selection.code;
    medicare = data.medicare;
    medicaid = data.medicaid;
    if (data.jurisdiction) facts = renderMedicaidFacts(data.jurisdiction, state.fiscalYear ?? fiscalYearOf(state.asOf));
    map?.select(selection.code);
  } else {
    const data = await execute(ZipPanelQuery, { zip: selection.zip, asOf: state.asOf });
    if (request !== state.panelRequest) return;
    medicare = data.medicare;
    medicaid = data.medicaid;
    const stateOf = medicaid.find((a) => a.role === 'MEDICAID_AGENCY')?.jurisdiction;
    title = `ZIP ${selection.zip}${stateOf ? ` (${stateOf.name})` : ''}`;
    map?.select(stateOf ? stateOf.id.replace(/^state:/, '') : null);
  }
  $('panel-title').textContent = `${title} — as of ${state.asOf}`;
  const chains = document.createElement('section');
  chains.textContent = 'Loading oversight chains…';
  body.replaceChildren(renderSections(groupPanel(medicare, medicaid)), ...(facts ? [facts] : []), chains);
  panel.setAttribute('data-loaded', 'true');
  panel.setAttribute('data-chains', 'loading');
  await showChains([...medicare, ...medicaid], chains, request);
  if (request === state.panelRequest) panel.setAttribute('data-chains', 'loaded');
}

/** A busy server may time out on a cold start; the map's own load is tried again twice before giving up. */
async function retrying<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (error) {
      if (i >= attempts) throw error;
      status(`Retrying (${error instanceof Error ? error.message : String(error)})…`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * i));
    }
  }
}

function guard(work: Promise<void>): void {
  status('');
  work.catch((error: unknown) => status(`Could not load: ${error instanceof Error ? error.message : String(error)}`));
}

async function start(): Promise<void> {
  const layerSelect = $<HTMLSelectElement>('layer');
  layerSelect.replaceChildren(...LAYERS.map((l) => Object.assign(document.createElement('option'), { value: l.id, textContent: l.label })));
  const asOfInput = $<HTMLInputElement>('as-of');
  asOfInput.value = state.asOf;
  const fyInput = $<HTMLInputElement>('fiscal-year');

  layerSelect.addEventListener('change', () => {
    state.layer = layerSelect.value as LayerId;
    renderLegend();
  });
  asOfInput.addEventListener('change', () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfInput.value)) return;
    state.asOf = asOfInput.value;
    state.fiscalYear = null;
    guard(Promise.all([loadMapData().then((stage) => stage.counts), loadPanel()]).then(() => {}));
  });
  fyInput.addEventListener('change', () => {
    const fy = Number(fyInput.value);
    if (!Number.isInteger(fy) || fy < 1966 || fy > 2100) return;
    state.fiscalYear = fy;
    renderLegend();
  });
  $<HTMLFormElement>('zip-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const zip = $<HTMLInputElement>('zip').value.trim();
    if (!/^\d{5}$/.test(zip)) {
      status('A ZIP is five digits, e.g. 22201.');
      return;
    }
    state.selection = { kind: 'zip', zip };
    guard(loadPanel());
  });
  $('panel-close').addEventListener('click', () => {
    state.selection = null;
    state.panelRequest++;
    $('panel').hidden = true;
    map?.select(null);
  });

  // The facts are asked for at once, but the shapes do not wait for them: the map is drawn
  // as soon as its geometry arrives and coloured when the answer comes.
  const data = retrying(loadMapData);
  data.catch(() => {});
  const topology = await fetch('/dashboard/states-10m.json').then(
    (r) => r.json() as Promise<Topology<{ states: GeometryCollection<{ name: string }> }>>,
  );
  map = drawMap($<SVGSVGElement & HTMLElement>('map'), topology, STATE_CODES_BY_FIPS, (code) => {
    state.selection = { kind: 'state', code };
    guard(loadPanel());
  });
  $('map').setAttribute('data-drawn', String(map.drawn));
  const stage = await data;
  status('');
  renderLegend();
  await stage.counts;
  $('map').setAttribute('data-ready', 'true');
}

guard(start());
