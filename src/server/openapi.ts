import * as z from 'zod/mini';
import { debriefSchema } from '../core/debrief/schema';
import { ACTION_TYPES, MESSAGE_TYPES } from '../core/plan/types';
import {
  actionStateBodySchema,
  answerBodySchema,
  checkBodySchema,
  contactBodySchema,
  credentialsSchema,
  draftBodySchema,
  errorBodySchema,
  lessonBodySchema,
  outcomeBodySchema,
} from './schemas';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, so the
 * documentation cannot drift from the behaviour. Paths are listed here by hand, once.
 */

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodMiniType, io: 'input' | 'output' = 'input'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function withProperty(schema: JsonSchema, name: string, value: JsonSchema): JsonSchema {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  return { ...schema, properties: { ...properties, [name]: value } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const ok = (description: string, schema: JsonSchema = { type: 'object' }) => ({
  description,
  content: json(schema),
});
const body = (name: string) => ({ required: true, content: json(ref(name)) });
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'The interview id',
};

const COMMON_ERRORS = {
  '400': error('Bad input: the issues name each bad field'),
  '401': error('Not signed in (multi-user mode)'),
  '403': error('Refused: sent from another site, or without the CSRF token'),
  '404': error('No such interview for this person'),
  '413': error('The request body is too large'),
  '429': error('Too many requests: wait and try again'),
};

type Operation = {
  summary: string;
  tags: string[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
};

function op(
  summary: string,
  tag: string,
  responses: Record<string, unknown>,
  extra: Partial<Operation> = {},
): Operation {
  return { summary, tags: [tag], ...extra, responses: { ...responses, ...COMMON_ERRORS } };
}

/**
 * Builds the document served at GET /api/openapi.json.
 *
 * @example
 * const doc = buildOpenApiDocument('0.1.0');
 * doc.paths['/api/interviews'].post.requestBody; // the debrief schema
 */
export function buildOpenApiDocument(version: string) {
  const typeParam = (name: string, values: readonly string[]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string', enum: [...values] },
  });
  const withId = (extra: Partial<Operation> = {}) => ({
    parameters: [idParam, ...(extra.parameters ?? [])],
    ...extra,
  });

  return {
    openapi: '3.1.0',
    info: {
      title: 'Rebound API',
      version,
      description:
        'Recover from a job interview that went badly. Every error answers with `{ error: { code, message, issues: [{ path, message }] } }`. In multi-user mode, sign in first and send the `x-csrf-token` header (from GET /api/session) with every change.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/session': {
        get: op('Who is signed in, the server mode and the CSRF token', 'auth', { '200': ok('The session') }),
      },
      '/api/auth/register': {
        post: op(
          'Create an account and sign in (multi-user mode)',
          'auth',
          { '201': ok('Signed in') },
          { requestBody: body('Credentials') },
        ),
      },
      '/api/auth/login': {
        post: op(
          'Sign in (multi-user mode)',
          'auth',
          { '200': ok('Signed in') },
          { requestBody: body('Credentials') },
        ),
      },
      '/api/auth/logout': { post: op('Sign out', 'auth', { '204': { description: 'Signed out' } }) },
      '/api/interviews': {
        get: op('The person’s interviews with the next due action', 'interviews', { '200': ok('The list') }),
        post: op(
          'Record a new interview from a debrief',
          'interviews',
          { '201': ok('Created', ref('Interview')) },
          { requestBody: body('Debrief') },
        ),
      },
      '/api/interviews/{id}': {
        get: op('One interview', 'interviews', { '200': ok('The interview', ref('Interview')) }, withId()),
        put: op(
          'Replace the debrief',
          'interviews',
          { '200': ok('Updated', ref('Interview')) },
          withId({ requestBody: body('Debrief') }),
        ),
        delete: op(
          'Delete an interview (lessons and answers stay)',
          'interviews',
          { '204': { description: 'Deleted' } },
          withId(),
        ),
      },
      '/api/interviews/{id}/plan': {
        get: op(
          'The reality check, self-assessment and plan with progress, at the server’s now',
          'plan',
          { '200': ok('The plan') },
          withId(),
        ),
      },
      '/api/interviews/{id}/plan.ics': {
        get: op(
          'The plan’s pending actions as calendar reminders',
          'plan',
          {
            '200': {
              description: 'An iCalendar file',
              content: { 'text/calendar': { schema: { type: 'string' } } },
            },
          },
          withId(),
        ),
      },
      '/api/interviews/{id}/actions/{type}': {
        post: op(
          'Mark an action done or skipped (null clears it)',
          'plan',
          { '200': ok('The progress') },
          withId({ parameters: [typeParam('type', ACTION_TYPES)], requestBody: body('ActionState') }),
        ),
      },
      '/api/interviews/{id}/contacts': {
        post: op(
          'Log a message sent or a call made',
          'plan',
          { '201': ok('Updated', ref('Interview')) },
          withId({ requestBody: body('Contact') }),
        ),
      },
      '/api/interviews/{id}/outcome': {
        put: op(
          'Record the outcome',
          'plan',
          { '200': ok('Updated', ref('Interview')) },
          withId({ requestBody: body('Outcome') }),
        ),
      },
      '/api/interviews/{id}/drafts': {
        get: op(
          'Drafts of every message the plan calls for',
          'drafts',
          { '200': ok('The drafts') },
          withId(),
        ),
      },
      '/api/interviews/{id}/drafts/{type}': {
        get: op(
          'One draft: the saved version, else the composed one',
          'drafts',
          { '200': ok('The draft') },
          withId({ parameters: [typeParam('type', MESSAGE_TYPES)] }),
        ),
        put: op(
          'Save the person’s version of a draft',
          'drafts',
          { '200': ok('The draft') },
          withId({ parameters: [typeParam('type', MESSAGE_TYPES)], requestBody: body('DraftEdit') }),
        ),
      },
      '/api/interviews/{id}/drafts/{type}.eml': {
        get: op(
          'The draft as an .eml file to open in a mail client',
          'drafts',
          {
            '200': {
              description: 'An RFC 5322 message',
              content: { 'message/rfc822': { schema: { type: 'string' } } },
            },
          },
          withId({ parameters: [typeParam('type', MESSAGE_TYPES)] }),
        ),
      },
      '/api/check': {
        post: op(
          'Check a message against the note checker’s rules',
          'check',
          { '200': ok('Findings and stats') },
          { requestBody: body('CheckRequest') },
        ),
      },
      '/api/journal': {
        get: op('Outcomes and patterns across interviews, lessons and answers', 'journal', {
          '200': ok('The journal'),
        }),
      },
      '/api/lessons': {
        get: op('Lessons, optionally of one interview (?interviewId=)', 'journal', {
          '200': ok('The lessons'),
        }),
        post: op('Keep a lesson', 'journal', { '201': ok('The lesson') }, { requestBody: body('Lesson') }),
      },
      '/api/answers': {
        get: op('The answer bank', 'journal', { '200': ok('The answers') }),
        post: op(
          'Add a rebuilt answer to the bank',
          'journal',
          { '201': ok('The answer') },
          { requestBody: body('Answer') },
        ),
      },
      '/api/export': {
        get: op('All of the person’s data as JSON', 'data', { '200': ok('The export file') }),
      },
      '/api/import': {
        post: op(
          'Import an export file: validated first, all or nothing',
          'data',
          { '200': ok('What was imported') },
          { requestBody: { required: true, content: json({ type: 'object' }) } },
        ),
      },
      '/api/openapi.json': {
        get: { summary: 'This document', tags: ['meta'], responses: { '200': ok('OpenAPI 3.1') } },
      },
    },
    components: {
      schemas: {
        Debrief: toSchema(debriefSchema, 'input'),
        Interview: {
          type: 'object',
          required: ['id', 'debrief', 'createdAt', 'updatedAt'],
          properties: {
            id: { type: 'string' },
            debrief: toSchema(debriefSchema, 'output'),
            createdAt: { type: 'string', format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
          },
        },
        Credentials: toSchema(credentialsSchema),
        ActionState: toSchema(actionStateBodySchema),
        Contact: toSchema(contactBodySchema),
        Outcome: toSchema(outcomeBodySchema),
        DraftEdit: toSchema(draftBodySchema),
        CheckRequest: withProperty(toSchema(checkBodySchema), 'context', {
          ...ref('Debrief'),
          description: 'The debrief, for personalization and whether an apology is warranted',
        }),
        Lesson: toSchema(lessonBodySchema),
        Answer: toSchema(answerBodySchema),
        Error: toSchema(errorBodySchema, 'output'),
      },
    },
  };
}
