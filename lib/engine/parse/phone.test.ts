import { describe, expect, it } from "vitest";
import { extractContact } from "./contact";
import { splitLines } from "./lines";
import { countryOfLocation, findPlannedPhone } from "./phone";
import { detectSections } from "./sections";

function contactOf(text: string) {
  const lines = splitLines(text);
  return extractContact(lines, detectSections(lines));
}

describe("countryOfLocation", () => {
  it.each([
    ["Leeds, UK", "GB"],
    ["Manchester, England", "GB"],
    ["Austin, TX", "US"],
    ["Austin, Texas", "US"],
    ["Toronto, ON", "CA"],
    ["Berlin, Germany", "DE"],
    ["Pune, Maharashtra, India", "IN"],
    ["Sydney, NSW", "AU"],
  ])("%s → %s", (location, code) => {
    expect(countryOfLocation(location)).toBe(code);
  });

  it("is null when the location names no known region", () => {
    expect(countryOfLocation("Springfield")).toBeNull();
    expect(countryOfLocation(null)).toBeNull();
  });
});

describe("findPlannedPhone", () => {
  it.each([
    ["07700 900127 · sam@example.com", "GB", "07700 900127"],
    ["Tel. 01632 960210", "GB", "01632 960210"],
    ["Telefon: 030 12345678", "DE", "030 12345678"],
    ["Mobil 0171 1234567", "DE", "0171 1234567"],
    ["Phone 098765 43210", "IN", "098765 43210"],
  ] as const)("%s in %s", (line, country, phone) => {
    expect(findPlannedPhone(line, country)).toBe(phone);
  });

  it("does not read date ranges as numbers", () => {
    expect(findPlannedPhone("2019 - 2021 | 03/2017 - 08/2020", "US")).toBeNull();
  });
});

describe("extractContact: national phone formats", () => {
  it("finds a UK national number using the location line's country", () => {
    const c = contactOf(
      "Amelia Hart\nLeeds, UK · 07700 900127 · amelia.hart@example.com\n\nEXPERIENCE\nNurse — St James Hospital\n2019 – 2024\n",
    );
    expect(c.phone).toBe("07700 900127");
    expect(c.location).toBe("Leeds, UK");
  });

  it("reads a national number by the postcode or the e-mail domain when the location names no country", () => {
    const byPostcode = contactOf("Grace Hill\nLeeds LS5 3AB | 07700 900851 | grace@example.com\n\nEXPERIENCE\nTeacher\n");
    expect(byPostcode.phone).toBe("07700 900851");
    const byDomain = contactOf("Morag Fraser\nPerth | 07700 900417 | morag@example.co.uk\n\nEXPERIENCE\nMidwife\n");
    expect(byDomain.phone).toBe("07700 900417");
    // A brand domain (.io) says nothing of the country: the national number stays unread rather than guessed.
    const brand = contactOf("Ana Silva\nPerth | 07700 900417 | ana@example.io\n\nEXPERIENCE\nMidwife\n");
    expect(brand.phone).toBeNull();
    // Finland's and Iceland's own domains do name a country.
    expect(contactOf("Aino Virtanen\nEspoo | 040 5551234 | aino@example.fi\n\nEXPERIENCE\nNurse\n").phone).toBe("040 5551234");
  });

  it("finds a German national number with a German address", () => {
    const c = contactOf("Jonas Weber\nMünchen, Germany\n0171 1234567 | jonas.weber@example.com\n\nSKILLS\nPython\n");
    expect(c.phone).toBe("0171 1234567");
  });

  it("never takes an employer line as the phone", () => {
    const c = contactOf(
      "Amelia Hart\nLeeds, UK · amelia.hart@example.com\n\nEXPERIENCE\nNurse — Ward 12 0113 Trust\nMar 2019 – Jan 2024\n• Reduced stock costs by 1500000\n",
    );
    expect(c.phone).toBeNull();
  });

  it("prefers the location on the contact line over a name with post-nominals that looks like a place", () => {
    const c = contactOf("Patrick O'Malley-Chen, PE\nSacramento, CA | 916-555-0152 | pomc@example.com\n\nSUMMARY\nCivil engineer.\n");
    expect(c.location).toBe("Sacramento, CA");
    expect(c.name).toBe("Patrick O'Malley-Chen");
  });
});
