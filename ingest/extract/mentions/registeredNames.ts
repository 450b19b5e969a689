import { readRules } from '../data';
import { PRIORITY, type Candidate } from './types';

/**
 * Firms written with their registered legal form (中国投资有限责任公司, 中国石油天然气股份有限公司):
 * the whole span from the last boundary before the form is the name. Walking back by word
 * (headWords.ts) stops at a verb or a state (投资, 中国), which here are part of the name.
 * Vocabulary: data/rules/zh/registeredNames.json (simplified script).
 */

interface RegisteredNameWords {
  forms: string[];
  boundaries: string;
  minLength: number;
  maxLength: number;
  /** Verbs a sentence puts right before a registered name (会见, 宣布): the name starts after them. */
  boundaryWords?: string[];
}

const words = readRules<RegisteredNameWords>('zh/registeredNames.json');
const forms = [...words.forms].sort((a, b) => b.length - a.length);
const boundaries = new Set([...words.boundaries]);
const boundaryWords = words.boundaryWords ?? [];
const DIGIT = /[0-9０-９]/;

export function registeredNameCandidates(text: string): Candidate[] {
  // Most sentences name no registered form: one cheap test first.
  if (!text.includes('有限') && !text.includes('集团公司')) return [];
  const out: Candidate[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (out.some((c) => c.start < end && at < c.end)) continue;
      let start = at;
      while (start > 0 && at - start < words.maxLength && !boundaries.has(text[start - 1]) && !DIGIT.test(text[start - 1])) start--;
      // A walk that hit the length limit did not find where the name begins.
      if (at - start < words.minLength || (at - start >= words.maxLength && start > 0 && !boundaries.has(text[start - 1]))) continue;
      // 在阿什哈巴德会见中国石油天然气集团有限公司: a meeting verb inside the walk is not part of the name.
      // The cut name then outranks a walk by word that took the verb in.
      let cutAtVerb = false;
      for (const w of boundaryWords) {
        const cut = text.lastIndexOf(w, at - 1);
        if (cut >= start) {
          start = cut + w.length;
          cutAtVerb = true;
        }
      }
      if (at - start < words.minLength) continue;
      out.push({ start, end, type: 'Firm', method: 'registered-name', priority: cutAtVerb ? PRIORITY.head + 1 : PRIORITY.head });
    }
  }
  return out;
}
