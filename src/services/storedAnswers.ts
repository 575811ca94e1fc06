import type { QueryRunner } from '../db/database.js';
import { bumpDataVersion, storeAnswerPeriods } from '../db/repositories/dataVersionRepository.js';
import { todayIso, type Period } from '../domain/dates.js';
import { storeOversightChains } from './storedChains.js';
import { storeStatePages } from './storedPages.js';

/** How many answers a store step stamped, and the period around its day over which they hold. */
export interface StoredAnswers {
  count: number;
  period: Period;
}

/**
 * Stores, for data version `version`, the answers readers seek instead of working them out:
 * every oversight chain and every jurisdiction's contractor list on `today`, with the periods
 * they hold for on the version node.
 */
export async function storeAnswers(run: QueryRunner, version: number, today: string): Promise<{ chains: number; pages: number }> {
  const chains = await storeOversightChains(run, version, today);
  const pages = await storeStatePages(run, version, today);
  await storeAnswerPeriods(run, { chains: chains.period, pages: pages.period });
  return { chains: chains.count, pages: pages.count };
}

/**
 * What every write (the seed, each import) ends with: the data version bumped, so every API
 * instance drops its cached answers, and the stored answers for the new version.
 */
export async function newDataVersion(run: QueryRunner): Promise<number> {
  const version = await bumpDataVersion(run);
  await storeAnswers(run, version, todayIso());
  return version;
}
