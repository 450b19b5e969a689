import { simplifiedText as toSimplified } from '../../ingest/extract/script';
import { relationshipType } from '../../graph/ontology';
import type { CastMember } from './entities';
import type { Random } from './random';
import { chineseNumerals, fillerSentences, headings, mentionSentences, relationTemplates } from './templates';
import type { DocumentTruth, TruthEntity, TruthRelation } from './truth';


const syllables: [string, string][] = [
  ['東', 'Dong'], ['嶺', 'ling'], ['華', 'Hua'], ['海', 'hai'], ['遠', 'Yuan'], ['星', 'xing'], ['泰', 'Tai'],
  ['豐', 'feng'], ['安', 'An'], ['興', 'xing'], ['峰', 'feng'], ['瑞', 'Rui'], ['寧', 'ning'], ['川', 'chuan'],
];
const inventedHeads: { type: string; zh: string; en: string }[] = [
  { type: 'Firm', zh: '能源公司', en: 'Energy' },
  { type: 'Firm', zh: '礦業集團', en: 'Mining Group' },
  { type: 'Project', zh: '油田', en: 'Oil Field' },
  { type: 'Project', zh: '液化天然氣專案', en: 'LNG Project' },
];

/** A name nobody's lexicon has: two syllables and a head word, e.g. 東嶺能源公司（Dongling Energy）. */
export function inventEntity(random: Random): CastMember {
  const a = random.pick(syllables);
  const b = random.pick(syllables);
  const head = random.pick(inventedHeads);
  const en = `${a[1][0].toUpperCase()}${a[1].slice(1).toLowerCase()}${b[1].toLowerCase()} ${head.en}`;
  return { type: head.type, zh: `${a[0]}${b[0]}${head.zh}`, en };
}

function fits(types: string[], type: string): boolean {
  return types.includes('*') || types.includes(type);
}

interface Stated {
  text: string;
  date?: string;
  share?: number;
  resource?: string;
}

function fillTemplate(template: string, random: Random, resources: CastMember[]): Stated {
  const stated: Stated = { text: template };
  if (template.includes('{date}')) {
    const year = 1995 + random.int(30);
    const month = random.chance(0.5) ? 1 + random.int(12) : undefined;
    stated.date = month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
    stated.text = stated.text.replace('{date}', month ? `${year}年${month}月` : `${year}年`);
  }
  if (template.includes('{pct}')) {
    const pct = random.pick([5, 10, 12.5, 20, 25, 30, 49, 50, 51]);
    stated.share = pct / 100;
    stated.text = stated.text.replace('{pct}', `${pct}%`);
  }
  if (template.includes('{res}')) {
    const res = resources.length ? random.pick(resources).zh : '天然氣';
    stated.resource = res;
    stated.text = stated.text.replace('{res}', res);
  }
  return stated;
}

export interface DocumentPlan {
  file: string;
  lang: 'zh-Hant' | 'zh-Hans';
  targetBytes: number;
  cast: CastMember[];
  invented: Set<string>;
}

/** One paper: title, sections with numbered headings, paragraphs of filler, mentions and relations. */
export function writeDocument(plan: DocumentPlan, random: Random): { text: string; truth: DocumentTruth } {
  const simplified = plan.lang === 'zh-Hans';
  const conv = (s: string) => (simplified ? toSimplified(s) : s);
  const entities = new Map<string, TruthEntity>();
  const relations = new Map<string, TruthRelation>();
  const resources = plan.cast.filter((c) => c.type === 'Resource');

  const surface = (c: CastMember): string => {
    const name = conv(c.zh);
    let entity = entities.get(name);
    const first = !entity;
    if (!entity) {
      entity = { type: c.type, name, nameEn: c.en, aliases: [name], invented: plan.invented.has(c.zh) };
      entities.set(name, entity);
    }
    // First mention: often the paper gives the original name in parentheses, as real papers do.
    if (first && c.en && (entity.invented || random.chance(0.5))) {
      if (!entity.aliases.includes(c.en)) entity.aliases.push(c.en);
      return `${name}（${c.en}）`;
    }
    return name;
  };

  const relationSentence = (): string | undefined => {
    const template = random.pick(relationTemplates);
    const def = relationshipType(template.type);
    if (!def) return undefined;
    const subjects = plan.cast.filter((c) => fits(def.subject, c.type));
    const subject = subjects.length ? random.pick(subjects) : undefined;
    const objects = plan.cast.filter((c) => fits(def.object, c.type) && c !== subject);
    if (!subject || !objects.length) return undefined;
    const object = random.pick(objects);
    const stated = fillTemplate(template.text, random, resources);
    const text = stated.text.replace('{S}', surface(subject)).replace('{O}', surface(object));
    const sentence = conv(text);
    const key = `${conv(subject.zh)}|${template.type}|${conv(object.zh)}`;
    if (!relations.has(key)) {
      relations.set(key, {
        type: template.type,
        subject: conv(subject.zh),
        object: conv(object.zh),
        ...(stated.date ? { date: stated.date } : {}),
        ...(stated.share !== undefined ? { share: stated.share } : {}),
        ...(stated.resource ? { resource: conv(stated.resource) } : {}),
        sentence,
      });
    }
    return sentence;
  };

  const title = conv(`論${random.pick(plan.cast).zh}與區域能源秩序的變遷（第${random.int(900) + 100}號研究報告）`);
  const parts: string[] = [title, '', conv(`作者：研究員${random.int(90) + 10}號`), ''];
  let bytes = Buffer.byteLength(parts.join('\n'));
  let sectionIndex = 0;
  while (bytes < plan.targetBytes) {
    const heading = conv(`${chineseNumerals[sectionIndex % chineseNumerals.length]}、${headings[sectionIndex % headings.length]}`);
    sectionIndex++;
    parts.push(heading, '');
    bytes += Buffer.byteLength(heading) + 2;
    for (let p = 0; p < 6 && bytes < plan.targetBytes; p++) {
      let paragraph = '';
      for (let s = 0; s < 8; s++) {
        const roll = random.next();
        let sentence: string | undefined;
        if (roll < 0.25) sentence = relationSentence();
        else if (roll < 0.35) sentence = conv(random.pick(mentionSentences).replace('{E}', '\u0000')).replace('\u0000', surface(random.pick(plan.cast)));
        sentence ??= conv(random.pick(fillerSentences));
        paragraph += sentence;
      }
      parts.push(paragraph, '');
      bytes += Buffer.byteLength(paragraph) + 2;
    }
  }
  const text = `${parts.join('\n')}\n`;
  return {
    text,
    truth: {
      file: plan.file,
      lang: plan.lang,
      title,
      bytes: Buffer.byteLength(text),
      entities: [...entities.values()],
      relations: [...relations.values()],
    },
  };
}
