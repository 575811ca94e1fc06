import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrations.js';
import { createLogger } from '../logger.js';
import { loadSeed } from './load.js';
import { todayIso } from '../domain/dates.js';
import { completenessReport, formatCompleteness } from './completeness.js';
import { coverageReport } from './report.js';
import type { SeedBundle } from './validate.js';

/** `npm run seed`: validate (done by the caller), connect, migrate, load, and optionally report. */
export async function runSeedCommand(bundle: SeedBundle, options: { report: boolean }): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'debug' ? 'debug' : 'warn');
  const database = await openDatabase(config, logger);
  try {
    await migrate(database.db);
    const started = Date.now();
    await loadSeed(database.db, bundle);
    console.log(`seed: loaded in ${Date.now() - started} ms`);
    if (options.report) {
      for (const line of await coverageReport(database.db.runner())) console.log(line);
      for (const line of formatCompleteness(completenessReport(bundle, todayIso()))) console.log(line);
    }
    return 0;
  } finally {
    await database.close();
  }
}
