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

function readCache(file) {
  try {
    return fs.readFileSync(`${file}.v8cache`);
  } catch {
    return undefined;
  }
}

const loadCjs = Module._extensions['.cjs'] || Module._extensions['.js'];
Module._extensions['.cjs'] = function loadWithCodeCache(module, filename) {
  if (path.dirname(filename) !== dist) return loadCjs(module, filename);
  const script = new vm.Script(Module.wrap(fs.readFileSync(filename, 'utf8')), {
    filename,
    cachedData: readCache(filename),
  });
  if (isWritingCache) compiled.push([filename, script]);
  const dirname = path.dirname(filename);
  const require = (id) => module.require(id);
  require.resolve = (request) => Module._resolveFilename(request, module);
  script.runInThisContext().call(module.exports, module.exports, require, module, filename, dirname);
};

if (isWritingCache) {
  // After the run, so each cache also holds the functions this command compiled lazily.
  process.once('exit', () => {
    for (const [file, script] of compiled) fs.writeFileSync(`${file}.v8cache`, script.createCachedData());
  });
}

require(path.join(dist, 'cli.cjs'));
