import { readRules } from '../data';
import { toSimplified } from '../script';
import { longestFirstAlternation } from '../regexWords';
import { isSoundChar } from './transliteration';
import { PRIORITY, type Candidate } from './types';

/**
 * Foreign names that carry no head word, typed by the construction that introduces them
 * (data/rules/zh/positionedNames.json): where in a state or place something lies (赞比亚中部的卡皮里姆波希,
 * 哈萨克斯坦里海沿岸的阿特劳) or what it is there (坦桑尼亚最大港口达累斯萨拉姆, 黑海港口新罗西斯克) makes a
 * place; a state and a description of a firm (葡萄牙建筑商莫塔-恩吉尔) make a firm. Chinese writes such
 * names by sound, so the name is the run of transliteration characters that follows; a head word after
 * the run (洛比托港, 卡沙甘油田) is left to the head-word finder, which names the facility.
 */
interface PositionedNameRules {
  positions: string[];
  placeRoles: string[];
  rank: string[];
  firmDescriptions: string[];
  routeStarts: string[];
  routeSteps: string[];
  minName: number;
  minNameAfterFirmDescription: number;
  maxName: number;
  dashes: string;
}

const rules = readRules<PositionedNameRules>('zh/positionedNames.json');
const alt = (list: string[]) => longestFirstAlternation(list.map(toSimplified));
/** After a state or place: (a known sea in it, ⟨P⟩ marks it) a position and 的, or a rank and a role. */
const PLACE_CUE = new RegExp(`^(?:⟨P⟩)?(?:(?:${alt(rules.positions)})+的|(?:${alt(rules.rank)})?(?:${alt(rules.placeRoles)}))`);
/** After a state: up to six characters of description ending in a word for a firm (建筑商, 能源巨擘, 第三大电力公司 is left to head words). */
const FIRM_CUE = new RegExp(`^[^⟨⟩，,。；;、的和与及]{0,6}?(?:${alt(rules.firmDescriptions)})`);
const ROUTE_START = new RegExp(alt(rules.routeStarts));
const ROUTE_STEP = new RegExp(`(?:${alt(rules.routeSteps)})`, 'g');
const CONTAINERS = new Set(['State', 'Place']);
const METHOD = 'positioned-name';

export function positionedNameCandidates(text: string, known: Candidate[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const taken = [...known, ...found].filter((c) => c.priority >= 0);
  for (const k of known) {
    if (!CONTAINERS.has(k.type) || k.priority < 0) continue;
    // A sea or region named inside (里海 in 哈萨克斯坦里海沿岸) is marked so one expression reads both.
    const inner = taken.find((c) => c.start === k.end && c.type === 'Place');
    const rest = (inner ? '⟨P⟩' + text.slice(inner.end) : text.slice(k.end)).slice(0, 24);
    const offset = inner ? inner.end - '⟨P⟩'.length : k.end;
    const place = PLACE_CUE.exec(rest);
    const firm = !place && k.type === 'State' && !inner ? FIRM_CUE.exec(rest) : null;
    const cue = place ?? firm;
    if (!cue) continue;
    const start = offset + cue[0].length;
    const end = soundRunEnd(text, start, taken);
    const min = firm ? rules.minNameAfterFirmDescription : rules.minName;
    if (end - start < min || end - start > rules.maxName) continue;
    if (taken.some((c) => c.start < end && start < c.end)) continue;
    // A run that goes on into more of a word (洛比托港, 阿拉山口) names something else, or is no name.
    if (isSoundChar(text[end]) || (/[\u4e00-\u9fff]/.test(text[end] ?? '') && !endsName(text, end) && !taken.some((c) => c.start === end))) continue;
    out.push({ start, end, type: firm ? 'Firm' : 'Place', method: METHOD, priority: PRIORITY.head });
  }
  return [...out, ...routePlaces(text, [...taken, ...out])];
}

/** 西起阿特劳，经肯基亚克、库姆科尔至阿塔苏: the places a route statement names by sound after its start. */
function routePlaces(text: string, taken: Candidate[]): Candidate[] {
  const route = ROUTE_START.exec(text);
  if (!route) return [];
  const out: Candidate[] = [];
  const clauseEnd = text.slice(route.index).search(/[。；;]/);
  const stop = clauseEnd < 0 ? text.length : route.index + clauseEnd;
  for (const step of text.slice(0, stop).matchAll(ROUTE_STEP)) {
    let start = step.index + step[0].length;
    if (start <= route.index) continue;
    // 经乌兹别克斯坦的布哈拉: the state or region before the place says where it lies.
    const container = taken.find((c) => c.start === start && CONTAINERS.has(c.type));
    if (container) start = container.end + (text[container.end] === '的' ? 1 : 0);
    const end = soundRunEnd(text, start, [...taken, ...out]);
    if (end - start < rules.minName || end - start > rules.maxName || taken.some((c) => c.start < end && start < c.end)) continue;
    // The name ends where the list or clause goes on: 、, a comma, 至, or the clause's end.
    if (!/^(?:[、，,。；;]|至|到|$)/.test(text.slice(end)) && !taken.some((c) => c.start === end)) continue;
    out.push({ start, end, type: 'Place', method: METHOD, priority: PRIORITY.head });
  }
  return out;
}

/** The end of the run of sound characters from `start`, parts joined by a dash (莫塔-恩吉尔), stopping before a known name. */
function soundRunEnd(text: string, start: number, taken: Candidate[]): number {
  let end = start;
  while (end < text.length && end - start <= rules.maxName) {
    if (taken.some((c) => c.start === end)) break;
    if (isSoundChar(text[end])) end++;
    else if (rules.dashes.includes(text[end]) && isSoundChar(text[end - 1]) && isSoundChar(text[end + 1])) end++;
    else break;
  }
  return end;
}

/** What may follow the name: punctuation, a function word or a verb, not more of a word (达累斯萨拉姆港 is a facility). */
function endsName(text: string, end: number): boolean {
  return /^(?:[和与及、为是的在将已于到至经以并也则等]|连接|相连|出发|出口|起|附近|之间)/.test(text.slice(end));
}
