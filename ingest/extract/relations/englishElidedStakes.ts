import { matchAll } from '../matchAll';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import { passageProject, type Topics } from './topic';

/**
 * English stakes whose holding is not written in the clause: the passage's project is meant.
 *   "Kosmos Energy, the Dallas-based explorer that discovered the field, holds about 27%"
 *   "… while Var Energi and Petoro hold 30% and 23.7%, respectively"
 *   "the rest belongs to Petrosen and SMH"
 *   "Woodside holds 82% of Sangomar and Petrosen the remaining 18%" (the verb and object gapped)
 * The holding is the stake this sentence already stated, else one of the sentence before, else
 * the project the passage is about (topic.ts, passageProject). A share followed by "of" or "in"
 * names its own object and is left to the trigger rules; a state's bare share is read only next
 * to a stake already stated (China controls 60% is as often of a market as of a project).
 */
const HOLDER = String.raw`⟨\d+:(?:Firm|Organization|State)⟩(?!['’]s)`;
/** Holders in a list, each with up to three words before it (state-owned Petoro, Senegal's state oil company Petrosen). */
const HOLDERS = String.raw`(${HOLDER}(?:(?:, ?| and |, ?and )(?:(?:⟨\d+:State⟩['’]s|[A-Za-z-]+) ){0,5}?${HOLDER})*)`;
const SHARE = String.raw`\d+(?:\.\d+)? ?(?:%|percent|per cent)(?:⟨\d+:[A-Za-z]+⟩)?`;
const ABOUT = String.raw`(?:about |around |roughly |nearly |almost |some |just over |just under |more than |less than )?`;
/** An appositive between holder and verb: words, places and back-references, no other holder. */
const APPOSITIVE = String.raw`(?:, ?(?:[^,;⟨⟩]|⟨\d+:(?:Place|State|Project)⟩){3,100}?, ?)?`;
/** The clause ends after the share ("each" may follow: hold 10% each): no "of X" / "in X" naming the holding. */
const CLAUSE_END = String.raw`(?: ?(?:stake|interest|share|holding))?(?: ?each| ?apiece)?(?:⟨\d+:[A-Za-z]+⟩)?(?=[,.;)]| ?while | ?and (?!\d)| ?with |$)`;

/** "Japan's Mitsui & Co holds 20%": a state's possessive and a short description before the first holder are its seat, not a holder. */
const SEAT_BEFORE = String.raw`(?:⟨\d+:State⟩['’]s (?:[a-z-]+ ){0,3}?)?`;
const BARE = new RegExp(String.raw`(?:^|, ?|; ?|\bwhile |\bwhereas |\band )${SEAT_BEFORE}${HOLDERS}${APPOSITIVE} ?(?:also |now |still |currently |each )?(?:holds?|owns?|has|have|retains?|keeps?|controls?) (?:an? |the other |another |the remaining )?${ABOUT}(${SHARE}(?:(?:, ?| ?and |, ?and )${SHARE})*)(?:, ?respectively)?${CLAUSE_END}`, 'g');
const REST = new RegExp(String.raw`\bthe (?:rest|remainder|balance|(?:remaining|last|final) ${SHARE})(?: of the (?:shares|stake|equity|interest))? (?:belongs to|belong to|is held by|are held by|is owned by|is split between|is shared by|is divided between|goes to) (?:(?:⟨\d+:State⟩['’]s|[a-z-]+) ){0,5}?${HOLDERS}`, 'g');
const GAPPED = new RegExp(String.raw`(${HOLDER}) (?:holds|owns|has|retains|controls) ${ABOUT}${SHARE} ?(?:stake |interest )?(?:of|in) (⟨\d+:(?:Project|Firm)⟩) and (?:(?:⟨\d+:State⟩['’]s|state-owned|[a-z-]+) ){0,3}?(${HOLDER}) (the remaining |the other |the rest\b|another )?(${SHARE})?`, 'g');

/** "Equinor, in which the Norwegian state holds 67%": the holding is the name the relative clause follows. */
const RELATIVE = new RegExp(String.raw`(⟨\d+:(?:Firm|Project)⟩), ?in which (?:the )?(${HOLDER}) (?:also |now |still |currently )?(?:holds|owns|has|controls|retains) (?:an? )?${ABOUT}(${SHARE})${CLAUSE_END}`, 'g');

const SLOT = /⟨(\d+):[A-Za-z]+⟩/g;
const PERCENT = /(\d+(?:\.\d+)?) ?(?:%|percent|per cent)/g;

export function englishElidedStakes(masked: Masked, found: FoundRelation[], topics?: Topics): FoundRelation[] {
  const out = found.slice();
  if (!/\d ?(?:%|per ?cent)|\brest\b|\bremainder\b|\bbalance\b/.test(masked.text)) return out;
  // A share with no object next to a stake this sentence names (Equinor operates Johan Castberg with
  // a 46.3% stake, while A and B hold 30% and 23.7%) is of that one, not of one sentences before.
  const named = out.filter((f) => f.type === 'HOLDS_STAKE_IN' && !f.object.anaphor && f.object.type === 'Project').at(-1)?.object;
  if (named) {
    out.forEach((f, i) => {
      if (f.type === 'HOLDS_STAKE_IN' && f.object.anaphor && f.object.entityId !== named.entityId && f.subject.entityId !== named.entityId) out[i] = { ...f, object: { ...named, anaphor: true } };
    });
  }
  const slotsIn = (s: string) => [...matchAll(SLOT, s)].map((m) => masked.slots[Number(m[1])]);
  // A stake stated after the share is not the one it continues ("PTTEP owns 8.5%, while A and B,
  // both controlled by the Indian state, hold 10% each": the state's stake in B is no holding of PTTEP's).
  const stated = (at: number) => out.filter((f) => f.type === 'HOLDS_STAKE_IN' && (f.object.type === 'Project' || f.object.type === 'Firm') && (f.object.anaphor || f.object.start < masked.toCompact[at])).at(-1)?.object;
  const add = (holder: Occurrence, object: Occurrence, share: number | undefined, rule: string) => {
    if (holder.entityId === object.entityId || out.some((f) => f.type === 'HOLDS_STAKE_IN' && f.subject.entityId === holder.entityId)) return;
    out.push({ type: 'HOLDS_STAKE_IN', subject: holder, object, properties: share === undefined ? {} : { share }, confidence: 0.6, method: `rule:en.stake.${rule}` });
  };
  const holding = (at: number, withState: boolean): Occurrence | undefined => {
    const here = stated(at) ?? topics?.focus?.stakeObject();
    if (here) return { ...here, anaphor: true };
    if (withState) return undefined;
    return passageProject(masked.slots, masked.toCompact[at], topics);
  };

  for (const m of matchAll(GAPPED, masked.text)) {
    const object = masked.slots[Number(m[2].match(/\d+/)![0])];
    const second = masked.slots[Number(m[3].match(/\d+/)![0])];
    if (!m[4] && !m[5]) continue;
    // "82% of Sangomar and Petrosen" read as two holdings: Petrosen is the second holder.
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i].type === 'HOLDS_STAKE_IN' && out[i].object.entityId === second.entityId) out.splice(i, 1);
    }
    add(second, object, m[5] ? Number(m[5].match(/[\d.]+/)![0]) / 100 : undefined, 'gapped');
  }
  for (const m of matchAll(RELATIVE, masked.text)) {
    const share = Number(m[3].match(/[\d.]+/)![0]) / 100;
    if (share <= 1) add(slotsIn(m[2])[0], slotsIn(m[1])[0], share, 'relative');
  }
  for (const m of matchAll(BARE, masked.text)) {
    if (/(?:in|of) which (?:the )?$/.test(masked.text.slice(0, masked.text.indexOf(m[1], m.index)))) continue;
    const holders = slotsIn(m[1]).filter((o) => !o.anaphor);
    const shares = [...matchAll(PERCENT, m[2])].map((p) => Number(p[1]) / 100);
    if (!holders.length || shares.some((s) => s > 1)) continue;
    const object = holding(m.index, holders.some((h) => h.type === 'State'));
    if (!object) continue;
    holders.forEach((h, i) => add(h, object, shares.length === holders.length ? shares[i] : shares.length === 1 ? shares[0] : undefined, 'elided'));
  }
  for (const m of matchAll(REST, masked.text)) {
    const object = holding(m.index, false);
    if (!object) continue;
    for (const h of slotsIn(m[1]).filter((o) => !o.anaphor)) add(h, object, undefined, 'rest-belongs');
  }
  return out;
}
