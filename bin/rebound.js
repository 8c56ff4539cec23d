#!/usr/bin/env node
'use strict';
// The `rebound` command. It runs the prebuilt CommonJS bundles in dist/ (scripts/build.mjs): a
// small main bundle plus one bundle per command, so a run loads only the code of its command.
// Each bundle is compiled through a V8 code cache made at build time, because start-up speed is a
// product goal and compiling from scratch costs a third of a bare Node start. Kept CommonJS: the
// ESM loader alone adds ~15 ms. A missing or rejected cache (another Node version) only costs the
// compile time.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// The loader's own class, not require('node:module'): that public module drags in the ESM loader.
const Module = module.constructor;

const dist = path.join(__dirname, '..', 'dist');
const isWritingCache = process.env.REBOUND_WRITE_CODE_CACHE === '1';
const compiled = [];
const bundles = new Map();

function readCache(file) {
  try {
    return fs.readFileSync(`${file}.v8cache`);
  } catch {
    return undefined;
  }
}

/**
 * Loads a bundle of dist/ by its known path. The bundles name each other only as `./NAME.cjs`, so
 * Node's resolution (stat calls, realpath, package scope lookups: ~1 ms per bundle) is skipped.
 */
function loadBundle(name) {
  const filename = path.join(dist, name);
  const loaded = bundles.get(filename);
  if (loaded) return loaded.exports;
  const bundle = new Module(filename, module);
  bundle.filename = filename;
  bundle.paths = Module._nodeModulePaths(dist);
  bundles.set(filename, bundle);
  // Read as Latin-1: the build leaves only ASCII in the bundles, and decoding ~260 KB as UTF-8
  // cost ~1 ms more on every run.
  const script = new vm.Script(Module.wrap(fs.readFileSync(filename).toString('latin1')), {
    filename,
    cachedData: readCache(filename),
  });
  if (isWritingCache) compiled.push([filename, script]);
  const require = (id) => (id.startsWith('./') ? loadBundle(id.slice(2)) : bundle.require(id));
  require.resolve = (request) => Module._resolveFilename(request, bundle);
  script.runInThisContext().call(bundle.exports, bundle.exports, require, bundle, filename, dist);
  bundle.loaded = true;
  return bundle.exports;
}

if (isWritingCache) {
  // After the run, so each cache also holds the functions this command compiled lazily.
  process.once('exit', () => {
    for (const [file, script] of compiled) fs.writeFileSync(`${file}.v8cache`, script.createCachedData());
  });
}

loadBundle('cli.cjs');
