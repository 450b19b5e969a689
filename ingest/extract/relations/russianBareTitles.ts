import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import { passageSubject, type Topics } from './topic';

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
// A former head (бывший президент Ислам Каримов) led the state too, as in English (former President X): the role says so.
const BARE_TITLE = /(?<!(?:[Сс]екретар[ьяюе]|[Пп]омощник[аиу]?|[Сс]оветник[аиу]?|[Пп]редставител[ьяюе]|[Зз]аместител[ьяюе]|[Ээ]кс-)\s?)(?<![а-яёА-ЯЁ-])(?<role>(?:[Бб]ывш[а-яё]+\s)?(?:[Пп]резидент|[Пп]ремьер-министр|[Пп]ремьер))(?:а|у|ом|е)?\s?(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s){0,2}⟨(\d+):Person⟩/gu;
/**
 * "Со стороны Ирана документ подписал министр нефти Мохсен Пакнежад": a minister whose portfolio
 * (lower-case words, or a resource: министр нефти) stands between the title and the person, with no state written there, leads
 * the state the passage speaks of in the same way (ministers lead their state, with the title as role).
 */
const BARE_MINISTER = /(?<!(?:[Сс]екретар[ьяюе]|[Пп]омощник[аиу]?|[Сс]оветник[аиу]?|[Пп]редставител[ьяюе]|[Зз]аместител[ьяюе]|[Бб]ывш[а-яё]+|[Ээ]кс-)\s?)(?<![а-яёА-ЯЁ-])(?<role>[Мм]инистр)(?:а|у|ом|е)?\s(?<portfolio>(?:(?:[а-яё]+|и|⟨\d+:Resource⟩)\s?){1,5}?)⟨(\d+):Person⟩/gu;
const STATE = /⟨(\d+):State⟩/gu;

export function russianBareTitles(masked: Masked, found: FoundRelation[], topics?: Topics): FoundRelation[] {

  if (!/президент|премьер|министр/iu.test(masked.text)) return [];
  const out: FoundRelation[] = [];
  const states = [...new Set([...masked.text.matchAll(STATE)].map((m) => masked.slots[Number(m[1])].entityId))];
  const one = states.length === 1 ? states[0] : undefined;
  const none = states.length === 0;
  // A head of state or government may continue the state just named; a minister, a lesser office,
  // is the passage's (Казахстан поставляет нефть в Китай. Министр энергетики X… is Kazakhstan's).
  const headsState = one ?? (none ? topics?.justNamed('State') ?? topics?.about('State') : undefined);
  const ministersState = one ?? (none && topics ? passageSubject('State', topics) : undefined);
  const titled = [
    ...[...masked.text.matchAll(BARE_TITLE)].map((m) => ({ slot: m[2], role: m.groups!.role.toLowerCase(), state: headsState })),
    ...[...masked.text.matchAll(BARE_MINISTER)].map((m) => ({ slot: m[3], role: m.groups!.portfolio.includes('⟨') ? 'министр' : `министр ${m.groups!.portfolio.trim()}`, state: ministersState })),
  ];
  for (const { slot, role, state } of titled) {
    if (!state) continue;
    const person = masked.slots[Number(slot)];
    if (found.some((f) => f.type === 'LEADS' && f.subject.entityId === person.entityId)) continue;
    const object: Occurrence = { start: person.end, end: person.end, entityId: state, type: 'State', anaphor: true };
    out.push({ type: 'LEADS', subject: person, object, properties: { role }, confidence: 0.6, method: 'rule:ru.leads.bare-title-of-the-state' });
  }
  return out;
}
