/**
 * npm run bench:paint [-- --loads 7 --bolt-port 7751 --data-dir .bench-data/paint]
 *
 * How soon the dashboard shows its map, in Debian's Chromium (as the browser test uses):
 * the seeded embedded Neo4j, the API as `npm start` runs it, and `--loads` page loads after
 * one cold one. For each load: first contentful paint (the browser's own measure), the
 * shapes drawn (`svg#map[data-drawn]`) and the map coloured and ready (`data-ready="true"`),
 * in ms from navigation start. Medians of the warm loads; the cold load reported apart.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { parseConfig } from '../src/config.js';
import { createDriver } from '../src/db/database.js';
import { createMemoryLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { openBenchDatabase } from './database.js';
import { median } from './measure.js';

const { values: opts } = parseArgs({
  options: {
    loads: { type: 'string', default: '7' },
    'bolt-port': { type: 'string', default: '7751' },
    'data-dir': { type: 'string', default: '.bench-data/paint' },
  },
});

interface Load {
  firstContentfulPaint: number;
  shapesDrawn: number;
  mapReady: number;
}

async function main() {
  const db = await openBenchDatabase({ uri: null, boltPort: Number(opts['bolt-port']), dataDir: opts['data-dir'] });
  const config = parseConfig({ PORT: '0', NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, LOG_LEVEL: 'warn' });
  const driver = createDriver(db.uri, { user: 'neo4j', password: db.password });
  const server = await createServer({ config, driver, logger: createMemoryLogger() });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const loads: Load[] = [];
    for (let i = 0; i <= Number(opts.loads); i += 1) {
      // A fresh context per load: nothing cached in the browser, as for a new visitor.
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/dashboard`);
      await page.waitForSelector('svg#map[data-drawn]', { state: 'attached', timeout: 60_000 });
      const shapesDrawn = await page.evaluate(() => performance.now());
      await page.waitForSelector('svg#map[data-ready="true"]', { state: 'attached', timeout: 60_000 });
      const mapReady = await page.evaluate(() => performance.now());
      const firstContentfulPaint = await page.evaluate(
        () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN,
      );
      loads.push({ firstContentfulPaint, shapesDrawn, mapReady });
      await context.close();
    }
    const [cold, ...warm] = loads;
    const round = (n: number) => Math.round(n);
    const result = {
      cold: {
        firstContentfulPaint: round(cold!.firstContentfulPaint),
        shapesDrawn: round(cold!.shapesDrawn),
        mapReady: round(cold!.mapReady),
      },
      warmMedian: {
        firstContentfulPaint: round(median(warm.map((l) => l.firstContentfulPaint))),
        shapesDrawn: round(median(warm.map((l) => l.shapesDrawn))),
        mapReady: round(median(warm.map((l) => l.mapReady))),
      },
      warmLoads: warm.length,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.stop();
    await driver.close();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
