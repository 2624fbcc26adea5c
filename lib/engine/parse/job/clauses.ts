// Clause-level cues of a job description: where a clause ends and whether it softens
// what it names into a preference ("Docker a plus", "ideally Kotlin", "an asset").

// Cues written inside a requirements list that turn an item into a preference.
export const NICE_LINE_RE =
  /\b(?:a plus|is a plus|are a plus|big plus|plus if|preferred|preferably|nice[- ]to[- ]have|nice if|bonus|desirable|desired|ideally|advantageous|an advantage|not required|not essential|not a must|optional|would be great|would be nice|is helpful|helpful|a bonus|(?:is |are |an |a )?asset|beneficial|welcome|extra points|great to have|good to have)\b/i;

export function isSoftened(text: string): boolean {
  return NICE_LINE_RE.test(text);
}

// Cues that soften what FOLLOWS them ("…in a finance role – ideally management accounting"), written
// after a break in the clause; what comes before the break stays as firm as the clause.
const FORWARD_SOFT_RE = /(?:[,(–—]|\s-)\s*(?:and\s+|but\s+)?(?:ideally|preferably|even better|bonus if|plus if|and if possible)\b/i;

const DASH_BREAK_RE = /\s[–—-]\s/;

/**
 * Where a clause turns into a preference: the offset of a mid-clause "…, ideally X" break when the
 * part before it is firm, else 0 for a softened clause and null for a firm one.
 */
export function softFrom(clause: string): number | null {
  const m = FORWARD_SOFT_RE.exec(clause);
  if (m && m.index > 0 && !isSoftened(clause.slice(0, m.index))) return m.index;
  // "Experience with an ATS — Greenhouse preferred, Lever or Ashby fine": a preference after a dash
  // is about the part after the dash.
  const dash = DASH_BREAK_RE.exec(clause);
  if (dash && dash.index > 0 && !isSoftened(clause.slice(0, dash.index)) && isSoftened(clause.slice(dash.index))) return dash.index;
  return isSoftened(clause) ? 0 : null;
}

// "Nice to have: …", "Preferred: …", "Bonus: …" opening a line: the whole line is a preference.
const NICE_LABEL_RE =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:nice[- ]to[- ]haves?|preferred|bonus(?: points)?|desirable|pluses|a plus|ideally|assets?)\s*:/i;

export function isNiceLabelled(line: string): boolean {
  return NICE_LABEL_RE.test(line);
}

// Headings of a requirements section in public-sector and job-board postings that the generic words miss or
// misread as preferences: "Key selection criteria", "Essential criteria", "Person specification",
// "Eligibility", "Desired candidate profile" (Indian job boards), "Desired skills and experience".
const REQUIREMENT_HEADING_RE =
  /\b(?:(?:key |essential |selection |assessment |job[- ]related )criteria|selection criteria|requirements|person specification|eligibility(?: requirements| criteria)?|who (?:can|may) apply|desired (?:candidate )?profile|desired skills and experience|candidate profile)\b/i;
const PREFERENCE_WORD_RE = /\b(?:desirable|preferred|nice|bonus|advantage|optional|assets?)\b/i;

/** Whether a heading opens a requirements section by these public-sector or job-board names. */
export function isRequirementHeading(heading: string): boolean {
  return REQUIREMENT_HEADING_RE.test(heading) && !PREFERENCE_WORD_RE.test(heading);
}

// A selection criterion written as prose (public-sector postings): "Demonstrated ability to …", "Well-developed
// written communication skills", "2. Stakeholder engagement: proven experience building …".
const CRITERION_RE =
  /^\s*(?:\d{1,2}[.)]\s*)?(?:[\p{L}][\p{L} ,&/'’-]{1,60}:\s*)?(?:an?\s+)?(?:demonstrated|demonstrable|proven|well[- ]developed|highly developed|sound|high[- ]level|extensive)\s+(?:(?:[\p{L}-]+\s+){0,3})?(?:ability|abilities|experience|knowledge|skills?|understanding|capacity|capability|capabilities|record|competence)\b/iu;

/** Whether a clause states a selection criterion ("Demonstrated ability to …"): a requirement wherever it sits. */
export function isCriterion(clause: string): boolean {
  return CRITERION_RE.test(clause);
}

/** Clause boundaries in a line: ";" and sentence ends ("; or …" keeps the alternatives together). */
export function clauseRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const re = /;(?!\s*(?:or|and\/or)\b)|[.!?](?:\s|$)/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([from, m.index]);
    from = m.index + 1;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => b > a);
}

/** Clauses, each cut in two where it turns into a preference half-way (see softFrom). */
export function clauseParts(text: string): [number, number][] {
  return clauseRanges(text).flatMap(([a, b]): [number, number][] => {
    const cut = softFrom(text.slice(a, b));
    return cut
      ? [
          [a, a + cut],
          [a + cut, b],
        ]
      : [[a, b]];
  });
}

// Pay, benefits, equal-opportunity and how-to-apply sentences, wherever they sit (a closing paragraph
// under the last list is still boilerplate): what the employer offers or declares, never a skill.
// Money that measures the work, not the pay: "deals of $20K–$150K", "a quota of $600K", "budgets up to $2M".
const NOT_VOLUME =
  "(?<!\\b(?:deals?|quotas?|budgets?|revenue|ARR|contracts?|accounts?|portfolios?|transactions?|pipeline|spend|loans?|projects?|claims?)\\s(?:(?:of|worth|sized|between|from|up to|over|at|around)\\s)?)";

const BOILERPLATE_RE = new RegExp(
  [
    // Pay: "$60–70k", "£29,970 – £36,483", "$19 per hour", "CAD 165–195k", "Salary:", "18 LPA".
    `${NOT_VOLUME}[$£€₹]\\s?\\d[\\d,.]*k?\\s*(?:[-–—]|to)\\s*[$£€₹]?\\s?\\d`,
    `${NOT_VOLUME}[$£€₹]\\s?\\d[\\d,.]*k?\\s*(?:/|per|an|a)\\s*(?:hour|hr|year|yr|annum)\\b`,
    "\\bper annum\\b",
    "\\b(?:USD|CAD|EUR|GBP|AUD|NZD|INR|CHF)\\s?\\d[\\d,.]*\\s?k?\\b",
    "\\bsalary(?: range)?\\s*:",
    "\\b(?:lakhs?|LPA|CTC|OTE)\\b",
    // Benefits: "401(k)", "medical, dental and vision", "paid time off", "25 days' holiday".
    "\\b401\\s?\\(?k\\)?",
    "\\bpension (?:plan|scheme|contribution)",
    "\\bemployer pension\\b",
    "\\bpaid time off\\b|\\bPTO\\b",
    "\\bmedical,? dental\\b|\\bdental(?:,| and) vision\\b|\\bdental (?:plan|insurance|coverage|benefits)\\b",
    "\\bemployee stock\\b|\\bESOP\\b|\\btuition reimbursement\\b|\\bstipend\\b",
    "\\bannual leave\\b|\\bdays'? (?:holiday|annual leave|PTO|vacation)\\b",
    // Equal opportunity and how to apply.
    "\\bequal opportunit(?:y|ies)\\b|\\bEEO(?:/AA)? employer\\b|\\bdo(?:es)? not discriminate\\b|\\bwithout regard to\\b|\\baffirmative action\\b",
    // Adjustments offered to applicants: "accommodations are available throughout the recruitment process".
    "\\baccommodations? (?:are|is) available\\b|\\b(?:throughout|during) the (?:recruitment|hiring|selection|application) process\\b|\\breasonable adjustments\\b",
    // Another job of the employer's: "CSWAs should look at our Associate Therapist openings, which include clinical supervision".
    "\\b(?:look at|see|apply (?:to|for)|be interested in) our [^.;]{0,40}?\\b(?:openings?|vacanc(?:y|ies)|postings?|positions|programm?e)\\b",
    // The employer's own commitments ("Acme is committed to equity, diversity, inclusion and anti-racism").
    "\\b(?:is|are|we(?:'|’)re|we are)\\s+(?:deeply\\s+|strongly\\s+|fully\\s+)?committed to (?:employment )?(?:equity|diversity|inclusion|equal|anti-racism)\\b",
    // A perks line under another heading: "Perks: medical insurance for self and family, …".
    "^\\s*(?:perks|benefits|what we offer|we offer)\\s*[:–—]",
    // The employer inviting applicants: "We welcome applications from …", "… encourages women in trades to apply".
    "\\bwe (?:warmly )?(?:welcome|encourage) (?:applications|applicants)\\b|\\bencourages [^.;]{0,80}\\bto apply\\b",
    "\\bhow to apply\\b|\\bto apply[,:]|\\bto apply for this\\b|\\bapply (?:now|online|via|through|by sending)\\b",
  ].join("|"),
  "i",
);

// An aside in parentheses: "Bilingual in Spanish (bilingual differential of $2,400/year)" still asks for Spanish.
const ASIDE_RE = /\([^()]*\s[^()]*\)/g;

export function isBoilerplate(clause: string): boolean {
  const outside = clause.replace(ASIDE_RE, " ");
  // Mostly an aside ("(Salary: $50–60k)"): judged whole.
  return BOILERPLATE_RE.test(outside.split(/\s+/).filter(Boolean).length >= 4 ? outside : clause);
}

// "Authorization to administer injections (injection training certificate, current CPR and First Aid)":
// what a credential consists of, written in parentheses after it.
// A permission to do one regulated act; "certifications (BLS and ACLS)" or "licence (RN or LPN)" name the
// credentials themselves instead.
const CREDENTIAL_BEFORE_PAREN_RE = /\b(?:authori[sz]ation|permit)\s+to\s+[^().,;:]{3,60}$/i;

/**
 * Whether an offset lies in parentheses that list the parts of a credential named just before them
 * ("and", not "or"): those parts are met by holding that credential, they are not requirements of their own.
 */
export function inCredentialParts(text: string, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  if (open < 0 || text.lastIndexOf(")", at - 1) > open) return false;
  const close = text.indexOf(")", open);
  if (/\bor\b/i.test(text.slice(open, close < 0 ? undefined : close))) return false;
  return CREDENTIAL_BEFORE_PAREN_RE.test(text.slice(Math.max(0, open - 80), open));
}

// "(hospitality and retail experience count!)", "(install-only experience does not count)": an aside that
// says which other experience counts toward the requirement before it, or does not. ("Relativity
// preferred; Everlaw or DISCO considered" names the tools of the requirement instead.)
const VERDICT_ASIDE_RE =
  /\b(?:experience|background|work|roles?|years?)\s+(?:also\s+|all\s+|still\s+)?(?:counts?|does not count|doesn't count|do not count|don't count)\b/i;

// "… alone won't cut it", "… will not be enough for this role", "… is not sufficient": named only to say it does not qualify.
export const NOT_ENOUGH_RE =
  /\b(?:will not|won(?:'|’)t|would not|wouldn(?:'|’)t|does not|doesn(?:'|’)t|is not|isn(?:'|’)t|are not|aren(?:'|’)t)\s+(?:be\s+)?(?:enough|sufficient|cut it|qualify)\b/i;

/** Whether an offset lies in parentheses that judge which experience counts toward the requirement before them. */
export function inVerdictAside(text: string, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  if (open < 0 || text.lastIndexOf(")", at - 1) > open) return false;
  const close = text.indexOf(")", open);
  const aside = text.slice(open, close < 0 ? undefined : close);
  return VERDICT_ASIDE_RE.test(aside) || NOT_ENOUGH_RE.test(aside);
}

// "a law firm", "a recruitment agency", "the finance department": the kind of employer the experience was
// gained at, not a skill asked for.
const EMPLOYER_KIND_RE = /^[ \t]+(?:firms?|agenc(?:y|ies)|departments?|consultanc(?:y|ies))\b/i;

/** Whether a skill that ends at `end` names the kind of employer written right after it ("law firm"). */
export function namesEmployerKind(text: string, end: number): boolean {
  return EMPLOYER_KIND_RE.test(text.slice(end));
}

// What the employer gives, not what it asks for: "we provide mentorship", "the district provides a CCC-SLP
// mentor", "we offer an international recruitment package", "we will train you in SAP".
const EMPLOYER_OFFER_RE =
  /\b(?:we|we(?:'|’)ll|the (?:district|company|school|hospital|trust|employer|client|practice|firm|business|team|organi[sz]ation)|our client)\s+(?:also\s+|will\s+|can\s+|would\s+|is happy to\s+)?(?:provides?|offers?|funds?|pays? for|covers?|supplies|sorts?|arranges?|trains?|teach(?:es)?)\b/i;

// "<Employer> is a licensed sponsor and can sponsor a visa for applicants who meet …": an offer, whoever the subject.
const SPONSOR_OFFER_RE = /\b(?:can|will|is able to|are able to)\s+(?:also\s+)?sponsor\b|\blicensed sponsor\b/i;

/** Where a clause turns to what the employer provides ("… – we provide mentorship"); the clause's length when it does not. */
export function offeredFrom(clause: string): number {
  return Math.min(EMPLOYER_OFFER_RE.exec(clause)?.index ?? clause.length, SPONSOR_OFFER_RE.exec(clause)?.index ?? clause.length);
}

// "Must pass a background check and drug screen", "able to pass a pre-employment medical … and to work at
// heights": a check the employer runs before hiring, not a skill; what the clause names is what is checked.
const SCREENING_RE =
  /\b(?:pass(?:ing)?|undergo(?:ing)?|subject to)\s+(?:an?\s+|the\s+|all\s+)?(?:(?:satisfactory|successful|pre-?employment|pre-?placement|DOT|enhanced|criminal|full)\s+)*(?:medical|drug|alcohol|background|criminal|police|physical|fitness|reference)\b/i;

/** Whether a clause states a pre-hiring check (medical, drug test, background check) rather than a skill. */
export function isScreening(clause: string): boolean {
  return SCREENING_RE.test(clause);
}

// "Clinical Fellows are welcome to apply", "New graduates are encouraged to apply": who may apply, not a skill.
const INVITATION_RE = /\b(?:welcome|encouraged|invited)\s+to\s+(?:apply|contact)\b/i;

/** Whether a clause invites a kind of applicant rather than asking for something. */
export function isInvitation(clause: string): boolean {
  return INVITATION_RE.test(clause);
}
