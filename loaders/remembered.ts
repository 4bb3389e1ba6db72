/**
 * A pure function of a short string, remembered. News repeats its words, names and figures across
 * thousands of articles, so each is worked out once. Bounded: past `limit` entries the memory starts
 * again, for corpora of endless new strings.
 */
export function remembered<T>(work: (s: string) => T, limit = 100_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string): T => {
    let value = seen.get(s);
    if (value === undefined) {
      if (seen.size > limit) seen.clear();
      seen.set(s, (value = work(s)));
    }
    return value;
  };
}
