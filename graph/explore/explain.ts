import { relationshipType } from '../ontology';
import type { EntitySummary, Relation } from './model';

export type Lang = 'zh' | 'en';

/**
 * One plain sentence for an edge, from the ontology labels and the edge's properties:
 * "Mitsui & Co. holds 10% of Arctic LNG 2 (2023)", "United States sanctions Arctic LNG 2 (2023-11)".
 */
export function explainRelation(rel: Relation, subject: EntitySummary | undefined, object: EntitySummary | undefined, lang: Lang): string {
  const def = relationshipType(rel.type);
  const s = displayName(subject, rel.source, lang);
  const o = displayName(object, rel.target, lang);
  const p = rel.properties;
  const share = typeof p.share === 'number' ? formatShare(p.share) : null;
  const details = [p.resource, p.amount, p.role, p.topic, p.about, p.count, p.year].filter((v) => v !== undefined && v !== '').map(String);
  if (rel.date) details.push(rel.date);

  if (lang === 'zh') {
    const label = def?.labelZh ?? rel.type;
    const core =
      share && (rel.type === 'HOLDS_STAKE_IN' || rel.type === 'ACQUIRES')
        ? `${s}${rel.type === 'ACQUIRES' ? '收購' : '持有'}${o} ${share}股權`
        : `${s}${label}${o}`;
    return details.length > 0 ? `${core}（${details.join('，')}）` : core;
  }

  const label = def?.labelEn ?? rel.type.toLowerCase().replace(/_/g, ' ');
  let core: string;
  if (share && rel.type === 'HOLDS_STAKE_IN') core = `${s} holds ${share} of ${o}`;
  else if (share && rel.type === 'ACQUIRES') core = `${s} acquires ${share} of ${o}`;
  else if (share) core = `${s} ${label} ${o}, ${share}`;
  else core = `${s} ${label} ${o}`;
  return details.length > 0 ? `${core} (${details.join(', ')})` : core;
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
