// Builds what Rebound runs: the CLI as CommonJS bundles (fast start, no TypeScript at run time) — a
// main bundle, one per command, the store's query layer and the server's checker thread — with
// their V8 code caches, and, when present, the web app with Vite.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// One bundle per command (dist/cmd-NAME.cjs) beside a small main bundle (dist/cli.cjs), so a run
// loads and initializes only the code of the command it runs. The command list is the registry.
const registry = readFileSync(join(root, 'src/cli/commands/index.ts'), 'utf8');
const commandFiles = [
  ...new Set([...registry.matchAll(/import\('\.\/([\w-]+)'\)/g)].map((m) => m[1])),
].filter((f) => existsSync(join(root, 'src/cli/commands', `${f}.ts`)));

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // import() becomes a lazy require: bundles run through a V8 code cache (bin/rebound.js), where a
  // real dynamic import has no module loader to call.
  supported: { 'dynamic-import': false },
  // Heavy modules stay outside and are loaded only by the commands that need them. better-sqlite3's
  // JavaScript is bundled (its native addon is loaded by path, see src/store/sqlite/sqlite-file.ts):
  // unbundled, its files cost `rebound list` ~25 ms at start-up.
  external: ['pg', 'pg-native', 'nodemailer', '@inquirer/prompts', 'playwright-core', 'vite'],
  define: { __REBOUND_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  // Whitespace and syntax only: every run reads its bundles' whole text, even when the code cache
  // is accepted (cli.cjs 134 -> 62 KB, cmd-check.cjs 301 -> 257 KB). Names stay, so stack traces
  // and class names read as in the source.
  minifyWhitespace: true,
  minifySyntax: true,
};

/** Points the registry's lazy imports at the per-command bundles instead of inlining them. */
const commandsAsSeparateBundles = {
  name: 'commands-as-separate-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli', 'commands', 'index.ts'))
        ? { path: `./cmd-${args.path.slice(2)}.cjs`, external: true }
        : undefined,
    );
  },
};

/**
 * Commander loads `child_process` at start-up for executable subcommands, which Rebound never uses;
 * with it come net, dgram and the stream stack, ~4 ms of every run. Commander gets a stand-in that
 * loads the real module on first use.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'lazy-child-process', namespace: 'rebound-shim' }
        : undefined,
    );
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'rebound-shim' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * Commander requires `node:process`, which is not among the modules Node sets up at start, so it
 * would be compiled on every run to hand back the `process` global. It gets the global directly.
 */
const processAsGlobalForCommander = {
  name: 'process-as-global-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'process-global', namespace: 'rebound-shim' }
        : undefined,
    );
    b.onLoad({ filter: /^process-global$/, namespace: 'rebound-shim' }, () => ({
      contents: 'module.exports = process;',
      loader: 'js',
    }));
  },
};

/**
 * picocolors decides its default colours at load time by reading `process.stdout.isTTY`, which
 * loads Node's stream stack (~5 ms). Rebound only calls `createColors(io.isTTY)`, so the module
 * is given a `process` without streams to look at.
 */
const picocolorsWithoutStdout = {
  name: 'picocolors-without-stdout',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]picocolors[\\/]picocolors\.js$/ }, async (args) => ({
      contents: `var process = { env: {}, argv: [] };\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

/**
 * The store's query layer in its own bundle (src/store/query-layer.ts): the store loads these
 * modules with `import()` only when a command needs more than the raw list statements.
 */
const QUERY_LAYER_MODULES = new Set(
  ['sqlite/sqlite-backend', 'kysely-store', 'migrate', 'postgres/open-postgres'].map((m) =>
    join(root, 'src/store', `${m}.ts`),
  ),
);
const queryLayerAsOwnBundle = {
  name: 'query-layer-as-own-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'dynamic-import' && QUERY_LAYER_MODULES.has(`${join(args.resolveDir, args.path)}.ts`)
        ? { path: './store-query-layer.cjs', external: true }
        : undefined,
    );
  },
};

/**
 * zod, which names every problem of an invalid debrief, in its own bundle: the commands load it
 * with `import()` only when the generated validator has rejected a debrief (src/cli/input.ts), and
 * inlined it was a third of the text `rebound check` reads on every run.
 */
const DEBRIEF_PARSE = join(root, 'src/core/debrief/parse.ts');
const debriefParseAsOwnBundle = {
  name: 'debrief-parse-as-own-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'dynamic-import' && `${join(args.resolveDir, args.path)}.ts` === DEBRIEF_PARSE
        ? { path: './debrief-parse.cjs', external: true }
        : undefined,
    );
  },
};

// The checker's phrase index is generated from the phrase lists; regenerating it here means no
// bundle can ship an index made from other lists (the checker only checks it by source lengths).
execFileSync(process.execPath, [join(root, 'scripts/gen-rules-doc.mjs')], { stdio: 'ignore' });

await Promise.all([
  build({
    ...shared,
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: join(root, 'dist/cli.cjs'),
    plugins: [
      commandsAsSeparateBundles,
      lazyChildProcessForCommander,
      processAsGlobalForCommander,
      picocolorsWithoutStdout,
    ],
  }),
  build({
    ...shared,
    entryPoints: {
      ...Object.fromEntries(commandFiles.map((f) => [`cmd-${f}`, join(root, 'src/cli/commands', `${f}.ts`)])),
      'store-query-layer': join(root, 'src/store/query-layer.ts'),
      'check-thread': join(root, 'src/server/check-thread-main.ts'),
      'debrief-parse': DEBRIEF_PARSE,
    },
    outdir: join(root, 'dist'),
    outExtension: { '.js': '.cjs' },
    plugins: [
      lazyChildProcessForCommander,
      processAsGlobalForCommander,
      picocolorsWithoutStdout,
      queryLayerAsOwnBundle,
      debriefParseAsOwnBundle,
    ],
  }),
]);

// esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals
// (the phrase lists hold ’, é, €). One such character makes V8 read the whole bundle as a two-byte
// string: reading it, hashing it for the code cache and scanning it cost twice as much on every
// run. `\\uXXXX` means the same character in a regular expression (with or without the u flag),
// a string, a template or a comment. Columns on those few lines shift in the source maps.
for (const file of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.cjs'))) {
  const path = join(root, 'dist', file);
  const source = readFileSync(path, 'utf8');
  if (!/[^\t\n\r\x20-\x7e]/.test(source)) continue;
  const escaped = source.replace(/(\\?)([^\t\n\r\x20-\x7e])/g, (_, backslash, char) => {
    if (backslash) throw new Error(`${file}: an escaped non-ASCII character (${char}) cannot be rewritten`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(path, escaped);
}

// V8 code caches for bin/rebound.js, made by running representative commands (see bin/rebound.js).
// The last build's caches go first: V8 checks a cache against its source's length only, so a bundle
// that changed without changing length (a pattern's recorded length going from 138 to 148) would
// take the old cache in the first warm-up and run the old code, in the warm-up and ever after.
for (const file of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.v8cache'))) {
  rmSync(join(root, 'dist', file));
}
const warmupDir = mkdtempSync(join(tmpdir(), 'rebound-warmup-'));
const warmupDebrief = join(root, 'scripts/warmup-debrief.json');
// Each with the exit code it must end with: the flawed note has error findings, so exits 1.
const warmups = [
  [0, 'plan', '--json', '--now', '2026-05-05T12:00:00-04:00', warmupDebrief],
  [0, 'check', '--json', join(root, 'scripts/warmup-message.txt')],
  // A note with a finding of most rules, printed for a person: the clean note alone left the
  // finding and rendering paths to be compiled on every run that has something to report.
  [1, 'check', join(root, 'scripts/warmup-flawed-message.txt')],
  [0, 'draft', '--type', 'recovery-email', '--json', warmupDebrief],
  [0, 'new', '--from', warmupDebrief],
  [0, 'list'],
];
try {
  for (const [exitCode, ...args] of warmups) {
    const run = spawnSync(process.execPath, [join(root, 'bin/rebound.js'), ...args], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, REBOUND_WRITE_CODE_CACHE: '1', REBOUND_DATA_DIR: warmupDir, DATABASE_URL: '' },
    });
    if (run.status !== exitCode)
      throw new Error(`warm-up \`rebound ${args.join(' ')}\` exited ${run.status}`);
  }
} finally {
  rmSync(warmupDir, { recursive: true, force: true });
}

if (existsSync(join(root, 'vite.config.mts')) && process.env.REBOUND_SKIP_WEB !== '1') {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
