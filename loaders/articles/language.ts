/**
 * A light check that a text is English prose, so that an article in another language, or a file
 * that is not prose at all, is reported rather than silently yielding no claims.
 */
const COMMON = new Set("the of and to in a is that for on was with as by at from it his her their said have has had were be are an which after who this its they not but been".split(" "));

export function englishProseShare(text: string): number {
  const words = text.slice(0, 20000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  const common = words.filter((w) => COMMON.has(w)).length;
  return common / words.length;
}

export function scriptOf(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return null;
  const scripts: [string, RegExp][] = [
    ["Arabic", /\p{Script=Arabic}/gu], ["Cyrillic", /\p{Script=Cyrillic}/gu], ["Han", /\p{Script=Han}/gu],
    ["Greek", /\p{Script=Greek}/gu], ["Hebrew", /\p{Script=Hebrew}/gu], ["Devanagari", /\p{Script=Devanagari}/gu],
  ];
  for (const [name, re] of scripts) if ((sample.match(re)?.length ?? 0) / letters > 0.3) return name;
  return "Latin";
}

/** Null when the text reads as English prose, otherwise the reason it does not. */
export function notEnglishProse(text: string): string | null {
  const script = scriptOf(text);
  if (script === null) return "the text holds no words";
  if (script !== "Latin") return `the text is in ${script} script; only English articles are read`;
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 20) return `the text has only ${words} words; too short to be a news article`;
  const share = englishProseShare(text);
  if (share < 0.12) return `the text does not read as English prose (${Math.round(share * 100)}% common English words, news runs at 30–45%)`;
  return null;
}
