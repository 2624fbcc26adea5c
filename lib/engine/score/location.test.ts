import { describe, expect, it } from "vitest";
import { scorePrepared } from "./evaluate";
import type { JobRequirements } from "../types";
import { admittedPlaces, candidateCountry, countryOf, jobCountry, locationBlocker, placeList } from "./location";
import { prepareJob, prepareResume } from "./prepare";
import { buildJob, buildResume, DATA_JOB_TEXT, testLookup } from "./test-helpers";

const job = (text: string, workplace: "remote" | "hybrid" | "onsite" | null) =>
  ({ location: { text, workplace } }) as Parameters<typeof locationBlocker>[0];

describe("countryOf", () => {
  it.each([
    ["Kenosha, WI 53140", "US"],
    ["Milwaukee, Wisconsin, USA", "US"],
    ["Toronto, ON, Canada", "Canada"],
    ["Vancouver, BC", "Canada"],
    ["Quezon City, Philippines", "Philippines"],
    ["Manchester, UK", "United Kingdom"],
    ["Springfield", null],
    [null, null],
  ])("%s → %s", (text, country) => {
    expect(countryOf(text)).toBe(country);
  });
});

describe("jobCountry", () => {
  it("ties on-site, hybrid and US-only remote jobs to the US", () => {
    expect(jobCountry({ text: "Milwaukee, WI (on-site, 12-hour night shifts)", workplace: "onsite" })).toBe("US");
    expect(jobCountry({ text: "Columbus, OH (hybrid)", workplace: "hybrid" })).toBe("US");
    expect(jobCountry({ text: "Remote (United States)", workplace: "remote" })).toBe("US");
  });

  it("does not tie an unrestricted remote job to a country", () => {
    expect(jobCountry({ text: "Remote", workplace: "remote" })).toBeNull();
    expect(jobCountry(null)).toBeNull();
  });
});

describe("locationBlocker", () => {
  it("flags a candidate abroad for a US on-site job", () => {
    expect(locationBlocker(job("Rockford, IL (on-site)", "onsite"), "Manila, Philippines", "ICU nurse.")).toBe("Philippines");
  });

  it("lets a stated relocation, a US location or an unknown location through", () => {
    expect(locationBlocker(job("Rockford, IL (on-site)", "onsite"), "London, UK", "Relocating to Chicago in March 2027.")).toBeNull();
    expect(locationBlocker(job("Rockford, IL (on-site)", "onsite"), "Madison, WI", "")).toBeNull();
    expect(locationBlocker(job("Rockford, IL (on-site)", "onsite"), null, "")).toBeNull();
    expect(locationBlocker(job("Remote", "remote"), "Toronto, ON, Canada", "")).toBeNull();
  });

  it("reads the province behind a postal code, so a candidate in Canada is not taken for an unknown location", () => {
    expect(candidateCountry("Halifax, NS B3H 4R2")).toBe("Canada");
    expect(candidateCountry("Halifax, NS")).toBe("Canada");
    expect(candidateCountry("Denver, CO 80202")).toBe("United States");
    expect(candidateCountry("Springfield")).toBeNull();
    expect(locationBlocker(job("Rockford, IL (on-site)", "onsite"), "Halifax, NS B3H 4R2", "Five years in Nova Scotia clinics.")).toBe(
      "Canada",
    );
    expect(
      locationBlocker(job("Rockford, IL (on-site)", "onsite"), "Halifax, NS B3H 4R2", "Relocating to Illinois this summer."),
    ).toBeNull();
  });
});

describe("location knockout in the score", () => {
  it("caps a strong candidate abroad for an on-site US job, and explains it", () => {
    const j = prepareJob(buildJob({ location: { text: "Atlanta, GA (on-site)", workplace: "onsite" } }), DATA_JOB_TEXT, testLookup);
    const { text, profile } = buildResume({
      roles: [
        {
          title: "Data Engineer",
          employer: "Acme",
          start: "2018-01",
          end: "2026-10",
          bullets: ["Built Apache Spark and Apache Airflow pipelines in Python and SQL."],
          skills: ["apache-spark", "apache-airflow", "python", "sql"],
        },
      ],
    });
    const home = scorePrepared(j, prepareResume({ ...profile, contact: { ...profile.contact, location: "Atlanta, GA" } }, text));
    const abroad = scorePrepared(j, prepareResume({ ...profile, contact: { ...profile.contact, location: "Pune, India" } }, text));
    expect(home.knockouts).toEqual([]);
    expect(abroad.knockouts.map((k) => k.code)).toEqual(["location"]);
    expect(abroad.score).toBeLessThan(home.score);
    expect(abroad.verdict).toBe("low");
  });
});

describe("locationBlocker with the posting's eligibility (requirements schema 4)", () => {
  const withEligibility = (countries: string[], extra: Partial<NonNullable<JobRequirements["eligibility"]>> = {}) =>
    ({
      location: { text: "Remote", workplace: "remote" },
      eligibility: { countries, openToOthers: false, timeZone: null, relocation: null, sponsorship: null, ...extra },
    }) as JobRequirements;

  it("admits a candidate in any of several named countries", () => {
    const job = withEligibility(["Canada", "United States"]);
    expect(locationBlocker(job, "Toronto, ON", "SRE.")).toBeNull();
    expect(locationBlocker(job, "Austin, TX", "SRE.")).toBeNull();
    expect(locationBlocker(job, "Berlin, Germany", "SRE.")).toBe("Germany");
    expect(placeList(admittedPlaces(job) ?? [])).toBe("Canada or the United States");
  });

  it("expands regions", () => {
    const job = withEligibility(["EU"]);
    expect(locationBlocker(job, "Lisbon, Portugal", "")).toBeNull();
    expect(locationBlocker(job, "London, UK", "")).toBe("United Kingdom");
    expect(locationBlocker(withEligibility(["North America"]), "Toronto, ON, Canada", "")).toBeNull();
  });

  it("is never certain with an open-ended list, visa sponsorship, an unclear location or a stated authorization", () => {
    expect(locationBlocker(withEligibility(["United States", "Canada"], { openToOthers: true }), "Madrid, Spain", "")).toBeNull();
    expect(locationBlocker(withEligibility(["United Kingdom"], { sponsorship: "yes" }), "Warsaw, Poland", "")).toBeNull();
    expect(locationBlocker(withEligibility(["Canada"]), "Springfield", "")).toBeNull();
    expect(locationBlocker(withEligibility(["Canada"]), "Seattle, WA", "Authorized to work in Canada (permanent resident).")).toBeNull();
    expect(locationBlocker(withEligibility([]), "Manila, Philippines", "")).toBeNull();
  });
});
