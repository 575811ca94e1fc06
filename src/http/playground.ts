import { createRequire } from 'node:module';
import path from 'node:path';
import type { Router } from 'express';
import express from 'express';

const require = createRequire(import.meta.url);

/** Files of the GraphiQL bundle and its React, served from node_modules so the page works offline. */
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'react.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.js': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

export const EXAMPLE_QUERY = `# Oversight Graph: who administers what, for whom, and where.
# Press the play button. More examples are in the README ("Questions you can ask").

# Who processes Medicare Part B claims in New York today?
query PartBClaimsInNewYork {
  whoAdministers(program: "program:medicare-part-b", state: "NY", function: CLAIMS_PROCESSING) {
    role
    administrator { name }
    jurisdiction { id name }
    validFrom
    sources { title url }
  }
}

# Who runs Medicaid in Texas, and did Texas expand it?
query TexasMedicaid {
  jurisdiction(code: "TX") {
    name
    medicaidAgency { name }
    medicaidPrograms { name }
    medicaidExpansion { adopted effective }
    fmap(fiscalYear: 2025)
  }
}

# From a Medicare contractor up to the top of authority.
query ChainOfAuthority {
  oversightChain(id: "org:noridian") { relation entity { id name } }
}

# Typo-tolerant search.
query Search {
  search(text: "Noridan", first: 5) { edges { node { id name kind } } }
}
`;

export function playgroundHtml(): string {
  // Only same-origin URLs: the page must work with no internet access.
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Oversight Graph — GraphQL playground</title>
  <link rel="icon" href="/playground/favicon.svg" type="image/svg+xml" />
  <link rel="stylesheet" href="/playground/graphiql.css" />
  <style>body { margin: 0; height: 100vh; display: flex; flex-direction: column; } #graphiql { flex: 1; min-height: 0; }
    nav { font: 13px system-ui, sans-serif; padding: 4px 10px; background: #f3f5f8; }</style>
</head>
<body>
  <nav>Oversight Graph — GraphQL playground · <a href="/dashboard">Map dashboard</a></nav>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
      defaultEditorToolbarTabs: 'variables',
    }));
  </script>
</body>
</html>`;
}

export function playgroundRouter(): Router {
  const router = express.Router();
  const html = playgroundHtml();
  router.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(html);
  });
  router.get('/playground/:file', (req, res, next) => {
    // Own keys only: a name like "constructor" must not reach the object's prototype.
    const file = Object.hasOwn(ASSETS, req.params.file) ? ASSETS[req.params.file] : undefined;
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
