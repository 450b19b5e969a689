/**
 * kuromoji decodes a morpheme's features (part of speech, base form, reading) from the
 * dictionary's UTF-8 bytes for every token of every sentence, and a few thousand morphemes
 * (particles, auxiliaries, common nouns) make up most of any text. The dictionary never
 * changes, so each entry's features are decoded once and kept (bounded: a long run over a new
 * vocabulary starts over rather than growing without end).
 */

interface FeatureDictionary {
  getFeatures(id: number | string): string;
}

const MAX_REMEMBERED_ENTRIES = 50_000;

/** Install the memo on a kuromoji tokenizer's known-word and unknown-word dictionaries. */
export function rememberFeatures(tokenizer: unknown): void {
  const t = tokenizer as { token_info_dictionary?: FeatureDictionary; unknown_dictionary?: FeatureDictionary };
  for (const dictionary of [t.token_info_dictionary, t.unknown_dictionary]) {
    if (!dictionary) continue;
    const decode = dictionary.getFeatures.bind(dictionary);
    const decoded = new Map<number | string, string>();
    dictionary.getFeatures = (id) => {
      let features = decoded.get(id);
      if (features === undefined) {
        features = decode(id);
        if (decoded.size >= MAX_REMEMBERED_ENTRIES) decoded.clear();
        decoded.set(id, features);
      }
      return features;
    };
  }
}
