import { createRequire } from 'node:module';
import path from 'node:path';
import type { Router } from 'express';
import express from 'express';
import type { Logger } from '../logger.js';
import { buildDashboardBundle, type DashboardBundle } from './dashboardBundle.js';

const require = createRequire(import.meta.url);
/** us-atlas's states, DC and the five territories, served from node_modules so the page works offline. */
const ATLAS = path.join(path.dirname(require.resolve('us-atlas/package.json')), 'states-10m.json');

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; }
  header { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: end; padding: 10px 16px; background: #f3f5f8; border-bottom: 1px solid #d8dde3; }
  header h1 { font-size: 18px; margin: 0 12px 0 0; }
  header label { display: flex; flex-direction: column; font-size: 12px; color: #444; }
  header input, header select, header button { font: inherit; padding: 3px 6px; }
  main { display: flex; gap: 16px; padding: 12px 16px; align-items: flex-start; }
  #map-box { flex: 1 1 620px; min-width: 0; max-width: 980px; }
  svg#map { width: 100%; height: auto; display: block; }
  path.state { fill: #d0d0d0; stroke: none; cursor: pointer; }
  path.state:hover, path.state:focus { opacity: .8; outline: none; }
  path.state.selected { stroke: #111; stroke-width: 2; }
  path.borders { fill: none; stroke: #fff; stroke-width: .8; pointer-events: none; }
  path.insets { fill: none; stroke: #999; stroke-width: 1; pointer-events: none; }
  #legend { list-style: none; padding: 0; margin: 8px 0; columns: 2; font-size: 12px; }
  #legend li { margin: 2px 0; break-inside: avoid; }
  .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; border: 1px solid #0002; }
  #panel { flex: 0 1 460px; max-height: calc(100vh - 90px); overflow: auto; border: 1px solid #d8dde3; padding: 8px 12px; border-radius: 4px; }
  #panel h2 { font-size: 16px; margin: 4px 0; }
  #panel h3 { font-size: 14px; margin: 12px 0 4px; border-bottom: 1px solid #eee; }
  #panel h4 { font-size: 12px; margin: 8px 0 2px; color: #555; }
  ul.facts { padding-left: 16px; margin: 2px 0; }
  li.fact { margin: 4px 0; }
  ul.sources { padding-left: 14px; font-size: 11px; margin: 2px 0; }
  #status { color: #a00; min-height: 1em; }
`;

export function dashboardHtml(): string {
  // Only same-origin URLs, and a data: icon so the browser does not ask for /favicon.ico.
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Oversight Graph — who administers what, where</title>
  <link rel="icon" href="data:," />
  <style>${STYLE}</style>
</head>
<body>
  <header>
    <h1>Who administers Medicare and Medicaid, where</h1>
    <label>Layer <select id="layer"></select></label>
    <label>As of <input id="as-of" type="date" min="1966-07-01" max="2100-12-31" /></label>
    <label>FMAP fiscal year <input id="fiscal-year" type="number" min="1966" max="2100" step="1" /></label>
    <form id="zip-form"><label>ZIP <input id="zip" name="zip" inputmode="numeric" pattern="[0-9]{5}" placeholder="ZIP" maxlength="5" size="7" /></label> <button type="submit">Look up</button></form>
    <a href="/">GraphQL playground</a>
  </header>
  <p id="status" role="status"></p>
  <main>
    <div id="map-box">
      <svg id="map" role="group" aria-label="Map of the states, DC and the territories" data-ready="false"></svg>
      <ul id="legend" aria-label="Legend"></ul>
    </div>
    <aside id="panel" hidden aria-live="polite">
      <button id="panel-close" type="button" aria-label="Close">×</button>
      <h2 id="panel-title"></h2>
      <div id="panel-body"></div>
    </aside>
  </main>
  <script type="module" src="/dashboard/app.js"></script>
</body>
</html>`;
}

/**
 * GET /dashboard: the reference dashboard, built on the public GraphQL API. The bundle is
 * built when the router is created, so it is ready by the time the first page asks for it.
 */
export function dashboardRouter(logger: Logger): Router {
  const router = express.Router();
  const html = dashboardHtml();
  let bundle: Promise<DashboardBundle> | null = null;
  const getBundle = () => {
    bundle ??= buildDashboardBundle().then(
      (b) => {
        logger.info('dashboard bundle built', { ms: b.ms, bytes: b.js.length });
        return b;
      },
      (error) => {
        bundle = null;
        throw error;
      },
    );
    return bundle;
  };
  getBundle().catch((error) => logger.error('dashboard bundle failed', { error: error instanceof Error ? error.message : String(error) }));

  router.get('/dashboard', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(html);
  });
  router.get('/dashboard/app.js', async (_req, res, next) => {
    try {
      const { js } = await getBundle();
      res.type('text/javascript').set('Cache-Control', 'no-cache').send(js);
    } catch (error) {
      next(error);
    }
  });
  router.get('/dashboard/states-10m.json', (_req, res) => {
    res.sendFile(ATLAS, { maxAge: '1d' });
  });
  return router;
}
