import { readRules } from '../data';
import { longestFirstAlternation } from '../regexWords';
import type { Candidate } from './types';

/**
 * What a word right after a lexicon place does to it (data/rules/placeHeads.json). A region word
 * is part of the place's own name (the Atacama region, 卢阿拉巴省), so the match takes it in and the surface
 * becomes one of the place's names; a facility word names another thing after the place (the
 * Jamnagar refinery, 萨贝塔港), so the place yields and head-word and English name finding read
 * the facility as a project (a project in the lexicon, 萨贝塔港, takes its head word in). Not when 'of' follows (the Mediterranean port of Ceyhan): there the
 * place only says where the facility is.
 */
interface Rules { regionLatin: string[]; regionCjk: string[]; facilityLatin: string[]; facilityCjk: string[] }

const rules = readRules<Rules>('placeHeads.json');
const words = (list: string[]) => longestFirstAlternation(list.map((w) => w.toLowerCase()));
const REGION = new RegExp(`^ (?:${words(rules.regionLatin)})(?![A-Za-z0-9])`, 'i');
const FACILITY = new RegExp(`^ (?:${words(rules.facilityLatin)})(?![A-Za-z0-9])(?! of )`, 'i');
const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const FACILITY_CJK = longestFirst(rules.facilityCjk);
const REGION_CJK = longestFirst(rules.regionCjk);

export type PlaceHead = { yields: true } | { yields: false; extend: number };

/** For a lexicon Place hit: yield to a facility named after it, or take in a region word; a Project takes in its head word. */
export function placeHead(text: string, hit: Candidate): PlaceHead {
  if (hit.type !== 'Place' && hit.type !== 'Project') return { yields: false, extend: 0 };
  const rest = text.slice(hit.end, hit.end + 24);
  const facilityCjk = FACILITY_CJK.find((w) => rest.startsWith(w))?.length;
  // A port known by its own name (萨贝塔港): the head word belongs to the project's name. English
  // keeps "the Sakhalin-2 project" apart, as its relation rules read the head word on its own.
  if (hit.type === 'Project') return { yields: false, extend: facilityCjk ?? 0 };
  if (facilityCjk || FACILITY.test(rest)) return { yields: true };
  const region = REGION.exec(rest);
  if (region) return { yields: false, extend: region[0].length };
  return { yields: false, extend: REGION_CJK.find((w) => rest.startsWith(w))?.length ?? 0 };
}
