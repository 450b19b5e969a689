import type { Masked } from './mask';
import { typesAllowed, type FoundRelation } from './match';

/**
 * A state in brackets right after a name says where it is, in every language's press: НПЗ в
 * Бургасе (Болгария), the refinery at Vlissingen (Netherlands), 达累斯萨拉姆（坦桑尼亚）,
 * ダーウィン（オーストラリア）. Only a bracket that holds the state alone.
 */
const NAME_THEN_STATE = /⟨(\d+):(Place|Project|Firm|Organization)⟩»?\s?[（(]⟨(\d+):State⟩[）)]/gu;

export function bracketedStates(masked: Masked): FoundRelation[] {
  if (!masked.text.includes(':State⟩)') && !masked.text.includes(':State⟩）')) return [];
  const out: FoundRelation[] = [];
  for (const m of masked.text.matchAll(NAME_THEN_STATE)) {
    const subject = masked.slots[Number(m[1])];
    const object = masked.slots[Number(m[3])];
    if (subject.entityId === object.entityId || subject.anaphor || !typesAllowed('LOCATED_IN', subject.type, object.type)) continue;
    out.push({ type: 'LOCATED_IN', subject, object, properties: {}, confidence: 0.7, method: 'rule:located.bracketed-state' });
  }
  return out;
}
