// Requirement phrases the skills taxonomy does not know ("ministerial briefing", "machinery of
// government", "F-Gas", "fault finding", "GST", "functional assessment"): read from the wording of a
// requirement clause, so the requirement is not silently lost. The job reader keeps each as an
// auto-read custom requirement (`custom:<name>`, listed in `customSkillsRead`).
//
// What is read, from the text the taxonomy left unclaimed (a part that overlaps a taxonomy skill is
// that skill's, and is dropped):
// - after a cue: "experience of/with/in X", "knowledge of X", "understanding of X", "qualified in X";
// - before a cue: "X experience", "X knowledge", "X certificate", "X qualification", "X training";
// - a label opening a requirement bullet: "Stakeholder engagement: experience building …";
// - a bullet that is a noun phrase: "Strong electrical fault-finding on three-phase circuits".
// Lists are split ("water policy, natural resource management or market regulation") and a shared
// word is distributed ("functional, cognitive and home safety assessments" → three assessments;
// "policy development and analysis" → policy development, policy analysis). Each phrase keeps 1–4
// content words; soft skills, generic words, duties ("experience supervising students"), years,
// degrees, licences, eligibility and pay/benefit words are not phrases.

import { countryOfCity, countryOfLocation, placeMentions, placesIn } from "./places";

export interface PhraseGroup {
  /** Alternatives ("X or Y"): any one meets the requirement. */
  names: string[];
}

// Words that end a phrase: prepositions, conjunction-like links, verbs of being, pronouns.
const STOP_WORDS = new Set(
  (
    "a an the of in on at to for from by with within without across into onto over under via per as than " +
    "including include includes such e.g eg i.e ie etc like especially particularly ideally preferably " +
    "is are be been being was were will would should must can could may might shall do does have has had " +
    "you your yours we our us they their them it its this that these those who whom which what where when " +
    "while whilst who's not no nor but so if then both either any all some each every other another own " +
    "able ability demonstrated proven"
  ).split(" "),
);

// Leading words that qualify a requirement without naming it: "strong", "a valid", "hands-on".
const LEAD_WORDS = new Set(
  (
    "a an the any some strong solid good great excellent sound proven demonstrated demonstrable relevant recent " +
    "current valid basic advanced working practical hands-on thorough extensive broad deep detailed prior " +
    "previous effective general related appropriate various full clear high-level in-depth " +
    "comprehensive significant considerable substantial exceptional outstanding expert specialist successful " +
    "professional essential required mandatory recognised recognized desirable preferred minimum at least one two three more further additional using"
  ).split(" "),
);

// Qualifiers that may also begin a name ("Advanced Life Support", "Basic Life Support", "Professional Practice").
const NAME_WORDS = new Set([
  "advanced",
  "basic",
  "general",
  "professional",
  "full",
  "essential",
  "comprehensive",
  "expert",
  "specialist",
  "clinical",
]);

// Words that name the asking, not the thing asked for: dropped at the end of a phrase.
const TAIL_WORDS = new Set(
  (
    "experience experiences knowledge skill skills expertise background understanding exposure competence " +
    "competency competencies proficiency familiarity capability capabilities configuration work projects project " +
    "environment environments setting settings activities tasks duties tools techniques principles concepts " +
    "certificate certification certifications certificates qualification qualifications training ticket card " +
    "domain level levels tool system systems program programs programme programmes software app apps method " +
    "methods methodology approach approaches"
  ).split(" "),
);

// Words that make a phrase about the asking, the posting or what other readers own (years, degrees,
// licences, eligibility, pay): a phrase with one of them anywhere is not a requirement phrase.
const GENERIC_WORDS = new Set(
  (
    "experience knowledge skill skills ability abilities team teams role roles candidate candidates position " +
    "positions job jobs opportunity company thing things way ways person individual colleague colleagues " +
    "year years month months week weeks day days hour hours time record track understanding exposure " +
    "comparable alternative similar passport passports fluency fluent proficiency proficient use usage completion availability status equivalent evidence " +
    "required preferred essential desirable bs ba bsc ma msc mba ged hnd hnc gcse nvq svq btec postgraduate " +
    "post-graduate accredited accreditation screen screening check checks travel shift shifts overtime on-call " +
    "undergraduate success results growth basis day-to-day minimum maximum plus asset advantage bonus requirement requirements " +
    "qualification qualifications degree bachelor bachelors master masters diploma graduate tertiary phd doctorate " +
    "education licence license licences licenses licensed registration registered practising practicing apc eligibility eligible citizen " +
    "citizenship clearance visa sponsorship permit authorization authorisation right driving driver vehicle car van " +
    "salary pay benefit benefits pension holiday holidays insurance"
  ).split(" "),
);

// Words too general to be a requirement when they head a phrase ("stakeholders", "clients") but fine
// as a modifier ("stakeholder engagement", "client onboarding").
const GENERIC_HEADS = new Set(
  (
    "stakeholder client customer staff member people field area areas industry sector business work environment " +
    "setting organisation organization range variety level standard"
  ).split(" "),
);

// One of these alone says too little to screen on ("management", "analysis"): only as part of a phrase.
const LONE_WORDS = new Set(
  "management support background analysis development planning design maintenance operations service services assessment safety quality research control reporting".split(
    " ",
  ),
);

// Kinds of work done on a thing ("service", "installation"): two of them joined ("service and maintenance",
// "installation and commissioning") name one requirement, and one beside a skill is not part of its name.
const WORK_NOUNS = new Set(
  "service servicing maintenance installation installations commissioning repair repairs inspection inspections testing design construction fabrication assembly calibration diagnostics troubleshooting".split(
    " ",
  ),
);
const WORK_PAIR_RE = new RegExp(`\\b(?:${[...WORK_NOUNS].join("|")})\\s+(?:and|&)\\s+(?:${[...WORK_NOUNS].join("|")})\\b`, "gi");

/** The pair of kinds of work a span ends in, when the words before it are cut off mid-name ("conditioning service and maintenance"). */
function workPairOf(span: string): string | null {
  const pair = [...span.matchAll(WORK_PAIR_RE)].at(-1);
  return pair && pair.index + pair[0].length === span.trimEnd().length ? pair[0].toLowerCase() : null;
}

/** Where a text joins two kinds of work into one requirement ("service and maintenance"): [start, end) spans. */
export function workPairSpans(text: string): [number, number][] {
  return [...text.matchAll(WORK_PAIR_RE)].map((m) => [m.index, m.index + m[0].length]);
}

// Soft skills and traits: shown apart by the taxonomy's soft-skill list when it knows them, never a phrase.
const SOFT_WORDS = new Set(
  (
    "communication communications communicator interpersonal teamwork team-player collaboration collaborative " +
    "judgement judgment integrity honesty motivation motivated self-motivated drive driven attitude awareness " +
    "initiative flexibility flexible adaptability adaptable reliability reliable enthusiasm enthusiastic passion " +
    "passionate resilience resilient empathy empathetic organisational organizational organised organized " +
    "attention detail detail-oriented punctuality punctual commitment committed confidence confident " +
    "creativity creative curiosity curious personal leadership listening presentation negotiating " +
    "problem-solving prioritisation prioritization multitasking multi-tasking independently independent " +
    "written verbal oral friendly positive professionalism"
  ).split(" "),
);

// A cue that names the requirement after it: "experience of", "knowledge of", "qualified in".
const CUE_BEFORE_RE =
  /\b(?:experience|knowledge|understanding|expertise|background|proficiency|familiarity|competence|grounding|training|qualified|trained|certified|experienced|versed|proficient|familiar|competent|specialis(?:ed|ing)|specializ(?:ed|ing))\s+(?:of|with|in|on|using)\s+/gi;
// A cue that names the requirement before it: "F-Gas certificate", "controls experience".
// ("a recognised customs declarant qualification" names a credential, which the certification readers judge.)
const CUE_AFTER_RE = /\b(?:experience|knowledge|expertise|skills|certificate|certification|training|ticket|background)\b/gi;

// A phrase ends in its head noun: not in an adjective or participle ("legally entitled", "DOT medical").
const ADJECTIVE_END_RE = /(?:ed|ive|ous|ful|able|ible|less)$/;
const ADJECTIVES = new Set(
  (
    "good strong medical clinical criminal technical legal relevant similar general commercial professional " +
    "personal physical financial social mental national local federal international electrical mechanical"
  ).split(" "),
);
const GRADE_WORDS = new Set(["category", "level", "grade", "class", "part", "tier", "stage", "band", "cat"]);

const YEARS_RE = /\b(?:years?|yrs?|months?)\b|\d+\s*\+/i;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’+#&.-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Parenthesised asides (examples, codes, equivalents) and claimed spans become boundaries. Words joined
 * to a claimed skill without a break are part of how it is named ("Full UK driving licence", "SAP FI/CO
 * experience", "Central Finance"): claimed with it.
 */
function masked(text: string, claimed: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [a, b] of claimed) out = `${out.slice(0, a)}${"¤".repeat(Math.max(0, b - a))}${out.slice(b)}`;
  // Nested parentheses are rare in postings; one level is enough.
  out = out.replace(/\([^()]*\)/g, (m) => (m.includes("¤") ? "¤".repeat(m.length) : " ".repeat(m.length)));
  const joined = (w: string) => !STOP_WORDS.has(w.toLowerCase()) && !WORK_NOUNS.has(w.toLowerCase()) && !/^(?:and|or|and\/or)$/i.test(w);
  for (let changed = true; changed; ) {
    const before = out;
    out = out
      .replace(/¤([ \t]+)([\p{L}\p{N}][\p{L}\p{N}'’/+#.-]*)/gu, (m, gap: string, w: string) =>
        joined(w) ? `¤${"¤".repeat(gap.length + w.length)}` : m,
      )
      .replace(/([\p{L}\p{N}][\p{L}\p{N}'’/+#.-]*)([ \t]+)¤/gu, (m, w: string, gap: string) =>
        joined(w) ? `${"¤".repeat(w.length + gap.length)}¤` : m,
      );
    changed = out !== before;
  }
  return out;
}

/** The words of a candidate span up to the first stop: punctuation ("," ";" ":"), stop word or claimed text. */
function leadingRun(text: string, from: number, maxWords: number): string {
  const rest = text.slice(from);
  const end = rest.search(/[;:!?()[\]"“”]|\.(?:\s|$)/);
  const span = end < 0 ? rest : rest.slice(0, end);
  const words: string[] = [];
  for (const t of tokens(span)) {
    if (words.length >= maxWords) break;
    words.push(t.text);
  }
  return span.slice(0, words.length === 0 ? 0 : (tokens(span)[words.length - 1]?.end ?? 0));
}

/** Splits a list ("A, B or C", "A and B", "A/B") into parts; `alternatives` when joined by "or". */
function splitList(text: string): { parts: string[]; alternatives: boolean } {
  const alternatives = /\bor\b|\//i.test(text) && !/\band\b/i.test(text.replace(/\band\/or\b/gi, ""));
  const parts = text
    .split(/\s*(?:,|;|\band\/or\b|\bor\b|\band\b|&|\/|\s\+\s)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return { parts, alternatives };
}

/**
 * A shared word goes to every part: "functional, cognitive and home safety assessments" (single-word
 * parts before a longer last one share its last word); "policy development and analysis" (single-word
 * parts after a longer first one share its first words). Acronyms stand alone ("GST and TDS").
 */
function distribute(parts: string[], atStart: boolean): string[] {
  if (parts.length < 2) return parts;
  const words = parts.map((p) => p.split(/\s+/));
  // A capitalised word inside a sentence is a name ("Eurocodes and structural analysis"), not a modifier.
  const single = (w: string[], i: number) =>
    w.length === 1 && !isAcronym(w[0] ?? "") && (/^\p{Ll}/u.test(w[0] ?? "") || (i === 0 && atStart));
  const last = words[words.length - 1] ?? [];
  const first = words[0] ?? [];
  if (last.length >= 2 && words.slice(0, -1).every((w, i) => single(w, i))) {
    const head = last[last.length - 1];
    return [...words.slice(0, -1).map((w) => `${w[0]} ${head}`), parts[parts.length - 1] as string];
  }
  if (first.length === 2 && words.slice(1).every((w, i) => single(w, i + 1))) {
    const mod = atStart && /^\p{Lu}\p{Ll}*$/u.test(first[0] ?? "") ? (first[0] ?? "").toLowerCase() : first[0];
    return [parts[0] as string, ...words.slice(1).map((w) => `${mod} ${w[0]}`)];
  }
  return parts;
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\p{N}][\p{Lu}\p{N}&+-]*$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(word);
}

function singular(word: string): string {
  if (isAcronym(word) || word.length <= 3 || /\p{Lu}/u.test(word.slice(1))) return word;
  const lower = word.toLowerCase();
  if (/(?:ss|us|is|ics|ous|ys)$/.test(lower)) return word;
  if (/ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(lower)) return word.slice(0, -2);
  if (/s$/.test(lower)) return word.slice(0, -1);
  return word;
}

/**
 * A cleaned phrase, or null when it is not a requirement phrase of its own. `lowerFirst`: the span
 * opens a bullet or sentence, so a capital on its first word says nothing about a name.
 */
function cleanPhrase(raw: string, lowerFirst = false): string | null {
  if (raw.includes("¤") || YEARS_RE.test(raw)) return null;
  let words = tokens(raw).map((t) => t.text.replace(/’/g, "'"));
  let dropped = 0;
  // A qualifier is lower-case, or capitalised only by opening the span: "Advanced Life Support" keeps its word.
  const qualifier = (i: number) => {
    const w = words[0] ?? "";
    if (!LEAD_WORDS.has(w.toLowerCase())) return false;
    if (/^\p{Ll}/u.test(w) || !NAME_WORDS.has(w.toLowerCase())) return /^\p{Ll}/u.test(w) || (lowerFirst && i === 0);
    return lowerFirst && i === 0 && !/^\p{Lu}\p{Ll}/u.test(words[1] ?? "");
  };
  while (words.length > 0 && qualifier(dropped)) {
    words = words.slice(1);
    dropped++;
  }
  for (let n = -1; n !== words.length; ) {
    n = words.length;
    while (words.length > 0 && TAIL_WORDS.has((words[words.length - 1] ?? "").toLowerCase())) words = words.slice(0, -1);
    // "F-Gas Category 1", "Level 3": the grade of a qualification, not its subject; a model number ("CAT 793") is its name.
    while (words.length > 0 && /^\d{1,2}[a-z]?$/i.test(words[words.length - 1] ?? "")) words = words.slice(0, -1);
    if (words.length > 1 && GRADE_WORDS.has((words[words.length - 1] ?? "").toLowerCase())) words = words.slice(0, -1);
  }
  if (words.length === 0 || words.filter((w) => w.toLowerCase() !== "of").length > 4) return null;
  const lower = words.map((w) => w.toLowerCase());
  if (!acceptable(lower) || namesPlace(words)) return null;
  const first = words[0] ?? "";
  // One word says enough only as a name: an acronym or a capitalised word inside a sentence ("GST", "Eurocodes").
  const name = isAcronym(first) || /\p{Lu}/u.test(first.slice(1)) || (/^\p{Lu}/u.test(first) && !(lowerFirst && dropped === 0));
  if (words.length === 1 && !name) return null;
  if (lowerFirst && dropped === 0 && !isAcronym(first) && !/\p{Lu}/u.test(first.slice(1)) && !/^\p{Lu}/u.test(words[1] ?? "")) {
    words[0] = first.toLowerCase();
  }
  return words.join(" ");
}

/**
 * The phrase is a place: a country or region ("Australia", "EU"), a state or province ("Idaho", "New
 * South Wales") or a large city. A place that qualifies a requirement stays ("Colorado court rules").
 */
function namesPlace(words: readonly string[]): boolean {
  const whole = words.join(" ");
  if (countryOfLocation(whole) !== null || countryOfCity(whole) !== null) return true;
  const places = placeMentions(whole);
  return (
    places.length > 0 &&
    places.every((p) => placesIn(whole).includes(p.name)) &&
    placesIn(whole).join(" ").split(" ").length >= words.length
  );
}

/** The content tests of a phrase (its words lower-cased). */
function acceptable(lower: readonly string[]): boolean {
  if (lower.some((w) => STOP_WORDS.has(w) && w !== "of")) return false;
  if (lower[0] === "of" || lower[lower.length - 1] === "of" || lower.filter((w) => w === "of").length > 1) return false;
  // A number is no requirement, except a model number after a name ("DairyComp 305").
  if (lower.some((w, i) => SOFT_WORDS.has(w) || (/^\d+$/.test(w) && (i === 0 || w.length < 3)) || /^[a-z]{3,}ly$/.test(w))) return false;
  if (lower.some((w) => GENERIC_WORDS.has(w) || GENERIC_WORDS.has(singular(w)))) return false;
  const last = lower[lower.length - 1] ?? "";
  if (GENERIC_HEADS.has(singular(last)) || ADJECTIVES.has(last) || ADJECTIVE_END_RE.test(last)) return false;
  if (lower.length === 1 && LONE_WORDS.has(singular(last))) return false;
  // A duty, not a thing: "developing policy advice", "reviewing code" ("fault finding" ends in its -ing).
  if (lower.slice(0, -1).some((w) => /^[a-z]{3,}ing$/.test(w) && !/-/.test(w)) && lower.length > 1) {
    if (/^[a-z]{3,}ing$/.test(lower[0] ?? "") || lower.slice(1, -1).some((w) => /ing$/.test(w))) return false;
  }
  return lower.some((w) => /\p{L}{2,}/u.test(w));
}

interface Candidate {
  span: string;
  /** The span opens the clause: a capital on its first word says nothing. */
  atStart: boolean;
  /** Where the span ends in the clause. */
  end: number;
}

/** Candidate spans of one clause: after cues, before cues, a leading label, the leading noun phrase. */
function candidateSpans(text: string, bullet: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CUE_BEFORE_RE)) {
    const from = m.index + m[0].length;
    const span = leadingRun(text, from, 12);
    out.push({ span, atStart: false, end: from + span.length });
  }
  for (const m of text.matchAll(CUE_AFTER_RE)) {
    const before = text.slice(0, m.index);
    const ws = tokens(before);
    let k = ws.length;
    while (k > 0 && ws.length - k < 4) {
      const t = ws[k - 1] as Token;
      const gap = before.slice(t.end, (ws[k] ?? { start: before.length }).start);
      if (STOP_WORDS.has(t.lower) || /[,;:()¤]/.test(gap)) break;
      k--;
    }
    if (k < ws.length) out.push({ span: before.slice((ws[k] as Token).start), atStart: k === 0, end: m.index });
  }
  if (bullet) {
    // A label opens a sentence about it ("Stakeholder engagement: experience building …"), not a short value.
    const label = /^([^:]{2,60}):\s+(.*)$/.exec(text);
    const labelled = label?.[1] && tokens(label[2] ?? "").length >= 4 ? label[1] : null;
    const span = labelled ?? leadingRun(text, 0, 8);
    out.push({ span, atStart: true, end: span.length });
  }
  return out;
}

// "a cloud data warehouse: Snowflake, Redshift or BigQuery", "an ATS (Greenhouse, Lever)": the kind of
// the skills named after it, which the taxonomy read.
const KIND_BEFORE_RE = /^\s*(?:[:(–—-]|,?\s*(?:e\.g\.|such as|including|like)\b)[^.;]{0,20}¤/;

/** Cuts a span at its first stop word (keeping one "of" inside a short name: "machinery of government"). */
function cutAtStop(span: string): string {
  const ts = tokens(span);
  let end = span.length;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] as Token;
    if (i === 0 && LEAD_WORDS.has(t.lower)) continue;
    const ofInside = t.lower === "of" && i > 0 && i + 1 < ts.length && !STOP_WORDS.has(ts[i + 1]?.lower ?? "");
    if ((STOP_WORDS.has(t.lower) && !ofInside && !LEAD_WORDS.has(t.lower)) || t.text.includes("¤")) {
      end = t.start;
      break;
    }
  }
  return span.slice(0, end);
}

// What a requirement stated as an ability does, as a noun: "ability to manage a caseload" asks for caseload
// management, "experience operating overhead cranes" for overhead crane operation. Only verbs whose noun
// names a skill idiomatically with its object ("X management"), and objects named as things (an article or a
// plural).
const VERB_NOUNS = new Map<string, string>(
  (
    "manage:management operate:operation supervise:supervision read:reading prepare:preparation draft:drafting " +
    "plan:planning assess:assessment prescribe:prescription maintain:maintenance install:installation " +
    "negotiate:negotiation coordinate:coordination schedule:scheduling diagnose:diagnosis evaluate:evaluation " +
    "implement:implementation administer:administration analyse:analysis analyze:analysis estimate:estimating " +
    "forecast:forecasting audit:auditing monitor:monitoring troubleshoot:troubleshooting calibrate:calibration " +
    "interpret:interpretation fabricate:fabrication inspect:inspection commission:commissioning measure:measurement " +
    "procure:procurement reconcile:reconciliation"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);
const ABILITY_CUE_RE =
  /\b(?:ability to|able to|capable of|experience(?:\s+(?:in|of|with))?|skilled (?:in|at)|proficient (?:in|at)|competent (?:in|at)|confident(?:\s+(?:in|with))?)\s+([a-z]+)\s+/gi;
const OBJECT_LEAD_RE = /^(?:(?:a|an|the|your|their|own|multiple|various)\s+)+/i;

/** The verb a cue opens as it is written: "manage", "managing" (→ "manage"), "reading" (→ "read"). */
function baseVerb(word: string): string | null {
  if (VERB_NOUNS.has(word)) return word;
  const stem = word.replace(/ing$/, "");
  if (stem === word) return null;
  for (const v of [stem, `${stem}e`, stem.replace(/(.)\1$/, "$1")]) if (VERB_NOUNS.has(v)) return v;
  return null;
}

/** "ability to manage a caseload" → "caseload management": an ability's object named with the verb's noun. */
function abilityPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ABILITY_CUE_RE)) {
    const verb = baseVerb((m[1] ?? "").toLowerCase());
    if (!verb) continue;
    const run = leadingRun(text, m.index + m[0].length, 6);
    const rest = run.replace(OBJECT_LEAD_RE, "");
    // The object ends before a joined verb or an adverb ("a caseload independently and prioritize …").
    const all = tokens(cutAtStop(rest.split(/[,/]/)[0] ?? ""));
    const stop = all.findIndex((t) => /^(?:and|or|and\/or)$/i.test(t.text) || /^[a-z]{3,}ly$/.test(t.text));
    const object = (stop < 0 ? all : all.slice(0, stop)).slice(0, 3);
    if (object.length === 0 || object.some((t) => t.text.includes("¤") || t.lower === "of")) continue;
    // A thing is named by an article ("a caseload") or a plural ("overhead cranes"), not a manner ("work ahead").
    const head = object[object.length - 1]?.lower ?? "";
    if (rest === run && !(/s$/.test(head) && singular(head) !== head)) continue;
    const words = object.map((t, i) => (i === object.length - 1 ? singular(t.text) : t.text));
    const name = cleanPhrase(`${words.join(" ")} ${VERB_NOUNS.get(verb)}`);
    if (name && name.split(" ").length >= 2) out.push(name);
  }
  return out;
}

/**
 * The requirement phrases of one clause the taxonomy left unclaimed. `claimed` are spans (offsets in
 * `clause`) of skills it did read; `bullet` says the clause opens a list item, whose label or leading
 * noun phrase may be the requirement itself.
 */
export function clausePhrases(clause: string, claimed: readonly (readonly [number, number])[], bullet: boolean): PhraseGroup[] {
  const text = masked(clause, claimed);
  const seen = new Set<string>();
  const groups: PhraseGroup[] = [];
  for (const { span, atStart, end } of candidateSpans(text, bullet)) {
    const cut = cutAtStop(span);
    // "total stations and survey software such as ¤": the last part is the kind of the skills after it.
    const kind = KIND_BEFORE_RE.test(text.slice(end - span.length + cut.length));
    // "service and maintenance" is one requirement: its "and" does not split the list.
    const listText = cut.replace(/\band\/or\b/gi, "or").replace(WORK_PAIR_RE, (m) => m.replace(/\s+(?:and|&)\s+/i, "_and_"));
    const list = splitList(listText);
    const parts = kind ? list.parts.slice(0, -1) : list.parts;
    const alternatives = list.alternatives;
    const names = distribute(
      parts.map((p) => p.replace(/_and_/g, " and ")),
      atStart,
    )
      .map((p, i) => cleanPhrase(p, atStart && i === 0) ?? workPairOf(p))
      .filter((n): n is string => n !== null)
      .filter((n) => {
        const key = phraseKey(n);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    if (names.length === 0) continue;
    if (alternatives) groups.push({ names });
    else for (const n of names) groups.push({ names: [n] });
  }
  for (const n of abilityPhrases(text)) {
    if (seen.has(phraseKey(n))) continue;
    seen.add(phraseKey(n));
    groups.push({ names: [n] });
  }
  return groups;
}

// A word offered as the alternative of a skill the taxonomy read: "biochemistry and/or haematology", "CAD or
// draughting", "Cypress or Playwright" (the skill masked as ¤).
const ALTERNATIVE_AFTER_RE = /¤(?:[ \t]*,)?[ \t]+(?:and\/or|or)[ \t]+(\p{L}[\p{L}-]{3,})(?:[ \t]+([\p{L}¤]+))?/gu;
// Only a lower-case word before it: "Combine and/or Swift Concurrency" offers a name beside a longer one.
const ALTERNATIVE_BEFORE_RE = /(?:^|([\p{L}¤]+)[ \t]+)(\p{Ll}[\p{L}-]{3,})[ \t]+(?:and\/or|or)[ \t]+¤/gu;

/**
 * Words a clause offers as alternatives to a skill the taxonomy read ("experience in biochemistry and/or
 * haematology"): one word is enough here, since the skill beside it says what kind of thing it is. `at` is
 * the offset in the clause of the claimed skill it is an alternative to.
 */
export function claimedAlternatives(clause: string, claimed: readonly (readonly [number, number])[]): { name: string; at: number }[] {
  const text = masked(clause, claimed);
  const out: { name: string; at: number }[] = [];
  // A capitalised word is a name ("Playwright"), unless it is a place ("Leeds or ¤").
  const fits = (word: string) => {
    const w = word.toLowerCase();
    return acceptable([w]) && !LONE_WORDS.has(singular(w)) && !ADJECTIVES.has(w) && !/(?:ing|ly)$/.test(w) && !namesPlace([word]);
  };
  for (const m of text.matchAll(ALTERNATIVE_AFTER_RE)) {
    const word = m[1] ?? "";
    // One word, not the first of a phrase ("or similar languages", "or power electronics").
    const next = m[2]?.toLowerCase();
    if (fits(word) && (next === undefined || STOP_WORDS.has(next))) out.push({ name: word, at: m.index });
  }
  for (const m of text.matchAll(ALTERNATIVE_BEFORE_RE)) {
    const word = m[2] ?? "";
    const before = m[1]?.toLowerCase();
    if (fits(word) && (before === undefined || STOP_WORDS.has(before))) out.push({ name: word, at: m.index + m[0].length - 1 });
  }
  return out;
}

/** Case, hyphens and a plural ending do not distinguish phrases ("F-Gas", "f gas"; "briefs", "brief"). */
export function phraseKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean)
    .map((w) => singular(w))
    .join(" ");
}
