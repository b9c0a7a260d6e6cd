// Deep links shared by every page: a chart mark leads to the sentence it came from.

/** The source reader at one sentence of one article: `/reader?article=<id>#s-<index>`. */
export function readerHref(article: string, sentence: number): string {
  return `./reader?article=${encodeURIComponent(article)}#s-${sentence}`;
}

/** The DOM id of a sentence in the reader. */
export function sentenceId(sentence: number): string {
  return `s-${sentence}`;
}

/** The actor network focused on one actor: `/network?actor=<id>`. */
export function actorHref(actor: string): string {
  return `./network?actor=${encodeURIComponent(actor)}`;
}

/** The investment-sizes page at one figure: `/figures#<figure id>`. */
export function figureChartHref(figure: string): string {
  return `./figures#${encodeURIComponent(figure)}`;
}

/** The timeline at one event: `/timeline#<event id>`. */
export function eventChartHref(event: string): string {
  return `./timeline#${encodeURIComponent(event)}`;
}
