import { parentPort } from 'node:worker_threads';
import { answerChecks } from './check-threads';

// The entry of a checker thread (built to dist/check-thread.cjs): the checker and the message
// loop, nothing of the server, the store or the CLI.
if (parentPort) answerChecks(parentPort);
