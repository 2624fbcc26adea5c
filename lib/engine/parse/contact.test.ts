import { describe, expect, it } from "vitest";
import { asLocation, asPersonName, findEmail, findPhone, stripPostNominals } from "./contact";
import { parseResume } from "./resume";

describe("findPhone", () => {
  it.each([
    ["+1 (415) 555-0134", "+1 (415) 555-0134"],
    ["Tel: +44 20 7946 0958 | london", "+44 20 7946 0958"],
    ["+91 98765 43210", "+91 98765 43210"],
    ["Denver, CO · (720) 555-0111 · ryan@example.com", "(720) 555-0111"],
    ["206.555.0168", "206.555.0168"],
    ["678-555-0113", "678-555-0113"],
    ["+1 505 555 0141", "+1 505 555 0141"],
    ["+49 30 901820", "+49 30 901820"],
    ["+33 1 42 68 53 00", "+33 1 42 68 53 00"],
    ["+44 (0)20 7946 0958", "+44 (0)20 7946 0958"],
    ["Mobile: 0412 345 678", "0412 345 678"],
    ["1 (800) 555-0199", "1 (800) 555-0199"],
    ["1-800-555-0199", "1-800-555-0199"],
    ["+1-415-555-0134", "+1-415-555-0134"],
  ])("%s", (line, phone) => {
    expect(findPhone(line)).toBe(phone);
  });

  it.each(["Jan 2019 – Present", "2015 - 2018", "03/2017 - 08/2020", "2023-01 – 2024-05", "2019 - 2021 2022", "Revenue grew 2,400,000"])(
    "ignores %s",
    (line) => {
      expect(findPhone(line)).toBeNull();
    },
  );
});

describe("findEmail", () => {
  it("finds addresses with dots, plus and subdomains", () => {
    expect(findEmail("a | jordan@ellis.example.com | b")).toBe("jordan@ellis.example.com");
    expect(findEmail("mail: j.doe+jobs@mail.example.co.uk.")).toBe("j.doe+jobs@mail.example.co.uk");
  });
});

describe("stripPostNominals / asPersonName", () => {
  it.each([
    ["Maria Lopez, RN, BSN", "Maria Lopez"],
    ["Aisha Rahman, PhD", "Aisha Rahman"],
    ["David Chen, CPA", "David Chen"],
    ["John Smith, M.D.", "John Smith"],
    ["Priya Raman, MBA, PMP", "Priya Raman"],
    ["Robert King Jr.", "Robert King Jr."],
  ])("%s → %s", (raw, name) => {
    expect(asPersonName(raw)).toBe(name);
  });

  it("keeps accents, particles and non-Latin scripts", () => {
    expect(asPersonName("Renée Côté")).toBe("Renée Côté");
    expect(asPersonName("Łukasz Wiśniewski")).toBe("Łukasz Wiśniewski");
    expect(asPersonName("Saoirse Ní Bhriain")).toBe("Saoirse Ní Bhriain");
    expect(asPersonName("Ana María de la Cruz")).toBe("Ana María de la Cruz");
    expect(asPersonName("李明 (Li Ming)")).toBe("李明 (Li Ming)");
    expect(asPersonName("김지우 (Kim Ji-woo)")).toBe("김지우 (Kim Ji-woo)");
    expect(asPersonName("Seán O'Brien-Murphy")).toBe("Seán O'Brien-Murphy");
  });

  it("takes the name from a 'Name | Title' line", () => {
    expect(asPersonName("Jane Doe | Registered Nurse")).toBe("Jane Doe");
    expect(asPersonName("RESUME — JOHN SMITH")).toBe("JOHN SMITH");
  });

  it("rejects titles, headings, places and contact lines", () => {
    expect(asPersonName("Senior Frontend Engineer")).toBeNull();
    expect(asPersonName("Professional Experience")).toBeNull();
    expect(asPersonName("Denver, CO")).toBeNull();
    expect(asPersonName("jane@example.com")).toBeNull();
    expect(asPersonName("Greenmount Interactive Labs")).toBeNull();
  });

  it("stripPostNominals leaves plain names alone", () => {
    expect(stripPostNominals("Jordan Ellis")).toBe("Jordan Ellis");
  });
});

describe("asLocation", () => {
  it.each([
    ["Marietta, GA", "Marietta, GA"],
    ["Austin, TX, USA", "Austin, TX, USA"],
    ["London, UK", "London, UK"],
    ["Chicago, IL (open to relocating to the Bay Area)", "Chicago, IL"],
    ["Toronto, ON, Canada", "Toronto, ON, Canada"],
    ["Bengaluru, India", "Bengaluru, India"],
    ["Location: Denver, Colorado", "Denver, Colorado"],
    ["Seattle, WA 98101", "Seattle, WA 98101"],
    ["Greater Boston Area", "Greater Boston Area"],
    ["San Francisco Bay Area", "San Francisco Bay Area"],
    ["Singapore", "Singapore"],
    ["123 Main St, Springfield, IL 62701", "Springfield, IL 62701"],
    ["Apt 4B, 55 Elm Street, Boston, MA, USA", "Boston, MA, USA"],
  ])("%s", (seg, loc) => {
    expect(asLocation(seg)).toBe(loc);
  });

  it("rejects non-places", () => {
    expect(asLocation("Python, SQL")).toBeNull();
    expect(asLocation("B.S. Computer Science, 2019")).toBeNull();
  });
});

describe("asLocation: postcodes, districts and counties as written", () => {
  it.each([
    ["Fremont, CA 94538", "Fremont, CA 94538"],
    ["Kilkenny, Co. Kilkenny", "Kilkenny, Co. Kilkenny"],
    ["Naas, County Kildare", "Naas, County Kildare"],
    ["Leeds LS6", "Leeds LS6"],
    ["Birmingham B17 9PL", "Birmingham B17 9PL"],
    ["Dublin, A94 X2Y7", "Dublin, A94 X2Y7"],
    ["Brisbane QLD 4006", "Brisbane QLD 4006"],
    ["Ottawa, ON K1A 0B1", "Ottawa, ON K1A 0B1"],
    ["Headingley, LS6", "Headingley, LS6"],
    ["Currently: Kelowna, BC", "Kelowna, BC"],
    ["Moving to Perth, WA — currently Hamilton, Ontario", "Hamilton, Ontario"],
  ])("%s → %s", (seg, loc) => {
    expect(asLocation(seg)).toBe(loc);
  });

  it("leaves employers, titles and towns without a region to their context", () => {
    // A town and its city are a place only next to the contact details (see extractContact).
    expect(asLocation("Headingley, Leeds")).toBeNull();
    expect(asLocation("Harbour Lights Restaurant, Galway")).toBeNull();
    expect(asLocation("Brookfield Property Services, Toronto, ON")).toBeNull();
    expect(asLocation("Senior Structural Engineer, Leeds")).toBeNull();
    // An employer before its city reads like a district chain: only the contact block reads chains.
    expect(asLocation("Northern Outfitters Retail, Toronto, ON")).toBeNull();
  });
});

describe("extractContact: towns without a region", () => {
  const contactOf = (text: string) => parseResume(text).contact.location;
  it("reads a district and city on the contact line or on the line beside it", () => {
    expect(contactOf("Niamh Walsh\nPortobello, Dublin 8 | 087 123 4567 | niamh@example.ie\n\nExperience\nLine Cook")).toBe(
      "Portobello, Dublin 8",
    );
    expect(contactOf("Tom Hale\nFrome, Somerset\ntom.hale@example.co.uk | 07700 900 123\n\nExperience\nEngineer")).toBe("Frome, Somerset");
  });

  it.each([
    "Harborne, Birmingham B17 9PL",
    "Hackney, London E8, UK",
    "Blackrock, Dublin, A94 X2Y7",
    "Scarborough, Toronto, ON M1B 2K3",
    "Fortitude Valley, Brisbane QLD 4006",
    "Fitzroy, Melbourne VIC, Australia",
    "Kanata, Ottawa, Ontario",
  ])("reads the district chain %s beside the contact line", (place) => {
    expect(contactOf(`Sam Ortiz\n${place}\nsam.ortiz@example.com | +1 555 010 0199\n\nExperience\nCook`)).toBe(place);
    expect(contactOf(`Sam Ortiz\n${place} | sam.ortiz@example.com\n\nExperience\nCook`)).toBe(place);
  });

  it("reads a town alone as its own segment of the line with the e-mail and phone, never the name or the title", () => {
    expect(contactOf("Lisa Janssen\nCustoms Declarant\nVenlo | +31 6 5552 0394 | lisa@example.nl\n\nProfile\nDeclarant.")).toBe("Venlo");
    expect(contactOf("Lisa Janssen | +31 6 5552 0394 | lisa@example.nl\n\nProfile\nDeclarant.")).toBeNull();
    expect(contactOf("Lisa Janssen\nCustoms Declarant | +31 6 5552 0394 | lisa@example.nl\n\nProfile\nDeclarant.")).toBeNull();
    expect(contactOf("Lisa Janssen\nVenlo\n\nProfile\nDeclarant.")).toBeNull();
  });

  it("does not take a headline far from the contact details for a place", () => {
    expect(
      contactOf("Tom Hale\nFrome, Somerset\n\nSummary\nEngineer.\n\nExperience\nEngineer\n\nContact\ntom.hale@example.co.uk"),
    ).toBeNull();
  });
});

describe("asPersonName: nicknames and long names", () => {
  it("accepts quoted nicknames and six-word names", () => {
    expect(asPersonName('Robert "Bob" Smith')).toBe('Robert "Bob" Smith');
    expect(asPersonName("María José García López de Fuentes")).toBe("María José García López de Fuentes");
  });
});

describe("parseResume: a sidebar read across by OCR", () => {
  it("finds the name when a column's heading is glued to its line", () => {
    const sidebarFirst = [
      "CONTACT Jasmine Clarke",
      "Aurora, CO Account Executive — HR Tech SaaS",
      "720-555-0189",
      "jasmine.clarke@example.com EXPERIENCE",
    ].join("\n");
    expect(parseResume(sidebarFirst).contact.name).toBe("Jasmine Clarke");
    const mainFirst = ["Adebola Ogunleye EXPERIENCE", "Senior Data Engineer", "CONTACT", "Decatur, GA", "adebola.o@example.com"].join("\n");
    expect(parseResume(mainFirst).contact.name).toBe("Adebola Ogunleye");
  });

  it("keeps a line that is only a heading from becoming a name", () => {
    expect(parseResume("PROFESSIONAL EXPERIENCE\nData Engineer at Acme\nada@example.com").contact.name).toBeNull();
  });
});

describe("names with titles and membership letters", () => {
  it("leaves out a title before the name and membership letters after it, but keeps surnames with an inner capital", () => {
    expect(stripPostNominals("Dr. Aishwarya Krishnan")).toBe("Aishwarya Krishnan");
    expect(stripPostNominals("Prof Ann Lee")).toBe("Ann Lee");
    expect(stripPostNominals("Laura Fenwick CEng MIStructE")).toBe("Laura Fenwick");
    expect(stripPostNominals("Hannah Whitfield MPharm")).toBe("Hannah Whitfield");
    expect(stripPostNominals("Hannah Whitmore MCIPPdip")).toBe("Hannah Whitmore");
    expect(stripPostNominals("Ronald McDonald")).toBe("Ronald McDonald");
    expect(stripPostNominals("Marie LeBlanc")).toBe("Marie LeBlanc");
    expect(stripPostNominals("Drew Barrymore")).toBe("Drew Barrymore");
  });
});

describe("a name that is also a job title or skill", () => {
  it("is read when every word of it shows in the e-mail address, and not otherwise", () => {
    const resume = (email: string) =>
      parseResume(
        `Paul Nurse\nHigh School Mathematics Teacher\nColumbus, Ohio | ${email} | (614) 555-0147\n\nEXPERIENCE\nMaths Teacher, Example High School\n2015 – Present\n- Taught algebra.\n`,
      );
    expect(resume("paul.nurse@example.com").contact.name).toBe("Paul Nurse");
    expect(resume("pn1984@example.com").contact.name).toBeNull();
  });
});

describe("asPersonName: pronouns and qualified post-nominals beside the name", () => {
  it.each([
    ["Dwayne Whitaker RN CCRN (she/her)", "Dwayne Whitaker"],
    ["Maria Lopez, RN, BSN (they/them)", "Maria Lopez"],
    ["Sam Ortiz he/him/his", "Sam Ortiz"],
    ["Pronouns: she/they Jo Park", "Jo Park"],
    ["Laura Bennett RVN (Equine)", "Laura Bennett"],
  ])("%s → %s", (line, name) => {
    expect(asPersonName(line)).toBe(name);
  });

  it("keeps the credentials after the name as skills when pronouns follow them", () => {
    const text =
      "Dwayne Whitaker RN CCRN (she/her)\nHouston, TX | dw@example.com\n\nEXPERIENCE\nStaff RN, ICU — Gulf Coast Medical Center\n2018 – 2023\n- Ventilated patients";
    const p = parseResume(text, { now: new Date(Date.UTC(2026, 10, 1)) });
    expect(p.contact.name).toBe("Dwayne Whitaker");
    expect(p.skills.map((s) => s.id)).toContain("ccrn");
  });
});
