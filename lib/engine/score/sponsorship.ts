// Whether a resume states that the candidate needs visa sponsorship. Judged per
// clause so a denial ("will not require sponsorship") or a statement of settled
// status ("green card holder") in the same clause never reads as a need.

// "require(s) US visa sponsorship", "need H-1B transfer/sponsorship", "sponsorship required".
const NEED_RE =
  /\b(?:requires?|requiring|required|need|needs|needing|will need|seeking|looking for)\s+(?:(?:an?|the|us|u\.s\.|h-?1b|tn|work|employment|immigration|visa|future|transfer\s*(?:\/|or|and))\s+|transfer\/)*(?:visa\s+)?sponsorship\b|\bsponsorship\s+(?:is\s+)?(?:required|needed)\b/i;
// "seeking a US employer to sponsor an immigrant visa", "looking for an employer willing to sponsor".
const SEEK_SPONSOR_RE =
  /\b(?:seeking|looking for|need|needs|require|requires)\b[^.;\n]{0,40}?\b(?:to|willing to|able to|that can|who can|that will|who will)\s+sponsor\b/i;
// A current status that a new employer has to sponsor: "Work authorization: H-1B", "F-1 OPT", "on an H-1B visa".
const STATUS_RE =
  /\b(?:(?:work|visa|immigration|employment)\s+(?:authori[sz]ation|status)|visa)\s*:\s*(?:h-?1b|f-?1|(?:stem\s+)?opt|tn|l-?1|j-?1|e-?3|o-?1)\b|\bon\s+an?\s+(?:h-?1b|f-?1|tn|l-?1|j-?1|e-?3|o-?1)\b(?:\s+visa)?|\b(?:h-?1b|f-?1)\s+(?:visa\s+)?holder\b|\bf-?1\s+(?:stem\s+)?opt\b/i;
const DENIAL_RE = /\b(?:not|no|never|without|don't|doesn't|won't)\b[^.;\n]{0,40}\bsponsor/i;
const SETTLED_RE =
  /\b(?:green card|permanent resident|u\.?s\.?\s+citizen|citizenship|naturali[sz]ed|authori[sz]ed to work[^.;\n]{0,40}without|ead\b|employment authorization document)/i;

function clauses(text: string): string[] {
  return text.split(/\n|;|\.(?:\s|$)/);
}

export function statesSponsorshipNeed(text: string): boolean {
  for (const clause of clauses(text)) {
    if (!/sponsor|h-?1b|\bf-?1\b|\bopt\b|\btn\b|\bl-?1\b|\bj-?1\b|\be-?3\b|\bo-?1\b/i.test(clause)) continue;
    if (DENIAL_RE.test(clause) || SETTLED_RE.test(clause)) continue;
    if (NEED_RE.test(clause) || SEEK_SPONSOR_RE.test(clause) || STATUS_RE.test(clause)) return true;
  }
  return false;
}
