import { textFilter } from '../../../ingest/extract/requiredText';
import { relationRules } from '../../../ingest/extract/relations/rules';

describe('trigger-word lookup of the relation rules', () => {
  it('tests a rule by its trigger words before the type names of its slots', () => {
    // ⟨0:State⟩ is in every sentence naming a state: 制裁 is what rules the sentence out.
    const filter = textFilter(/⟨\d+:(?:State|Organization)⟩(?:[^，。]){0,12}?制裁⟨\d+:[A-Za-z]+⟩/g, new Set(['State', 'Organization']));
    expect(filter.sets[0]).toEqual(['制裁⟨']);
    expect(filter.sets).toContainEqual(['State', 'Organization']);
  });
});

describe('the compiled relation rules', () => {
  it('are looked up by a trigger word, not a slot type, wherever a rule has one', () => {
    const typeNames = /^[⟨⟩:]*(?:State|Place|Project|Firm|Organization|Resource|Person|Event|Policy|Agreement)[⟨⟩:]*$/i;
    for (const rule of relationRules().zh) {
      const [first, ...rest] = rule.filter.sets;
      const hasTrigger = rule.filter.sets.some((set) => !set.every((s) => typeNames.test(s) || /^[⟨⟩:]+$/.test(s)));
      if (hasTrigger) expect({ id: rule.id, first: first.every((s) => typeNames.test(s) || /^[⟨⟩:]+$/.test(s)) }).toEqual({ id: rule.id, first: false });
      expect(rest.length + 1).toBe(rule.filter.sets.length);
    }
  });
});
