import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The built `rebound` command, as a person runs it. */
export const BUILT_BIN = join(root, 'bin', 'rebound.js');

/** How long building may take before a test's set-up gives up. */
export const BUILD_TIMEOUT_MS = 240_000;

/**
 * Builds dist/ unless it is there, for tests that run the real process (`npm test` builds first;
 * this covers running one test file on a fresh clone).
 *
 * @example
 * beforeAll(ensureBuilt, BUILD_TIMEOUT_MS);
 */
export function ensureBuilt(): void {
  if (existsSync(join(root, 'dist', 'cli.cjs'))) return;
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    env: { ...process.env, REBOUND_SKIP_WEB: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the build failed: ${built.stderr}`);
}
