import "server-only";
import type { EvaluationResult } from "@/lib/engine/score/schema";
import { COUNTRIES } from "@/lib/engine/score/location";
import type { ResumeProfile } from "@/lib/engine/types";

// Blind review hides who the candidate is and where they are from, in every text that
// leaves the server: the resume text, evidence quotes, feedback, notes. Masks keep the
// text's length so evidence offsets into the resume text stay valid.

const MASK_CHAR = "█";

/** Words of a school's name that say what it is, not which one it is. */
const GENERIC_SCHOOL_WORDS = new Set(
  "university universität universidad université universita college school academy institute institut polytechnic hochschule state of the and for in at de der des la le technology technical science sciences arts applied community national".split(
    " ",
  ),
);

const SCHOOL_WORD =
  "(?:University|Universit[äy]t?|Universidad|Université|College|Institute|Institut|Polytechnic|Hochschule|Academy|School)";
const CAPITALISED = "[\\p{Lu}][\\p{L}'’.&-]*";
// "University of Illinois at Urbana-Champaign", "Kennesaw State University", "TU Berlin"-style acronyms followed by a school word.
const SCHOOL_RE = new RegExp(
  `(?:${CAPITALISED}\\s+){0,4}${SCHOOL_WORD}(?:\\s+(?:of|for|at|de|der|des|in)(?:\\s+(?:the\\s+)?${CAPITALISED}){1,4})?`,
  "gu",
);
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z0-9-]+\.)*(?:linkedin|github|gitlab|behance|dribbble|medium|twitter|x)\.com\/[^\s<>"')\]]*/giu;
// Nine or more digits with phone punctuation between them; a "2019 – 2021" date range has eight.
const PHONE_RE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d[\d .-]{6,}\d/gu;
const STREET_RE =
  /\b\d{1,5}\s+(?:[\p{Lu}][\p{L}'.-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?)(?=\W|$)|\b[\p{Lu}][\p{L}]+(?:straße|strasse|weg|gasse|platz)\s+\d{1,4}[a-z]?\b/gu;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A whole-word matcher for a term; short all-caps terms ("GA", "NRW") only match as written. */
function termPattern(term: string): RegExp {
  const flags = term.length <= 3 && term === term.toUpperCase() ? "gu" : "giu";
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, flags);
}

/** Work arrangements parsers put where a place goes: they say nothing about who the candidate is. */
const NOT_PLACES = new Set(["remote", "hybrid", "on-site", "onsite", "anywhere", "worldwide", "various"]);

function placeParts(location: string | null | undefined): string[] {
  if (!location) return [];
  const parts = location
    .replace(/[()[\]]/g, ",")
    .split(/[,·|/]|\s[–—-]\s/)
    .map((part) => part.trim());
  return [location.trim(), ...parts].filter((part) => part.length >= 2 && !NOT_PLACES.has(part.toLowerCase()));
}

function schoolTerms(institution: string | null): string[] {
  if (!institution) return [];
  const words = institution.split(/[\s,]+/).filter((word) => word.length >= 3 && !GENERIC_SCHOOL_WORDS.has(word.toLowerCase()));
  return [institution.trim(), ...words];
}

/** What identifies this candidate, as the parser found it: name parts, contact details, places, schools. */
function identifyingTerms(profile: ResumeProfile | null, candidateName: string | null): string[] {
  const names = [candidateName, profile?.contact.name].filter((name): name is string => Boolean(name));
  const terms = [
    ...names,
    ...names.flatMap((name) => name.split(/[\s,.]+/).filter((part) => part.length >= 2)),
    profile?.contact.email,
    profile?.contact.phone,
    ...(profile?.contact.links.map((link) => link.url) ?? []),
    ...placeParts(profile?.contact.location),
    ...(profile?.experience.flatMap((entry) => placeParts(entry.location)) ?? []),
    ...(profile?.education.flatMap((entry) => schoolTerms(entry.institution)) ?? []),
  ];
  return [...new Set(terms.filter((term): term is string => Boolean(term?.trim())).map((term) => term.trim()))];
}

export type BlindRedactor = (text: string) => string;

/**
 * The redactor for one candidate: masks their name, e-mail, phone, links, places
 * (their cities and any country or street address) and schools in any text, keeping
 * its length. Built once per candidate and applied to every text shown in blind review.
 */
export function blindRedactor(profile: ResumeProfile | null, candidateName: string | null = null): BlindRedactor {
  const patterns = [
    ...identifyingTerms(profile, candidateName).map(termPattern),
    ...COUNTRIES.map(termPattern),
    EMAIL_RE,
    URL_RE,
    PHONE_RE,
    STREET_RE,
    SCHOOL_RE,
  ];
  return (text) => {
    const masked = new Array<boolean>(text.length).fill(false);
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        if (pattern === PHONE_RE && (match[0].match(/\d/g)?.length ?? 0) < 9) continue;
        for (let i = match.index; i < match.index + match[0].length; i++) masked[i] = true;
      }
    }
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const char = text[i] ?? "";
      out += masked[i] && !/\s/.test(char) ? MASK_CHAR : char;
    }
    return out;
  };
}

/** Redacts a candidate's text in one call: the function blind review applies wherever text leaves the server. */
export function redactForBlindReview(profile: ResumeProfile | null, text: string, candidateName: string | null = null): string {
  return blindRedactor(profile, candidateName)(text);
}

/** The evaluation's human-readable texts (evidence quotes, details, feedback, findings, summary) redacted. */
export function redactEvaluationResult(result: EvaluationResult, redact: BlindRedactor): EvaluationResult {
  const redactSkill = (skill: EvaluationResult["matchedMustHave"][number]) => ({
    ...skill,
    evidence: skill.evidence.map((evidence) => ({ ...evidence, snippet: redact(evidence.snippet) })),
  });
  return {
    ...result,
    components: result.components.map((component) => ({ ...component, detail: redact(component.detail) })),
    matchedMustHave: result.matchedMustHave.map(redactSkill),
    matchedNiceToHave: result.matchedNiceToHave.map(redactSkill),
    knockouts: result.knockouts.map((knockout) => ({ ...knockout, message: redact(knockout.message) })),
    findings: { experience: redact(result.findings.experience), education: redact(result.findings.education) },
    feedback: result.feedback.map(redact),
    summary: redact(result.summary),
    facts: {
      ...result.facts,
      ...(result.facts.flaggedSpans
        ? { flaggedSpans: result.facts.flaggedSpans.map((span) => ({ ...span, snippet: redact(span.snippet) })) }
        : {}),
    },
  };
}
