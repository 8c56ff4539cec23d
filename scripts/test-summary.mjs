// Prints one closing line, "N passed, N failed", for the unit suite (Vitest's JSON report) and the
// browser suite (node:test's TAP output), so a reader of the log sees the whole run at a glance.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const [vitestJson, e2eTap] = process.argv.slice(2);
if (vitestJson && existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (e2eTap && existsSync(e2eTap)) {
  const tap = readFileSync(e2eTap, 'utf8');
  passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
