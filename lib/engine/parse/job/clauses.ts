// Clause-level cues of a job description: where a clause ends and whether it softens
// what it names into a preference ("Docker a plus", "ideally Kotlin", "an asset").

// Cues written inside a requirements list that turn an item into a preference.
export const NICE_LINE_RE =
  /\b(?:a plus|is a plus|are a plus|big plus|plus if|preferred|preferably|nice[- ]to[- ]have|nice if|bonus|desirable|desired|ideally|advantageous|an advantage|not required|not essential|not a must|optional|would be great|would be nice|is helpful|helpful|a bonus|(?:is |are |an |a )?asset|beneficial|welcome|extra points|great to have|good to have)\b/i;

export function isSoftened(text: string): boolean {
  return NICE_LINE_RE.test(text);
}

/** Clause boundaries in a line: ";" and sentence ends. */
export function clauseRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const re = /;|[.!?](?:\s|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([from, m.index]);
    from = m.index + 1;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => b > a);
}
