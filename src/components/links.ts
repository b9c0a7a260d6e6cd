// Deep links shared by every page: a chart mark leads to the sentence it came from.

/** The source reader at one sentence of one article: `/reader?article=<id>#s-<index>`. */
export function readerHref(article: string, sentence: number): string {
  return `./reader?article=${encodeURIComponent(article)}#s-${sentence}`;
}

/** The DOM id of a sentence in the reader. */
export function sentenceId(sentence: number): string {
  return `s-${sentence}`;
}
