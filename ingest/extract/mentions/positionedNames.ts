import { readRules } from '../data';
import { toSimplified } from '../script';
import { longestFirstAlternation } from '../regexWords';
import { isSoundChar } from './transliteration';
import { PRIORITY, type Candidate } from './types';

/**
 * Foreign names that carry no head word, typed by the construction that introduces them
 * (data/rules/zh/positionedNames.json): where in a state or place something lies (赞比亚中部的卡皮里姆波希,
 * 哈萨克斯坦里海沿岸的阿特劳) or what it is there (坦桑尼亚最大港口达累斯萨拉姆, 黑海港口新罗西斯克) makes a
 * place; a state and a description of a firm (葡萄牙建筑商莫塔-恩吉尔) make a firm; what a project is in a
 * state (哈萨克斯坦主要油田田吉兹和卡沙甘) or a count and a shared head after a list (朱皮亚和伊利亚索尔泰拉两座
 * 水电站) make projects; a route statement (西起…经…至…) names places; a block is named by its number
 * (58区块). Chinese writes such names by sound, so the name is the run of transliteration characters
 * that follows; a head word after the run (洛比托港, 卡沙甘油田) is left to the head-word finder, which
 * names the facility.
 */
interface PositionedNameRules {
  positions: string[];
  placeRoles: string[];
  rank: string[];
  firmDescriptions: string[];
  projectRoles: string[];
  sharedHeadCounts: string[];
  sharedHeads: string[];
  coordinators: string[];
  numberedBlock: string;
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
/** After a state: a rank and what the project is (主要油田, 最大铜矿), then its name. */
const PROJECT_CUE = new RegExp(`^(?:${alt(rules.rank)})?(?:${alt(rules.projectRoles)})(?:之一)?`);
const COORDINATOR = new RegExp(`^(?:${alt(rules.coordinators)})`);
/** A count and a shared head after coordinated names: 两座水电站. */
const SHARED_HEAD = new RegExp(`(?:${alt(rules.sharedHeadCounts)})(?:${alt(rules.projectRoles.concat(rules.sharedHeads))})`, 'g');
const NUMBERED_BLOCK = new RegExp(rules.numberedBlock, 'g');
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
    const project = !inner ? PROJECT_CUE.exec(rest) : null;
    if (project) {
      out.push(...coordinatedProjects(text, k.end + project[0].length, [...taken, ...out]));
      continue;
    }
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
  out.push(...routePlaces(text, [...taken, ...out]));
  out.push(...sharedHeadProjects(text, [...taken, ...out]));
  // A head-word name inside the numbered block (服务|合约区块) is a piece of it: only lexicon names and
  // the names found here keep it out.
  return [...out, ...numberedBlocks(text, [...known, ...out])];
}

/** 苏利南外海58区块, 第72号服务合约区块: a block named by its number. */
function numberedBlocks(text: string, taken: Candidate[]): Candidate[] {
  if (!text.includes('区块')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED_BLOCK)) {
    const start = m.index;
    const end = start + m[0].length;
    // 北部1、2号区块: numbered parts of a project listed together, no projects of their own.
    if (text[start - 1] === '、' || /^[、和]\d/.test(text.slice(end))) continue;
    if (!taken.some((c) => c.start < end && start < c.end)) out.push({ start, end, type: 'Project', method: METHOD, priority: PRIORITY.head });
  }
  return out;
}

/** 田吉兹和卡沙甘: names by sound from `at`, joined by a list word, each ending at a separator or the next. */
function coordinatedProjects(text: string, at: number, taken: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let start = at;
  for (;;) {
    const end = soundRunEnd(text, start, [...taken, ...out]);
    const known = taken.find((c) => c.start === start && c.type === 'Project');
    if (known) {
      start = known.end;
    } else {
      if (end - start < rules.minName || end - start > rules.maxName || taken.some((c) => c.start < end && start < c.end)) break;
      if (/[\u4e00-\u9fff]/.test(text[end] ?? '') && !endsName(text, end) && !COORDINATOR.test(text.slice(end))) break;
      out.push({ start, end, type: 'Project', method: METHOD, priority: PRIORITY.head });
      start = end;
    }
    const joined = COORDINATOR.exec(text.slice(start));
    if (!joined) break;
    start += joined[0].length;
  }
  return out;
}

/** 朱皮亚和伊利亚索尔泰拉两座水电站: names by sound listed before a count and a shared head. */
function sharedHeadProjects(text: string, taken: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SHARED_HEAD)) {
    const names: Candidate[] = [];
    let end = m.index;
    for (;;) {
      let start = end;
      while (start > 0 && end - start < rules.maxName && isSoundChar(text[start - 1]) && !taken.some((c) => c.end === start)) start--;
      const knownBefore = start === end ? taken.find((c) => c.end === end && c.type === 'Project') : undefined;
      if (knownBefore) start = knownBefore.start;
      else if (end - start < 2 || taken.some((c) => c.start < end && start < c.end)) break;
      else names.push({ start, end, type: 'Project', method: METHOD, priority: PRIORITY.head });
      const joined = /(?:和|与|及|、)$/.exec(text.slice(Math.max(0, start - 1), start));
      if (!joined) break;
      end = start - 1;
    }
    // Two names at least, as the count says: one run alone before 两座 is no list.
    if (names.length >= 2 || (names.length === 1 && names[0].start > 0 && /[和与及、]/.test(text[names[0].start - 1]))) out.push(...names);
  }
  return out;
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

/**
 * What may follow the name: punctuation, a function word, or a word of time or manner that opens
 * the predicate (去年, 再次). Anything else may be more of the name in characters the sound set
 * lacks (加尔金|内什), or a head that makes it a longer name (达累斯萨拉姆港, 阿拉山口).
 */
const ENDS = /^(?:$|[\s\p{P}]|[和与及、为是的在将已于到至经以并也则等均都曾因但而从向对被由把距离位]|去年|今年|明年|目前|此前|近年|日前|再次|一度|已经|正在|计划|预计|今天|昨天|每年|共同|仍然|长期|附近|连接|出发|兴建|建设|建造|修建|开发|发现|生产|投产|运营|开工|上岸|停产|减产|出口|进口|举行|宣布|表示)/u;

function endsName(text: string, end: number): boolean {
  return ENDS.test(text.slice(end));
}
