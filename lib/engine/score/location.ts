// Location blocker: a job that admits candidates from named countries or regions
// (its eligibility, requirements schema 4: "Remote within Canada or the US", an
// on-site job in London) against a resume that clearly places the candidate
// outside all of them and says nothing about relocating or being authorized to
// work there. Only clear cases count: an unknown or ambiguous location, an
// open-ended list ("and 20+ more") or a job that sponsors visas is never a
// blocker. Requirements stored before eligibility existed fall back to the
// United States rule (on-site, hybrid, or US-only remote).
import { countriesOf, countryOfLocation, placesIn } from "../parse/job/places";
import type { JobRequirements } from "../types";

const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split(
    " ",
  ),
);
const US_NAME_RE = /^(?:united states(?: of america)?|usa|u\.s\.a?\.?|us)$/i;
const CANADIAN_PROVINCES = new Set("ON BC QC AB MB SK NS NB NL PE YT NT NU".split(" "));
export const COUNTRIES = [
  "Canada",
  "Mexico",
  "United Kingdom",
  "UK",
  "England",
  "Scotland",
  "Wales",
  "Northern Ireland",
  "Ireland",
  "Germany",
  "Deutschland",
  "France",
  "Spain",
  "Portugal",
  "Italy",
  "Netherlands",
  "Belgium",
  "Switzerland",
  "Austria",
  "Poland",
  "Sweden",
  "Norway",
  "Denmark",
  "Finland",
  "Czech Republic",
  "Czechia",
  "Hungary",
  "Romania",
  "Greece",
  "Ukraine",
  "Turkey",
  "Israel",
  "India",
  "Pakistan",
  "Bangladesh",
  "Sri Lanka",
  "Nepal",
  "Philippines",
  "China",
  "Hong Kong",
  "Taiwan",
  "Japan",
  "South Korea",
  "Korea",
  "Singapore",
  "Malaysia",
  "Indonesia",
  "Vietnam",
  "Thailand",
  "Australia",
  "New Zealand",
  "Brazil",
  "Argentina",
  "Chile",
  "Colombia",
  "Peru",
  "Nigeria",
  "Ghana",
  "Kenya",
  "South Africa",
  "Egypt",
  "Morocco",
  "United Arab Emirates",
  "UAE",
  "Saudi Arabia",
  "Qatar",
];
const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.toLowerCase(), c]));

/** "US", another country's name, or null when the text does not say. */
export function countryOf(location: string | null | undefined): string | null {
  if (!location) return null;
  const parts = location
    .replace(/\([^)]*\)/g, " ")
    .split(/[,·|]/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? "";
    if (US_NAME_RE.test(part)) return "US";
    const code = /^([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$/.exec(part)?.[1];
    if (code && US_STATES.has(code)) return "US";
    if (code && CANADIAN_PROVINCES.has(code)) return "Canada";
    const country = COUNTRY_BY_NAME.get(part.toLowerCase());
    if (country) return country === "UK" ? "United Kingdom" : country === "UAE" ? "United Arab Emirates" : country;
  }
  return null;
}

const US_IN_TEXT_RE = /\b(?:united states|usa|u\.s\.|us)\b/i;

/** The country a job is tied to when candidates must live there (on-site, hybrid, or US-only remote), else null. */
export function jobCountry(location: JobRequirements["location"]): string | null {
  if (!location?.text) return null;
  const inParens = [...location.text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? "").join(" ");
  const country = countryOf(location.text) ?? (US_IN_TEXT_RE.test(inParens) ? "US" : null);
  if (country !== "US") return null;
  if (location.workplace === "remote") return US_IN_TEXT_RE.test(location.text) ? "US" : null;
  return "US";
}

const RELOCATION_RE = /\breloc(?:at(?:e|ed|ing|ion)|ating)\b|\bwilling to (?:move|relocate)\b|\bmoving to\b|\bopen to relocation\b/gi;
/** Words just before a relocation statement that refuse it: "not able to relocate", "cannot move to", "no relocation". */
const REFUSED_BEFORE_RE =
  /\b(?:not|never|no|cannot|can't|can’t|won't|won’t|unable to|unwilling to|not able to|not willing to|not open to)\s+(?:(?:be|to|able|willing|open|looking|planning)\s+){0,3}$/i;

/** Whether the resume says the candidate will relocate; a refusal ("not able to relocate to India") is not one. */
function offersRelocation(resumeText: string): boolean {
  for (const m of resumeText.matchAll(RELOCATION_RE)) {
    const at = m.index ?? 0;
    if (!REFUSED_BEFORE_RE.test(resumeText.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

// "Authorized to work in Canada", "UK right to work", "EU citizen", "green card holder".
const AUTHORIZATION_RE =
  /[^.\n;]{0,60}\b(?:authori[sz]ed to work|authori[sz]ation to work|work authori[sz]ation|right to work|work permit|permanent resident|citizen(?:ship)?|national|passport|visa holder)\b[^.\n;]{0,60}/gi;
const US_STATUS_RE = /\b(?:green card|u\.?s\.? citizen|us citizen|u\.?s\.? person)\b/i;

/**
 * The places a job admits candidates from, as the posting names them ("Canada", "EU"), or null when
 * it does not restrict them with certainty (no list, an open-ended list, or visas sponsored).
 */
export function admittedPlaces(job: JobRequirements): string[] | null {
  const e = job.eligibility;
  if (!e) return jobCountry(job.location) ? ["United States"] : null;
  if (e.countries.length === 0 || e.openToOthers || e.sponsorship === "yes") return null;
  return e.countries;
}

/** Whether the resume states the candidate may work in one of the admitted countries. */
function statesAuthorization(resumeText: string, admitted: ReadonlySet<string>): boolean {
  if (admitted.has("United States") && US_STATUS_RE.test(resumeText)) return true;
  for (const m of resumeText.matchAll(AUTHORIZATION_RE)) {
    if (placesIn(m[0]).some((p) => countriesOf(p).some((c) => admitted.has(c)))) return true;
  }
  return false;
}

// Postal codes that close a location line and hide the province or region before them:
// Canadian "ON K1S 2B7", British "Leeds LS1 4AP", Irish Eircodes "D02 X285".
const POSTAL_CODE_RE =
  /\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4})(?=\s*(?:$|[,·|/]))/g;

/** The country of a candidate's location line, reading past a postal code ("Ottawa, ON K1S 2B7" → Canada). */
export function candidateCountry(location: string | null | undefined): string | null {
  if (!location) return null;
  return countryOfLocation(location) ?? countryOfLocation(location.replace(POSTAL_CODE_RE, ""));
}

/** The candidate's country when it blocks a job that admits only other countries; null when there is no blocker. */
export function locationBlocker(job: JobRequirements, candidateLocation: string | null, resumeText: string): string | null {
  const places = admittedPlaces(job);
  if (!places) return null;
  const admitted = new Set(places.flatMap(countriesOf));
  const candidate = candidateCountry(candidateLocation);
  if (!candidate || admitted.has(candidate)) return null;
  if (offersRelocation(resumeText) || statesAuthorization(resumeText, admitted)) return null;
  return candidate;
}

/** "Canada or the United States", "the EU". */
export function placeList(places: readonly string[]): string {
  const named = places.map((p) => (/^(?:United|EU$|EEA$|Netherlands$|Philippines$|Czech)/.test(p) ? `the ${p}` : p));
  if (named.length <= 1) return named[0] ?? "the countries it names";
  return `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]}`;
}
