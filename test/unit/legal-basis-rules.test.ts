import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/legal-basis/question-rules';
import { QUESTIONS, QUESTION_TEXTS } from '../../src/lib/legal-basis/questions';

describe('the questions of the legal-basis helper: structure and wording', () => {
  it('has wording for every rule and no wording without a rule', () => {
    expect(Object.keys(QUESTION_TEXTS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('labels every option of every rule, and no other option', () => {
    for (const rule of RULES) {
      const labels = QUESTION_TEXTS[rule.id].options;
      expect(Object.keys(labels).sort(), rule.id).toEqual([...rule.optionIds].sort());
      for (const id of rule.optionIds) expect(labels[id].trim(), `${rule.id}/${id}`).not.toBe('');
    }
  });

  it('keeps the rules in the questions, in the same order', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(RULES.map((r) => r.id));
    QUESTIONS.forEach((q, i) => {
      expect(q.options.map((o) => o.id)).toEqual(RULES[i].optionIds);
      expect(q.when).toEqual(RULES[i].when);
      expect(q.whenAny).toEqual(RULES[i].whenAny);
      expect(q.justificationRequiredFor).toEqual(RULES[i].justificationRequiredFor);
      expect(q.substantiveFor).toEqual(RULES[i].substantiveFor);
    });
  });

  it('names only questions and options that exist in its conditions', () => {
    const byId = new Map(RULES.map((r) => [r.id, r]));
    for (const rule of RULES) {
      for (const c of [...(rule.when ?? []), ...(rule.whenAny ?? []).flat()]) {
        const target = byId.get(c.q);
        expect(target, `${rule.id} → ${c.q}`).toBeDefined();
        for (const v of c.in) expect(target?.optionIds, `${rule.id} → ${c.q}=${v}`).toContain(v);
      }
      for (const v of [...(rule.justificationRequiredFor ?? []), ...(rule.substantiveFor ?? [])]) expect(rule.optionIds).toContain(v);
    }
  });
});
