#!/usr/bin/env node
// The `rebound` command: runs the prebuilt CommonJS bundle (see scripts/build.mjs).
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../dist/cli.cjs');
