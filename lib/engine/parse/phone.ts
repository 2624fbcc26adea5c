// Phone numbers as written, found with libphonenumber-js so national formats
// ("07700 900127" in the UK, "030 12345678" in Germany, "098765 43210" in India)
// are recognised when the resume's country is known from its location line.
import { type CountryCode, findPhoneNumbersInText, isSupportedCountry } from "libphonenumber-js";
import { findDateRanges } from "./dates";

const US_REGIONS =
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split(
    " ",
  );
const CA_REGIONS = "AB BC MB NB NL NS ON PE QC SK YT NT NU Ontario Quebec Alberta Manitoba Saskatchewan Nova Scotia British Columbia".split(
  " ",
);

// Region or country names (lower case) → ISO 3166 code. Unlisted places leave the region unknown.
const PLACE_COUNTRY: Record<string, CountryCode> = {
  usa: "US",
  us: "US",
  "u.s.": "US",
  "u.s.a.": "US",
  "united states": "US",
  "united states of america": "US",
  uk: "GB",
  "u.k.": "GB",
  "united kingdom": "GB",
  "great britain": "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  ireland: "IE",
  canada: "CA",
  "british columbia": "CA",
  mexico: "MX",
  cdmx: "MX",
  brazil: "BR",
  sp: "BR",
  rj: "BR",
  mg: "BR",
  argentina: "AR",
  chile: "CL",
  colombia: "CO",
  peru: "PE",
  germany: "DE",
  bavaria: "DE",
  deutschland: "DE",
  france: "FR",
  spain: "ES",
  portugal: "PT",
  italy: "IT",
  netherlands: "NL",
  "the netherlands": "NL",
  belgium: "BE",
  switzerland: "CH",
  austria: "AT",
  sweden: "SE",
  norway: "NO",
  denmark: "DK",
  finland: "FI",
  poland: "PL",
  "czech republic": "CZ",
  czechia: "CZ",
  hungary: "HU",
  romania: "RO",
  greece: "GR",
  turkey: "TR",
  israel: "IL",
  uae: "AE",
  "united arab emirates": "AE",
  "saudi arabia": "SA",
  egypt: "EG",
  nigeria: "NG",
  kenya: "KE",
  ghana: "GH",
  "south africa": "ZA",
  india: "IN",
  maharashtra: "IN",
  karnataka: "IN",
  "tamil nadu": "IN",
  delhi: "IN",
  pakistan: "PK",
  bangladesh: "BD",
  "sri lanka": "LK",
  nepal: "NP",
  china: "CN",
  "hong kong": "HK",
  taiwan: "TW",
  japan: "JP",
  "south korea": "KR",
  korea: "KR",
  singapore: "SG",
  malaysia: "MY",
  indonesia: "ID",
  philippines: "PH",
  vietnam: "VN",
  thailand: "TH",
  australia: "AU",
  nsw: "AU",
  vic: "AU",
  qld: "AU",
  tas: "AU",
  act: "AU",
  "new south wales": "AU",
  queensland: "AU",
  "new zealand": "NZ",
  ukraine: "UA",
  estonia: "EE",
  latvia: "LV",
  lithuania: "LT",
  serbia: "RS",
  croatia: "HR",
  slovakia: "SK",
  slovenia: "SI",
  bulgaria: "BG",
  luxembourg: "LU",
  iceland: "IS",
  morocco: "MA",
  tunisia: "TN",
  jamaica: "JM",
  "puerto rico": "PR",
};
for (const r of US_REGIONS) PLACE_COUNTRY[r.toLowerCase()] ??= "US";
for (const r of CA_REGIONS) PLACE_COUNTRY[r.toLowerCase()] ??= "CA";
// US state names: a full name after the city ("Austin, Texas") is a US address.
for (const s of "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new hampshire new jersey new mexico new york north carolina north dakota ohio oklahoma oregon pennsylvania rhode island south carolina south dakota tennessee texas utah vermont virginia washington west virginia wisconsin wyoming".split(
  " ",
))
  PLACE_COUNTRY[s] ??= "US";

// "Victoria" and "Georgia" are ambiguous; the last comma part decides, so "Tbilisi, Georgia" stays as written.
const MULTI_WORD = Object.keys(PLACE_COUNTRY).filter((k) => k.includes(" "));

/** The country of a location as the contact block writes it ("Leeds, UK" → GB, "Austin, TX" → US), or null. */
export function countryOfLocation(location: string | null): CountryCode | null {
  if (!location) return null;
  const parts = location.split(/,\s*/).map((p) => p.trim().toLowerCase());
  for (let i = parts.length - 1; i >= 1; i--) {
    const part = (parts[i] ?? "").replace(/\s+\d[\d -]*$/, "");
    const hit = PLACE_COUNTRY[part];
    if (hit) return hit;
  }
  const whole = location.toLowerCase();
  if (/^(?:singapore|hong kong|luxembourg)$/.test(whole)) return PLACE_COUNTRY[whole] ?? null;
  return MULTI_WORD.some((k) => whole.endsWith(k)) ? (PLACE_COUNTRY[MULTI_WORD.find((k) => whole.endsWith(k)) ?? ""] ?? null) : null;
}

// Postcodes that name their country on their own ("Leeds LS5 3AB", "Toronto M5V 2T6", "Dublin D02 X285").
const POSTCODE_COUNTRY: [RegExp, CountryCode][] = [
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/, "GB"],
  [/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b/, "CA"],
  [/\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}\b/, "IE"],
];

// Country-code domains sold worldwide as brands: they say nothing of where a person lives.
const BRAND_TLDS = new Set("io co me tv ai ly fm gg to cc ws sh so am la im".split(" "));

/**
 * The default region for national-format numbers: the country the location names, else its postcode's
 * country, else the country of the e-mail's domain ("example.co.uk" → GB, "example.nl" → NL).
 */
export function phoneRegion(location: string | null, email: string | null): CountryCode | null {
  const named = countryOfLocation(location);
  if (named) return named;
  const postcode = location ? POSTCODE_COUNTRY.find(([re]) => re.test(location)) : undefined;
  if (postcode) return postcode[1];
  const tld = /\.([a-z]{2})$/i.exec(email ?? "")?.[1]?.toLowerCase();
  if (!tld || BRAND_TLDS.has(tld)) return null;
  const code = tld === "uk" ? "GB" : tld.toUpperCase();
  return isSupportedCountry(code) ? code : null;
}

/** A candidate that is really a date range or a year list ("2019 - 2021", "03/2017 - 08/2020"). */
function looksLikeDates(candidate: string): boolean {
  if (/^\+|\(/.test(candidate)) return false;
  if (findDateRanges(candidate, { year: 2100, month: 1 }).length > 0) return true;
  const groups = candidate.split(/[\s./-]+/);
  return groups.some((g) => /^(?:19|20)\d\d$/.test(g)) && groups.length <= 3 && !/^\d{3}$/.test(groups[0] ?? "");
}

/**
 * Phone numbers in a line, exactly as written, that the numbering plan of
 * `country` (or an international prefix) allows. Fictional exchange ranges
 * (555-01xx, Ofcom's drama numbers) are possible numbers, not valid ones, so
 * possibility is the test.
 */
export function findPlannedPhone(text: string, country: CountryCode | null): string | null {
  // `extended` asks for possible (not only valid) numbers.
  const found = findPhoneNumbersInText(text, { defaultCountry: country ?? undefined, extended: true });
  for (const m of found) {
    const written = text.slice(m.startsAt, m.endsAt).trim();
    const digits = written.replace(/\D/g, "");
    if (digits.length < 7 || looksLikeDates(written)) continue;
    // A number glued to a date ("2017 - 08/2020") starts right after a digit or a slash.
    if (/[\d/]$/.test(text.slice(0, m.startsAt))) continue;
    return written;
  }
  return null;
}
