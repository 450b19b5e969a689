import { readRules } from '../data';
import type { MatchText } from '../script';
import { overlaps, PRIORITY, type Candidate } from '../mentions/types';
import { hasKana, japaneseTokens, type JapaneseToken } from './analyser';

interface HeadSpec { type: string; proper: boolean; pattern: string }
interface NameRules { heads: HeadSpec[]; strip: string[]; titles: string[]; notNameTails?: string[]; descriptionEnds?: string[]; namesStartAfter?: string[]; stateAbbreviations?: Record<string, string>; firmCues: string[]; facilityCues: string[]; placeCues: string[]; organizationCues?: string[]; resourceKanji?: string[]; policyCues?: string[]; firmQuoteCues?: string[]; firmFoundingVerbs?: string[] }

const rules = readRules<NameRules>('ja/names.json');
const heads = rules.heads.map((h) => ({ ...h, regex: new RegExp(`(?:${h.pattern})$`) }));
const strip = new Set(rules.strip);
const titles = new Set(rules.titles);
const notNameTails = new Set(rules.notNameTails ?? []);
const descriptionEnds = new Set(rules.descriptionEnds ?? []);
const namesStartAfter = new Set(rules.namesStartAfter ?? []);
const DESCRIBED_AFTER = new RegExp(`^(?:${[...descriptionEnds].sort((a, b) => b.length - a.length).join('|') || '(?!)'})`);
const stateKanji = new Set(Object.keys(rules.stateAbbreviations ?? {}));
const resourceKanji = new Set(rules.resourceKanji ?? []);

/** A morpheme with its offsets in the sentence text. */
interface Word { t: JapaneseToken; start: number; end: number }

const KATAKANA = /^[\u30a1-\u30fa\u30fc・]+$/;
const LATIN = /^[A-Za-z][A-Za-z0-9&.\-]*$/;

function isNoun(t: JapaneseToken): boolean {
  return t.pos === '名詞' && t.pos_detail_1 !== '非自立' && t.pos_detail_1 !== '代名詞' && /[\p{L}\p{N}]/u.test(t.surface_form);
}

/** Evidence that a word names something: a proper noun, or a word the dictionary does not know. */
function isProperWord(t: JapaneseToken): boolean {
  if (t.pos_detail_1 === '固有名詞') return true;
  return t.word_type === 'UNKNOWN' && (KATAKANA.test(t.surface_form) || LATIN.test(t.surface_form));
}

function isLoanName(t: JapaneseToken): boolean {
  return t.word_type === 'UNKNOWN' && KATAKANA.test(t.surface_form);
}

/** Runs of words that can make one name: nouns, prefixes inside them, ・ between loanwords. */
/** Head words the dictionary cuts around a verb-read character (製|錬|所, 精|錬|所). */
const SPLIT_HEAD_MIDDLES = new Set(['製錬所', '精錬所']);

function nounRuns(words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const t = w.t;
    const adjacent = run.length === 0 || run[run.length - 1].end === w.start;
    if (!adjacent) close();
    if (isNoun(t) && !(t.pos_detail_1 === '数' && !(run.length && /(?:[A-Za-z\u30a1-\u30fa]|第)$/.test(run[run.length - 1].t.surface_form)))) run.push(w);
    else if (t.pos === '接頭詞' && t.surface_form !== '同' && i + 1 < words.length && isNoun(words[i + 1].t)) run.push(w);
    else if (t.surface_form === '・' && run.length && i + 1 < words.length && isNoun(words[i + 1].t) && KATAKANA.test(run[run.length - 1].t.surface_form)) run.push(w);
    // 製|錬|所: the dictionary reads 錬 as a verb and 所 as a dependent noun; inside a head word both are part of the noun.
    else if (run.length && i + 1 < words.length && SPLIT_HEAD_MIDDLES.has(run[run.length - 1].t.surface_form + t.surface_form + words[i + 1].t.surface_form)) run.push(w);
    else if (run.length >= 2 && SPLIT_HEAD_MIDDLES.has(run[run.length - 2].t.surface_form + run[run.length - 1].t.surface_form + t.surface_form)) run.push(w);
    // ビクーニャ銅・金鉱床: ・ between two metals inside a name that a loanword opened.
    else if (t.surface_form === '・' && run.length && i + 1 < words.length && resourceKanji.has(run[run.length - 1].t.surface_form) && resourceKanji.has(words[i + 1].t.surface_form) && run.some((r) => isLoanName(r.t) || KATAKANA.test(r.t.surface_form) && isProperWord(r.t))) run.push(w);
    else close();
  }
  close();
  return runs;
}

function headAt(text: string): (HeadSpec & { regex: RegExp; length: number }) | undefined {
  for (const h of heads) {
    const m = h.regex.exec(text);
    if (m) return { ...h, length: m[0].length };
  }
  return undefined;
}

interface Found { start: number; end: number; type: string; method: string }

/** Where in a run names end: cut after each head that is followed by more than a bare head. */
function headedNames(text: string, run: Word[], known: Found[]): Found[] {
  const out: Found[] = [];
  let segStart = 0;
  let last: { at: number; type: string; proper: boolean; length: number } | undefined;
  const flush = (from: number, upto: number, head: { type: string; proper: boolean; length: number }) => {
    let a = from;
    let stateAt = -1;
    // Leading description words and, except for places, a state (nationality) are not the name.
    while (a < upto) {
      const w = run[a];
      const inState = known.some((k) => k.type === 'State' && k.start <= w.start && w.end <= k.end);
      // A place keeps its state (西オーストラリア州) unless ・ sets it apart (インドネシア・スラウェシ島).
      const setApart = inState && run[a + 1]?.t.surface_form === '・';
      // 米ルイジアナ州, 豪クイーンズランド州: one state kanji before a katakana name is the state, not part of the place.
      const stateMark = stateKanji.has(w.t.surface_form) && KATAKANA.test(run[a + 1]?.t.surface_form ?? '') && run[a + 1].start === w.end;
      if (inState && !setApart && head.type !== 'Place' && w.end - w.start >= 2) stateAt = a;
      if (stateMark || strip.has(w.t.surface_form) || w.t.pos === '接頭詞' && w.t.surface_form !== '新' && w.t.surface_form !== '第' || (inState && (head.type !== 'Place' || setApart))) a++;
      else if (w.t.surface_form === '・' && a > from) a++;
      else break;
    }
    // 資源大手テック・リソーシズ, アルミ大手ヒンダルコ: the name starts after a description of the firm's trade.
    // (南西部 comes as 南西 + 部: the word may span two tokens.)
    const startsAfter = (b: number) => namesStartAfter.has(run[b].t.surface_form) || (b > a && namesStartAfter.has(run[b - 1].t.surface_form + run[b].t.surface_form));
    for (let b = upto - 1; b >= a; b--) if (descriptionEnds.has(run[b].t.surface_form) || startsAfter(b) && KATAKANA.test(run[b + 1]?.t.surface_form ?? '')) { a = b + 1; break; }
    // 日本製鉄, 韓国電力, 韓国鉱害鉱業公団: a state written in full that leaves only the head, or
    // that opens a public body's name, is part of the name.
    if (stateAt >= 0 && stateAt === a - 1 && a <= upto && (run[upto].end - run[a].start <= head.length || head.type === 'Organization')) a = stateAt;
    if (a > upto) return;
    const start = run[a].start;
    const end = run[upto].end;
    if (end - start <= head.length) return;
    // 米シェールガス最大手の…, 石油大手: a trade before 大手 describes a firm and names none.
    if (descriptionEnds.has(run[upto + 1]?.t.surface_form ?? '') || DESCRIBED_AFTER.test(text.slice(end, end + 3))) return;
    const modifiers = run.slice(a, upto + 1).filter((w) => w.end <= end - head.length || w.start < end - head.length);
    // マルク州, タインホア省: a katakana word right before 州 or 省 names a province even where the
    // dictionary knows it as a common word (マルク), and 省 after a katakana name is a province, not
    // a ministry (エネルギー省 is one: its word is a common noun).
    const province = PROVINCE_END.test(text.slice(start, end)) ? run.find((w) => w.end === end - 1 && KATAKANA.test(w.t.surface_form)) : undefined;
    // A one-kanji state (米 of 米液化天然ガス) says where, not that the words after it name something.
    const proper = modifiers.some((w) => isProperWord(w.t) && !stateKanji.has(w.t.surface_form)) || known.some((k) => k.start >= start && k.end <= end - head.length && k.type !== 'Resource' && k.method !== 'ja-abbreviation') || (province !== undefined && head.type === 'Place');
    // 鉱業ロイヤルティー法, 家電リサイクル法: a law named by a trade and a loanword is a name too. The
    // trade word may have ended a segment of its own (鉱業 is a firm head): it opens the law's name.
    const trade = head.type === 'Policy' && a === from && from > 0 && HAN_WORD.test(run[from - 1].t.surface_form) && run[from - 1].end === run[from].start ? run[from - 1] : undefined;
    const namedLaw = head.type === 'Policy' && modifiers.some((w) => KATAKANA.test(w.t.surface_form)) && (trade !== undefined || modifiers.some((w) => HAN_WORD.test(w.t.surface_form)));
    if (head.proper && !proper && !namedLaw) return;
    if (namedLaw && !proper && trade) {
      out.push({ start: trade.start, end, type: head.type, method: 'ja-head' });
      return;
    }
    if (province && head.type === 'Organization' && text[end - 1] === '省' && isProperWord(province.t)) {
      out.push({ start: province.start, end, type: 'Place', method: 'ja-head' });
      return;
    }
    // イクシスLNGプロジェクト: a known project followed only by a generic project word is that project.
    if (head.type === 'Project' && GENERIC_PROJECT_WORDS.has(text.slice(end - head.length, end)) && known.some((k) => k.type === 'Project' && k.start === start && k.end === end - head.length)) return;
    // 加パイプライン大手ペンビナ・パイプライン: after a firm cue a project word ends a firm's name.
    out.push({ start, end, type: head.type === 'Project' && firmCueBefore(text, start) ? 'Firm' : head.type, method: 'ja-head' });
  };
  for (let j = 0; j < run.length; j++) {
    const h = headAt(text.slice(run[segStart].start, run[j].end));
    // 高市早苗首相: a surname that ends like a head word (市, 田, 島) names a person, not a place.
    // アラスカ・ガスライン開発公社: a katakana head (ガス) running on into a katakana word is part of that word.
    if (h && KATAKANA.test(run[j].t.surface_form) && run[j + 1] && run[j + 1].start === run[j].end && KATAKANA.test(run[j + 1].t.surface_form) && run[j + 1].t.surface_form !== '・') continue;
    if (!h || run[j].t.pos_detail_2 === '人名' && h.length < run[j].end - run[j].start + 1 && run[j + 1]?.t.pos_detail_2 === '人名') continue;
    if (last && run[j].end - run[last.at].end > h.length) {
      flush(segStart, last.at, last);
      segStart = last.at + 1;
      const again = headAt(text.slice(run[segStart].start, run[j].end));
      last = again ? { at: j, type: again.type, proper: again.proper, length: again.length } : undefined;
      continue;
    }
    last = { at: j, type: h.type, proper: h.proper, length: h.length };
  }
  if (last) flush(segStart, last.at, last);
  return out;
}

const TITLE_PREFIX = /^(?:前|元|現|暫定|次期)$/;
const PROVINCE_END = /[\u30a1-\u30fa\u30fc](?:州|省)$/;

/** 岸田文雄, 岸田首相, 上田隆之氏, アルバニージー首相: the name without its title. */
function people(words: Word[], text: string): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i].t;
    const next = words[i + 1];
    if (t.pos_detail_2 === '人名' && t.pos_detail_3 === '姓') {
      const given = kanjiGivenName(words, i, text);
      if (given !== undefined) {
        out.push({ start: words[i].start, end: words[given].end, type: 'Person', method: 'ja-person' });
        i = given;
        continue;
      }
      if (next && next.t.pos_detail_2 === '人名' && next.t.pos_detail_3 === '名' && next.start === words[i].end) {
        const tail = givenNameTail(words, i + 1);
        out.push({ start: words[i].start, end: tail ? tail.end : next.end, type: 'Person', method: 'ja-person' });
        i += tail ? 2 : 1;
        continue;
      }
      if (next && titles.has(next.t.surface_form)) out.push({ start: words[i].start, end: words[i].end, type: 'Person', method: 'ja-person' });
      continue;
    }
    if (KATAKANA.test(t.surface_form) && t.pos === '名詞') {
      // ジョコ・ウィドド前大統領, プラボウォ・スビアント大統領: loanwords joined by ・, then a title
      // (前 / 元 / 現 may stand before it).
      let j = i;
      // アブドルアジズ・エネルギー相: the run stops where a portfolio title follows the ・.
      while (words[j + 2] && words[j + 1].t.surface_form === '・' && KATAKANA.test(words[j + 2].t.surface_form) && words[j + 2].start === words[j + 1].end && words[j + 1].start === words[j].end && !portfolioAt(text, words[j + 1].start)) j += 2;
      // アブドルアジズ・エネルギー相: the dictionary may keep name and portfolio in one unknown word.
      const cut = portfolioCut(text, words[i].start, words[j].end);
      if (cut !== undefined && cut > words[i].start) {
        out.push({ start: words[i].start, end: cut, type: 'Person', method: 'ja-person' });
        i = j;
        continue;
      }
      let k = j + 1;
      if (words[k] && TITLE_PREFIX.test(words[k].t.surface_form) && words[k].start === words[j].end) k++;
      // マクロン仏大統領: one state kanji may stand between the name and the title.
      else if (words[k] && stateKanji.has(words[k].t.surface_form) && words[k].start === words[j].end && words[k + 1]?.start === words[k].end) k++;
      const title = words[k];
      if ((j > i || isLoanName(t)) && title && (titles.has(title.t.surface_form) || titleAt(text, title.start) || portfolioAt(text, title.start)) && title.t.surface_form !== '代表') {
        out.push({ start: words[i].start, end: words[j].end, type: 'Person', method: 'ja-person' });
        i = k;
      }
    }
  }
  return out;
}

/** A title written out as several words (最高経営責任者 is 最高・経営・責任・者 to the dictionary). */
const TITLES_LONGEST = [...titles].sort((a, b) => b.length - a.length);
function titleAt(text: string, at: number): boolean {
  return TITLES_LONGEST.some((title) => title !== '代表' && text.startsWith(title, at));
}

/**
 * A minister's portfolio title after a foreign name, often joined by ・ (アブドルアジズ・エネルギー相,
 * バーリル・エネルギー鉱物資源相, ムサ・マガスバ鉱山・地質相): words ending in 相, then a particle.
 */
const PORTFOLIO = /^・?(?:[\u30a1-\u30fa\u30fc]+|\p{Script=Han}+)(?:・?(?:[\u30a1-\u30fa\u30fc]+|\p{Script=Han}+)){0,3}?相(?=[はがとのもや、，。（(]|$)/u;
function portfolioAt(text: string, at: number): boolean {
  // ファム・ミン・チン首相: a head of government's title ends a name of several words, not a portfolio.
  const m = PORTFOLIO.exec(text.slice(at, at + 20));
  return !!m && !m[0].endsWith('首相');
}
/**
 * The ・ inside a run of katakana words where a portfolio title starts, if one does: the word after
 * it is a common noun (エネルギー, インフラ), not another part of the name (アウロラ・ウィリアムズ鉱業相).
 */
function portfolioCut(text: string, start: number, end: number): number | undefined {
  for (let at = text.indexOf('・', start); at >= 0 && at < end; at = text.indexOf('・', at + 1)) {
    if (!portfolioAt(text, at)) continue;
    const word = /^[\u30a1-\u30fa\u30fc]+/.exec(text.slice(at + 1))?.[0];
    const tokens = word ? japaneseTokens(word) : [];
    if (!word || tokens.length === 1 && tokens[0].pos_detail_1 === '一般' && tokens[0].word_type === 'KNOWN') return at;
  }
  return undefined;
}

const ONE_KANJI = /^\p{Script=Han}$/u;
const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * 李在明大統領, 崔然恵社長: a surname and one or two kanji the dictionary reads as other words
 * (在, 然) before a title are one name (Korean and Chinese given names). Returns the index of the
 * given name's last word.
 */
function kanjiGivenName(words: Word[], surname: number, text: string): number | undefined {
  let end = surname;
  let chars = 0;
  while (chars < 2) {
    const w = words[end + 1];
    if (!w || w.start !== words[end].end || !ONE_KANJI.test(w.t.surface_form) || w.t.pos === '助詞' || w.t.pos === '助動詞' || notNameTails.has(w.t.surface_form) || titles.has(w.t.surface_form)) break;
    end++;
    chars++;
  }
  if (chars === 0) return undefined;
  // Not a surname plus a given name the dictionary already knows (岸田文雄): that case is read above.
  if (words[surname + 1].t.pos_detail_2 === '人名' && chars === 1) return undefined;
  const title = words[end + 1];
  return title && title.start === words[end].end && (titles.has(title.t.surface_form) || titleAt(text, title.start)) ? end : undefined;
}

/**
 * 樋口康二郎社長, 武藤容治経済産業相: the dictionary knows the given name's first part (康二, 容)
 * and leaves its last kanji as a word of its own. One kanji standing between a given name and a
 * title (社長, 知事, …相) belongs to the name; words that stand there otherwise (県, 党) are data.
 */
function givenNameTail(words: Word[], given: number): Word | undefined {
  const tail = words[given + 1];
  // 赤沢亮正経済産業相: the dictionary may read the last kanji as a prefix of the title (正).
  if (!tail || tail.start !== words[given].end || !/^\p{Script=Han}$/u.test(tail.t.surface_form) || tail.t.pos !== '名詞' && tail.t.pos !== '接頭詞') return undefined;
  if (titles.has(tail.t.surface_form) || notNameTails.has(tail.t.surface_form) || words[given].end - words[given].start > 2) return undefined;
  for (let k = given + 2; k < Math.min(words.length, given + 6); k++) {
    const w = words[k];
    if (w.start !== words[k - 1].end || w.t.pos !== '名詞') return undefined;
    if (titles.has(w.t.surface_form) || w.t.surface_form === '相' && w.t.pos_detail_1 === '接尾') return tail;
  }
  return undefined;
}

/**
 * ベンチャー・グローバル: katakana words the dictionary knows, joined by ・, are one foreign name
 * (a cue before it still decides whether it is one and of what type).
 */
function dotJoinedAt(words: Word[], at: number): boolean {
  const dot = words[at];
  const next = words[at + 1];
  return !!dot && !!next && dot.t.surface_form === '・' && dot.start === words[at - 1]?.end && next.start === dot.end && KATAKANA.test(next.t.surface_form) && next.t.pos === '名詞';
}

/**
 * A katakana word the dictionary knows as a proper noun but not as a place (サントス, a saint's
 * name to it): after a firm cue it is a firm's name like any unknown loanword (資源大手サントス).
 */
function knownForeignName(t: JapaneseToken): boolean {
  return t.pos_detail_1 === '固有名詞' && t.pos_detail_2 !== '地域';
}

/** Katakana names without a head, typed by what stands before them (企業カザトムプロム, 設備「プレリュード」, 州都ダーウィン). */
function loanNames(text: string, words: Word[], taken: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    let j = i;
    // 子会社PTヴァーレ・インドネシア: a Latin word may open the name.
    if (LATIN.test(words[i].t.surface_form) && words[i + 1] && words[i + 1].start === words[i].end && isLoanName(words[i + 1].t)) j++;
    while (j < words.length && (isLoanName(words[j].t) || KATAKANA.test(words[j].t.surface_form) && words[j].t.pos === '名詞' && (j > i || dotJoinedAt(words, j + 1) || knownForeignName(words[j].t)) || j > i && dotJoinedAt(words, j)) && (j === i || words[j].start === words[j - 1].end)) j++;
    if (j === i) continue;
    const i0 = i;
    const start = words[i].start;
    const end = words[j - 1].end;
    i = j - 1;
    if (taken.some((k) => overlaps(k, { start, end }) && !inside(k, start, end))) continue;
    const before = text.slice(Math.max(0, start - 6), start);
    const after = text.slice(end, end + 1);
    let type: string | undefined;
    // 武装組織フーシ派, 武装勢力ヒズボラ: an armed or political group (with the 派 after it).
    if (organizationCueBefore(text, start)) {
      type = 'Organization';
      if (text[end] === '派') {
        out.push({ start, end: end + 1, type, method: 'ja-loanword' });
        continue;
      }
    } else if (firmCueBefore(text, start) || firmMarkAfter(text, end)) type = 'Firm';
    // 州都ダーウィン, ダーウィン郊外のブラディン・ポイント: a city or a site named after a place word.
    else if (rules.placeCues.some((c) => before.endsWith(c))) type = 'Place';
    else if (before.endsWith('「') && rules.facilityCues.some((c) => before.slice(0, -1).endsWith(c))) type = 'Project';
    // 〈国〉のカメコ（Cameco）: a foreign name introduced with its nationality and original spelling.
    else if (before.endsWith('の') && /[（(][A-Za-z]/.test(text.slice(end, end + 2)) && taken.some((k) => k.type === 'State' && k.end === start - 1)) type = 'Firm';
    // 米グレンファーンと, 英豪リオ・ティントが: a foreign name right after one-kanji states (not after
    // another kanji word), then a particle, is a firm as news writes them; a place has its head (米ルイジアナ州).
    else if (stateKanjiBefore(text, start) && (FIRM_AFTER.test(text.slice(end, end + 1)) || (CASE_AFTER.test(text.slice(end, end + 2)) && !words.slice(i0, j).some((w) => w.t.pos_detail_2 === '地域')))) type = 'Firm';
    // フランスのオラノが: a word the dictionary does not know, after a state and の, before a particle.
    else if (before.endsWith('の') && FIRM_AFTER.test(text.slice(end, end + 1)) && words.slice(i0, j).every((w) => w.t.word_type === 'UNKNOWN' || w.t.surface_form === '・') && taken.some((k) => k.type === 'State' && k.end === start - 1)) type = 'Firm';
    if (type && after !== '・') out.push({ start, end, type, method: 'ja-loanword' });
  }
  return out;
}

/** A known name strictly inside a longer one is part of it (PTヴァーレ・インドネシア, タジーズ・アンモニア). */
function inside(k: { start: number; end: number }, start: number, end: number): boolean {
  return k.start >= start && k.end <= end && k.end - k.start < end - start;
}

const QUOTED = /「([^「」]{2,30})」/g;

/**
 * 浮体式LNG設備「プレリュード」: a quoted name right after a facility word is a project; after an
 * operation or programme word (護衛作戦「アスピデス」) a policy; after a word for a new firm, or
 * before a verb of setting one up (「アングロ・テック」を発足させる), a firm.
 */
function quotedFacilities(text: string, taken: Found[]): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index).replace(/[（(][^（）()]*[）)]$/, '');
    const after = text.slice(end + 1, end + 6);
    const type = rules.facilityCues.some((c) => before.endsWith(c)) ? 'Project'
      : (rules.policyCues ?? []).some((c) => before.endsWith(c)) ? 'Policy'
      : (rules.firmQuoteCues ?? []).some((c) => before.endsWith(c)) || (rules.firmFoundingVerbs ?? []).some((v) => after.startsWith(v)) ? 'Firm'
      : undefined;
    if (!type) continue;
    if (taken.some((k) => overlaps(k, { start, end }) && !inside(k, start, end))) continue;
    out.push({ start, end, type, method: 'ja-quoted' });
  }
  return out;
}

/**
 * 台湾中油（CPC）: words right before a Latin original in brackets are a name. Its type comes
 * from a cue before it (企業, 傘下の), else from the names listed beside it (…、東京ガス、大阪ガス).
 */
function namesBeforeOriginals(text: string, runs: Word[][], taken: Found[]): Found[] {
  const out: Found[] = [];
  for (const run of runs) {
    const start = run[0].start;
    const end = run[run.length - 1].end;
    if (!/^[（(][A-Za-z]/.test(text.slice(end, end + 2)) || end - start < 2) continue;
    if (taken.some((k) => overlaps(k, { start, end }) && !(k.start >= start && k.end <= end && k.end - k.start < end - start))) continue;
    const close = text.indexOf(text[end] === '（' ? '）' : ')', end);
    const listed = close > 0 && '、,，や'.includes(text[close + 1] ?? '') ? taken.find((k) => k.start === close + 2) : undefined;
    const before = [...taken].filter((k) => k.end === start - 1 && '、,，'.includes(text[start - 1])).pop();
    // ギニア・ボーキサイト会社（CBG）: a name ending in 会社 with its original is a firm.
    const type = firmCueBefore(text, start) || /会社$/.test(text.slice(start, end)) && end - start > 3 ? 'Firm' : listed?.type ?? before?.type;
    if (type === 'Firm' || type === 'Organization') out.push({ start, end, type, method: 'ja-original' });
  }
  return out;
}

/** Words that make any project a project (プロジェクト, 事業), unlike those that say what it is (ガス田, 製錬所). */
const GENERIC_PROJECT_WORDS = new Set(['プロジェクト', '事業', '計画']);

const FIRM_AFTER = /^[はがとやもの、，。（(]/;
/** 米ベンチャー・グローバルから, 豪ウッドサイドに: other case particles after a state kanji and a foreign name, unless the dictionary knows the name as a place (米テキサスに). */
const CASE_AFTER = /^(?:から|に|へ|を|で|より)/;

/** ボーイング社, BHP社: 社 right after a foreign name marks it a firm (not 社会, society); the name is the part before it. */
function firmMarkAfter(text: string, at: number): boolean {
  return text[at] === '社' && text[at + 1] !== '会';
}

/** One or more state kanji (米, 英豪) right before `at`, not themselves the end of a longer kanji word. */
function stateKanjiBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && stateKanji.has(text[i - 1])) i--;
  return i < at && !/\p{Script=Han}/u.test(text[i - 1] ?? '');
}

function organizationCueBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return (rules.organizationCues ?? []).some((c) => before.endsWith(c));
}

function firmCueBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return rules.firmCues.some((c) => before.endsWith(c));
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;

/** タイ国営のPTT, ギニアの物流会社UMS, BHP社: a Latin acronym right after a firm cue, before a particle, or before 社, is a firm. */
function latinAfterFirmCue(text: string, words: Word[], taken: Found[]): Found[] {
  const out: Found[] = [];
  for (const w of words) {
    if (!ACRONYM.test(w.t.surface_form) || !((firmCueBefore(text, w.start) && FIRM_AFTER.test(text.slice(w.end, w.end + 1))) || firmMarkAfter(text, w.end))) continue;
    if (taken.some((k) => overlaps(k, w))) continue;
    out.push({ start: w.start, end: w.end, type: 'Firm', method: 'ja-loanword' });
  }
  return out;
}

/** Proper nouns IPADIC knows that nothing above took: places (地域) and organisations (組織). */
function dictionaryNames(text: string, words: Word[], taken: Found[]): Found[] {
  const out: Found[] = [];
  for (const w of words) {
    const t = w.t;
    if (t.pos_detail_1 !== '固有名詞' || t.word_type !== 'KNOWN' || taken.some((k) => overlaps(k, w))) continue;
    if (t.pos_detail_2 === '地域' && t.pos_detail_3 !== '国' && w.end - w.start >= 3) out.push({ start: w.start, end: w.end, type: 'Place', method: 'ja-dictionary' });
    else if (t.pos_detail_2 === '組織') {
      const h = headAt(t.surface_form);
      out.push({ start: w.start, end: w.end, type: h?.type ?? (firmCueBefore(text, w.start) ? 'Firm' : 'Organization'), method: 'ja-dictionary' });
    }
  }
  return out;
}

/**
 * Names in a Japanese sentence (one with kana) found by morphology: noun compounds ending in a
 * head word, people by their name parts or titles, katakana loanword names by their cue words,
 * and proper nouns the dictionary knows. Offsets are converted to the compact match text.
 * `known` are the names already found (lexicon, brackets, pairs), in compact offsets.
 */
export function japaneseCandidates(sentenceText: string, match: MatchText, known: Candidate[]): Candidate[] {
  if (!hasKana(sentenceText)) return [];
  const toCompact = new Int32Array(sentenceText.length + 1).fill(-1);
  match.toText.forEach((t, c) => { if (toCompact[t] === -1) toCompact[t] = c; });
  const toText = match.toText;
  const knownText: Found[] = known.map((k) => ({ start: toText[k.start], end: toText[k.end - 1] + 1, type: k.type, method: k.method }));
  const words: Word[] = [];
  let at = 0;
  for (const t of japaneseTokens(sentenceText)) {
    const start = sentenceText.indexOf(t.surface_form, at);
    if (start < 0) continue;
    at = start + t.surface_form.length;
    words.push({ t, start, end: at });
  }
  const found: Found[] = [];
  for (const run of nounRuns(words)) found.push(...headedNames(sentenceText, run, knownText));
  // アウロラ・ウィリアムズ鉱業相: a trade word that heads a portfolio title (…鉱業相) names no firm.
  const titled = people(words, sentenceText);
  for (let i = found.length - 1; i >= 0; i--) if (found[i].type === 'Firm' && sentenceText[found[i].end] === '相' && titled.some((p) => overlaps(found[i], p))) found.splice(i, 1);
  const persons = titled.filter((p) => !found.some((f) => overlaps(f, p)));
  found.push(...persons);
  found.push(...loanNames(sentenceText, words, [...found, ...knownText]));
  found.push(...quotedFacilities(sentenceText, [...found, ...knownText]));
  found.push(...namesBeforeOriginals(sentenceText, nounRuns(words), [...found, ...knownText]));
  found.push(...dictionaryNames(sentenceText, words, [...found, ...knownText]));
  found.push(...latinAfterFirmCue(sentenceText, words, [...found, ...knownText]));
  // グラファイト鉱山「ラック・ブラン」: the words before a quoted name describe it.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (f.method === 'ja-head' && f.type === 'Project' && sentenceText[f.end] === '「' && found.some((q) => q.start === f.end + 1 && sentenceText[q.end] === '」')) found.splice(i, 1);
  }
  const out: Candidate[] = [];
  for (const f of found) {
    // A known name covering this one, or crossing its edge, wins; names inside it are part of it.
    if (knownText.some((k) => overlaps(k, f) && !(k.start >= f.start && k.end <= f.end && k.end - k.start < f.end - f.start))) continue;
    const start = toCompact[f.start];
    const last = toCompact[f.end - 1];
    if (start < 0 || last < 0) continue;
    out.push({ start, end: last + 1, type: f.type, method: f.method, priority: PRIORITY.head });
  }
  return out;
}

const LATIN_ORIGINAL = /^[（(]([A-Za-z][A-Za-z0-9 .,&'’+\-]{0,60}?)[）)]/;

/**
 * カメコ（Cameco）, 台湾中油（CPC）: a Latin original in brackets right after a Japanese name is
 * another name of it. Japanese runs particles into names, so the name is the one morphology or
 * the lexicon found ending at the bracket; no new span is made.
 */
export function pairLatinOriginals(text: string, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.pairedName || (text[c.end] !== '（' && text[c.end] !== '(')) continue;
    const m = LATIN_ORIGINAL.exec(text.slice(c.end, c.end + 64));
    if (m) c.pairedName = m[1].trim();
  }
}
