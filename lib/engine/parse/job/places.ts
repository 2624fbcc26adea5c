// Countries and regions a posting may restrict candidates to, and the names
// a resume or posting writes them with. Regions expand to their countries so
// "Remote (EU)" admits a candidate in Lisbon and "North America" one in Toronto.

/** Canonical country name → other ways of writing it. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  "United States": ["USA", "U.S.A.", "U.S.", "US", "United States of America"],
  Canada: [],
  Mexico: [],
  "United Kingdom": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  Ireland: ["Republic of Ireland"],
  Germany: ["Deutschland"],
  France: [],
  Spain: [],
  Portugal: [],
  Italy: [],
  Netherlands: ["The Netherlands", "Holland"],
  Belgium: [],
  Luxembourg: [],
  Switzerland: [],
  Austria: [],
  Poland: [],
  Sweden: [],
  Norway: [],
  Denmark: [],
  Finland: [],
  Iceland: [],
  Estonia: [],
  Latvia: [],
  Lithuania: [],
  "Czech Republic": ["Czechia"],
  Slovakia: [],
  Slovenia: [],
  Croatia: [],
  Hungary: [],
  Romania: [],
  Bulgaria: [],
  Greece: [],
  Cyprus: [],
  Malta: [],
  Serbia: [],
  Ukraine: [],
  Turkey: ["Türkiye"],
  Israel: [],
  India: [],
  Pakistan: [],
  Bangladesh: [],
  "Sri Lanka": [],
  Nepal: [],
  Philippines: [],
  China: [],
  "Hong Kong": [],
  Taiwan: [],
  Japan: [],
  "South Korea": ["Korea"],
  Singapore: [],
  Malaysia: [],
  Indonesia: [],
  Vietnam: [],
  Thailand: [],
  Australia: [],
  "New Zealand": [],
  Brazil: [],
  Argentina: [],
  Chile: [],
  Colombia: [],
  Peru: [],
  Uruguay: [],
  "Costa Rica": [],
  Nigeria: [],
  Ghana: [],
  Kenya: [],
  "South Africa": [],
  Egypt: [],
  Morocco: [],
  "United Arab Emirates": ["UAE", "U.A.E."],
  "Saudi Arabia": [],
  Qatar: [],
};

const EU = [
  "Austria",
  "Belgium",
  "Bulgaria",
  "Croatia",
  "Cyprus",
  "Czech Republic",
  "Denmark",
  "Estonia",
  "Finland",
  "France",
  "Germany",
  "Greece",
  "Hungary",
  "Ireland",
  "Italy",
  "Latvia",
  "Lithuania",
  "Luxembourg",
  "Malta",
  "Netherlands",
  "Poland",
  "Portugal",
  "Romania",
  "Slovakia",
  "Slovenia",
  "Spain",
  "Sweden",
];
const EUROPE = [...EU, "United Kingdom", "Switzerland", "Norway", "Iceland", "Serbia", "Ukraine"];
const LATAM = ["Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Peru", "Uruguay", "Costa Rica"];

/** Region name (as written, canonical form) → member countries, and other ways of writing it. */
export const REGIONS: Record<string, { countries: string[]; aliases: string[] }> = {
  EU: { countries: EU, aliases: ["European Union", "E.U."] },
  EEA: { countries: [...EU, "Norway", "Iceland"], aliases: ["European Economic Area"] },
  Europe: { countries: EUROPE, aliases: [] },
  "North America": { countries: ["United States", "Canada", "Mexico"], aliases: [] },
  "Latin America": { countries: LATAM, aliases: ["LATAM", "LatAm", "South America"] },
  EMEA: {
    countries: [
      ...EUROPE,
      "Israel",
      "Turkey",
      "United Arab Emirates",
      "Saudi Arabia",
      "Qatar",
      "Egypt",
      "Morocco",
      "Nigeria",
      "Ghana",
      "Kenya",
      "South Africa",
    ],
    aliases: [],
  },
  APAC: {
    countries: [
      "India",
      "China",
      "Hong Kong",
      "Taiwan",
      "Japan",
      "South Korea",
      "Singapore",
      "Malaysia",
      "Indonesia",
      "Vietnam",
      "Thailand",
      "Philippines",
      "Australia",
      "New Zealand",
    ],
    aliases: ["Asia-Pacific", "Asia Pacific"],
  },
};

// Short upper-case forms ("US", "UK", "EU") only count written in capitals: "us" is a pronoun.
const CAPS_ONLY = /^[A-Z.]{2,6}$/;

interface PlaceForm {
  canonical: string;
  re: RegExp;
}

function formRe(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const tail = /\.$/.test(form) ? "" : "(?![\\p{L}\\p{N}])";
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${tail}`, CAPS_ONLY.test(form) ? "gu" : "giu");
}

const PLACE_FORMS: PlaceForm[] = [
  ...Object.entries(COUNTRY_ALIASES).flatMap(([c, aliases]) => [c, ...aliases].map((f) => ({ canonical: c, re: formRe(f) }))),
  ...Object.entries(REGIONS).flatMap(([r, { aliases }]) => [r, ...aliases].map((f) => ({ canonical: r, re: formRe(f) }))),
].sort((a, b) => b.re.source.length - a.re.source.length);

/** Countries and regions named in a text, with where each mention starts, in text order. */
export function placeMentions(text: string): { at: number; name: string }[] {
  const hits: { at: number; end: number; name: string }[] = [];
  for (const f of PLACE_FORMS) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(text); m; m = f.re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      // Longer forms were tried first: "Northern Ireland" keeps "Ireland" from counting on its own.
      if (hits.some((h) => at < h.end && end > h.at)) continue;
      hits.push({ at, end, name: f.canonical });
    }
  }
  return hits.sort((a, b) => a.at - b.at).map(({ at, name }) => ({ at, name }));
}

/** Countries and regions named in a text, canonical names in order of first mention. */
export function placesIn(text: string): string[] {
  return [...new Set(placeMentions(text).map((h) => h.name))];
}

/** The countries a country or region name covers. */
export function countriesOf(place: string): string[] {
  const region = REGIONS[place];
  return region ? region.countries : [place];
}

export function isKnownCountry(name: string): boolean {
  return name in COUNTRY_ALIASES;
}

const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(
    " ",
  ),
);
const CANADIAN_PROVINCES = new Set("ON BC QC AB MB SK NS NB NL PE YT NT NU".split(" "));
// States and provinces written out ("Providence, Rhode Island", "Kitchener, Ontario"): the country they are in.
const REGION_NAMES: [string, string[]][] = [
  [
    "United States",
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming District_of_Columbia".split(
      " ",
    ),
  ],
  [
    "Canada",
    "Ontario Quebec Québec British_Columbia Alberta Manitoba Saskatchewan Nova_Scotia New_Brunswick Newfoundland_and_Labrador Newfoundland Prince_Edward_Island Yukon Northwest_Territories Nunavut".split(
      " ",
    ),
  ],
  ["South Africa", "Gauteng Western_Cape Eastern_Cape Northern_Cape KwaZulu-Natal KZN Limpopo Mpumalanga Free_State".split(" ")],
  [
    "Australia",
    "New_South_Wales NSW Queensland QLD Western_Australia South_Australia Tasmania Northern_Territory Australian_Capital_Territory ACT".split(
      " ",
    ),
  ],
];
const COUNTRY_BY_REGION_NAME = new Map(
  REGION_NAMES.flatMap(([country, names]) => names.map((n) => [n.replace(/_/g, " ").toLowerCase(), country] as const)),
);

// Large cities a posting names without their country ("Leeds LS5", "Dublin 2", "Bristol (Temple
// Quay)"). Names that are also common words or large cities of another country (Perth, Hamilton,
// Victoria, Richmond, Kingston, Newcastle, Halifax, Reading, Bath) are left out: their country is
// not certain without a region.
const CITIES: [string, string][] = [
  [
    "United Kingdom",
    "London Manchester Birmingham Leeds Glasgow Edinburgh Liverpool Bristol Sheffield Cardiff Belfast Nottingham Leicester Coventry Bradford Southampton Portsmouth Brighton Oxford Cambridge Milton_Keynes Aberdeen Dundee Swansea Exeter Plymouth Norwich Derby Stoke-on-Trent Sunderland Wolverhampton Inverness",
  ],
  ["Ireland", "Dublin Cork Galway Limerick Waterford Kilkenny Sligo Athlone Drogheda Dundalk"],
  ["Australia", "Sydney Melbourne Brisbane Adelaide Canberra Hobart Darwin Gold_Coast Geelong Townsville Cairns"],
  ["New Zealand", "Auckland Wellington Christchurch Dunedin Tauranga"],
  ["Canada", "Toronto Montreal Montréal Vancouver Calgary Edmonton Ottawa Winnipeg Mississauga Brampton Etobicoke Saskatoon"],
  ["Germany", "Berlin Munich München Hamburg Frankfurt Cologne Köln Stuttgart Düsseldorf"],
  ["France", "Paris Lyon Marseille Toulouse Lille"],
  ["Spain", "Madrid Barcelona Valencia Seville"],
  ["Portugal", "Lisbon Lisboa Porto"],
  ["Netherlands", "Amsterdam Rotterdam Utrecht Eindhoven"],
  ["India", "Bangalore Bengaluru Mumbai Delhi New_Delhi Hyderabad Chennai Pune Kolkata Gurgaon Gurugram Noida Ahmedabad"],
  ["South Africa", "Johannesburg Cape_Town Durban Pretoria Bloemfontein Gqeberha Port_Elizabeth Polokwane Mbombela"],
  ["United Arab Emirates", "Dubai Abu_Dhabi Sharjah Ajman Al_Ain Ras_Al_Khaimah"],
  ["Qatar", "Doha"],
  ["Saudi Arabia", "Riyadh Jeddah Dammam"],
  ["Kenya", "Nairobi Mombasa"],
  ["Nigeria", "Lagos Abuja"],
  ["Ghana", "Accra Kumasi"],
  ["Egypt", "Cairo Alexandria"],
  ["Philippines", "Manila Cebu Makati"],
  ["Malaysia", "Kuala_Lumpur Penang"],
  ["Japan", "Tokyo Osaka Yokohama"],
  ["South Korea", "Seoul Busan"],
  ["Poland", "Warsaw Kraków Krakow Wrocław Wroclaw Gdańsk Gdansk Poznań Poznan"],
  ["Czech Republic", "Prague Brno"],
  ["Austria", "Vienna Graz Salzburg"],
  ["Switzerland", "Zurich Zürich Geneva Basel Lausanne"],
  ["Sweden", "Stockholm Gothenburg Malmö Malmo"],
  ["Denmark", "Copenhagen Aarhus"],
  ["Norway", "Oslo Bergen Stavanger Trondheim"],
  ["Finland", "Helsinki Espoo Tampere"],
  ["Belgium", "Brussels Antwerp Ghent"],
  ["Italy", "Milan Rome Turin Naples Bologna"],
];
const COUNTRY_BY_CITY = new Map(
  CITIES.flatMap(([country, names]) => names.split(" ").map((n) => [n.replace(/_/g, " ").toLowerCase(), country] as const)),
);
// A postal district after a city: "Dublin 2", "Dublin D02 X285", "Leeds LS5", "London EC1A 1BB", "Toronto M5V 2T6".
const POSTAL_DISTRICT_RE = /\s+(?:\d{1,2}|D\d{2}(?:\s*[A-Z0-9]{4})?|[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?|[A-Z]\d[A-Z](?:\s*\d[A-Z]\d)?)$/;

/** The country of a large city named alone, with or without its postal district ("Leeds LS5", "Dublin 2"), or null. */
export function countryOfCity(place: string): string | null {
  const bare = place
    .replace(/\([^)]*\)/g, " ")
    .trim()
    .replace(POSTAL_DISTRICT_RE, "")
    .trim();
  return COUNTRY_BY_CITY.get(bare.toLowerCase()) ?? null;
}

/** The country a "City, ST" / "City, Country" location names, or null when it does not say. */
export function countryOfLocation(location: string | null | undefined): string | null {
  if (!location) return null;
  const parts = location
    .replace(/\([^)]*\)/g, " ")
    .split(/[,·|/]/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? "";
    const code = /^([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$/.exec(part)?.[1];
    if (code && US_STATES.has(code)) return "United States";
    if (code && CANADIAN_PROVINCES.has(code)) return "Canada";
    const region = COUNTRY_BY_REGION_NAME.get(part.replace(/\s+\d{3,6}$/, "").toLowerCase());
    if (region) return region;
    const named = placesIn(part);
    if (named.length === 1 && isKnownCountry(named[0] as string)) return named[0] as string;
  }
  return null;
}

// "Leeds General site", "Manchester office", "Cork University Hospital campus": a workplace named by its city.
const SITE_RE =
  /^((?:[\p{Lu}][\p{L}.'-]+\s+){1,3}?)(?:[\p{Lu}][\p{L}.'-]+\s+){0,3}(?:site|campus|office|depot|plant|branch|store|clinic|hospital)$/u;

/** The large city that opens a header part naming a site ("Leeds General site" → Leeds), or null. */
export function cityOfSite(part: string): string | null {
  const words = SITE_RE.exec(part.trim())?.[0].split(/\s+/) ?? [];
  for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
    const city = words.slice(0, n).join(" ");
    if (countryOfCity(city)) return city;
  }
  return null;
}

// A field role: the work is done at customers' or the employer's sites, travelling from home ("North West
// (mobile)", "a mobile engineer", "our field team", "working from a company van", "covering your own patch").
// Home is where the day starts, not where the work is done: such a job is on site, never remote. A
// fly-in fly-out or drive-in drive-out roster ("FIFO Pilbara", "DIDO 8:6") is worked at a remote site.
const FIELD_ROLE_RE =
  /\b(?:FIFO|DIDO|fly[- ]in[ \t,/]+fly[- ]out|drive[- ]in[ \t,/]+drive[- ]out)\b|\((?:mobile|field[- ]based|travelling|traveling)\)|\b(?:mobile|field[- ]based|travelling|traveling|peripatetic)[ \t]+(?:role|position|job|engineers?|technicians?|workers?|team|service)\b|\bfield[ \t]+(?:team|engineers?|technicians?|service[ \t]+(?:engineers?|technicians?))\b|\b(?:company|works|service)[ \t]+van\b|\bcovering[ \t]+(?:your[ \t]+own|a|the)[ \t]+(?:patch|area|region|territory)\b/i;

/** "onsite" when the posting describes a field role done at sites (see FIELD_ROLE_RE), else null. */
export function fieldWorkplace(text: string): "onsite" | null {
  return FIELD_ROLE_RE.test(text) ? "onsite" : null;
}

// "Remote" describing a thing, not where the work is done: "remote display cabinets", "remote monitoring",
// "remote and rural communities", "remote sites".
const REMOTE_THING_RE =
  /\bremote(?:[ \t]+(?:and|or)[ \t]+[\p{L}-]+)?[ \t]+(?:display|cabinets?|condens\w*|monitoring|sensing|sensors?|controls?|controllers?|access|desktop|areas?|communities|sites?|locations?|regions?|islands?|villages?|towns?|parts|rural|patients?|telemetry|terminals?|units?|systems?|devices?|operated|operations?|diagnostics?)\b/giu;

/** The text with "remote" that describes things ("remote display cabinets") blanked out. */
export function withoutRemoteThings(text: string): string {
  return text.replace(REMOTE_THING_RE, (m) => " ".repeat(m.length));
}
