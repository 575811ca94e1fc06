import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testConfig, type TestServer } from '../helpers/testServer.js';

/**
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core (.ci/run
 * installs the package). Every request that leaves this host is aborted and counted.
 */
// A generous statement timeout: on a loaded machine the first, cold plans of the map query are slow.
let t: TestServer;
const OUTPUT = path.resolve('test-output/dashboard');
const CHROMIUM = '/usr/bin/chromium';

let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const offHost: string[] = [];

const shot = (name: string) => page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage: true });
const valueOf = (code: string) => page.locator(`[data-state="${code}"]`).getAttribute('data-value');
const legendText = () => page.locator('#legend').innerText();

async function chooseLayer(id: string) {
  await page.selectOption('#layer', id);
  await page.waitForSelector(`svg#map[data-layer="${id}"]`, { state: 'attached', timeout: 90_000 });
}

/** Waits for the map; on a timeout, says what the page's status line reported. */
async function waitForMap(asOf: string | null) {
  const selector = asOf ? `svg#map[data-ready="true"][data-as-of="${asOf}"]` : 'svg#map[data-ready="true"]';
  try {
    await page.waitForSelector(selector, { state: 'attached', timeout: 90_000 });
  } catch (error) {
    throw new Error(`map not ready (status: ${JSON.stringify(await page.locator('#status').innerText())}): ${String(error)}`, {
      cause: error,
    });
  }
}

async function waitForPanel() {
  await page.waitForSelector('#panel[data-loaded="true"]', { state: 'attached', timeout: 90_000 });
}

beforeAll(async () => {
  t = await startTestServer(testConfig({ QUERY_TIMEOUT_MS: '60000' }));
  mkdirSync(OUTPUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.setDefaultTimeout(90_000);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const host = new URL(t.url).host;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.host === host) return route.continue();
    offHost.push(url.href);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the dashboard in Chromium', { timeout: 240_000 }, () => {
  it('draws every jurisdiction the API knows, each with its USPS code', async () => {
    // Fix the date so the expectations below do not move with the calendar.
    await page.goto(`${t.url}/dashboard`);
    await waitForMap(null);
    await page.fill('#as-of', '2026-01-15');
    await page.dispatchEvent('#as-of', 'change');
    await waitForMap('2026-01-15');

    const { body } = await t.gql<{ jurisdictions: { code: string }[] }>('{ jurisdictions { code } }');
    const codes = body.data.jurisdictions.map((j) => j.code).sort();
    expect(codes).toHaveLength(56);
    const drawn = (await page
      .locator('path[data-state]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-state'), e.getAttribute('d')?.length ?? 0]))) as [string, number][];
    expect(drawn.map(([c]) => c).sort()).toEqual(codes);
    for (const [code, length] of drawn) expect(length, code).toBeGreaterThan(10);
    // The ZIP field is findable by its label.
    await expect(page.getByLabel('ZIP').count()).resolves.toBe(1);
    await shot('ab-mac-2026');
  });

  it('colours the A/B MAC layer by jurisdiction, with the contractor in the legend', async () => {
    await chooseLayer('ab');
    // JE is California, Nevada, Hawaii and the Pacific territories; JF holds Oregon.
    for (const code of ['CA', 'NV', 'HI', 'GU']) expect(await valueOf(code), code).toBe('region:mac-ab-je');
    expect(await valueOf('OR')).toBe('region:mac-ab-jf');
    expect(await legendText()).toMatch(/A\/B MAC Jurisdiction E — Noridian/);
    expect(await legendText()).toMatch(/A\/B MAC Jurisdiction J — Palmetto/);
  });

  it('switches every layer and paints every shape with a legend', async () => {
    const layers = await page.locator('#layer option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(layers).toEqual(['ab', 'dme', 'hhh', 'expansion', 'fmap', 'mco', 'ship']);
    for (const layer of layers) {
      await chooseLayer(layer);
      const fills = await page.locator('path[data-state]').evaluateAll((els) => els.map((e) => (e as SVGPathElement).style.fill));
      expect(
        fills.filter((f) => f === ''),
        layer,
      ).toEqual([]);
      expect(await page.locator('#legend li').count(), layer).toBeGreaterThan(0);
      await shot(`layer-${layer}`);
    }
    await chooseLayer('expansion');
    expect(await valueOf('CA')).toBe('effective');
    expect(await valueOf('TX')).toBe('no');
    await chooseLayer('dme');
    expect(await valueOf('CA')).toBe(await valueOf('WA'));
  });

  it('opens a panel for California with Noridian and DHCS, each fact with its sources', async () => {
    await page.click('[data-state="CA"]');
    await waitForPanel();
    const text = await page.locator('#panel').innerText();
    expect(text).toContain('California');
    expect(text).toContain('Noridian Healthcare Solutions');
    expect(text).toContain('California Department of Health Care Services');
    expect(text).toContain('Medicare contractors');
    expect(text).toContain('Oversight chain of each body');
    await page.waitForSelector('#panel[data-chains="loaded"]', { state: 'attached' });
    const noridianChain = await page.locator('#panel li.chain', { hasText: /^Noridian/ }).innerText();
    expect(noridianChain).toMatch(/Centers for Medicare & Medicaid Services.*United States Congress$/);
    const facts = page.locator('#panel li.fact');
    expect(await facts.count()).toBeGreaterThan(10);
    const withoutSource = await facts.evaluateAll((els) => els.filter((e) => !e.querySelector('ul.sources li')).length);
    expect(withoutSource).toBe(0);
    await shot('panel-california');
  });

  it('answers a ZIP at county level: 22201 (Arlington, VA) has JL / Novitas for Part B', async () => {
    await page.fill('#zip', '22201');
    await page.click('#zip-form button');
    await page.waitForFunction(() => document.getElementById('panel-title')?.textContent?.includes('ZIP 22201'));
    await waitForPanel();
    const text = await page.locator('#panel').innerText();
    expect(text).toMatch(/Novitas Solutions, Inc\.( \(contact: [^)]*\))? — A\/B MAC for Medicare Part B[^\n]*A\/B MAC Jurisdiction L/);
    // A body with a sourced website is shown with it, as a link that leaves the page only when followed.
    const novitas = page.locator('#panel li.fact', { hasText: /^Novitas Solutions, Inc\./ }).first();
    const links = novitas.locator('span.contact a');
    expect(await links.first().getAttribute('href')).toBe('https://www.novitas-solutions.com');
    // ...and with the page that gives it.
    expect(await links.count()).toBeGreaterThan(1);
    await shot('panel-zip-22201');
  });

  it('moves asOf to 2016-06-01: Alabama, Georgia and Tennessee were Cahaba then', async () => {
    await chooseLayer('ab');
    await page.fill('#as-of', '2016-06-01');
    await page.dispatchEvent('#as-of', 'change');
    await waitForMap('2016-06-01');
    for (const code of ['AL', 'GA', 'TN']) expect(await valueOf(code), code).toBe('region:mac-ab-jj');
    expect(await legendText()).toMatch(/A\/B MAC Jurisdiction J — Cahaba/);
    expect(await legendText()).not.toMatch(/A\/B MAC Jurisdiction J — Palmetto/);
    await waitForPanel();
    expect(await page.locator('#panel-title').innerText()).toContain('2016-06-01');
    await shot('ab-mac-2016');
  });

  it('logged no console error and sent nothing off this host', () => {
    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
  });
});
