// The degree a posting asks for: level, whether it is required, whether experience
// may stand in for it, and the fields it names. Fields are kept as fields ("degree in
// Statistics, Mathematics or Economics"): their offsets are returned so the skill
// reader does not turn them into must-have skills.
import { DEGREE_RANK } from "../../constants";
import type { DegreeLevel, JobRequirements } from "../../types";
import { matchDegreeLevels } from "../education";
import type { Line } from "../lines";
import { clauseRanges, isSoftened } from "./clauses";

export interface DegreeReading {
  degree: JobRequirements["degree"];
  /** Absolute offsets of the field lists after "degree in …", which name fields, not skills. */
  fieldSpans: [number, number][];
}

// "No specific degree required", "a degree is not required", "you don't need a degree".
const NO_DEGREE_RE =
  /\b(?:no (?:specific |formal |particular |college |university )?(?:degree|diploma)s?(?: is| are)? (?:required|needed|necessary)|(?:degree|diploma)s? (?:is |are )?not (?:required|needed|necessary|a requirement)|do(?:n['’]t| not) (?:need|require) (?:a |any )?(?:[\w-]+ ){0,2}degree|without a degree|degree(?:s)? (?:is |are )?optional)\b/i;
const EQUIVALENT_RE =
  /\bequivalent\b|\bin lieu\b|\bin place of\b|\bor (?:relevant|comparable|related|practical) (?:work |practical |professional )?experience|\bexperience (?:counts|is fine|works|is (?:just as|equally) (?:good|valuable))/i;
// Descriptive, not prescriptive: "a BS is common on our team, but equivalent experience is absolutely fine";
// or waived outright: "five years of experience will be accepted in place of the certificate or degree".
const HEDGE_RE =
  /\b(?:common|typical(?:ly)?|usual(?:ly)?|most of (?:us|our team)|many of (?:us|our team)|is (?:absolutely |totally |also |perfectly )?fine|we also (?:welcome|consider)|doesn['’]t matter|not (?:a )?(?:must|requirement)|accepted (?:in place|instead) of)\b/i;
const FIELDS_RE =
  /\b(?:degree|diploma|B\.?S\.?c?|M\.?S\.?c?|BA|MA|Bachelor(?:'|’)?s|Master(?:'|’)?s|PhD|doctorate|speciali[sz]ation|major(?:ing)?|concentration)\s+(?:degree\s+)?(?:in|of)\s+(.+?)(?:,?\s+or\s+(?:an?(?:other)?\s+)?(?:equivalent|related|relevant|comparable|similar|another|other)|[.;(]|\s+(?:is\s+)?(?:required|preferred|common)\b|$)/i;

// An equivalent qualification, not experience instead of one: "high school diploma or equivalent" (a GED),
// "MScPT or equivalent from a recognised program".
const EQUIVALENT_QUALIFICATION_RE =
  /\b(?:high school|secondary school|GED)\b[^.;]{0,40}\bor (?:an? )?equivalent\b|\bor (?:an? )?equivalent (?:from|qualification|degree|diploma|credential|program)\b/gi;
// "High school" as a level, not as part of an employer's name ("Mesa Ridge High School").
const HIGH_SCHOOL_LEVEL_RE =
  /\b(?:high school (?:diploma|education|graduate|degree|certificate|or\b|equivalent)|GED\b|secondary (?:school|education))/i;

/** The lowest level named in a clause ("ADN or BSN" → associate), or null. */
// "Post-secondary diploma or degree", "college diploma": a diploma below a degree, accepted in its place.
const POST_SECONDARY_DIPLOMA_RE = /\b(?:post-?secondary|college|polytechnic|TAFE|advanced|technical)\s+diploma\b/i;

function clauseLevel(clause: string): DegreeLevel | null {
  const levels: DegreeLevel[] = [...matchDegreeLevels(clause), ...(POST_SECONDARY_DIPLOMA_RE.test(clause) ? ["diploma" as const] : [])];
  let level: DegreeLevel | null = null;
  if (levels.length > 0) level = levels.reduce((x, y) => (DEGREE_RANK[y] < DEGREE_RANK[x] ? y : x));
  else if (/\bdegree\b/i.test(clause)) level = /\bassociate/i.test(clause) ? "associate" : "bachelor";
  if (level === "high_school" && !HIGH_SCHOOL_LEVEL_RE.test(clause)) return null;
  return level;
}

function fieldsOf(line: Line): { fields: string[]; span: [number, number] | null } {
  const m = FIELDS_RE.exec(line.text);
  if (!m?.[1]) return { fields: [], span: null };
  const start = line.end - line.text.length + m.index + m[0].indexOf(m[1]);
  const fields = m[1]
    .split(/,\s*|\s+or\s+|\s+and\s+|\s*\/\s*/)
    .map((f) => f.replace(/^(?:a|an|the)\s+/i, "").trim())
    .filter((f) => f.length > 1 && f.length < 60);
  return { fields, span: [start, start + m[1].length] };
}

/**
 * Reads the first line that names a degree, skipping lines `notAsked` (duties, company and benefits
 * text). `softLine` says whether the line's section makes
 * what it names a preference. "ADN required; BSN preferred": the lowest level in a required
 * clause is the requirement.
 */
export function extractDegree(
  lines: readonly Line[],
  softLine: (line: Line) => boolean,
  notAsked: (line: Line) => boolean = () => false,
): DegreeReading {
  const fieldSpans: [number, number][] = [];
  let degree: JobRequirements["degree"] = null;
  for (const l of lines) {
    // "Precept PharmD students" in the duties, "tuition support for a BSN" in the benefits: not asked for.
    if (notAsked(l)) continue;
    const negated = NO_DEGREE_RE.test(l.text);
    if (!negated && matchDegreeLevels(l.text).length === 0 && !/\bdegree\b/i.test(l.text)) continue;
    const { fields, span } = fieldsOf(l);
    if (span) fieldSpans.push(span);
    if (degree) continue;
    if (negated) {
      degree = { level: "none", required: false, orEquivalentExperience: false, fields: [] };
      continue;
    }
    let best: { level: DegreeLevel; soft: boolean } | null = null;
    for (const [a, b] of clauseRanges(l.text)) {
      const clause = l.text.slice(a, b);
      const level = clauseLevel(clause);
      if (!level) continue;
      const soft = softLine(l) || isSoftened(clause);
      if (!best || (best.soft && !soft) || (best.soft === soft && DEGREE_RANK[level] < DEGREE_RANK[best.level])) best = { level, soft };
    }
    if (!best) continue;
    const equivalent = EQUIVALENT_RE.test(l.text.replace(EQUIVALENT_QUALIFICATION_RE, " "));
    degree = {
      level: best.level,
      required: !best.soft && !(equivalent && HEDGE_RE.test(l.text)),
      orEquivalentExperience: equivalent,
      fields,
    };
  }
  return { degree, fieldSpans };
}
