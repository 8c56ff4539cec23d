/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import committed from '../../../docs/rules.md?raw';
import { RULES } from './registry';
import { renderRulesDoc } from './rules-doc';

describe('docs/rules.md', () => {
  it('matches the rule registry (run `npm run docs:rules` when this fails)', () => {
    expect(committed).toBe(renderRulesDoc());
  });

  it('documents every rule with a reason, a flagged and a better example', () => {
    for (const rule of RULES) {
      expect(rule.doc.why.length, rule.id).toBeGreaterThan(40);
      expect(rule.doc.bad, rule.id).not.toBe(rule.doc.good);
    }
  });
});
