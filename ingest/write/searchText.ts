import { simplified } from '../meta';

/** Every alias, its simplified-Chinese form and its lower-case form, once each, joined with " | ". */
export function searchTextOf(aliases: string[]): string {
  const out = new Set<string>();
  for (const alias of aliases) {
    for (const form of [alias, simplified(alias), alias.toLowerCase(), simplified(alias).toLowerCase()]) {
      if (form.trim()) out.add(form.trim());
    }
  }
  return [...out].join(' | ');
}
