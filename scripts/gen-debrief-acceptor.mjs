// Writes src/core/debrief/accept-debrief.generated.ts: the debrief schema as a plain function, so
// the CLI accepts a valid debrief without building zod (see src/core/debrief/render-acceptor.ts).
// The TypeScript is bundled on the fly with esbuild, so no build step or TS runtime is needed.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  stdin: {
    contents: [
      "export { renderAcceptor } from './src/core/debrief/render-acceptor';",
      "export { debriefAcceptorSpec } from './src/core/debrief/acceptor-spec';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { renderAcceptor, debriefAcceptorSpec } = await import(url);
const file = join(root, 'src/core/debrief/accept-debrief.generated.ts');
writeFileSync(file, renderAcceptor(debriefAcceptorSpec));
console.log(`wrote ${file}`);
