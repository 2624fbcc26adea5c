// Who may apply from where: the countries or regions a posting admits, its
// working-hours window, relocation help and visa sponsorship. Read only from
// the location line and from sentences that state eligibility ("Remote within
// Canada or the US", "authorized to work in the UK", "we can't sponsor visas"),
// never from company text ("customers across the UK and Ireland").
import type { JobEligibility } from "../../types";
import {
  countriesOf,
  countryOfCity,
  countryOfLocation,
  isKnownCountry,
  placeMentions,
  placesIn,
  REGIONS,
  withoutRemoteThings,
} from "./places";

type Workplace = "remote" | "hybrid" | "onsite";

// A cue that the places right after it say where candidates may be ("Remote within Canada or the US",
// "authorized to work in the UK", "work from a country where our EOR operates (US, Canada…)").
const ELIGIBILITY_CUE_RE =
  /\b(?:remote|based|located|living|resid(?:e|ing|ents? of)|within|authori[sz]ed to work|authori[sz]ation to work|right to work|eligible to work|legally work|work from|open to candidates|hiring in|candidates (?:in|from)|applicants (?:in|from))\b/gi;
// "Full Australian working rights", "Canadian citizenship": the country is named by its adjective.
const DEMONYM_RIGHTS_RE =
  /\b(Australian|Canadian|British|American|Irish|New Zealand|German|Indian|UK|US|U\.S\.)\s+(?:working rights|work rights|work authori[sz]ation|citizenship|citizens?|permanent residen(?:ts?|cy))\b/gi;
const DEMONYM_COUNTRY: Record<string, string> = {
  australian: "Australia",
  canadian: "Canada",
  british: "United Kingdom",
  uk: "United Kingdom",
  american: "United States",
  us: "United States",
  "u.s.": "United States",
  irish: "Ireland",
  "new zealand": "New Zealand",
  german: "Germany",
  indian: "India",
  swiss: "Switzerland",
  "south african": "South Africa",
  singapore: "Singapore",
  singaporean: "Singapore",
  malaysian: "Malaysia",
  eu: "EU",
  eea: "EEA",
};

/** A parenthesis listing who holds a right ("(Irish, UK, EU/EEA or Swiss citizens, or Stamp 4)"), not where to work from. */
const NATIONALITY_LIST_RE = /\([^)]*\b(?:citizens?|nationals?|passports?|stamp \d|holders?)\b[^)]*\)/gi;

/** A sentence about the right to work somewhere, which may go on to say whose right it is. */
const RIGHT_TO_WORK_RE = /\b(?:right to (?:live and )?work|authori[sz](?:ed|ation) to work|eligible to work|work(?:ing)? rights)\b/i;
const NATIONALITY = `(?:${Object.keys(DEMONYM_COUNTRY)
  .map((d) => d.replace(/\./g, "\\."))
  .join("|")})`;
/** "Irish, EU/EEA and Swiss citizens", "South African citizens or permanent residents", "EU/EEA right to work". */
const HOLDERS_RE = new RegExp(
  `\\b(${NATIONALITY}(?:\\s*(?:,|/|\\band\\b|\\bor\\b)\\s*${NATIONALITY})*)\\s+(?:citizens?|nationals|passport holders|permanent residents|right to work)\\b`,
  "gi",
);

/** A sentence that limits who is considered ("Only … citizens will be considered", "applicants must be … citizens"). */
const ADMISSION_RE =
  /\b(?:only|must be|must hold|will be considered|are eligible|is open to|are open to|open only to|restricted to|limited to)\b/i;

/**
 * The countries and blocs whose people a right-to-work or admission sentence admits, when it lists them in its
 * own words ("the right to work in Ireland: Irish, EU/EEA and Swiss citizens or UK citizens", "Singapore
 * citizens/PRs and Malaysia-based"). A parenthesis only explains who holds the right to work in the
 * country just named, and is left out.
 */
function nationalitiesAdmitted(sentence: string): string[] {
  const s = sentence.replace(NATIONALITY_LIST_RE, " ");
  const lists = [...s.matchAll(HOLDERS_RE)];
  const stated = RIGHT_TO_WORK_RE.test(s) || ADMISSION_RE.test(s) || lists.some((m) => /right to work$/i.test(m[0]));
  if (lists.length === 0 || !stated) return [];
  const out: string[] = [];
  for (const m of lists) {
    for (const word of (m[1] ?? "").split(/\s*(?:,|\/|\band\b|\bor\b)\s*/i)) {
      const country = /^\p{Lu}/u.test(word.trim()) ? DEMONYM_COUNTRY[word.trim().toLowerCase()] : undefined;
      if (country && !out.includes(country)) out.push(country);
    }
  }
  for (const m of s.matchAll(/\b([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)-based\b/gu)) {
    for (const name of placesIn(m[1] ?? "")) if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** How far after its cue the first place may be written. */
const CUE_REACH = 40;
const SPONSOR_NO_RE =
  /\b(?:(?:do(?:es)?|will|can|are|is)\s*(?:not|n['’]t)|cannot|can['’]t|won['’]t|unable to|not able to|no)\s+(?:\w+\s+){0,3}?(?:sponsor(?:ship|s|ing)?|visa sponsorship)\b|\b(?:cannot|can['’]t|unable to)\s+hire\b[^.;]{0,40}\bor\s+sponsor\b|\bnot open to (?:visa )?sponsorship\b|\bsponsorship (?:is )?(?:not (?:available|offered|provided)|unavailable)\b|\bwithout (?:the need for )?(?:current or future )?(?:visa )?sponsorship\b|\b(?:cannot|can['’]t|unable to|not able to)\s+(?:support|offer|provide|assist with|apply for)\s+(?:\w+\s+){0,2}?(?:(?:employment|work) permits?|visa applications?|LMIAs?)\b|\bno\s+(?:visas?|(?:employment|work)\s+permits?|LMIAs?)\b(?!\s+(?:is\s+|are\s+)?(?:needed|required|necessary))/i;
const SPONSOR_YES_RE =
  /\b(?:sponsors?\s+(?:your|the|a|an|all|successful)\s+(?:[\w-]+\s+){0,3}?(?:visas?|(?:work|residence|employment)\s+permits?)|visas?\s+(?:is\s+|are\s+|will be\s+)?(?:sponsored|provided|arranged|included)|(?:support|apply for|obtain|provide)\s+(?:an?\s+)?LMIA|LMIA[- ](?:approved|supported)|eligible for (?:visa )?sponsorship|(?:applicants|candidates) who (?:require|need) (?:visa )?sponsorship are welcome|(?:can|will|do|does|may|happy to|able to)\s+(?:\w+\s+){0,2}?sponsor|sponsorship (?:is )?(?:available|offered|provided|possible)|offer(?:s)? (?:visa )?sponsorship|visa sponsorship (?:available|offered)|(?:can|will|able to|happy to)\s+(?:help\s+(?:with\s+)?|assist\s+with\s+)?(?:support|sponsor)\s+(?:an?\s+|your\s+|the\s+)?(?:work\s+)?visa\s+applications?)\b/i;
// Only citizens may be hired ("you must be an Australian citizen", "U.S. citizenship is required"): no visa
// can be sponsored, unless the posting offers a waiver.
const CITIZENS_ONLY_RE =
  /\bmust (?:be|hold) (?:an? )?(?:[\p{Lu}][\p{L}.]*\s+){1,2}citizen(?:ship)?\b|\b(?:[\p{Lu}][\p{L}.]*\s+){1,2}citizenship (?:is )?(?:required|mandatory|essential|a requirement)\b|\b(?:open|available) only to (?:[\p{Lu}][\p{L}.]*\s+){1,2}citizens\b|\b[Oo]nly\s+(?:[\p{Lu}][\p{L}.]*\s+){1,2}citizens\b|\b(?:[\p{Lu}][\p{L}.]*\s+){1,2}citizens(?:\s*(?:and|or|\/)\s*(?:permanent residents|PRs?))?\s+only\b/u;
const WAIVER_OFFERED_RE = /\bwaiver\b(?![^.]{0,40}\bnot\b)[^.]{0,40}\b(?:may be|can be|will be|is)\s+(?:considered|granted|available)\b/i;
const RELOCATION_YES_RE =
  /\b(?:relocation (?:assistance|support|package|allowance|bonus|help|is (?:available|offered|provided))|help with relocation|help (?:you )?relocate|relocation (?:costs )?covered|(?:offer|provide)s? relocation)\b/i;
const RELOCATION_NO_RE =
  /\b(?:no relocation|relocation (?:is )?not (?:available|offered|provided)|unable to (?:offer|provide) relocation|cannot (?:offer|provide) relocation)\b/i;
const OPEN_LIST_RE =
  /\b(?:and|plus|\+)\s*(?:\d+\+?|many|several|a few)\s*(?:more|others?|other countries)\b|\betc\.?|\be\.g\.|\bsuch as\b|\bincluding\b/i;

// US time-zone names and their UTC offsets (standard time) for windows such as "Eastern to Pacific time".
const ZONE_OFFSETS: [RegExp, number][] = [
  [/\b(?:pacific|pst|pt)\b/i, -8],
  [/\b(?:mountain|mst|mt)\b/i, -7],
  [/\b(?:central|cst|ct)\b/i, -6],
  [/\b(?:eastern|est|et)\b/i, -5],
  [/\b(?:gmt|bst|uk time)\b/i, 0],
  [/\b(?:cet|central european)\b/i, 1],
  [/\b(?:ist|india standard)\b/i, 5.5],
];

function utcOffsets(text: string): number[] {
  return [...text.matchAll(/\b(?:UTC|GMT)\s*([+−–-])\s*(\d{1,2})(?::?(\d{2}))?/gi)].map((m) => {
    const sign = m[1] === "+" ? 1 : -1;
    return sign * (Number(m[2]) + Number(m[3] ?? 0) / 60);
  });
}

/** "UTC−8 to UTC+2", "Eastern to Pacific time": the span of offsets a candidate may work from. */
export function timeZoneWindow(text: string): JobEligibility["timeZone"] {
  const utc = utcOffsets(text);
  if (utc.length >= 2) return { fromUtc: Math.min(...utc), toUtc: Math.max(...utc) };
  const range = /\b([a-z]+)\s+(?:to|through|–|-)\s+([a-z]+)\s+(?:time|time zones?|timezones?)\b/i.exec(text);
  if (!range) return null;
  const offsetOf = (w: string) => ZONE_OFFSETS.find(([re]) => re.test(w))?.[1];
  const a = offsetOf(range[1] ?? "");
  const b = offsetOf(range[2] ?? "");
  if (a === undefined || b === undefined) return null;
  return { fromUtc: Math.min(a, b), toUtc: Math.max(a, b) };
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])(?<!\b(?:U\.S|U\.K|e\.g|i\.e|etc|vs|incl|approx|E\.U)\.)\s+|\n+/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The one country a text names (regions aside), as a list of one; empty when it names none or several. */
function soleCountry(text: string): string[] {
  const named = placesIn(text).filter(isKnownCountry);
  return named.length === 1 ? named : [];
}

// Wording about where the work is done that is not on site: remote, hybrid or home working.
const OFF_SITE_RE = /\b(?:remote|hybrid|work(?:ing)? from home|home[- ]based|home[- ]working|wfh|telework\w*|distributed team)\b/i;

/**
 * Where the work is done when the posting has no location line: a posting that admits candidates from named
 * countries and never speaks of remote, hybrid or home working is worked on site ("Only South African citizens
 * will be considered" for a mine surveyor). `workplace` is what the location reading found; it stands.
 */
export function siteWorkplace(text: string, workplace: Workplace | null, eligibility: JobEligibility): Workplace | null {
  if (workplace !== null || eligibility.countries.length === 0 || eligibility.openToOthers) return workplace;
  return OFF_SITE_RE.test(withoutRemoteThings(text)) ? null : "onsite";
}

/**
 * Eligibility of a posting. `locationText` is the posting's location line (header or "Location:"),
 * `workplace` what it says about remote work. An on-site or hybrid job in a known city admits that
 * city's country; a remote one the places its eligibility sentences name.
 */
export function extractEligibility(text: string, locationText: string | null, workplace: string | null): JobEligibility {
  const said = sentences(text);
  const countries: string[] = [];
  let open = false;
  const add = (names: string[]) => {
    for (const n of names) if (!countries.includes(n)) countries.push(n);
  };
  // The country of the city the job is in: never one of the members that narrow a region named elsewhere.
  let sited: string | null = null;
  if (locationText) {
    // "Remote (Canada or US, Eastern to Pacific time)": places named in the location line itself.
    add(placesIn(locationText));
    if (countries.length === 0 && workplace !== "remote") {
      const c = countryOfLocation(locationText) ?? countryOfCity(locationText);
      if (c) add([c]);
      if (c) sited = c;
    }
  }
  for (const s of said) {
    if (s.length > 400) continue;
    for (const cue of s.matchAll(ELIGIBILITY_CUE_RE)) {
      // "right to work in Ireland (Irish, UK, EU/EEA or Swiss citizens, or Stamp 4)": the parentheses say who has that right, not where.
      const tail = s.slice((cue.index ?? 0) + cue[0].length).replace(NATIONALITY_LIST_RE, (m) => " ".repeat(m.length));
      const mentions = placeMentions(tail);
      if ((mentions[0]?.at ?? Number.POSITIVE_INFINITY) > CUE_REACH) continue;
      add(mentions.map((m) => m.name));
      if (OPEN_LIST_RE.test(tail)) open = true;
      break;
    }
  }
  // "Irish, EU/EEA and Swiss citizens": blocs admitted by nationality stay beside the countries they cover.
  const admitted = said.flatMap((s) => (s.length <= 400 ? nationalitiesAdmitted(s) : []));
  // "Irish citizens are also eligible" next to "right to work in the UK" names who may work there, not
  // another place to work from: citizenship names a country only when nothing else does.
  const placed = countries.length + admitted.length > 0;
  for (const m of placed ? [] : text.matchAll(DEMONYM_RIGHTS_RE)) {
    const country = DEMONYM_COUNTRY[(m[1] ?? "").toLowerCase()];
    if (country) add([country]);
  }
  // "Maternity Unit, Paisley" with "NHS Scotland" below: an on-site job whose location names no country is
  // done in the one country the posting names.
  if (countries.length + admitted.length === 0 && (workplace === "onsite" || workplace === "hybrid")) add(soleCountry(text));
  let sponsorship: JobEligibility["sponsorship"] = null;
  let relocation: boolean | null = null;
  for (const s of said) {
    if (sponsorship === null && /\bsponsor|\bvisa|\bpermit|\bLMIA/i.test(s)) {
      if (SPONSOR_NO_RE.test(s)) sponsorship = "no";
      else if (SPONSOR_YES_RE.test(s)) sponsorship = "yes";
    }
    if (sponsorship === null && CITIZENS_ONLY_RE.test(s) && !WAIVER_OFFERED_RE.test(text)) sponsorship = "no";
    if (relocation === null) {
      if (RELOCATION_NO_RE.test(s)) relocation = false;
      else if (RELOCATION_YES_RE.test(s)) relocation = true;
    }
  }
  const windowText = [locationText ?? "", ...said.filter((s) => /\b(?:time ?zones?|UTC|GMT|overlap|hours)\b|\btime\b/i.test(s))].join("\n");
  // "North America (US and Canada)": a region followed by some of its countries names those countries; a job
  // in Berlin open to "EU/EEA or Swiss" applicants keeps the EU.
  const narrowed = countries.filter((c) => !(c in REGIONS) || !countries.some((o) => o !== c && o !== sited && countriesOf(c).includes(o)));
  return {
    countries: [...new Set([...narrowed, ...admitted])],
    openToOthers: open,
    timeZone: timeZoneWindow(windowText),
    relocation,
    sponsorship,
  };
}
