// The note checker in Chromium: (a) one checkMessage call per keystroke on a 450-word letter, on
// the same code the web app bundles; (b) in the real draft editor, keystroke to the next frame
// (checker + React render of the highlights), measured in the page.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../e2e/browser.mjs';
import { LETTER, LETTER_DEBRIEF } from './fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

export async function checkerBundle() {
  const out = await build({
    stdin: {
      contents: "import { checkMessage } from './src/core/check'; globalThis.checkMessage = checkMessage;",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** (a) checkMessage alone, per simulated keystroke (one character inserted each time). */
export async function measureCheckerCalls(context, keystrokes = 300) {
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>checker bench</title>');
  await page.addScriptTag({ content: await checkerBundle() });
  const samples = await page.evaluate(
    ({ letter, debrief, keystrokes }) => {
      const ctx = { kind: 'letter', purpose: 'recovery', context: null };
      for (let i = 0; i < 30; i++) globalThis.checkMessage(letter, ctx); // warm up the JIT
      const out = [];
      let text = letter;
      const at = letter.indexOf('Second,');
      for (let i = 0; i < keystrokes; i++) {
        text = text.slice(0, at + i) + 'abcdefghij '[i % 11] + text.slice(at + i);
        const t0 = performance.now();
        globalThis.checkMessage(text, ctx);
        out.push(performance.now() - t0);
      }
      void debrief;
      return out;
    },
    { letter: LETTER, debrief: LETTER_DEBRIEF, keystrokes },
  );
  await page.close();
  return stats(samples);
}

/** (b) In the real editor: keydown to the typed text shown, to the findings current, and to the next frame. */
export async function measureEditorKeystrokes(context, serverUrl, keystrokes = 80) {
  const created = await fetch(new URL('/api/interviews', serverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LETTER_DEBRIEF),
  });
  if (created.status !== 201) throw new Error(`could not create the bench interview: ${created.status}`);
  const { id } = await created.json();
  const page = await context.newPage();
  await page.goto(`${serverUrl}#/interviews/${id}/drafts/expansive-letter`);
  const editor = page.getByRole('textbox', { name: 'Message' });
  await editor.waitFor();
  await editor.fill(LETTER);
  await page.evaluate(() => {
    globalThis.__frame = [];
    globalThis.__echo = [];
    globalThis.__checked = [];
    let t0 = 0;
    document.addEventListener(
      'keydown',
      () => {
        t0 = performance.now();
        requestAnimationFrame(() => globalThis.__frame.push(performance.now() - t0));
      },
      true,
    );
    // React handles the input event at its root and renders the new text synchronously (a discrete
    // event); this listener on the document runs after it. offsetHeight adds the layout.
    document.addEventListener('input', () => {
      void document.body.offsetHeight;
      globalThis.__echo.push(performance.now() - t0);
    });
    // The checker's findings are rendered from a deferred copy of the text: the list says when they
    // are current again.
    const list = document.querySelector('ul.findings');
    new MutationObserver(() => {
      if (list.dataset.checked === 'current') {
        void document.body.offsetHeight;
        globalThis.__checked.push(performance.now() - t0);
      }
    }).observe(list, { attributes: true, attributeFilter: ['data-checked'] });
  });
  await editor.click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type('abcdefghij '[i % 11]);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  const { frame, echo, checked } = await page.evaluate(() => ({
    frame: globalThis.__frame,
    echo: globalThis.__echo,
    checked: globalThis.__checked,
  }));
  await page.close();
  return { echo: stats(echo.slice(10)), checked: stats(checked.slice(10)), frame: stats(frame.slice(10)) };
}

export async function measureCheckerInBrowser(serverUrl) {
  const browser = await launchBrowser();
  try {
    const calls = await measureCheckerCalls(browser.context);
    const editor = await measureEditorKeystrokes(browser.context, serverUrl);
    return { calls, editor };
  } finally {
    await browser.close();
  }
}
