/**
 * The yardstick the benchmark divides by: compromise's `numbers()` pass over the same text, the
 * NLP library most projects would reach for first. Timing ours as a ratio to it keeps the figure
 * meaningful on a busy or slow machine.
 */
import nlp from "compromise";

export function compromiseNumbersPass(texts: string[]): {seconds: number; numbers: number} {
  const start = performance.now();
  let numbers = 0;
  for (const text of texts) numbers += nlp(text).numbers().json().length;
  return {seconds: (performance.now() - start) / 1000, numbers};
}

/** One regular-expression scan over the same text: the practical ceiling for any single pass. */
export function regexScan(texts: string[]): {seconds: number; matches: number} {
  const start = performance.now();
  let matches = 0;
  const re = /\b\d[\d,.]*\b/g;
  for (const text of texts) matches += text.match(re)?.length ?? 0;
  return {seconds: (performance.now() - start) / 1000, matches};
}
