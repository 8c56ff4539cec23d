// Writes src/core/debrief/accept-debrief.generated.ts: the debrief schema as a plain function, so
// the CLI accepts a valid debrief without building zod (see src/core/debrief/render-acceptor.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, root } from './lib/import-ts.mjs';

const { renderAcceptor, debriefAcceptorSpec } = await importTs(
  'src/core/debrief/render-acceptor.ts',
  'src/core/debrief/acceptor-spec.ts',
);
const file = join(root, 'src/core/debrief/accept-debrief.generated.ts');
writeFileSync(file, renderAcceptor(debriefAcceptorSpec));
console.log(`wrote ${file}`);
