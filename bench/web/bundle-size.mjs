// The web app's initial download: the JS and CSS that index.html loads, raw and gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @returns {{ files: { file: string, raw: number, gzip: number }[], jsGzip: number, cssGzip: number }} */
export function measureBundle(webDir) {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const files = refs.map((file) => {
    const bytes = readFileSync(join(webDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (ext) => files.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzip, 0);
  return { files, jsGzip: sum('.js'), cssGzip: sum('.css') };
}
