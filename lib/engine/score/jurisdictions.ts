// Where a registration to practise holds. A regulated profession is registered with a regulator of one
// country, and in federations often of one province or state: an occupational therapist registered with
// the HCPC (United Kingdom) or with the Ontario college may not practise in Alberta until the Alberta
// college registers them too. The table below maps regulators to their jurisdiction (facts from the
// regulators' own names and remits); a regulator named "<Province> College of …" or "… of <Province>"
// is read from its place name, so that only national bodies and abbreviations need listing.

/** A country (ISO 3166 alpha-2) and, for a regulator of one province or state, its region. */
export interface Jurisdiction {
  country: string;
  /** Province, state or territory, lower-case; null for a national regulator or a country named alone. */
  region: string | null;
  /** How the text named it ("HCPC", "Ontario"), for the explanation. */
  name: string;
}

/** National regulators and regional ones known by abbreviation: pattern, country, region. */
const REGULATORS: ReadonlyArray<readonly [RegExp, string, string | null]> = [
  // United Kingdom.
  [/\bHCPC\b|\bHealth and Care Professions Council\b/g, "GB", null],
  [/\bNMC\b|\bNursing and Midwifery Council\b/g, "GB", null],
  [/\bRCVS\b|\bRoyal College of Veterinary Surgeons\b/g, "GB", null],
  [/\bGMC\b|\bGeneral Medical Council\b/g, "GB", null],
  [/\bGPhC\b|\bGeneral Pharmaceutical Council\b/g, "GB", null],
  [/\bGDC\b|\bGeneral Dental Council\b/g, "GB", null],
  [/\bSocial Work England\b|\bSocial Care Wales\b|\bScottish Social Services Council\b/g, "GB", null],
  // Ireland.
  [/\bCORU\b|\bNMBI\b|\bNursing and Midwifery Board of Ireland\b|\bVeterinary Council of Ireland\b/g, "IE", null],
  // Australia and New Zealand.
  [/\bAHPRA\b|\bAustralian Health Practitioner Regulation Agency\b|\bNMBA\b/g, "AU", null],
  [/\bNursing Council of New Zealand\b|\bOccupational Therapy Board of New Zealand\b|\bVeterinary Council of New Zealand\b/g, "NZ", null],
  // Canadian provincial colleges known by abbreviation (those spelled out carry the province's name).
  [/\bACOT\b|\bCRNA\b|\bCLPNA\b|\bCPTA\b/g, "CA", "alberta"],
  [/\bCOTO\b|\bCNO\b|\bCPO\b/g, "CA", "ontario"],
  [/\bCOTBC\b|\bBCCNM\b/g, "CA", "british columbia"],
  [/\bOEQ\b|\bOIIQ\b/g, "CA", "quebec"],
  [/\bSSOT\b|\bCRNS\b/g, "CA", "saskatchewan"],
  [/\bCOTM\b|\bCRNM\b/g, "CA", "manitoba"],
  // United States: national certification boards and examinations that go with a state licence.
  [/\bNBCOT\b|\bNCLEX(?:-RN|-PN)?\b/g, "US", null],
];

const PROVINCES: Readonly<Record<string, string>> = {
  alberta: "CA",
  ontario: "CA",
  "british columbia": "CA",
  quebec: "CA",
  québec: "CA",
  saskatchewan: "CA",
  manitoba: "CA",
  "nova scotia": "CA",
  "new brunswick": "CA",
  "newfoundland and labrador": "CA",
  "prince edward island": "CA",
  "new south wales": "AU",
  queensland: "AU",
  "western australia": "AU",
  "south australia": "AU",
  tasmania: "AU",
  alabama: "US",
  alaska: "US",
  arizona: "US",
  arkansas: "US",
  california: "US",
  colorado: "US",
  connecticut: "US",
  delaware: "US",
  florida: "US",
  hawaii: "US",
  idaho: "US",
  illinois: "US",
  indiana: "US",
  iowa: "US",
  kansas: "US",
  kentucky: "US",
  louisiana: "US",
  maine: "US",
  maryland: "US",
  massachusetts: "US",
  michigan: "US",
  minnesota: "US",
  mississippi: "US",
  missouri: "US",
  montana: "US",
  nebraska: "US",
  nevada: "US",
  "new hampshire": "US",
  "new jersey": "US",
  "new mexico": "US",
  "new york": "US",
  "north carolina": "US",
  "north dakota": "US",
  ohio: "US",
  oklahoma: "US",
  oregon: "US",
  pennsylvania: "US",
  "rhode island": "US",
  "south carolina": "US",
  "south dakota": "US",
  tennessee: "US",
  texas: "US",
  utah: "US",
  vermont: "US",
  virginia: "US",
  "washington state": "US",
  "west virginia": "US",
  wisconsin: "US",
  wyoming: "US",
};

const COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bUnited Kingdom\b|\bUK\b|\bEngland\b|\bScotland\b|\bWales\b|\bNorthern Ireland\b/g, "GB"],
  [/\bIreland\b|\bIrish\b/g, "IE"],
  [/\bAustralian?\b/g, "AU"],
  [/\bNew Zealand\b/g, "NZ"],
  [/\bCanad(?:a|ian)\b/g, "CA"],
  [/\bUnited States\b|\bU\.S\.(?:A\.)?|\bUSA\b/g, "US"],
  [/\bIndia\b/g, "IN"],
  [/\bPhilippines\b/g, "PH"],
  [/\bSouth Africa\b/g, "ZA"],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// "West Virginia" before "Virginia", "Western Australia" before "Australia": longest names first, one pass.
const PROVINCE_RE = new RegExp(
  `\\b(${Object.keys(PROVINCES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|")})\\b`,
  "giu",
);

/**
 * Every jurisdiction the text names: regulators of the table, provinces and states by name (which also
 * places "College of Occupational Therapists of Ontario"), countries. "Washington" alone is a city as
 * often as a state, so only "Washington State" counts.
 */
export function jurisdictionsIn(text: string): Jurisdiction[] {
  const out: Jurisdiction[] = [];
  const taken: Array<[number, number]> = [];
  const add = (m: RegExpMatchArray, country: string, region: string | null) => {
    const at = m.index ?? 0;
    if (taken.some(([a, b]) => at < b && at + m[0].length > a)) return;
    taken.push([at, at + m[0].length]);
    if (!out.some((j) => j.country === country && j.region === region)) out.push({ country, region, name: m[0] });
  };
  for (const [re, country, region] of REGULATORS) for (const m of text.matchAll(re)) add(m, country, region);
  for (const m of text.matchAll(PROVINCE_RE)) {
    const region = (m[1] ?? "").toLowerCase();
    add(m, PROVINCES[region] ?? "", region.replace(/ state$/, ""));
  }
  for (const [re, country] of COUNTRIES) for (const m of text.matchAll(re)) add(m, country, null);
  return out;
}

/**
 * Whether a registration named in one jurisdiction holds in one of those required: the same country,
 * and the same province or state when both name one (a national registration or a country named alone
 * is not read as another province's).
 */
export function holdsIn(held: Jurisdiction, required: readonly Jurisdiction[]): boolean {
  return required.some((r) => r.country === held.country && (r.region === null || held.region === null || r.region === held.region));
}

/** Whether every required jurisdiction is in another country than the one held (a transfer across borders). */
export function abroad(held: Jurisdiction, required: readonly Jurisdiction[]): boolean {
  return required.every((r) => r.country !== held.country);
}
