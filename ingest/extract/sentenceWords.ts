import type { Jieba } from '@node-rs/jieba';

/**
 * The words of many sentences from one call of the segmenter. Cutting sentence by sentence
 * between other work costs several times more than cutting the same text at once: each call
 * finds the segmenter's dictionary out of the processor's caches again. jieba cuts blocks of
 * Han characters, letters and digits on their own and emits each whitespace character as a word,
 * so sentences joined by a line break are cut exactly as each alone; a sentence whose words do
 * not line up with its own span (never seen, but then nothing is assumed) is left out and cut
 * alone when asked for.
 */
export function cutTogether(jieba: Jieba, texts: readonly string[]): SentenceWords {
  // Compact sentence text holds no line break; a text that did could not be told apart.
  const unique = [...new Set(texts)].filter((t) => t.length > 0 && !t.includes(SEPARATOR));
  const joined = unique.join(SEPARATOR);
  const out = new SentenceWords(joined);
  if (unique.length === 0) return out;
  const words = jieba.cut(joined, true);
  let k = 0;
  let at = 0;
  for (let s = 0; s < unique.length; s++) {
    const text = unique[s];
    const end = at + text.length;
    const own: string[] = [];
    let aligned = true;
    while (k < words.length && at < end) {
      const w = words[k++];
      own.push(w);
      at += w.length;
    }
    if (at !== end) aligned = false;
    if (aligned) out.set(text, own);
    // Step over the separator (a word of its own) to the next sentence; else give up on the rest.
    if (s + 1 < unique.length) {
      if (k < words.length && at === end && words[k] === SEPARATOR) {
        k++;
        at++;
      } else {
        if (aligned) out.delete(text);
        break;
      }
    }
  }
  return out;
}

const SEPARATOR = '\n';

/** Each sentence text's words; the joined text, for tagging all of them at once when first needed. */
export class SentenceWords extends Map<string, string[]> {
  /** Have the words of `joined` been tagged (segment.ts)? */
  tagged = false;

  constructor(readonly joined: string) {
    super();
  }
}
