// End-to-end tests in a real Chromium against the real `rebound serve` (built by scripts/test.sh).
// Run: node e2e/run.mjs   (needs dist/ from `npm run build` and Chromium: scripts/setup/chromium.sh)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { startRebound } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shots = join(root, 'test-results/e2e');
mkdirSync(shots, { recursive: true });

if (!existsSync(join(root, 'dist/web/index.html')) || !existsSync(join(root, 'dist/cli.cjs'))) {
  throw new Error('Build first: node scripts/build.mjs');
}

let server;
let browser;
/** Pages opened by the tests, so a failure can leave a screenshot of where it happened. */
const pages = [];

before(async () => {
  server = await startRebound();
  browser = await launchBrowser();
});

afterEach(async (t) => {
  const open = pages.filter((p) => !p.isClosed());
  if (t.passed === false || open.length) {
    for (const [i, p] of open.entries())
      await shot(p, `failed-${t.name.slice(0, 40).replace(/\W+/g, '-')}-${i}`).catch(() => {});
  }
  for (const p of open) await p.close().catch(() => {});
  pages.length = 0;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage() {
  const page = await browser.context.newPage();
  pages.push(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  return { page, problems };
}

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The wall-clock date and time `hoursAgo` hours ago in New York, as the form's inputs want them. */
function newYorkLocal(hoursAgo) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/New_York',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(Date.now() - hoursAgo * 3600_000))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

async function readDownload(download) {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('a new user walks the whole journey: debrief, reality check, plan, draft, exports, rejection, feedback', async () => {
  const { page, problems } = await newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { name: /Rough interview/ }).waitFor();
  await shot(page, '01-home');

  // Debrief, step 1: the interview.
  await page.getByRole('link', { name: 'I just had an interview' }).click();
  await page.getByRole('heading', { name: 'The interview' }).waitFor();
  const when = newYorkLocal(3);
  await page.getByLabel('Company').fill('Harbor Lane Foods');
  await page.getByLabel('Role', { exact: true }).fill('Supply Planner');
  await page.getByLabel('Interviewer’s name').fill('Priya Natarajan');
  await page.getByLabel('Their email (optional)').fill('priya@harborlane.example');
  await page.getByLabel('Their phone (optional)').fill('+1 555 0142');
  await page.getByLabel('Date of the interview').fill(when.date);
  await page.getByLabel('Start time').fill(when.time);
  await page.getByLabel('Your time zone').selectOption('America/New_York');
  await page.getByLabel('Your name (to sign your messages)').fill('Jordan Ellis');
  await shot(page, '02-debrief-interview');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 2: what went wrong, entirely by keyboard-reachable controls.
  await page.getByRole('heading', { name: 'What went wrong' }).waitFor();
  await page.getByRole('button', { name: 'Add a moment' }).click();
  await page.getByLabel('What kind of moment').selectOption('blank-answer');
  await page.getByLabel('What happened (optional)').fill('could not recall the forecast I rebuilt');
  await page.getByRole('group', { name: 'How serious was it?' }).getByLabel('Major').check();
  await page.getByRole('group', { name: 'Did the interviewer notice?' }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Add a moment' }).click();
  const second = page.getByRole('group', { name: 'Moment 2' });
  await second.getByLabel('What kind of moment').selectOption('nerves');
  await second.getByLabel('What happened (optional)').fill('spoke quickly at the start');
  await second.getByRole('group', { name: 'How serious was it?' }).getByLabel('Minor').check();
  await second.getByRole('group', { name: 'Did the interviewer notice?' }).getByLabel('Not sure').check();
  await shot(page, '03-debrief-mishaps');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 3: what went right.
  await page.getByRole('heading', { name: 'What went right' }).waitFor();
  await page.getByLabel('Something that went well (1)').fill('a clear walkthrough of the supplier scorecard');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 4: the better answer and its proof.
  await page.getByRole('heading', { name: 'What you wish you had said' }).waitFor();
  await page.getByRole('button', { name: 'Add a point' }).click();
  await page.getByLabel('The question').fill('Tell us about a forecast you improved');
  await page
    .getByLabel('What you wish you had said')
    .fill('I rebuilt the weekly demand forecast for chilled goods');
  await page.getByLabel('The proof').fill('waste fell 18% in two quarters');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 5: where you stand.
  await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
  await page.getByRole('group', { name: 'Do you still want this job?' }).getByLabel('Yes').check();
  await page.getByRole('group', { name: /fit/ }).getByLabel('A good fit').check();
  await page
    .getByRole('group', { name: /tell them you want/ })
    .getByLabel('Yes, clearly')
    .check();
  await shot(page, '04-debrief-stand');
  await page.getByRole('button', { name: 'Save and see the reality check' }).click();

  // Reality check: the blank answer is worth addressing; the nerves are best left alone.
  await page.getByRole('heading', { name: 'Was it really as bad as it felt?' }).waitFor();
  const address = page.getByRole('region', { name: 'Worth addressing' });
  const leave = page.getByRole('region', { name: 'Best left alone' });
  assert.match(await address.innerText(), /Went blank on a question/);
  assert.match(await leave.innerText(), /Nerves showed/);
  assert.match(await page.locator('.self').innerText(), /Did I answer their questions effectively\?\s*No\./);
  await shot(page, '05-reality-check');

  // Plan: a timeline with due times and the 24-hour window.
  await page.getByRole('link', { name: 'See your plan' }).click();
  await page.getByRole('heading', { name: 'What to do, and by when' }).waitFor();
  const timeline = page.getByRole('list', { name: 'Plan' });
  const planText = await timeline.innerText();
  assert.match(planText, /Cool off/);
  assert.match(planText, /Send the recovery email/);
  assert.match(await page.locator('.window').innerText(), /24-hour window|ideal 24-hour window has passed/);
  await page.getByRole('button', { name: 'Mark done: Cool off' }).click();
  await page.getByText('Cool off: marked done.').waitFor();
  await shot(page, '06-plan');

  // Draft editor: the checker runs in the browser as the person types.
  const recovery = page.getByRole('listitem').filter({ hasText: 'Send the recovery email' });
  await recovery.getByRole('link', { name: 'Open the draft' }).click();
  await page.getByRole('heading', { name: 'Recovery email' }).waitFor();
  const editor = page.getByRole('textbox', { name: 'Message' });
  const summary = page.locator('.check-summary');
  const original = await editor.inputValue();
  assert.match(original, /Priya/);
  assert.doesNotMatch(await summary.innerText(), /\d+ things? to fix/, 'the composed draft has no error');
  await editor.press('Control+Home');
  await editor.pressSequentially('Sorry, I totally bombed it. ', { delay: 5 });
  await page.locator('mark.hl--error').first().waitFor();
  assert.match(await summary.innerText(), /\d+ things? to fix/);
  await shot(page, '07-draft-with-findings');
  // Fix it with one click per finding until the checker shows no error. The checker runs again after
  // each edit, so each click waits for the list to shrink instead of reading a summary not yet redrawn.
  const errors = page.locator('.finding--error');
  for (let i = 0, left = await errors.count(); i < 5 && left > 0; i++) {
    await errors.getByRole('button', { name: 'Remove this sentence' }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.finding--error').length < n, left);
    left = await errors.count();
  }
  await page.waitForFunction(
    () => !/\d+ things? to fix/.test(document.querySelector('.check-summary')?.textContent ?? ''),
  );
  assert.doesNotMatch(await summary.innerText(), /\d+ things? to fix/);
  assert.equal(await page.locator('mark.hl--error').count(), 0);
  await page.getByText('All changes saved.').waitFor();
  await shot(page, '08-draft-clean');

  // Exports: the .eml and the .ics download.
  const [eml] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .eml' }).click(),
  ]);
  assert.match(eml.suggestedFilename(), /\.eml$/);
  const emlText = await readDownload(eml);
  assert.match(emlText, /^Subject: /m);
  assert.match(emlText, /^To: Priya Natarajan <priya@harborlane.example>/m);
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add reminders (.ics)' }).click(),
  ]);
  assert.match(ics.suggestedFilename(), /\.ics$/);
  const icsText = await readDownload(ics);
  assert.match(icsText, /BEGIN:VCALENDAR/);
  assert.match(icsText, /BEGIN:VALARM/);
  await page.getByRole('button', { name: 'I sent it' }).click();
  await page.getByText('Logged. The plan now gives them room to reply.').waitFor();

  // Outcome: a rejection turns the plan into a feedback request.
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByRole('link', { name: 'Heard back? Record the outcome' }).click();
  await page.getByRole('heading', { name: 'Outcome and lessons' }).waitFor();
  await page.getByLabel('Not selected this time').check();
  await page.getByRole('button', { name: 'Save the outcome' }).click();
  await page.getByText(/feedback request/).waitFor();
  await page.getByLabel('A lesson for next time').fill('Bring two numbers for every project I mention.');
  await page.getByRole('button', { name: 'Keep this lesson' }).click();
  await page.getByText('Lesson kept.').waitFor();
  await page.getByRole('button', { name: 'Add to the answer bank' }).click();
  await page.getByText('In your answer bank').waitFor();
  await shot(page, '09-outcome');
  await page.getByRole('link', { name: 'See the plan' }).click();
  await page.getByRole('heading', { name: 'What to do, and by when' }).waitFor();
  assert.match(await page.getByRole('list', { name: 'Plan' }).innerText(), /Ask for feedback/);
  await shot(page, '10-plan-after-rejection');

  // The journal shows the outcome, the lesson and the rebuilt answer.
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('heading', { name: 'What your interviews are teaching you' }).waitFor();
  const journal = await page.locator('main').innerText();
  assert.match(journal, /Bring two numbers/);
  assert.match(journal, /Tell us about a forecast you improved/);
  assert.equal((await page.locator('svg[role=img]').count()) >= 1, true);
  await shot(page, '11-journal');

  // Home lists the interview with what is due next.
  await page.getByRole('link', { name: 'Interviews' }).click();
  const card = page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first();
  await card.waitFor();
  assert.match(
    await card.innerText(),
    /Supply Planner at Harbor Lane Foods[\s\S]*Not this time[\s\S]*Next: Ask for feedback/,
  );
  await shot(page, '11b-home-with-interview');

  assert.deepEqual(problems, []);
  await page.close();
});

test('bad input in a form shows the error next to the field it belongs to', async () => {
  const { page } = await newPage();
  await page.goto(`${server.url}#/new`);
  await page.getByRole('heading', { name: 'The interview' }).waitFor();
  await page.getByLabel('Role', { exact: true }).fill('Supply Planner');
  await page.getByLabel('Interviewer’s name').fill('Priya Natarajan');
  await page.getByLabel('Their email (optional)').fill('not-an-email');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const companyError = page.locator('#f-company-error');
  await companyError.waitFor();
  assert.match(await companyError.innerText(), /company/i);
  assert.match(await page.locator('#f-interviewer-email-error').innerText(), /email address/);
  assert.match(await page.locator('#f-interviewAt-error').innerText(), /date and the start time/);
  assert.equal(await page.getByLabel('Company').getAttribute('aria-invalid'), 'true');
  // Keyboard users land on the first field that needs another look.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-company');
  assert.equal(await page.getByLabel('Company').getAttribute('aria-describedby'), 'f-company-error');
  await shot(page, '12-form-errors');
  // Nothing was stored.
  const list = await (await fetch(new URL('/api/interviews', server.url))).json();
  assert.deepEqual(
    list.interviews.filter((i) => i.role === 'Supply Planner' && i.company === ''),
    [],
  );
  await page.close();
});

test('the API answers bad JSON with 400 and a JSON error body', async () => {
  const res = await fetch(new URL('/api/interviews', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"company": "Harbor Lane",',
  });
  assert.equal(res.status, 400);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = await res.json();
  assert.equal(body.error.code, 'input/not-json');
  assert.ok(Array.isArray(body.error.issues));
});

test('the OpenAPI document is served and the app works without any outside network', async () => {
  const { page } = await newPage();
  const outside = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      outside.push(r.url());
  });
  await page.goto(server.url);
  await page.getByRole('heading', { name: /Rough interview/ }).waitFor();
  const doc = await page.evaluate(async () => (await fetch('/api/openapi.json')).json());
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(outside, []);
  await page.close();
});

test('in multi-user mode each person signs in and sees only their own interviews', async () => {
  const hosted = await startRebound({ REBOUND_MODE: 'multi-user' });
  const { page, problems } = await newPage();
  try {
    const signUp = async (email) => {
      await page.goto(hosted.url);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByRole('button', { name: 'Create an account instead' }).click();
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('a long enough passphrase');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: /Rough interview/ }).waitFor();
    };

    await signUp('ana@example.com');
    await page.getByRole('link', { name: 'I just had an interview' }).click();
    await page.getByLabel('Company').fill('Harbor Lane Foods');
    await page.getByLabel('Role', { exact: true }).fill('Supply Planner');
    await page.getByLabel('Interviewer’s name').fill('Priya Natarajan');
    await page.getByLabel('Date of the interview').fill('2026-11-20');
    await page.getByLabel('Start time').fill('10:00');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'What went wrong' }).waitFor();
    const anasInterview = /#\/interviews\/([^/]+)\//.exec(page.url())[1];
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(page, '13-sign-in');

    await signUp('ben@example.com');
    // The list loads after sign-in: wait for its empty state instead of reading "Loading…".
    await page.getByText(/Nothing here yet/).waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /Harbor Lane Foods/);
    await page.goto(`${hosted.url}#/interviews/${anasInterview}/plan`);
    await page.getByText('We could not find that interview').waitFor();
    assert.deepEqual(
      problems.filter((p) => !/404/.test(p)),
      [],
    );
  } finally {
    await page.close();
    await hosted.stop();
  }
});

test('the pages fit a phone screen without sideways scrolling', async () => {
  const { page } = await newPage();
  await page.setViewportSize({ width: 375, height: 740 });
  const created = await fetch(new URL('/api/interviews', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      company: 'Larkspur Outfitters',
      role: 'Inventory Analyst',
      interviewer: { name: 'Ngozi Okafor', email: 'n.okafor@larkspur.example' },
      interviewAt: '2026-11-20T10:00:00-05:00',
      wantJob: 'yes',
      mishaps: [{ id: 'm1', kind: 'weak-answer', severity: 'major', noticed: 'yes' }],
    }),
  });
  const { id } = await created.json();
  for (const [name, hash] of [
    ['home', '#/'],
    ['wizard', `#/interviews/${id}/debrief/2`],
    ['plan', `#/interviews/${id}/plan`],
    ['drafts', `#/interviews/${id}/drafts`],
    ['journal', '#/journal'],
  ]) {
    await page.goto(`${server.url}${hash}`);
    await page.locator('main h1').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px`);
    if (name === 'drafts') await shot(page, '14-phone-draft');
  }
  await page.close();
});
