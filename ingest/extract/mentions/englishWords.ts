import { readRules } from '../data';

/** The vocabulary of English name discovery (data/rules/en/names.json). */
export interface EnglishVocabulary {
  firmHeads: Set<string>;
  /** Words that make a bank a public body; a bank named without them is a firm. */
  publicBankWords: Set<string>;
  organizationHeads: Set<string>;
  organizationLeads: Set<string>;
  /** Words that open a place's name: Salar de Atacama, Lake Baikal, Cape Town is not one (a head-less city). */
  placeLeads: Set<string>;
  projectHeads: Set<string>;
  placeHeads: Set<string>;
  policyHeads: Set<string>;
  agreementHeads: Set<string>;
  eventHeads: Set<string>;
  notNames: Set<string>;
  connectors: string[];
  /** Lower-case heads written after a name (the Vadinar refinery, the Moquegua region), longest first. */
  lowerHeads: { words: string; type: string; inName: boolean }[];
  /** Titles before a person's name, as word lists, longest first (Prime Minister before Minister). */
  personTitles: string[][];
  roleWords: RegExp;
  agentCues: RegExp;
  appositive: RegExp;
  appositiveTypes: Record<string, string>;
  /** A common noun right before a name types it (its affiliate Kemco). */
  nounBefore: RegExp;
  /** A plural noun before a list types its names (two Kazakh deposits, Zarechnoye and Khorasan-U). */
  pluralBefore: RegExp;
  pluralTypes: Record<string, string>;
  demonyms: Map<string, string>;
  /** What follows a name that only a project takes (…, was developed by; …, which KGHM built). */
  projectContexts: RegExp[];
  /** What follows a name that only a company takes (…, which is wholly owned by; …, a state-owned miner). */
  firmContexts: RegExp[];
}

interface EnglishRules {
  firmHeads: string[];
  publicBankWords: string[];
  organizationHeads: string[];
  organizationLeads: string[];
  placeLeads: string[];
  projectHeads: string[];
  projectHeadsLower: string[];
  placeHeads: string[];
  placeHeadsLower: string[];
  resourceHeadsLower: string[];
  policyHeads: string[];
  agreementHeads: string[];
  eventHeads: string[];
  connectors: string[];
  personTitles: string[];
  personRoleWords: string[];
  personAgentCues: string[];
  appositiveTypes: Record<string, string>;
  notNames: string[];
  demonyms: Record<string, string>;
  projectContexts: string[];
  firmContexts: string[];
  pluralHeads?: Record<string, string>;
}

let cache: EnglishVocabulary | undefined;

const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort(byLength).map(escape).join('|');

export function englishVocabulary(): EnglishVocabulary {
  if (cache) return cache;
  const r = readRules<EnglishRules>('en/names.json');
  // "~salt flat": the head types the name without being part of it (the Hombre Muerto salt flat).
  const lowerHead = (head: string, type: string) => ({ words: head.replace(/^~/, ''), type, inName: !head.startsWith('~') });
  const lowerHeads = [
    ...r.projectHeadsLower.map((h) => lowerHead(h, 'Project')),
    ...r.placeHeadsLower.map((h) => lowerHead(h, 'Place')),
    // Named grades of a commodity: Sokol crude, the Urals grade, ESPO blend.
    ...r.resourceHeadsLower.map((h) => lowerHead(h, 'Resource')),
  ].sort((a, b) => byLength(a.words, b.words));
  cache = {
    firmHeads: new Set(r.firmHeads),
    publicBankWords: new Set(r.publicBankWords),
    organizationHeads: new Set(r.organizationHeads),
    organizationLeads: new Set(r.organizationLeads),
    placeLeads: new Set(r.placeLeads),
    projectHeads: new Set(r.projectHeads),
    placeHeads: new Set(r.placeHeads),
    policyHeads: new Set(r.policyHeads),
    agreementHeads: new Set(r.agreementHeads),
    eventHeads: new Set(r.eventHeads),
    notNames: new Set(r.notNames),
    connectors: [...r.connectors].sort(byLength),
    lowerHeads,
    personTitles: [...r.personTitles].sort(byLength).map((t) => t.split(' ')),
    // "Sergei Lavrov, Russia's foreign minister"; "Hardeep Singh Puri, India's petroleum minister".
    roleWords: new RegExp(`^,\\s*(?:[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)?['’]s |the |a |an )?(?:[a-z-]+ ){0,2}(?:${alternation(r.personRoleWords)})\\b`),
    // "chaired by X", "led by chief executive X", and a role word alone: "chief executive Meirzhan
    // Yussupov told", "foreign minister Sergei Lavrov".
    agentCues: new RegExp(`(?:(?:${alternation(r.personAgentCues)}) (?:(?:${alternation(r.personRoleWords)}) )?|(?<![\\p{L}-])(?:${alternation(r.personRoleWords)}) )$`, 'u'),
    // "Quellaveco, an open-pit mine"; "Young Poong, a major shareholder"; "Euratom, the EU's
    // nuclear supply agency"; a demonym among the words: "Tianqi Lithium, the Chinese company"; a
    // seat among them: "Bellona, an Oslo-based environmental group".
    appositive: new RegExp(`^,\\s*(?:(?:a|an|the) (?:[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,2}['’]s )?|[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,2}['’]s )(?:[a-z-]+ |[A-Z][a-z]+(?:an|ese|ish|ian|ch|i) |[A-Z][\\w.-]*-(?:based|listed|headquartered|registered) ){0,3}?(${alternation(Object.keys(r.appositiveTypes))})\\b`),
    appositiveTypes: r.appositiveTypes,
    // "its affiliate Kemco"; "a mission called Baltic Sentry", "a joint venture named NovaAndino Litio".
    nounBefore: new RegExp(`\\b(${alternation(Object.keys(r.appositiveTypes))}) (?:(?:called|named|dubbed|known as) )?$`),
    pluralBefore: new RegExp(`\\b(${alternation(Object.keys(r.pluralHeads ?? { '\u0000': '' }))})(?:,| such as| including) ?(?:\\p{Lu}[\\p{L}\\p{N}-]*(?: \\p{Lu}[\\p{L}\\p{N}-]*)*(?:, ?| ))*(?:and |or )?$`, 'u'),
    pluralTypes: r.pluralHeads ?? {},
    demonyms: new Map(Object.entries(r.demonyms)),
    projectContexts: r.projectContexts.map((c) => new RegExp(c)),
    firmContexts: r.firmContexts.map((c) => new RegExp(c)),
  };
  return cache;
}
