import { relationProperty } from '../../contract/ontology';
import { ontology, relationshipType, type SentenceLang } from '../ontology';
import { relationPropertyNames, type EntitySummary, type Relation, type RelationProperty } from './model';

export type Lang = SentenceLang;

const placeholder = /\{(\w+)\}/g;

/**
 * One plain sentence for an edge, from the ontology's sentence templates, labels and the edge's
 * properties: "Mitsui & Co. holds 10% of Arctic LNG 2 (2023)", "United States sanctions Arctic
 * LNG 2 (2023-11)". Properties the sentence does not name follow in brackets, then the date.
 */
export function explainRelation(rel: Relation, subject: EntitySummary | undefined, object: EntitySummary | undefined, lang: Lang): string {
  const def = relationshipType(rel.type);
  const slots = new Map<string, string>([
    ['subject', displayName(subject, rel.source, lang)],
    ['object', displayName(object, rel.target, lang)],
    ['label', (lang === 'zh' ? def?.labelZh : def?.labelEn) ?? rel.type.toLowerCase().replace(/_/g, ' ')],
  ]);
  for (const name of relationPropertyNames) {
    const value = formatProperty(name, rel.properties[name]);
    if (value !== null) slots.set(name, value);
  }
  const templates = [...(def?.sentences?.[lang] ?? []), ...ontology.sentenceDefaults[lang]];
  const template = templates.find((t) => namesIn(t).every((name) => slots.has(name))) ?? '{subject} {label} {object}';
  const core = template.replace(placeholder, (_, name: string) => slots.get(name) ?? '');
  const named = new Set(namesIn(template));
  const details = relationPropertyNames.filter((name) => relationProperty(name).detail && !named.has(name) && slots.has(name)).map((name) => slots.get(name) as string);
  if (rel.date) details.push(rel.date);
  if (details.length === 0) return core;
  return lang === 'zh' ? `${core}（${details.join('，')}）` : `${core} (${details.join(', ')})`;
}

function namesIn(template: string): string[] {
  return [...template.matchAll(placeholder)].map(([, name]) => name);
}

/** A property as the sentence shows it, or null when it has no value worth saying. */
function formatProperty(name: RelationProperty, value: string | number | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (relationProperty(name).type === 'fraction') return typeof value === 'number' ? formatShare(value) : null;
  return String(value);
}

function displayName(entity: EntitySummary | undefined, fallbackId: string, lang: Lang): string {
  if (!entity) return fallbackId;
  return lang === 'en' ? (entity.nameEn ?? entity.name) : entity.name;
}

/** 0.1 → "10%", 0.125 → "12.5%"; shares are stored as fractions. */
export function formatShare(share: number): string {
  const pct = share <= 1 ? share * 100 : share;
  return `${Number(pct.toFixed(2))}%`;
}
