import { readRules } from '../data';
import { toSimplified } from '../script';
import { overlaps, PRIORITY, type Candidate } from './types';

/**
 * Ministries named by their state and remit (津巴布韦矿业和矿业发展部, 越南工商部, 中国海关总署):
 * the state opens the name, so the body is told apart from the same ministry of another state
 * and its seat follows from the name. Head-word discovery stops at a joiner (和) or leaves the state
 * out as a nationality; this reads the remit words from data/rules/zh/ministries.json instead.
 * A bare remit before 部 (经济部长, 经济部能源署) is the ministry of the text's own state.
 */
interface Rules { words: string[]; joiners: string[]; heads: string[]; maxLength: number; bare: string[]; missions: string[] }

const rules = readRules<Rules>('zh/ministries.json');
const words = [...new Set(rules.words.map(toSimplified))].sort((a, b) => b.length - a.length);
const joiners = rules.joiners.map(toSimplified);
const heads = rules.heads.map(toSimplified).sort((a, b) => b.length - a.length);
const bare = rules.bare.map(toSimplified);
const missions = rules.missions.map(toSimplified).sort((a, b) => b.length - a.length);
/** Over the state's own match and a shorter head-word reading (商务部). */
const PRIORITY_MINISTRY = PRIORITY.lexicon + 2;

/** The end of remit words and a head starting at `from`, if the text holds one there. */
function remitEnd(text: string, from: number): number | undefined {
  let at = from;
  while (at - from <= rules.maxLength) {
    const word = words.find((w) => text.startsWith(w, at));
    if (!word) break;
    at += word.length;
    const head = heads.find((h) => text.startsWith(h, at));
    // 部 followed by 门 or 分 is a department or a part, not a ministry.
    if (head && !/[门分队件位署]/.test(text[at + head.length] ?? '')) return at + head.length;
    const joiner = joiners.find((j) => text.startsWith(j, at));
    if (joiner) at += joiner.length;
  }
  return undefined;
}

export function ministryCandidates(text: string, known: Candidate[]): Candidate[] {
  const out: Candidate[] = missionCandidates(text, known);
  if (!heads.some((h) => text.includes(h))) return out;
  for (const s of known) {
    if (s.type !== 'State' || s.nested) continue;
    const end = remitEnd(text, s.end);
    // 智利矿业部长威廉斯, 印度石油部长普里: a minister's title names the state's government, which
    // the minister is read as leading (zh.leads.title); the ministry is no entity of its own there.
    // 中国商务部、海关总署: a state before a list of bodies is their seat, written once for all.
    if (end === undefined || text[end] === '长' || /[、和与及]/.test(text[end] ?? '')) continue;
    const span = { start: s.start, end };
    if (known.some((k) => k !== s && overlaps(k, span) && k.type !== 'Resource')) continue;
    out.push({ ...span, type: 'Organization', method: 'ministry', priority: PRIORITY_MINISTRY });
  }
  // 经济部长郭智辉, 经济部能源署: a bare remit opening a phrase before 部.
  for (const word of bare) {
    for (let at = text.indexOf(word + '部'); at >= 0; at = text.indexOf(word + '部', at + 1)) {
      const end = at + word.length + 1;
      if (/[门分队件位]/.test(text[end] ?? '')) continue;
      if (at > 0 && /[\u4e00-\u9fff]/.test(text[at - 1]) && !/[的在由与和及、据称向对]/.test(text[at - 1])) continue;
      const span = { start: at, end };
      if (known.some((k) => overlaps(k, span)) || out.some((o) => overlaps(o, span))) continue;
      out.push({ ...span, type: 'Organization', method: 'ministry', priority: PRIORITY_MINISTRY });
    }
  }
  return out;
}

/** 中国驻菲律宾大使馆: a state, 驻, a state or city and a mission word are one body (not 中国驻菲律宾大使 黄溪连, a title). */
function missionCandidates(text: string, known: Candidate[]): Candidate[] {
  if (!text.includes('驻')) return [];
  const out: Candidate[] = [];
  for (const s of known) {
    if (s.type !== 'State' || s.nested || text[s.end] !== '驻') continue;
    const host = known.find((k) => k.start === s.end + 1 && (k.type === 'State' || k.type === 'Place'));
    if (!host) continue;
    const mission = missions.find((m) => text.startsWith(m, host.end));
    if (mission) out.push({ start: s.start, end: host.end + mission.length, type: 'Organization', method: 'ministry', priority: PRIORITY_MINISTRY });
  }
  return out;
}
