// Visa sponsorship on both sides: whether a resume states that the candidate needs
// it, and whether a posting says it cannot offer it. A resume is judged per clause
// so a denial ("will not require sponsorship") or a statement of settled status
// ("green card holder") in the same clause never reads as a need; a candidate who
// merely lives abroad states nothing here (the location check handles that).
import type { JobRequirements } from "../types";

// "require(s) US visa sponsorship", "need H-1B transfer/sponsorship", "sponsorship required".
const NEED_RE =
  /\b(?:requires?|requiring|required|need|needs|needing|will need|seeking|looking for)\s+(?:(?:an?|the|us|u\.s\.|h-?1b|tn|work|employment|immigration|visa|future|transfer\s*(?:\/|or|and))\s+|transfer\/)*(?:visa\s+)?sponsorship\b|\bsponsorship\s+(?:is\s+)?(?:required|needed)\b/i;
// "seeking a US employer to sponsor an immigrant visa", "looking for an employer willing to sponsor".
const SEEK_SPONSOR_RE =
  /\b(?:seeking|looking for|need|needs|require|requires)\b[^.;\n]{0,40}?\b(?:to|willing to|able to|that can|who can|that will|who will)\s+sponsor\b/i;
// A current status that a new employer has to sponsor: "Work authorization: H-1B", "F-1 OPT", "on an H-1B visa".
const STATUS_RE =
  /\b(?:(?:work|visa|immigration|employment)\s+(?:authori[sz]ation|status)|visa)\s*:\s*(?:h-?1b|f-?1|(?:stem\s+)?opt|tn|l-?1|j-?1|e-?3|o-?1)\b|\bon\s+an?\s+(?:h-?1b|f-?1|tn|l-?1|j-?1|e-?3|o-?1)\b(?:\s+visa)?|\b(?:h-?1b|f-?1)\s+(?:visa\s+)?holder\b|\bf-?1\s+(?:stem\s+)?opt\b/i;
// Words that make "sponsorship" a visa's (not an event's or a sports team's).
const VISA_WORD_RE =
  /\b(?:visas?|work permit|immigration|h-?1b|tier\s*2|skilled worker|tss|subclass\s*\d{3}|critical skills|blue card|lmia|eb-?[23])\b/i;
// "will require Tier 2/Skilled Worker sponsorship", "open to a UK role with Skilled Worker visa sponsorship".
const NEED_VISA_SPONSOR_RE =
  /\b(?:requires?|requiring|required|need|needs|needing|seeking|looking for|open to|dependent on|subject to)\b[^.;\n]{0,60}?\bsponsor(?:ship|ed)?\b/i;
// "need a work visa", "would require a UK work permit", "needs a Skilled Worker visa".
const NEED_VISA_RE =
  /\b(?:requires?|requiring|need|needs|needing)\s+(?:an?\s+)?(?:(?:uk|us|u\.s\.|eu|new|valid|australian|canadian|irish|german)\s+)?(?:(?:work|employment|skilled worker|tier\s*2|h-?1b|tss)\s+)?(?:visa|permit)\b/i;
const DENIAL_RE = /\b(?:not|no|never|without|don't|doesn't|won't)\b[^.;\n]{0,40}\b(?:sponsor|visa|permit)/i;
const SETTLED_RE =
  /\b(?:green card|permanent resident|u\.?s\.?\s+citizen|citizenship|naturali[sz]ed|authori[sz]ed to work[^.;\n]{0,40}without|ead\b|employment authorization document|settled status|indefinite leave)/i;
const TOPIC_RE = /sponsor|visa|permit|h-?1b|\bf-?1\b|\bopt\b|\btn\b|\bl-?1\b|\bj-?1\b|\be-?3\b|\bo-?1\b/i;
// A stated lack of the right to work where the job is: "no US work authorisation", "without UK right to work",
// "not authorized to work in the United States". A new employer would have to sponsor a visa.
const LACKS_AUTHORIZATION_RE =
  /\b(?:no|without|lacks?|lacking)\s+(?:(?:a|any|current|valid|the)\s+)?(?:(?:us|u\.s\.|uk|eu|canadian|australian|irish|german)\s+)?(?:work(?:ing)?\s+authori[sz]ation|right\s+to\s+work|work\s+rights)\b(?!\s+(?:restrictions?|issues?|checks?|concerns?|limitations?|conditions?))|\bnot\s+(?:(?:currently|yet|legally)\s+)*(?:authori[sz]ed|eligible|permitted|entitled)\s+to\s+work\b/i;

function clauses(text: string): string[] {
  return text.split(/\n|;|\.(?:\s|$)/);
}

function statesNeed(clause: string): boolean {
  if (NEED_RE.test(clause) || SEEK_SPONSOR_RE.test(clause) || STATUS_RE.test(clause)) return true;
  if (NEED_VISA_RE.test(clause)) return true;
  return NEED_VISA_SPONSOR_RE.test(clause) && VISA_WORD_RE.test(clause);
}

/** The resume's clause stating that the candidate needs visa sponsorship (trimmed), or null when none does. */
export function sponsorshipNeedStatement(text: string): string | null {
  for (const clause of clauses(text)) {
    if (LACKS_AUTHORIZATION_RE.test(clause) && !SETTLED_RE.test(clause)) return clause.replace(/^[\s•\-*–|]+/, "").trim();
    if (!TOPIC_RE.test(clause)) continue;
    if (DENIAL_RE.test(clause) || SETTLED_RE.test(clause)) continue;
    if (statesNeed(clause)) return clause.replace(/^[\s•\-*–|]+/, "").trim();
  }
  return null;
}

export function statesSponsorshipNeed(text: string): boolean {
  return sponsorshipNeedStatement(text) !== null;
}

// "cannot sponsor", "not able to offer visa sponsorship", "no sponsorship", "sponsorship is not available".
const NO_SPONSORSHIP =
  /\b(?:not|unable to|cannot|can't|won't|will not|do not|does not|don't|doesn't)\s+(?:be\s+)?(?:able\s+to\s+)?(?:(?:offer|provide|support|consider|accommodate)\s+)?(?:(?:any|a|the)\s+)?(?:(?:work\s+|employment\s+|immigration\s+)?visas?\s+(?:or\s+\w+\s+)?)?sponsor|\bno\s+(?:visa\s+)?sponsorship\b|\bsponsorship\s+(?:is\s+)?(?:not\s+(?:available|offered|provided|possible)|unavailable)|\bwithout\s+(?:the\s+need\s+for\s+)?(?:current\s+or\s+future\s+)?(?:visa\s+)?sponsorship|\bsponsorship\s*:\s*(?:no|none|not available)\b/i;

/** Whether the posting says it cannot sponsor work visas (its parsed eligibility, or its own words). */
export function postingRefusesSponsorship(requirements: JobRequirements, jobText: string): boolean {
  if (requirements.eligibility?.sponsorship === "no") return true;
  if (requirements.eligibility?.sponsorship === "yes") return false;
  return NO_SPONSORSHIP.test(requirements.workAuthorization ?? "") || NO_SPONSORSHIP.test(jobText);
}
