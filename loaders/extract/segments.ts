/**
 * The stretch of a sentence that belongs to each figure, so that a figure takes its own place and
 * actor: "four civilians were killed in a regime air strike in A and three others in an allied air
 * strike on B" gives A and the government to the four, B and the ally to the three. A stretch ends at
 * the last conjunction or comma before the next figure.
 */
const BOUNDARY = /[,;]|\s(?:and|while|whereas|but|as)\s/g;

export function figureSegments(text: string, figures: Array<{ start: number; end: number }>): Array<[number, number]> {
  const cuts = [0];
  for (let i = 1; i < figures.length; i++) {
    const from = figures[i - 1].end, to = figures[i].start;
    let cut = to;
    BOUNDARY.lastIndex = from;
    for (let m = BOUNDARY.exec(text); m && m.index < to; m = BOUNDARY.exec(text)) cut = m.index;
    cuts.push(Math.max(cut, from));
  }
  cuts.push(text.length);
  return figures.map((_, i) => [cuts[i], cuts[i + 1]]);
}
