import { Hono } from 'hono';
import { parseDebrief } from '../../core/debrief/parse';
import { formatInZone } from '../../core/time/zone';
import { zoneOf } from '../../core/plan';
import type { Store, StoredInterview, UserId } from '../../store/types';
import { ApiError, notFound } from '../api-error';
import type { InterviewDoc, InterviewListItem } from '../api-types';
import { ACTION_LABELS } from '../../core/plan/labels';
import type { AppDeps, AppEnv } from '../env';
import { readBody, readJson } from '../http/json-body';
import { buildPlanView } from '../views/plan-view';
import { buildIcs } from '../../exports/ics';
import { actionStateBodySchema, actionTypeSchema, contactBodySchema, outcomeBodySchema } from '../schemas';
import { validate } from '../http/json-body';

function toDoc(i: StoredInterview): InterviewDoc {
  return { id: i.id, debrief: i.debrief, createdAt: i.createdAt, updatedAt: i.updatedAt };
}

/** Loads one of the signed-in person's interviews; someone else's is "not found", never "forbidden". */
export async function loadInterview(store: Store, userId: UserId, id: string): Promise<StoredInterview> {
  const found = await store.getInterview(userId, id);
  if (!found) throw notFound('interview');
  return found;
}

function parseDebriefBody(body: unknown) {
  const parsed = parseDebrief(body);
  if (!parsed.ok) throw ApiError.from(parsed.error);
  return parsed.value;
}

/**
 * Interviews: the list, one debrief (create, read, replace, delete), its plan and progress, the
 * contacts made, the outcome, and the plan as calendar reminders.
 *
 * @example
 * app.route('/api/interviews', createInterviewRoutes(deps));
 */
export function createInterviewRoutes(deps: AppDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const rows = await store.listInterviews(c.get('userId'));
    const items: InterviewListItem[] = rows.map((r) => ({
      id: r.id,
      company: r.company,
      role: r.role,
      interviewAt: r.interviewAt,
      outcome: r.outcome,
      nextAction: r.nextAction ? { ...r.nextAction, label: ACTION_LABELS[r.nextAction.type] } : null,
      updatedAt: r.updatedAt,
    }));
    return c.json({ interviews: items });
  });

  app.post('/', async (c) => {
    const debrief = parseDebriefBody(await readJson(c));
    const created = await store.createInterview(c.get('userId'), debrief);
    if (!created.ok) throw ApiError.from(created.error);
    c.header('Location', `/api/interviews/${created.value.id}`);
    return c.json(toDoc(created.value), 201);
  });

  app.get('/:id', async (c) => {
    return c.json(toDoc(await loadInterview(store, c.get('userId'), c.req.param('id'))));
  });

  app.put('/:id', async (c) => {
    const userId = c.get('userId');
    const id = c.req.param('id');
    const debrief = parseDebriefBody(await readJson(c));
    await loadInterview(store, userId, id);
    const updated = await store.updateDebrief(userId, id, debrief);
    if (!updated.ok) throw ApiError.from(updated.error);
    return c.json(toDoc(updated.value));
  });

  app.delete('/:id', async (c) => {
    const deleted = await store.deleteInterview(c.get('userId'), c.req.param('id'));
    if (!deleted.ok) throw ApiError.from(deleted.error);
    return c.body(null, 204);
  });

  app.get('/:id/plan', async (c) => {
    const userId = c.get('userId');
    const interview = await loadInterview(store, userId, c.req.param('id'));
    const progress = await store.getProgress(userId, interview.id);
    return c.json(buildPlanView(interview.id, interview.debrief, progress, deps.now()));
  });

  app.get('/:id/plan.ics', async (c) => {
    const userId = c.get('userId');
    const interview = await loadInterview(store, userId, c.req.param('id'));
    const progress = await store.getProgress(userId, interview.id);
    const view = buildPlanView(interview.id, interview.debrief, progress, deps.now());
    const ics = buildIcs({
      company: interview.debrief.company,
      role: interview.debrief.role,
      actions: view.actions.filter((a) => a.state === 'pending'),
      uidPrefix: `rebound-${interview.id}`,
    });
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="rebound-plan-${interview.id}.ics"`,
    });
  });

  app.post('/:id/actions/:type', async (c) => {
    const userId = c.get('userId');
    const id = c.req.param('id');
    const type = validate(c.req.param('type'), actionTypeSchema, 'action');
    const { state } = await readBody(c, actionStateBodySchema, 'action');
    await loadInterview(store, userId, id);
    const updated = await store.setActionState(userId, id, type, state, deps.now());
    if (!updated.ok) throw ApiError.from(updated.error);
    return c.json({ progress: updated.value });
  });

  app.post('/:id/contacts', async (c) => {
    const userId = c.get('userId');
    const id = c.req.param('id');
    const body = await readBody(c, contactBodySchema, 'contact');
    const interview = await loadInterview(store, userId, id);
    const at = body.at ?? formatInZone(deps.now().getTime(), zoneOf(interview.debrief));
    const updated = await store.addContact(userId, id, { ...body, at });
    if (!updated.ok) throw ApiError.from(updated.error);
    return c.json(toDoc(updated.value), 201);
  });

  app.put('/:id/outcome', async (c) => {
    const userId = c.get('userId');
    const id = c.req.param('id');
    const { outcome } = await readBody(c, outcomeBodySchema, 'outcome');
    await loadInterview(store, userId, id);
    const updated = await store.setOutcome(userId, id, outcome);
    if (!updated.ok) throw ApiError.from(updated.error);
    return c.json(toDoc(updated.value));
  });

  return app;
}
