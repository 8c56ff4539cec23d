import { Hono } from 'hono';
import { composeDraft } from '../../core/draft';
import { DRAFT_SHAPES } from '../../core/draft/types';
import { buildPlan, type MessageType } from '../../core/plan';
import type { Debrief } from '../../core/debrief/schema';
import type { StoredDraft } from '../../store/types';
import { ApiError } from '../api-error';
import type { DraftView } from '../api-types';
import type { AppDeps, AppEnv } from '../env';
import { buildEml } from '../../exports/eml';
import { readBody, validate } from '../http/json-body';
import { draftBodySchema, messageTypeSchema } from '../schemas';
import { isMessageType } from '../views/plan-view';
import { loadInterview } from './interviews';

function toDraftView(debrief: Debrief, type: MessageType, saved: StoredDraft | null): DraftView {
  const composed = composeDraft(debrief, type);
  const shape = DRAFT_SHAPES[type];
  return {
    type,
    kind: shape.kind,
    purpose: shape.purpose,
    subject: saved ? saved.subject : composed.subject,
    text: saved ? saved.text : composed.text,
    composed: { subject: composed.subject, text: composed.text },
    saved,
    to: debrief.interviewer.email ?? null,
  };
}

function fileNameOf(debrief: Debrief, type: MessageType): string {
  const slug = `${debrief.company}-${type}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'message'}.eml`;
}

/**
 * Drafts of the messages the plan calls for: composed from the debrief, replaced by the person's own
 * edits once saved, and exported as an `.eml` file.
 *
 * @example
 * app.route('/api/interviews', createDraftRoutes(deps));
 */
export function createDraftRoutes(deps: AppDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();

  app.get('/:id/drafts', async (c) => {
    const userId = c.get('userId');
    const interview = await loadInterview(store, userId, c.req.param('id'));
    const saved = await store.getDrafts(userId, interview.id);
    const inPlan = buildPlan(interview.debrief, deps.now())
      .actions.map((a) => a.type)
      .filter(isMessageType);
    // Saved drafts stay reachable even when the plan has moved on (a message already sent).
    const types = [...new Set<MessageType>([...inPlan, ...saved.map((d) => d.type)])];
    const drafts = types.map((t) =>
      toDraftView(interview.debrief, t, saved.find((d) => d.type === t) ?? null),
    );
    return c.json({ drafts });
  });

  app.get('/:id/drafts/:name', async (c) => {
    const userId = c.get('userId');
    const name = c.req.param('name');
    const isEml = name.endsWith('.eml');
    const type = validate(isEml ? name.slice(0, -'.eml'.length) : name, messageTypeSchema, 'draft');
    const interview = await loadInterview(store, userId, c.req.param('id'));
    const saved = (await store.getDrafts(userId, interview.id)).find((d) => d.type === type) ?? null;
    const view = toDraftView(interview.debrief, type, saved);
    if (!isEml) return c.json(view);
    const d = interview.debrief;
    const eml = await buildEml({
      to: d.interviewer,
      from: d.candidate
        ? {
            ...(d.candidate.name ? { name: d.candidate.name } : {}),
            ...(d.candidate.email ? { email: d.candidate.email } : {}),
          }
        : undefined,
      subject: view.subject ?? `${d.role}: following up`,
      text: view.text,
      date: deps.now(),
    });
    return c.body(eml, 200, {
      'Content-Type': 'message/rfc822',
      'Content-Disposition': `attachment; filename="${fileNameOf(d, type)}"`,
    });
  });

  app.put('/:id/drafts/:type', async (c) => {
    const userId = c.get('userId');
    const type = validate(c.req.param('type'), messageTypeSchema, 'draft');
    const body = await readBody(c, draftBodySchema, 'draft');
    const interview = await loadInterview(store, userId, c.req.param('id'));
    const subject = DRAFT_SHAPES[type].kind === 'email' ? (body.subject ?? '') : null;
    const saved = await store.saveDraft(userId, interview.id, type, body.text, subject);
    if (!saved.ok) throw ApiError.from(saved.error);
    return c.json(toDraftView(interview.debrief, type, saved.value));
  });

  return app;
}
