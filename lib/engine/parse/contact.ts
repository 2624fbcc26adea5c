// Contact details: name, e-mail, phone, location and links, each kept exactly
// as written. The header (text before the first heading) is searched first;
// two-column exports put contact blocks anywhere, so "Contact" sections and
// the lines around the e-mail address come next.
import { occupationOf } from "../occupations/classify";
import { findDateRanges } from "./dates";
import { type Line, splitSegments } from "./lines";
import { countryOfCity } from "./job/places";
import { findPlannedPhone, phoneRegion } from "./phone";
import { CONTACT_HEADING_KEYS, matchHeading, type Section } from "./sections";

export interface ContactLink {
  kind: "linkedin" | "github" | "portfolio" | "other";
  url: string;
}

export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: ContactLink[];
}

// Bounded and anchored at token starts so a long run of letters cannot cause quadratic backtracking.
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.[\p{L}]{2,24}/u;

// Phone numbers as written: "+1 (415) 555-0134", "+44 20 7946 0958", "(720) 555-0111",
// "206.555.0168", "+91 98765 43210". Validated by digit count afterwards.
const PHONE_RE =
  /(?<![\p{L}\p{N}+])(?:\+\s?\d{1,3}[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}|(?:1[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5})(?:[\s.-]\d{2,6}){1,5}(?![\p{L}\p{N}])/gu;

/** First phone number in a line, exactly as written; never a date range or a year. */
export function findPhone(text: string): string | null {
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const candidate = m[0].trim();
    const digits = candidate.replace(/\D/g, "");
    if (digits.length < 9 || digits.length > 15) continue;
    const hasPlusOrParen = /^\+|\(/.test(candidate);
    // Dates like "2019 - 2021", "03/2017 - 08/2020" or "2023-01 – 2024-05" are not phones.
    if (!hasPlusOrParen) {
      if (findDateRanges(candidate, { year: 2100, month: 1 }).length > 0) continue;
      const groups = candidate.split(/[\s.-]+/);
      if (groups.some((g) => /^(?:19|20)\d\d$/.test(g)) && groups.length <= 3 && !/^\d{3}$/.test(groups[0] ?? "")) continue;
      // Plain digit runs with spaces only ("12 345 6789") are often amounts or ids; require a conventional shape.
      if (!/^\d{3}[\s.-]\d{3}[\s.-]\d{4}$/.test(candidate) && !/^(?:1[\s.-])?\d{2,5}(?:[\s.-]\d{2,5}){2,4}$/.test(candidate)) continue;
    }
    return candidate;
  }
  return null;
}

export function findEmail(text: string): string | null {
  const m = EMAIL_RE.exec(text);
  return m ? m[0].replace(/[.]+$/, "") : null;
}

const URL_RE = /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}(?:\/[^\s|,;·•)]{0,200})?/gi;
const TLD_OK = /\.(?:com|io|dev|org|net|me|ai|co|design|app|site|page|xyz|tech|info|codes|studio|cc|us|uk|de|fr|ca|in)(?:\/|$)/i;

export function findLinks(text: string): ContactLink[] {
  const out: ContactLink[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(/[.,;:]+$/, "");
    const idx = m.index ?? 0;
    // Skip the domain part of e-mail addresses.
    if (idx > 0 && text[idx - 1] === "@") continue;
    if (!TLD_OK.test(url) || /@/.test(url)) continue;
    // Dotted words like "Node.js" or "Next.js" are technologies, not links.
    if (!/\//.test(url) && /\.(?:js|ts)$/i.test(url)) continue;
    const key = url.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = /linkedin\.com/i.test(url) ? "linkedin" : /github\.com|gitlab\.com/i.test(url) ? "github" : "portfolio";
    out.push({ kind, url });
  }
  return out;
}

const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|YT|NT|NU|NSW|VIC|QLD|SA|TAS|ACT|SP|RJ|MG|CDMX";
const STATE_NAMES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|England|Scotland|Wales|Bavaria|Maharashtra|Karnataka|Tamil Nadu|Delhi|New South Wales|Victoria|Queensland";
const COUNTRIES =
  "USA|U\\.S\\.A\\.|US|U\\.S\\.|United States(?: of America)?|UK|U\\.K\\.|United Kingdom|Great Britain|England|Scotland|Wales|Ireland|Northern Ireland|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Germany|France|Spain|Portugal|Italy|Netherlands|The Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Czech Republic|Czechia|Hungary|Romania|Greece|Turkey|Israel|UAE|United Arab Emirates|Saudi Arabia|Egypt|Nigeria|Kenya|Ghana|South Africa|India|Pakistan|Bangladesh|Sri Lanka|Nepal|China|Hong Kong|Taiwan|Japan|South Korea|Korea|Singapore|Malaysia|Indonesia|Philippines|Vietnam|Thailand|Australia|New Zealand|Ukraine|Russia|Estonia|Latvia|Lithuania|Serbia|Croatia|Slovakia|Slovenia|Bulgaria|Luxembourg|Iceland|Morocco|Tunisia|Jamaica|Puerto Rico";
const PLACE_WORD = "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|de|da|del|la|le|of|upon|on|am|im|sur))*";
const PLACE_RE = new RegExp(`^${PLACE_WORD}$`, "u");
const REGION_RE = new RegExp(`^(?:${US_STATES}|${STATE_NAMES}|${COUNTRIES})$`, "u");
// "Melbourne VIC", "Toronto ON": a place with its state or province code and no comma.
const PLACE_CODE_RE = new RegExp(`^(${PLACE_WORD})\\s+(?:${US_STATES})$`, "u");
// Irish and British counties written as such: "Co. Cork", "County Kildare".
const COUNTY_RE = /^(?:Co\.?|County)\s+[\p{Lu}][\p{L}'’-]+$/u;
// Postal codes written after a place, as a part of their own or after the place: US ZIP
// ("OR 97214"), UK postcode or its district ("BS1 4DJ", "E17", "LS15"), Irish Eircode
// ("D08 X2Y4"), Canadian ("M5V 2T6"). Digits-only district numbers and 4-digit codes
// ("Dublin 7", "QLD 4000") are read too but mark a place only with a region or a contact line.
const LETTER_POSTCODE =
  "\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?(?:\\s\\d[A-Z]{2})?|[AC-FHKNPRTV-Y]\\d{2}\\s?[AC-FHKNPRTV-Y\\d]{4}|[ABCEGHJ-NPRSTVXY]\\d[A-Z]\\s?\\d[A-Z]\\d";
const POSTCODE_TAIL_RE = new RegExp(`(?:^|\\s)(?:(${LETTER_POSTCODE})|(\\d{4}|\\d{1,2}W?))$`, "u");
// Words that make a comma part an employer, a title or a street rather than a place.
const NOT_PLACE_WORDS =
  /\b(?:inc|llc|llp|ltd|plc|gmbh|corp|company|group|services|solutions|consulting|consultants|engineers|engineering|associates|partners|restaurant|hotel|caf[eé]|kitchen|bar|pub|gastropub|clinic|hospital|health|care|centre|center|university|college|school|academy|institute|bank|agency|studio|trust|council|practice|pharmacy|surgery|counsel(?:l)?ing|wellness|property|logistics|supply|manufacturing|street|road|avenue|lane|suite|apt|unit|floor|resume|curriculum|vitae|summary|profile|skills|experience|education)\b/i;
const AREA_RE =
  /^(?:Greater\s+)?[\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+){0,3}\s+(?:Bay\s+)?(?:Metro(?:politan)?\s+)?Area$|^(?:Greater\s+)[\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+){0,2}$|^[\p{Lu}][\p{L}]+\s+Metroplex$/u;
const LOCATION_LABEL_RE = /^(?:location|address|based in|lives in|city|home|current(?:ly)?(?:\s+based)?(?:\s+in)?)\s*[:-]?\s*/i;

interface PlacePart {
  /** The part names a town, district or city ("Clifton", "Dublin 7"). */
  place: boolean;
  /** It names a state, province, county or country, or carries a letter postcode: the text is surely a place. */
  marked: boolean;
}

/** One comma part of a location: "Clifton", "Co. Cork", "London E17", "Melbourne VIC", "OR 97214", "LS11". */
function readPlacePart(part: string): PlacePart | null {
  let s = part.trim();
  let marked = false;
  const code = POSTCODE_TAIL_RE.exec(s);
  if (code) {
    s = s.slice(0, code.index).trim();
    marked = code[1] !== undefined;
    if (s === "") return code[1] !== undefined ? { place: false, marked: true } : null;
  }
  if (REGION_RE.test(s) || COUNTY_RE.test(s)) return { place: false, marked: true };
  const words = s.split(/\s+/);
  if (words.length > 4 || NOT_PLACE_WORDS.test(s) || words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return null;
  if (PLACE_CODE_RE.test(s)) return { place: true, marked: true };
  return PLACE_RE.test(s) && /\p{Ll}/u.test(s) ? { place: true, marked } : null;
}

type PlaceStrength = "marked" | "chain" | "plain" | "lone";

/**
 * How surely comma-separated text is a place: "marked" when one town is followed by a region,
 * country or postcode ("Portland, OR 97214", "Swords, Co. Dublin", "Leeds LS15"); "chain" when
 * several names come before it ("Etobicoke, Toronto, Ontario", which an employer line
 * "Northern Outfitters, Toronto, ON" shares); "plain" for towns alone ("Clifton, Bristol",
 * "Stoneybatter, Dublin 7"); "lone" for one town name and nothing else ("Venlo"); else null.
 */
function placeStrength(text: string): PlaceStrength | null {
  const parts = text.split(/,\s*/);
  if (parts.length > 4) return null;
  const read = parts.map(readPlacePart);
  const first = read[0];
  if (!first?.place || read.some((r) => r === null)) return null;
  if (!read.some((r) => r?.marked)) return parts.length >= 2 ? "plain" : "lone";
  return read.filter((r) => r?.place).length > 1 ? "chain" : "marked";
}

/** Removes labels, side notes and "open to relocation" tails around a location segment. */
function cleanLocationSegment(segment: string): string {
  return segment
    .replace(/^.*?\bcurrently\s+(?:based\s+)?(?:in\s+)?(?=\p{Lu})/u, "")
    .replace(LOCATION_LABEL_RE, "")
    .replace(/\s*[([][^()[\]]*[)\]]\s*/g, " ")
    .replace(/\s*[–—-]\s*(?:open to|relocating|willing|moving).*$/i, "")
    .replace(/\s*[;,]?\s*(?:open to|willing to|relocating|moving to|available for|remote)\b.*$/i, "")
    .replace(/^[\s📍⌂]+/u, "")
    .replace(/[.;]+$/, "")
    .trim();
}

/** The location in a segment, as written, with how surely it is one. */
function locationIn(segment: string): { text: string; strength: PlaceStrength } | null {
  if (segment.length > 160) return null;
  const s = cleanLocationSegment(segment);
  if (s.length < 4 || s.length > 90) return null;
  // "Greater Boston Area", "San Francisco Bay Area", city-states.
  if (AREA_RE.test(s) || /^(?:Singapore|Hong Kong|Luxembourg|Monaco|Macau|Doha|Dubai)$/.test(s)) return { text: s, strength: "marked" };
  const parts = s.split(/,\s*/);
  for (let k = 0; k < parts.length; k++) {
    // Only a street address may be dropped in front ("123 Main St, Springfield, IL").
    if (
      k > 0 &&
      !/\d|\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|lane|ln|apt|apartment|suite|ste|unit|way|court|ct|place|pl|floor|fl)\b\.?/i.test(
        parts[k - 1] ?? "",
      )
    )
      break;
    const candidate = parts.slice(k).join(", ");
    if (candidate.length > 60) continue;
    const strength = placeStrength(candidate);
    if (strength) return { text: candidate, strength };
  }
  return null;
}

/**
 * A segment that is surely a location, as written: "Chicago, IL (open to relocating…)" →
 * "Chicago, IL"; "Portland, OR 97214", "Swords, Co. Dublin", "Walthamstow, London E17, UK".
 * Towns without a region ("Clifton, Bristol") and district chains ("North York, Toronto, ON")
 * are read only next to the contact details.
 */
export function asLocation(segment: string): string | null {
  const found = locationIn(segment);
  return found?.strength === "marked" ? found.text : null;
}

// Words that mark a line as a job title, organisation or heading rather than a person.
const NOT_NAME_WORDS = new Set(
  (
    "resume curriculum vitae cv engineer developer manager analyst designer scientist consultant specialist " +
    "director officer nurse accountant representative executive associate assistant coordinator administrator " +
    "architect intern lead leader senior junior staff principal head technician teacher professor student " +
    "university college school institute academy inc llc ltd corp company group labs lab software systems " +
    "solutions services technologies health bank agency studio partners summary profile experience education " +
    "skills contact objective references page frontend backend full stack data machine learning product sales " +
    "marketing account owner founder ceo cto vp president recruiter programmer writer editor advisor therapist " +
    "pharmacist physician paralegal attorney clerk cashier driver operator mechanic electrician"
  ).split(" "),
);

const PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "del",
  "della",
  "di",
  "du",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "ten",
  "ter",
  "bin",
  "binti",
  "al",
  "el",
  "y",
  "e",
  "ní",
  "ni",
  "nic",
  "mac",
  "mc",
  "ó",
  "o",
  "ua",
  "st.",
]);

const NON_LATIN_RE =
  /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Greek}\p{Script=Thai}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Armenian}]/u;

// Post-nominal credentials after a comma: ", RN, BSN", ", PhD", ", CPA", ", M.D.", ", MBA".
const POST_NOMINAL_RE = /^(?:[\p{Lu}][\p{Lu}\p{Ll}.-]{0,9}|Ph\.?\s?D\.?|Ed\.?D\.?|Pharm\.?D\.?|Psy\.?D\.?|M\.?D\.?|J\.?D\.?|Esq\.?)$/u;

const KNOWN_CREDENTIALS = new Set(
  (
    "RN BSN MSN ADN LPN LVN CNA NP FNP APRN CRNA DNP CCRN CEN CNOR PHD MD DO JD MBA MPH MS MA BS BA CPA CMA CIA CFA " +
    "CFP EA PMP CSM PE EIT PHR SPHR SHRM-CP SHRM-SCP ACCA CA CISSP CISA CISM LCSW LPC PT DPT OT OTR PA PA-C RD RDN PHARMD ESQ"
  ).split(" "),
);

// Titles written before a name.
const HONORIFIC_RE = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+(?=\p{Lu})/u;
// Degree and membership letters that open with two capitals and go on in lower case: "CEng",
// "MIStructE", "MPharm", "MCIPPdip", "BEng". Surnames with an inner capital open with one
// ("McDonald", "LeBlanc", "DeVito"), so they never match.
const MEMBERSHIP_RE = /^\p{Lu}{2,}\p{Ll}[\p{L}]{0,8}$/u;

function isCredentialToken(tok: string): boolean {
  const t = tok.trim();
  if (!POST_NOMINAL_RE.test(t)) return false;
  if (/^(?:Jr|Sr|II|III|IV)\.?$/i.test(t)) return false;
  // Credentials are abbreviations: mostly capitals ("RN", "BSN", "CPA", "PhD", "MSc", "PMP").
  const caps = t.replace(/[^\p{Lu}]/gu, "").length;
  return caps >= 2 || /^Ph\.?D|^M\.?D|^Esq/i.test(t);
}

/** An abbreviated word with its period that qualifies a credential: "OT Reg." (registered), "Dip.", "Cert.". */
const ABBREVIATED_WORD_RE = /^\p{Lu}\p{Ll}{1,4}\.$/u;

/**
 * One comma part of post-nominals: "RN", "BSN CCRN", "OTR/L", "OT Reg. (Ont.)" (a jurisdiction in
 * parentheses and abbreviated words qualify a credential but are not one alone).
 */
function isPostNominalPart(part: string): boolean {
  const tokens = part
    .replace(/\([^()]*\)/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (tokens.length === 0) return false;
  const credential = (t: string) =>
    isCredentialToken(t) ||
    (t.includes("/") && t.split("/").every((x) => x === "" || POST_NOMINAL_RE.test(x)) && isCredentialToken(t.replace(/\//g, "")));
  return tokens.some(credential) && tokens.every((t) => credential(t) || ABBREVIATED_WORD_RE.test(t));
}

/** Removes post-nominals: "Maria Lopez, RN, BSN" → "Maria Lopez"; "Aisha Rahman, PhD" → "Aisha Rahman". */
export function stripPostNominals(raw: string): string {
  const parts = raw.split(",");
  while (parts.length > 1) {
    const last = parts[parts.length - 1] ?? "";
    if (isPostNominalPart(last)) parts.pop();
    else break;
  }
  // A title before the name is not part of it: "Dr. Aishwarya Krishnan", "Prof Ann Lee".
  let name = parts.join(",").trim().replace(HONORIFIC_RE, "");
  // "Jane Doe RN" without a comma: drop trailing known credentials. In an all-caps line every
  // word looks like an abbreviation, so only the known list applies there.
  const allCaps = !/\p{Ll}/u.test(name);
  // "Laura Bennett RVN (Equine)": a qualifier in parentheses after trailing letters goes with them.
  const qualified = /^(.*\S)\s+\([^()]{1,20}\)$/u.exec(name);
  const beforeQualifier = qualified?.[1]?.split(/\s+/).pop() ?? "";
  if (
    qualified?.[1] &&
    (KNOWN_CREDENTIALS.has(beforeQualifier.replace(/\./g, "").toUpperCase()) || (!allCaps && isCredentialToken(beforeQualifier)))
  )
    name = qualified[1];
  const words = name.split(/\s+/);
  while (words.length > 2) {
    const last = words[words.length - 1] ?? "";
    const known = KNOWN_CREDENTIALS.has(last.replace(/\./g, "").toUpperCase());
    if (known || (!allCaps && isCredentialToken(last) && (/^[\p{Lu}.]{2,5}$/u.test(last) || MEMBERSHIP_RE.test(last)))) words.pop();
    else break;
  }
  name = words.join(" ");
  return name;
}

/** The line, reduced to a person's name, or null when it does not look like one. */
export function asPersonName(line: string): string | null {
  const s = line.trim();
  if (s.length < 2 || s.length > 70) return null;
  if (/[@\d]|https?:|www\./i.test(s)) return null;
  // "Name | Title" or "Name — Title": the name is usually the first segment ("Resume — Name" happens too).
  const segs = splitSegments(s);
  if (segs.length > 1) {
    for (const seg of segs) {
      const name = nameFromSegment(seg);
      if (name) return name;
    }
    return null;
  }
  return nameFromSegment(s);
}

/** Pronouns written beside a name: "(she/her)", "he/him/his", "[they/them]", "Pronouns: she/they". */
const PRONOUNS_RE =
  /\s*[([]?\s*(?:pronouns?\s*:\s*)?\b(?:she|he|they|ze|xe)\s*\/\s*(?:her|hers|him|his|they|them|theirs|she|he|ze|xe|zir|hir)(?:\s*\/\s*(?:her|hers|him|his|them|theirs|zir|hir))?\b\s*[)\]]?/giu;

function nameFromSegment(segment: string): string | null {
  let s = segment
    .replace(/^(?:name)\s*:\s*/i, "")
    .replace(PRONOUNS_RE, " ")
    .trim();
  s = stripPostNominals(s);
  if (matchHeading(s)) return null;
  if (NON_LATIN_RE.test(s)) {
    // Non-Latin names, optionally followed by a romanisation: "李明 (Li Ming)".
    return s.length <= 40 && !/[:;!?]/.test(s) ? s : null;
  }
  // Nicknames and romanisations ("Robert \"Bob\" Smith", "(Li Ming)") do not decide the shape.
  const core = s
    .replace(/\s*\([^()]*\)\s*/g, " ")
    .replace(/\s*["“”'‘][^"“”'‘’]{1,20}["“”'’]\s*/g, " ")
    .trim();
  const words = core.split(/\s+/);
  if (words.length < 2 || words.length > 6) return null;
  let capitalised = 0;
  for (const w of words) {
    const bare = w.replace(/[.,]$/, "");
    if (NOT_NAME_WORDS.has(bare.toLowerCase())) return null;
    // A lower-case particle ("de", "van") joins a name; written capitalised it is a name of its own
    // (the Vietnamese family name "DO" and middle name "Van" in "DO Van Minh").
    if (PARTICLES.has(bare.toLowerCase()) && !/^\p{Lu}/u.test(bare)) continue;
    // Initials ("J.", "A.B.") and capitalised words with letters, hyphens, apostrophes.
    if (/^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(bare)) {
      capitalised++;
      continue;
    }
    if (!/^[\p{Lu}][\p{L}\p{M}'’-]*$/u.test(bare)) return null;
    capitalised++;
  }
  if (capitalised < 2) return null;
  // "Denver, CO" and "Burlington, VT" are places.
  if (asLocation(s)) return null;
  if (/,/.test(core)) return nameBeforeGivenName(s);
  return s;
}

/**
 * "CHEN Wei-Ling, Vivian", "Nguyen Thi Mai, Mary": a name in family-name-first order with the English name
 * the person goes by after a comma. The name is the part before the comma; a line whose after-comma part is
 * not one or two given-name words ("Smith, John Robert Lee", "Designer, Writer") is no such name.
 */
function nameBeforeGivenName(s: string): string | null {
  const parts = s.split(",").map((p) => p.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const given = parts[1].split(/\s+/);
  if (given.length > 2 || !given.every((w) => /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase())))
    return null;
  const family = parts[0].split(/\s+/);
  if (family.length < 2 || family.length > 4) return null;
  return nameFromSegment(parts[0]);
}

function foldAccents(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "L").toLowerCase();
}

/** How much of the name shows up in the e-mail's local part (a strong, layout-independent signal). */
function emailAffinity(name: string, email: string | null): number {
  if (!email) return 0;
  const local = foldAccents(email.split("@")[0] ?? "");
  const parts = foldAccents(name)
    .split(/[^a-z]+/)
    .filter((p) => p.length >= 2);
  return parts.some((p) => local.includes(p)) ? 1 : 0;
}

/**
 * Two to four capitalised words that all appear in the e-mail's local part are a name even when a
 * word is also a job title or a skill: "Paul Nurse" with paul.nurse@…, "Grace Cook" with gcook@… is
 * not enough (every word must show).
 */
function emailConfirmedName(text: string, email: string | null): string | null {
  if (!email) return null;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w))) return null;
  const local = foldAccents(email.split("@")[0] ?? "");
  return words.every((w) => local.includes(foldAccents(w).replace(/[^a-z]/g, ""))) ? words.join(" ") : null;
}

interface Candidate {
  name: string;
  line: number;
  score: number;
}

/**
 * A location segment: lines that also carry contact details first (a name line such as
 * "Pat Lee, PE" only looks like a place), then the other header lines, then lines near the contact details.
 */
function findLocation(lines: readonly Line[], ordered: readonly Line[], nearLines: readonly Line[]): string | null {
  const carriesContact = (l: Line | undefined) => l !== undefined && (EMAIL_RE.test(l.text) || findPhone(l.text) !== null);
  const pool = [...ordered, ...nearLines];
  let plain: string | null = null;
  const nameLine = lines.find((l) => l.text !== "")?.index;
  for (const l of [...pool.filter(carriesContact), ...pool]) {
    const segments = splitSegments(l.text).filter((seg) => l.index !== nameLine || !isNameWithPostNominals(seg));
    // Towns alone ("Clifton, Bristol") and district chains count on a contact line or as a line of their own next to one.
    const besideContact =
      carriesContact(l) || (segments.length === 1 && (carriesContact(lines[l.index - 1]) || carriesContact(lines[l.index + 1])));
    // A town alone ("Venlo") counts only as its own segment of a line that gives both an e-mail and a phone.
    const loneAllowed = l.index !== nameLine && segments.length >= 3 && EMAIL_RE.test(l.text) && findPhone(l.text) !== null;
    for (const seg of segments) {
      if (EMAIL_RE.test(seg)) continue;
      const loc = locationIn(seg);
      if (loc?.strength === "marked") return loc.text;
      if (loc && besideContact && (loc.strength !== "lone" || (loneAllowed && isLoneTown(loc.text)))) plain ??= loc.text;
    }
  }
  return plain;
}

/** A town named alone: a city the place list knows, or one word that is no job title ("Venlo", not "Declarant"). */
function isLoneTown(text: string): boolean {
  return countryOfCity(text) !== null || (/^[\p{Lu}][\p{L}'-]+$/u.test(text) && occupationOf(text) === null);
}

/**
 * "Vikram Shetty, CA" or "Jo Park, PE" on the resume's first line: a name and its post-nominal letters
 * (Chartered Accountant, Professional Engineer), never a town and its state.
 */
function isNameWithPostNominals(segment: string): boolean {
  const parts = segment.split(",");
  if (parts.length < 2) return false;
  const letters = parts.slice(1).flatMap((p) =>
    p
      .trim()
      .split(/[\s/]+/)
      .filter(Boolean),
  );
  if (!letters.every((t) => KNOWN_CREDENTIALS.has(t.replace(/\./g, "").toUpperCase()))) return false;
  const name = parts[0]?.trim() ?? "";
  return asPersonName(name) === name && name.split(/\s+/).length >= 2;
}

/** The header lines, then the lines of a "Contact" section: where contact details are looked for first. */
function contactLines(lines: readonly Line[], sections: readonly Section[]): { headerLines: Line[]; ordered: Line[] } {
  const header = sections[0];
  const headerLines =
    header && header.kind === "header" && header.lastLine >= header.firstLine ? lines.slice(header.firstLine, header.lastLine + 1) : [];
  const contactSectionLines: Line[] = [];
  for (const s of sections) {
    if (s.kind === "other" && CONTACT_HEADING_KEYS.has(s.key)) {
      contactSectionLines.push(...lines.slice(s.firstLine, s.lastLine + 1));
    }
  }
  return { headerLines, ordered: [...headerLines, ...contactSectionLines] };
}

/** The first e-mail address in the given lines, with its line index (-1 when none). */
function firstEmail(pool: readonly Line[]): { email: string | null; line: number } {
  for (const l of pool) {
    const email = findEmail(l.text);
    if (email) return { email, line: l.index };
  }
  return { email: null, line: -1 };
}

/** The first phone number: any international or US format, national formats only in the contact block. */
function firstPhone(
  pool: readonly Line[],
  contactBlock: readonly Line[],
  country: ReturnType<typeof phoneRegion>,
): { phone: string | null; line: number } {
  const contactIndexes = new Set(contactBlock.map((l) => l.index));
  for (const l of pool) {
    const bare = l.text.replace(EMAIL_RE, " ");
    // National formats are read only in the contact block: elsewhere digit groups are amounts and ids.
    const phone = findPhone(bare) ?? (contactIndexes.has(l.index) ? findPlannedPhone(bare, country) : null);
    if (phone) return { phone, line: l.index };
  }
  return { phone: null, line: -1 };
}

interface NameContext {
  lines: readonly Line[];
  headerLines: readonly Line[];
  email: string | null;
  emailLine: number;
  phone: string | null;
  phoneLine: number;
}

/**
 * The line without an all-capitals section heading glued to its start or end: when two
 * columns are read across (OCR of a page with a sidebar), the sidebar's "CONTACT" or the
 * main column's "EXPERIENCE" lands on the name's line ("CONTACT Jasmine Clarke").
 */
function withoutGluedHeading(text: string): string {
  const caps = String.raw`(?:\p{Lu}{3,}(?:\s+(?:&\s+)?\p{Lu}{2,})*)`;
  const lead = new RegExp(`^(${caps})\\s+(?=\\p{Lu}\\p{Ll})`, "u").exec(text);
  if (lead?.[1] && matchHeading(lead[1])) return text.slice(lead[0].length);
  const trail = new RegExp(`(?<=\\p{Ll})\\s+(${caps})$`, "u").exec(text);
  if (trail?.[1] && matchHeading(trail[1])) return text.slice(0, trail.index);
  return text;
}

/** The person name a line holds, contact details sharing its line removed; a name broken over two lines joined. */
function nameOnLine(l: Line, ctx: NameContext): { name: string; line: number } | null {
  // "Jane Doe jane@example.com": contact details sharing the name's line are not part of it.
  const bare = /@|\d|https?:|www\./.test(l.text)
    ? l.text
        .replace(new RegExp(EMAIL_RE.source, "gu"), " ")
        .replace(URL_RE, " ")
        .replace(ctx.phone ?? "\u0000", " ")
        .replace(/\s{2,}/g, "  ")
        .trim()
    : l.text;
  const name = asPersonName(bare) ?? asPersonName(withoutGluedHeading(bare)) ?? emailConfirmedName(bare, ctx.email);
  if (name) return { name, line: l.index };
  // A name broken over two lines in a sidebar: "Łukasz" / "Wiśniewski".
  const next = ctx.lines[l.index + 1];
  if (/^[\p{Lu}][\p{L}\p{M}'’-]+$/u.test(l.text) && next && /^[\p{Lu}][\p{L}\p{M}'’-]+$/u.test(next.text)) {
    const joined = asPersonName(`${l.text} ${next.text}`);
    if (joined) return { name: joined, line: l.index };
  }
  return null;
}

/** Name: candidate lines scored; the header's first lines win, sidebars are handled by their closeness to the contact details. */
function findName(ctx: NameContext): string | null {
  const candidates: Candidate[] = [];
  const headerPosition = new Map(ctx.headerLines.map((h, i) => [h.index, i]));
  const firstContentLine = ctx.lines.find((l) => l.text !== "")?.index ?? 0;
  // Names sit at the top or next to the contact block (sidebars); nowhere else is worth scoring.
  const nonEmpty = ctx.lines.filter((l) => l.text !== "");
  const topLines = new Set(nonEmpty.slice(0, 15).map((l) => l.index));
  const { emailLine, phoneLine } = ctx;
  const nearContact = (i: number) => (emailLine >= 0 && Math.abs(emailLine - i) <= 8) || (phoneLine >= 0 && Math.abs(phoneLine - i) <= 8);
  for (const l of nonEmpty) {
    if (!topLines.has(l.index) && !nearContact(l.index)) continue;
    const found = nameOnLine(l, ctx);
    if (!found) continue;
    let score = 0;
    const headerPos = headerPosition.get(l.index);
    if (headerPos !== undefined) score += 4 - Math.min(3, headerPos);
    if (l.index === firstContentLine) score += 2;
    score += 3 * emailAffinity(found.name, ctx.email);
    const dist = Math.min(emailLine >= 0 ? Math.abs(emailLine - found.line) : 99, phoneLine >= 0 ? Math.abs(phoneLine - found.line) : 99);
    if (dist <= 5) score += 1;
    if (l.text.length > 45) score -= 1;
    candidates.push({ name: found.name, line: found.line, score });
  }
  candidates.sort((a, b) => b.score - a.score || a.line - b.line);
  const best = candidates[0];
  return best && best.score > 0 ? best.name : null;
}

export function extractContact(lines: readonly Line[], sections: readonly Section[]): Contact {
  const { headerLines, ordered } = contactLines(lines, sections);
  // E-mail: header and contact blocks first, then anywhere.
  const { email, line: emailLine } = firstEmail([...ordered, ...lines]);
  const near = (anchor: number) => (anchor < 0 ? [] : lines.filter((l) => Math.abs(l.index - anchor) <= 3));
  // The location comes before the phone: its country is the phone's default region.
  let location = findLocation(lines, ordered, near(emailLine));
  const contactBlock = [...ordered, ...near(emailLine)];
  const { phone, line: phoneLine } = firstPhone([...contactBlock, ...lines], contactBlock, phoneRegion(location, email));
  location ??= findLocation(lines, [], near(phoneLine));
  const name = findName({ lines, headerLines, email, emailLine, phone, phoneLine });
  const links = findLinks([...ordered, ...near(emailLine), ...near(phoneLine)].map((l) => l.text).join("\n"));
  return { name, email, phone, location, links };
}
