import { Hono } from 'hono';
import { ApiError } from '../api-error';
import type { AppDeps, AppEnv } from '../env';
import { readBody } from '../http/json-body';
import { answerBodySchema, lessonBodySchema } from '../schemas';
import { buildJournalView } from '../views/journal-view';
import { loadInterview } from './interviews';

/**
 * The journal: lessons, the answer bank, and the patterns across interviews.
 *
 * @example
 * app.route('/api', createJournalRoutes(deps));
 */
export function createJournalRoutes(deps: AppDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();

  app.get('/journal', async (c) => {
    const userId = c.get('userId');
    const rows = await store.listInterviews(userId);
    const interviews = await Promise.all(rows.map((r) => store.getInterview(userId, r.id)));
    const debriefs = interviews.flatMap((i) => (i ? [i.debrief] : []));
    const [lessons, answers] = await Promise.all([store.listLessons(userId), store.listAnswers(userId)]);
    return c.json(buildJournalView(debriefs, lessons, answers));
  });

  app.get('/lessons', async (c) => {
    const interviewId = c.req.query('interviewId');
    return c.json({ lessons: await store.listLessons(c.get('userId'), interviewId || undefined) });
  });

  app.post('/lessons', async (c) => {
    const userId = c.get('userId');
    const body = await readBody(c, lessonBodySchema, 'lesson');
    if (body.interviewId) await loadInterview(store, userId, body.interviewId);
    const added = await store.addLesson(userId, { text: body.text, interviewId: body.interviewId ?? null });
    if (!added.ok) throw ApiError.from(added.error);
    return c.json(added.value, 201);
  });

  app.get('/answers', async (c) => c.json({ answers: await store.listAnswers(c.get('userId')) }));

  app.post('/answers', async (c) => {
    const userId = c.get('userId');
    const body = await readBody(c, answerBodySchema, 'answer');
    if (body.interviewId) await loadInterview(store, userId, body.interviewId);
    const added = await store.addAnswer(userId, {
      question: body.question,
      answer: body.answer,
      evidence: body.evidence || null,
      interviewId: body.interviewId ?? null,
    });
    if (!added.ok) throw ApiError.from(added.error);
    return c.json(added.value, 201);
  });

  return app;
}
