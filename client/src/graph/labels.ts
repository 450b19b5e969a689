import type { Schema } from '../api/types';
import type { Lang } from '../state';

// Labels in the analyst's chosen language: Chinese names where the graph has them, English
// names otherwise (and the reverse).

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

interface Named {
  name: string;
  nameEn?: string | null;
  aliases?: string[];
}

export function entityLabel(entity: Named, lang: Lang): string {
  if (lang === 'en') return entity.nameEn || entity.name;
  if (HAN.test(entity.name)) return entity.name;
  const hanAlias = (entity.aliases ?? []).find((alias) => HAN.test(alias));
  return hanAlias ?? entity.name;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A name short enough for a node's label: at most `max` columns, a CJK character counting two,
 * cut at the last word boundary that fits (Latin) and ended with "…". The canvas shows the full
 * name on hover.
 */
export function shortLabel(text: string, max = 28): string {
  let width = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i += 1) {
    width += WIDE.test(text[i]) ? 2 : 1;
    if (width > max - 1) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return text;
  let head = text.slice(0, cut);
  const space = head.lastIndexOf(' ');
  if (space > head.length / 2) head = head.slice(0, space);
  return `${head.replace(/[\s,.;:·、，。]+$/u, '')}…`;
}

/** The other-language name, shown next to the label where there is room. */
export function secondaryName(entity: Named, lang: Lang): string | null {
  const main = entityLabel(entity, lang);
  const other = entityLabel(entity, lang === 'en' ? 'zh' : 'en');
  return other !== main ? other : null;
}

export function relationLabel(schema: Schema, type: string, lang: Lang): string {
  const info = schema.relationshipTypes.find((rel) => rel.name === type);
  if (!info) return type;
  return lang === 'en' ? info.labelEn : info.labelZh;
}

export function entityTypeLabel(schema: Schema, type: string, lang: Lang): string {
  const info = schema.entityTypes.find((entity) => entity.name === type);
  return lang === 'zh' && info ? `${info.labelZh} ${type}` : type;
}

export function typeColor(schema: Schema, type: string): string {
  return schema.entityTypes.find((entity) => entity.name === type)?.color ?? '#888888';
}
