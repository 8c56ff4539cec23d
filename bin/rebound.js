#!/usr/bin/env node
'use strict';
// The `rebound` command. It runs the prebuilt CommonJS bundle (scripts/build.mjs) through a V8
// code cache made at build time, because start-up speed is a product goal: compiling the bundle
// from scratch costs a third of a bare Node start. Kept CommonJS: the ESM loader alone adds ~15 ms.
// When the cache is missing or made by another Node version, V8 rejects it and simply compiles.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = `${file}.v8cache`;
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(path.dirname(file));
if (process.env.REBOUND_WRITE_CODE_CACHE === '1') {
  // After the run, so the cache also holds the functions this command compiled lazily.
  process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
script
  .runInThisContext()
  .call(bundle.exports, bundle.exports, (id) => bundle.require(id), bundle, file, path.dirname(file));
