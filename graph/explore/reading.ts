import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../neo4j/paths';
import { toSimplified } from './scripts';

/**
 * How an edge was read, in words, so an analyst can judge it without opening the rule files:
 * "Read by the trigger rule zh.stake.each, a PARTICIPATES_IN pattern; the words of the sentence
 * that fired it: “各持有 … 10%”". For a trigger rule the words are found again by running the
 * rule's pattern over the evidence sentence with its entity slots widened to any text; the other
 * methods have fixed readings (data/rules/methods.json).
 */

interface RuleRow {
  id: string;
  type: string;
  pattern: string;
}

const rulesDir = path.join(projectRoot, 'data', 'rules');
interface Phrases extends Record<string, unknown> {
  suffixes?: Record<string, string>;
}

let phrases: Phrases | undefined;
let rules: Map<string, RuleRow> | undefined;
const compiled = new Map<string, RegExp | null>();

function readingPhrases(): Phrases {
  phrases ??= JSON.parse(fs.readFileSync(path.join(rulesDir, 'methods.json'), 'utf8')) as Phrases;
  return phrases;
}

function phrase(key: string): string | undefined {
  const value = readingPhrases()[key];
  return typeof value === 'string' ? value : undefined;
}

/** Every trigger rule of every language folder, by id. */
function ruleTable(): Map<string, RuleRow> {
  if (rules) return rules;
  rules = new Map();
  for (const folder of fs.readdirSync(rulesDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = path.join(rulesDir, folder.name);
    for (const file of fs.readdirSync(dir).filter((f) => /^relations(?:\.[\w-]+)?\.json$/.test(f))) {
      const spec = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { rules?: RuleRow[] };
      for (const rule of spec.rules ?? []) rules.set(rule.id, rule);
    }
  }
  return rules;
}

/** A slot ({S}, {O:Firm}, {g}, {N}…) as a group that takes any text; the rest of the pattern as written. */
function widened(rule: RuleRow): RegExp | null {
  if (compiled.has(rule.id)) return compiled.get(rule.id)!;
  let regex: RegExp | null;
  try {
    const source = rule.pattern.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:').replace(/\{[A-Za-z][\w:|]*\}/g, '([\\s\\S]*?)');
    regex = new RegExp(source, 'id');
  } catch {
    regex = null; // a pattern that only compiles with the ingest's masking; it gets no words
  }
  compiled.set(rule.id, regex);
  return regex;
}

/** The text of the match outside the slots: the words that fired the rule. */
function triggerWords(rule: RuleRow, sentence: string): string | null {
  const regex = widened(rule);
  if (!regex) return null;
  const simplified = toSimplified(sentence);
  const text = simplified.length === sentence.length ? simplified : sentence;
  const match = regex.exec(text);
  const whole = match?.indices?.[0];
  if (!match?.indices || !whole) return null;
  const [start, end] = whole;
  const holes = match.indices.slice(1).filter((span): span is [number, number] => span !== undefined && span[1] > span[0]);
  const pieces: string[] = [];
  let at = start;
  for (const [from, to] of holes.sort((a, b) => a[0] - b[0])) {
    if (from > at) pieces.push(sentence.slice(at, from));
    at = Math.max(at, to);
  }
  if (end > at) pieces.push(sentence.slice(at, end));
  const words = pieces.map((p) => p.replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%]+$/gu, '')).filter((p) => p.length > 0);
  return words.length ? words.join(' … ') : null;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** The reading of an edge's method, given one of its evidence sentences (if any). */
export function methodReading(method: string | null, type: string, sentence: string | undefined): string {
  if (method === null) return phrase('analyst') ?? 'analyst';
  // rule:zh.x+carried-subject: a rule read with a step the suffix names.
  const [base, ...steps] = method.split('+');
  const after = steps.map((s) => readingPhrases().suffixes?.[s] ?? `; ${s}`).join('');
  if (!base.startsWith('rule:')) return (phrase(base) ?? fill(phrase('unknown') ?? '{method}', { method: base })).replace(/\.$/, '') + after + '.';
  const id = base.slice('rule:'.length);
  const rule = ruleTable().get(id);
  const head = fill(phrase('rule') ?? '{rule}', { rule: id, type: rule?.type ?? type });
  const words = rule && sentence ? triggerWords(rule, sentence) : null;
  return `${head}${words ? fill(phrase('ruleWords') ?? '', { words }) : ''}${after}.`;
}
