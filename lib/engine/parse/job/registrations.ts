// Registrations and licences named by a country's or a profession's own body: "QTS or QTLS",
// "CEng MIStructE", "AHPRA registration", "PCP certification from the National Payroll
// Institute". The taxonomy folds several of these into a generic credential of another country
// (QTS → Teaching License, CEng → Professional Engineer (PE)), which a US state licence or a US PE
// would then satisfy. A posting that names the national registration asks for that one: it becomes
// a credential of its own, named with its usual abbreviation in parentheses so that a resume
// writing either the name or the abbreviation meets it, and the generic taxonomy match on the same
// words is dropped. Accreditors and regulators named in passing ("CSWE-accredited", "NAPRA") are
// not credentials at all: they only claim their words from the taxonomy.
import type { SkillMatch } from "../../skills/matcher";

export interface NamedRegistration {
  /**
   * The credential's name, with the abbreviation resumes write in parentheses (a resume meets it by the
   * name without the parentheses or by the abbreviation); null for a body that is no credential.
   */
  name: string | null;
  re: RegExp;
  /** Whether a taxonomy match inside these words is replaced (false: the words also name a skill, e.g. HACCP). */
  claims: boolean;
  /** A licence to practise: without it the candidate may not do the job (a knockout when required). */
  licence?: boolean;
  /**
   * A check the employer runs at hire (an enhanced DBS check): shown with the credentials, never required
   * of the resume, since a candidate cannot be expected to hold it before applying.
   */
  condition?: boolean;
}

const REGISTRATIONS: readonly NamedRegistration[] = [
  // UK and Irish teaching.
  { name: "Qualified Teacher Status (QTS)", re: /\bQTS\b|\bqualified teacher status\b/gi, claims: true, licence: true },
  {
    name: "Qualified Teacher Learning and Skills (QTLS)",
    re: /\bQTLS\b|\bqualified teacher learning and skills\b/gi,
    claims: true,
    licence: true,
  },
  // UK, Irish and Australian engineering: chartership, not a US PE licence.
  { name: "Chartered Engineer (CEng)", re: /\bCEng\b|\bchartered engineer\b/gi, claims: true },
  { name: "Chartered Member of the Institution of Structural Engineers (MIStructE)", re: /\bMIStructE\b/g, claims: true },
  { name: "Chartered Member of the Institution of Civil Engineers (MICE)", re: /\bMICE\b/g, claims: true },
  { name: "Chartered Professional Engineer (CPEng)", re: /\bCPEng\b|\bchartered professional engineer\b/gi, claims: true },
  // US social work: the associate and master's licences are their own credentials, not the clinical one.
  { name: "Clinical Social Work Associate (CSWA)", re: /\bCSWA\b|\bclinical social work associates?\b/gi, claims: true, licence: true },
  { name: "Licensed Master Social Worker (LMSW)", re: /\bLMSW\b|\blicensed master'?s? social workers?\b/gi, claims: true },
  // Health registrations in Australia, Ireland and the UK.
  {
    name: "Australian Health Practitioner Regulation Agency (AHPRA) registration",
    re: /\bAHPRA\b|\bAustralian Health Practitioner Regulation Agency\b/g,
    claims: true,
    licence: true,
  },
  { name: "Health and Social Care Professionals Council (CORU) registration", re: /\bCORU\b/g, claims: true, licence: true },
  {
    name: "Nursing and Midwifery Board of Ireland (NMBI) registration",
    re: /\bNMBI\b|\bNursing and Midwifery Board of Ireland\b/g,
    claims: false,
    licence: true,
  },
  {
    name: "Health and Care Professions Council (HCPC) registration",
    re: /\bHCPC\b|\bHealth and Care Professions Council\b/g,
    claims: true,
    licence: true,
  },
  {
    name: "General Pharmaceutical Council (GPhC) registration",
    re: /\bGPhC\b|\bGeneral Pharmaceutical Council\b/g,
    claims: false,
    licence: true,
  },
  { name: "General Dental Council (GDC) registration", re: /\bGDC\b|\bGeneral Dental Council\b/g, claims: false, licence: true },
  // Canadian payroll.
  {
    name: "Payroll Compliance Practitioner (PCP)",
    re: /\bPCP\b(?=[^.\n]{0,60}\b(?:payroll|certification|designation|program))|\bPayroll Compliance Practitioner\b/g,
    claims: true,
  },
  { name: "Certified Payroll Manager (CPM)", re: /\bCertified Payroll Manager\b/g, claims: true },
  // Food hygiene at a stated level ("HACCP training to Level 2"): the level is the requirement.
  { name: "HACCP Level 2", re: /\bHACCP\b[^.;\n]{0,30}?\bLevel\s*2\b/gi, claims: false },
  { name: "HACCP Level 3", re: /\bHACCP\b[^.;\n]{0,30}?\bLevel\s*3\b/gi, claims: false },
  // Criminal-record and vetting checks for work with children or vulnerable adults: a check the candidate
  // must clear (and a certificate a resume may already state), named by its national scheme.
  {
    name: "Enhanced DBS Check",
    re: /\benhanced\s+(?:DBS|Disclosure and Barring Service)\b(?:\s+(?:check|clearance|certificate|disclosure))?/gi,
    claims: false,
    condition: true,
  },
  { name: "PVG Scheme Membership", re: /\bPVG\b(?:\s+scheme)?(?:\s+(?:membership|check|record))?/g, claims: false, condition: true },
  { name: "Garda Vetting", re: /\bGarda\s+vett(?:ing|ed)\b/gi, claims: false, condition: true },
  { name: "Working with Children Check (WWCC)", re: /\bWorking with Children Check\b|\bWWCC\b/gi, claims: false, condition: true },
  // Accreditors and regulators, named in passing: no credential.
  { name: null, re: /\bCSWE\b|\bCouncil on Social Work Education\b/g, claims: true },
  { name: null, re: /\bNAPRA\b/g, claims: true },
];

export interface RegistrationMention {
  name: string | null;
  /** A check run at hire, never required of the resume (see NamedRegistration.condition). */
  condition: boolean;
  start: number;
  end: number;
  claims: boolean;
  /** Read from "registration with <body>" wording, not from the list of known registrations. */
  byBody?: boolean;
}

// A licence's name says it is one, so that it is weighed as a licence wherever it is shown or scored. The
// note goes in parentheses: a resume is matched by the name without them and by the abbreviation in them.
const LICENCE_WORD_RE = /\b(?:licen[cs]e[ds]?|licensure|registered|chartered)\b/i;

function displayName(r: NamedRegistration): string | null {
  if (r.name === null || !r.licence || LICENCE_WORD_RE.test(r.name)) return r.name;
  return `${r.name} (licence to practise)`;
}

// A registering body: an acronym ("MSCNZ") or a capitalised name with an organisation word ("the College of
// Physiotherapists of Ontario (CPO)", "Alberta College of Occupational Therapists (ACOT)").
const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’&-]*`;
const ORGANISATION_RE =
  /\b(?:Council|College|Board|Institute|Institution|Society|Association|Agency|Authority|Register|Registry|Commission)\b/;
const BODY = String.raw`(?:${NAME_WORD}(?:\s+(?:of|and|for|&|the)\s+|\s+)){0,7}${NAME_WORD}(?:\s*\([\p{Lu}][\p{Lu}\p{N}&]{1,7}\))?`;
const ACRONYM = String.raw`[\p{Lu}][\p{Lu}\p{N}&]{2,7}`;
// "registration (as a pharmacist) with the Ontario College of Pharmacists", "registered with MSCNZ",
// "eligible for MSCNZ registration": a registration named by the body that holds the register.
const BODY_REGISTRATION_RES = [
  new RegExp(String.raw`\b(?:[Rr]egistration|[Rr]egistered)\b[^.;:\n]{0,60}?\bwith\s+(?:the\s+)?(${BODY}|${ACRONYM})`, "gu"),
  new RegExp(String.raw`\b(${ACRONYM})\s+registration\b`, "gu"),
];

/**
 * Registrations named by their body that the list above does not know: "<body> registration", spanning the
 * cue and the body, so that a generic licence read from the same words ("registration as a pharmacist with
 * the Ontario College of Pharmacists") can take the body's name (see namedByBody).
 */
function bodyRegistrations(text: string, known: readonly RegistrationMention[]): RegistrationMention[] {
  const out: RegistrationMention[] = [];
  for (const re of BODY_REGISTRATION_RES) {
    for (const m of text.matchAll(re)) {
      const body = (m[1] ?? "").trim();
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!new RegExp(`^${ACRONYM}$`, "u").test(body) && !ORGANISATION_RE.test(body)) continue;
      if ([...known, ...out].some((k) => k.start < end && k.end > start)) continue;
      out.push({ name: `${body} registration`, start, end, claims: false, condition: false, byBody: true });
    }
  }
  // "ACOT registration" after "the Alberta College of Occupational Therapists (ACOT)": one registration.
  for (const o of out) {
    const full = out.find((f) => f !== o && f.name?.includes(`(${o.name?.replace(/ registration$/, "")})`));
    if (full) o.name = full.name;
  }
  return out;
}

/** Every named registration or body in the text, in order. */
export function registrationMentions(text: string): RegistrationMention[] {
  const out: RegistrationMention[] = [];
  for (const r of REGISTRATIONS) {
    const name = displayName(r);
    for (const m of text.matchAll(r.re)) {
      const start = m.index ?? 0;
      out.push({ name, start, end: start + m[0].length, claims: r.claims, condition: r.condition === true });
    }
  }
  return [...out, ...bodyRegistrations(text, out)].sort((a, b) => a.start - b.start);
}

/**
 * Taxonomy credentials whose words lie in a registration named by its body take that name ("Pharmacist
 * License" → "Ontario College of Pharmacists registration"), keeping their id; the mentions left over are
 * returned to be read as credentials of their own.
 */
export function namedByBody<C extends { id: string | null; name: string }>(
  certifications: C[],
  credentialMatches: readonly SkillMatch[],
  mentions: readonly RegistrationMention[],
): RegistrationMention[] {
  return mentions.filter((r) => {
    if (!r.byBody || r.name === null) return true;
    const m = credentialMatches.find((c) => c.start < r.end && c.end > r.start);
    const entry = m ? certifications.find((c) => c.id === m.id) : undefined;
    if (!entry) return true;
    entry.name = r.name;
    return false;
  });
}

/** Taxonomy matches that lie inside a named registration's words are that registration, not a generic credential or skill. */
export function withoutClaimed(matches: readonly SkillMatch[], mentions: readonly RegistrationMention[]): SkillMatch[] {
  const claimed = mentions.filter((m) => m.claims);
  return matches.filter((m) => !claimed.some((c) => m.start < c.end && m.end > c.start));
}

// "CSWAs and LMSWs should look at our Associate Therapist openings", "Class B is not accepted":
// the sentence names a credential only to turn it away.
const TURNED_AWAY_RE =
  /\b(?:should (?:look at|apply (?:to|for)|see)|see our|instead\b|(?:is|are) not (?:accepted|eligible|considered|enough|sufficient)|(?:does|do) not (?:qualify|meet))/i;

/** Whether the sentence around a mention turns that credential away. */
export function turnedAway(sentence: string): boolean {
  return TURNED_AWAY_RE.test(sentence);
}

// Prose that asks for what it names, with no requirement word: "We are looking for a qualified teacher with …
// QTS or GTCNI registration", "You will hold registration with …".
const ASKS_IN_PROSE_RE =
  /\b(?:we(?:'re|’re| are) (?:looking for|seeking)|we seek|you (?:will )?(?:have|hold|bring)|you should (?:have|hold|be)|(?:applicants|candidates) (?:should|will) (?:have|hold))\b/i;

/** Whether a sentence asks for what it names in plain prose (see ASKS_IN_PROSE_RE). */
export function asksInProse(sentence: string): boolean {
  return ASKS_IN_PROSE_RE.test(sentence);
}

/**
 * The part of a clause that is the mention's own route: up to a route offered only to some applicants after it.
 * "Registration with the NMC, or, for overseas midwives, an application in progress": a route in progress for
 * some does not make the registration something only worked towards ("NLS, or willingness to complete it" does).
 */
export function ownRoute(clause: string, at: number): string {
  const other = clause.slice(at).search(/,\s*or,?\s+(?:for|if|where)\s/i);
  return other < 0 ? clause : clause.slice(0, at + other);
}
