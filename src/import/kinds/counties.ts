import { createRequire } from 'node:module';
import { cypher, type QueryRunner } from '../../db/database.js';
import type { ImportContext, ImportKind } from '../kind.js';

/**
 * Every US county and equivalent (parishes, boroughs, census areas, independent cities,
 * territories' municipios and districts) from the us-atlas package, which redistributes the
 * Census Bureau's cartographic boundary files (2017 edition). The package carries the
 * 5-digit FIPS code and the bare name ("Arlington", not "Arlington County"), so names are
 * "<name>, <state>" rather than a guessed suffix.
 */

interface TopoFile {
  objects: Record<string, { geometries: { id: string; properties: { name: string } }[] }>;
}

const require = createRequire(import.meta.url);
const PACKAGE = 'us-atlas/counties-10m.json';
const VERSION = (require('us-atlas/package.json') as { version: string }).version;

export interface CountyRecord {
  id: string;
  fips: string;
  stateFips: string;
  name: string;
  shortName: string;
}

const HEADER = ['FIPS', 'Name', 'State FIPS', 'State Name'] as const;

export const MERGE_COUNTIES = cypher(
  'import.counties.merge',
  `UNWIND $rows AS row
   MATCH (s:Entity) WHERE s.id STARTS WITH 'state:' AND s.fips = row.stateFips
   MERGE (c:Entity {id: row.id})
   ON CREATE SET c.origin = 'import:counties'
   // A county the seed curates keeps its name, description and sources; the import fills in only new ones.
   WITH c, s, row WHERE c.origin = 'import:counties'
   SET c.kind = 'COUNTY', c.name = row.name, c.aliases = [row.shortName], c.aliasText = ' | ' + row.shortName,
       c.code = row.fips, c.fips = row.fips, c.stateId = s.id, c.confidence = 'VERIFIED', c.sources = [$sourceId]
   MERGE (c)-[r:PART_OF {key: 'import:counties|' + row.id}]->(s)
   SET r.sources = [$sourceId], r.confidence = 'VERIFIED', r.origin = 'import:counties'
   RETURN count(c) AS written`,
);

export const counties: ImportKind<CountyRecord> = {
  name: 'counties',
  changesPlaces: true,
  description: 'every US county and equivalent as county:NNNNN, PART_OF its state (data shipped in the us-atlas package)',
  requiredColumns: HEADER,
  source: {
    title: `U.S. Census Bureau cartographic boundary files, counties, 2017 edition (us-atlas ${VERSION})`,
    publisher: 'U.S. Census Bureau',
    url: 'https://www.census.gov/geographies/mapping-files/time-series/geo/carto-boundary-file.html',
  },
  batchSize: 1000,
  builtin() {
    const topo = require(PACKAGE) as TopoFile;
    const states = new Map(
      (require('us-atlas/states-10m.json') as TopoFile).objects.states!.geometries.map((g) => [g.id, g.properties.name]),
    );
    const rows = topo.objects.counties!.geometries.map((g) => [
      g.id,
      g.properties.name,
      g.id.slice(0, 2),
      states.get(g.id.slice(0, 2)) ?? '',
    ]);
    rows.sort((a, b) => a[0]!.localeCompare(b[0]!));
    return { fileName: `us-atlas-${VERSION}-counties-10m.json`, path: require.resolve(PACKAGE), header: HEADER, rows };
  },
  parse(row) {
    const fips = row.get('FIPS');
    if (!/^\d{5}$/.test(fips)) return { ok: false, reason: `malformed county FIPS code ${JSON.stringify(fips)}` };
    const name = row.get('Name');
    const state = row.get('State Name');
    if (!name || !state) return { ok: false, reason: `county ${fips} has no name or no state` };
    return {
      ok: true,
      record: { id: `county:${fips}`, fips, stateFips: row.get('State FIPS'), name: `${name}, ${state}`, shortName: name },
    };
  },
  async writeBatch(tx: QueryRunner, records, ctx: ImportContext) {
    const [r] = await tx.write<{ written: number }>(MERGE_COUNTIES, { rows: records, sourceId: ctx.sourceId });
    return r?.written ?? 0;
  },
};
