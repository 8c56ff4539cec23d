// Builds what Rebound runs: the CLI as one CommonJS bundle (fast start, no TypeScript at run time)
// and, when present, the web app with Vite.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'dist/cli.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // Native and heavy modules stay outside the bundle and are loaded only by the commands that need them.
  // better-sqlite3's JavaScript is bundled (its native addon is loaded by path, see
  // src/store/sqlite/sqlite-file.ts): unbundled, its files cost `rebound list` ~25 ms at start-up.
  external: ['pg', 'pg-native', 'nodemailer', '@inquirer/prompts', 'playwright-core', 'vite'],
  define: { __REBOUND_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});

// A V8 code cache for bin/rebound.js, made by running one representative command (see bin/rebound.js).
execFileSync(
  process.execPath,
  [
    join(root, 'bin/rebound.js'),
    'plan',
    '--json',
    '--now',
    '2026-05-05T12:00:00-04:00',
    join(root, 'scripts/warmup-debrief.json'),
  ],
  { cwd: root, stdio: 'ignore', env: { ...process.env, REBOUND_WRITE_CODE_CACHE: '1' } },
);

if (existsSync(join(root, 'vite.config.ts')) && process.env.REBOUND_SKIP_WEB !== '1') {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
