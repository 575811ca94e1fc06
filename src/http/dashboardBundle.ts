import { build } from 'esbuild';
import path from 'node:path';
import { projectRoot } from '../projectRoot.js';

const DASHBOARD_DIR = path.join(projectRoot(), 'dashboard');

export interface DashboardBundle {
  js: string;
  ms: number;
}

/**
 * Bundles the dashboard in memory with esbuild (about a second), so `npm start` needs no
 * separate build step and the served script always matches the sources it was started with.
 */
export async function buildDashboardBundle(): Promise<DashboardBundle> {
  const started = performance.now();
  const result = await build({
    entryPoints: [path.join(DASHBOARD_DIR, 'src/main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return { js: result.outputFiles[0]!.text, ms: Math.round(performance.now() - started) };
}
