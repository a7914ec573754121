import path from 'node:path';
import { Router } from 'express';

/**
 * GraphiQL served by Ponte itself from installed packages: the service's offices may have no internet access, and
 * Apollo's default landing page loads its code from a CDN.
 */
const packageFile = (name: string, file: string) =>
  path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ponte – GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/start.js"></script>
</body>
</html>`;

/**
 * `shouldPersistHeaders` keeps the headers tab (the Authorization token, Accept-Language) in the browser's
 * localStorage with the tabs and queries, so a reload does not sign the developer out. GraphiQL is not served in
 * production, and its storage is the browser's own, per origin.
 */
const START_SCRIPT = `
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultQuery = '# Welcome to Ponte. Try:\\n{\\n  beneficiaries(first: 5) {\\n    totalCount\\n    edges { node { givenName familyName caseStatus residence { name ambito { name } } } }\\n  }\\n}\\n';
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
  fetcher,
  defaultQuery,
  isHeadersEditorEnabled: true,
  shouldPersistHeaders: true,
}));
`;

export function graphiqlRouter(): Router {
  const router = Router();
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/graphiql/assets/start.js', (_req, res) => {
    res.type('application/javascript').send(START_SCRIPT);
  });
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/graphiql/assets/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  router.get('/', (_req, res) => res.redirect('/graphiql'));
  return router;
}
