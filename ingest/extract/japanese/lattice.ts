/**
 * kuromoji builds a sentence's word lattice by wrapping the rest of the sentence, at every
 * position, in a surrogate-aware string whose constructor indexes every remaining character:
 * quadratic in the sentence length, and the larger part of Japanese extraction. The builder
 * below makes the same lattice (same nodes, same order) over the plain string when the sentence
 * has no surrogate pairs — always for dictionary text — and leaves any other sentence to
 * kuromoji's own builder.
 */

interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

interface WordDictionary {
  target_map: Record<number, ArrayLike<number | string>>;
  dictionary: { getShort(at: number): number };
}

interface LatticeBuilder {
  trie: { commonPrefixSearch(key: string): Array<{ k: string; v?: number }> };
  token_info_dictionary: WordDictionary;
  unknown_dictionary: WordDictionary & { lookup(ch: string): CharacterClass };
  build(sentence: string): unknown;
}

interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice') as new () => Lattice;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode') as new (
  name: number, cost: number, startPos: number, length: number, type: string, leftId: number, rightId: number, surface: string,
) => unknown;

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** kuromoji's ids are numbers; it parses them as it reads them (parseInt of a number is that number). */
function id(value: number | string): number {
  return typeof value === 'number' ? value : parseInt(value, 10);
}

/** Install the linear builder on a kuromoji tokenizer (its `viterbi_builder`). */
export function useLinearLattice(tokenizer: unknown): void {
  const builder = (tokenizer as { viterbi_builder?: LatticeBuilder }).viterbi_builder;
  if (!builder) return;
  const original = builder.build.bind(builder);
  builder.build = (sentence: string) => (hasSurrogate(sentence) ? original(sentence) : build(builder, sentence));
}

function build(b: LatticeBuilder, sentence: string): Lattice {
  const lattice = new ViterbiLattice();
  const known = b.token_info_dictionary;
  const unknown = b.unknown_dictionary;
  for (let pos = 0; pos < sentence.length; pos++) {
    const tail = sentence.slice(pos);
    const vocabulary = b.trie.commonPrefixSearch(tail);
    for (let n = 0; n < vocabulary.length; n++) {
      const key = vocabulary[n].k;
      const ids = known.target_map[vocabulary[n].v as number];
      for (let i = 0; i < ids.length; i++) {
        const tokenId = id(ids[i]);
        const d = known.dictionary;
        lattice.append(new ViterbiNode(tokenId, d.getShort(tokenId + 4), pos + 1, key.length, 'KNOWN', d.getShort(tokenId), d.getShort(tokenId + 2), key));
      }
    }
    // Unknown words: a run of characters of the head character's class, as kuromoji groups them.
    const head = tail[0];
    const headClass = unknown.lookup(head);
    if (vocabulary.length === 0 || headClass.is_always_invoke === 1) {
      let end = 1;
      if (headClass.is_grouping === 1) {
        while (end < tail.length && unknown.lookup(tail[end]).class_name === headClass.class_name) end++;
      }
      const key = tail.slice(0, end);
      const ids = unknown.target_map[headClass.class_id];
      for (let j = 0; j < ids.length; j++) {
        const unknownId = id(ids[j]);
        const d = unknown.dictionary;
        lattice.append(new ViterbiNode(unknownId, d.getShort(unknownId + 4), pos + 1, key.length, 'UNKNOWN', d.getShort(unknownId), d.getShort(unknownId + 2), key));
      }
    }
  }
  lattice.appendEos();
  return lattice;
}
