import { describe, expect, it } from "vitest";
import { abroad, holdsIn, jurisdictionsIn } from "./jurisdictions";

const where = (text: string) => jurisdictionsIn(text).map((j) => `${j.country}${j.region ? `:${j.region}` : ""}`);

describe("jurisdictionsIn", () => {
  it("places national regulators by their abbreviation or full name", () => {
    expect(where("HCPC-registered occupational therapist")).toEqual(["GB"]);
    expect(where("Nursing and Midwifery Council PIN 12A3456E")).toEqual(["GB"]);
    expect(where("AHPRA registration (general)")).toEqual(["AU"]);
    expect(where("Registered with CORU")).toEqual(["IE"]);
  });

  it("places provincial and state regulators by the place in their name", () => {
    expect(where("College of Occupational Therapists of Ontario (COTO), 2022")).toEqual(["CA:ontario"]);
    expect(where("Alberta College of Occupational Therapists (ACOT)")).toEqual(["CA:alberta"]);
    expect(where("Licensed occupational therapist (Washington State)")).toEqual(["US:washington"]);
    expect(where("RN, New South Wales")).toEqual(["AU:new south wales"]);
  });

  it("reads the longer place name, not the country inside it, and ignores a bare city name", () => {
    expect(where("Registered nurse, Western Australia")).toEqual(["AU:western australia"]);
    expect(where("Registered nurse, Northern Ireland")).toEqual(["GB"]);
    expect(where("Occupational therapist, Washington, DC area")).toEqual([]);
  });
});

describe("holdsIn and abroad", () => {
  const alberta = [{ country: "CA", region: "alberta", name: "ACOT" }];
  it("a registration holds in the same province, or when either side names only the country", () => {
    expect(holdsIn({ country: "CA", region: "alberta", name: "Alberta" }, alberta)).toBe(true);
    expect(holdsIn({ country: "CA", region: null, name: "Canadian" }, alberta)).toBe(true);
    expect(holdsIn({ country: "CA", region: "ontario", name: "COTO" }, alberta)).toBe(false);
    expect(holdsIn({ country: "GB", region: null, name: "HCPC" }, alberta)).toBe(false);
  });

  it("tells a transfer across a border from one within the country", () => {
    expect(abroad({ country: "GB", region: null, name: "HCPC" }, alberta)).toBe(true);
    expect(abroad({ country: "CA", region: "ontario", name: "COTO" }, alberta)).toBe(false);
  });
});
