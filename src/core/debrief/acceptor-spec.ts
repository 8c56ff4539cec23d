import * as rules from './field-rules';
import type { AcceptorSpec } from './render-acceptor';
import { debriefSchema, uniqueIds } from './schema';

/** What `npm run gen:debrief` turns into accept-debrief.generated.ts (see render-acceptor.ts). */
export const debriefAcceptorSpec: AcceptorSpec = {
  schema: debriefSchema,
  name: 'acceptDebrief',
  outputType: 'Debrief',
  typeFrom: './schema',
  command: 'scripts/gen-debrief-acceptor.mjs (`npm run gen:debrief`)',
  names: {
    from: './field-rules',
    functions: new Map<unknown, string>([
      [rules.trimText, 'trimText'],
      [rules.isIsoDateTimeWithOffset, 'isIsoDateTimeWithOffset'],
      [rules.isDateOrDateTime, 'isDateOrDateTime'],
      [rules.isKnownTimeZone, 'isKnownTimeZone'],
      [rules.canonicalTimeZone, 'canonicalTimeZone'],
    ]),
    checks: new Map<unknown, string>([[uniqueIds, 'hasUniqueIds']]),
  },
};
