import { geoAlbersUsaTerritories } from 'd3-composite-projections';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LayerView } from './layers.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 975;
const HEIGHT = 610;

export interface MapHandle {
  /** Number of jurisdiction shapes drawn. */
  drawn: number;
  paint(view: LayerView): void;
  select(code: string | null): void;
}

/**
 * Draws the 56 jurisdictions of us-atlas with the Albers USA projection that keeps the
 * territories (insets for AK, HI, PR, VI, GU, MP, AS), joined to the API by FIPS code.
 */
export function drawMap(
  svg: SVGSVGElement,
  topology: Topology<{ states: GeometryCollection<{ name: string }> }>,
  codeByFips: ReadonlyMap<string, string>,
  onPick: (code: string) => void,
): MapHandle {
  const states = feature(topology, topology.objects.states);
  const projection = geoAlbersUsaTerritories();
  projection.fitSize([WIDTH, HEIGHT], states);
  const path = geoPath(projection);
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.replaceChildren();

  const shapes = document.createElementNS(SVG_NS, 'g');
  const byCode = new Map<string, SVGPathElement>();
  for (const f of states.features) {
    const code = codeByFips.get(String(f.id));
    if (!code) continue;
    const el = document.createElementNS(SVG_NS, 'path');
    el.setAttribute('d', path(f) ?? '');
    el.setAttribute('data-state', code);
    el.setAttribute('data-fips', String(f.id));
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('class', 'state');
    const title = document.createElementNS(SVG_NS, 'title');
    el.append(title);
    el.addEventListener('click', () => onPick(code));
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onPick(code);
      }
    });
    shapes.append(el);
    byCode.set(code, el);
  }
  const borders = document.createElementNS(SVG_NS, 'path');
  borders.setAttribute('class', 'borders');
  borders.setAttribute('d', path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? '');
  const frames = document.createElementNS(SVG_NS, 'path');
  frames.setAttribute('class', 'insets');
  frames.setAttribute('d', projection.getCompositionBorders());
  svg.append(shapes, borders, frames);

  return {
    drawn: byCode.size,
    paint(view) {
      for (const [code, el] of byCode) {
        const shade = view.shades.get(code);
        el.style.fill = shade?.color ?? '';
        el.setAttribute('data-value', shade?.key ?? '');
        el.setAttribute('aria-label', shade?.text ?? code);
        el.firstElementChild!.textContent = shade?.text ?? code;
      }
    },
    select(code) {
      for (const [c, el] of byCode) el.classList.toggle('selected', c === code);
    },
  };
}
