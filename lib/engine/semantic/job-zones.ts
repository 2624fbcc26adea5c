// Weights for the parts of a job description: the title says most about the
// field, requirements and responsibilities say what the job is, while "about
// us", benefits and legal boilerplate say little about who fits.
const LOW_VALUE_HEADING =
  /\b(about (us|the company|[A-Z][\w&.-]*)|who we are|our (company|story|mission|values)|benefits?|perks|compensation|salary|pay range|what we offer|why (join|work)|equal (opportunity|employment)|eeo|how to apply|location|logistics)\b/i;
const HEADING_MAX_CHARS = 60;

/** Returns weightAt(offset): 2 on the title line, 0.25 under company/benefits headings, 1 elsewhere. */
export function jobZoneWeights(text: string): (offset: number) => number {
  const zones: Array<{ start: number; weight: number }> = [];
  let offset = 0;
  let seenTitle = false;
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t !== "") {
      if (!seenTitle) {
        zones.push({ start: offset, weight: 2 });
        seenTitle = true;
      } else if (t.length <= HEADING_MAX_CHARS && !/[.;!?]$/.test(t) && t.split(/\s+/).length <= 8 && !/^[-*•·]/.test(t)) {
        zones.push({ start: offset, weight: LOW_VALUE_HEADING.test(t) ? 0.25 : 1 });
      } else if (zones.length === 1) {
        zones.push({ start: offset, weight: 1 });
      }
    }
    offset += line.length + 1;
  }
  return (at: number) => {
    let w = 1;
    for (const z of zones) {
      if (z.start <= at) w = z.weight;
      else break;
    }
    return w;
  };
}
