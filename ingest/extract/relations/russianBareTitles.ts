import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import type { Topics } from './topic';

/**
 * "президент Касым-Жомарт Токаев", "подписанного президентом Джо Байденом", "правительство президента
 * Луиса Арсе": a head of state or government written without the state leads the state the passage
 * speaks of — the one state the sentence names (Казахстанская сторона …, как президент X заявил;
 * Президент X заявлял, что Казахстан …), else, when the sentence names none, the state just named
 * or the text is about. A sentence naming two states leaves it open (экспорт российского урана в
 * США … подписанного президентом X: whose president is not written). Deputies, advisers and
 * spokesmen of a president lead nothing (пресс-секретарь президента X).
 */
// The given names may stand outside the person's name as found (Касым-Жомарт ⟨Токаев⟩).
const BARE_TITLE = /(?<!(?:[Сс]екретар[ьяюе]|[Пп]омощник[аиу]?|[Сс]оветник[аиу]?|[Пп]редставител[ьяюе]|[Зз]аместител[ьяюе]|[Бб]ывш[а-яё]+|[Ээ]кс-)\s?)(?<![а-яёА-ЯЁ-])(?<role>[Пп]резидент|[Пп]ремьер-министр|[Пп]ремьер)(?:а|у|ом|е)?\s?(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s){0,2}⟨(\d+):Person⟩/gu;
const STATE = /⟨(\d+):State⟩/gu;

export function russianBareTitles(masked: Masked, found: FoundRelation[], topics?: Topics): FoundRelation[] {

  if (!/президент|премьер/iu.test(masked.text)) return [];
  const out: FoundRelation[] = [];
  const states = [...new Set([...masked.text.matchAll(STATE)].map((m) => masked.slots[Number(m[1])].entityId))];
  for (const m of masked.text.matchAll(BARE_TITLE)) {
    const person = masked.slots[Number(m[2])];
    if (found.some((f) => f.type === 'LEADS' && f.subject.entityId === person.entityId)) continue;
    const state = states.length === 1 ? states[0] : states.length === 0 ? topics?.justNamed('State') ?? topics?.about('State') : undefined;
    if (!state) continue;
    const object: Occurrence = { start: person.end, end: person.end, entityId: state, type: 'State', anaphor: true };
    out.push({ type: 'LEADS', subject: person, object, properties: { role: m.groups!.role.toLowerCase() }, confidence: 0.6, method: 'rule:ru.leads.bare-title-of-the-state' });
  }
  return out;
}
