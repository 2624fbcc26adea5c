// Location blocker: a job tied to the United States (on-site, hybrid, or remote
// restricted to the US) against a resume that places the candidate in another
// country and says nothing about relocating. Only clear cases count: an unknown
// or ambiguous location is never a blocker.
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

const RELOCATION_RE = /\breloc(?:at(?:e|ed|ing|ion)|ating)\b|\bwilling to (?:move|relocate)\b|\bmoving to\b|\bopen to relocation\b/i;

/** The candidate's country when it blocks a job tied to another country; null when there is no blocker. */
export function locationBlocker(job: JobRequirements, candidateLocation: string | null, resumeText: string): string | null {
  const required = jobCountry(job.location);
  const candidate = countryOf(candidateLocation);
  if (!required || !candidate || candidate === required) return null;
  if (RELOCATION_RE.test(resumeText)) return null;
  return candidate;
}
