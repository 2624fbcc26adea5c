// The degree a posting asks for, read line by line: level, fields of study as written (lists, degrees named
// before the word, postings with no headings), and mentions that ask for no degree. Snippets are made up.
import { describe, expect, it } from "vitest";
import { splitLines } from "../lines";
import { extractDegree, splitFields } from "./degree";

const read = (text: string) => extractDegree(splitLines(text), () => false);
const degreeOf = (text: string) => read(text).degree;
const spanTexts = (text: string) => read(text).fieldSpans.map(([a, b]) => text.slice(a, b));

describe("fields of study", () => {
  it("reads a list of fields, without the 'or similar' tail", () => {
    const d = degreeOf("We are looking for an analyst with a degree in Statistics, Mathematics, Computer Science or similar.");
    expect(d).toMatchObject({ level: "bachelor", required: true, fields: ["Statistics", "Mathematics", "Computer Science"] });
  });

  it("reads 'Bachelor of Science in' and 'Master of Science in' as a kind of degree followed by its field", () => {
    expect(degreeOf("• Bachelor of Science in Mechanical Engineering (BSME) or Plastics Engineering.")?.fields).toEqual([
      "Mechanical Engineering",
    ]);
    expect(degreeOf("• Master of Science in Physiotherapy (MScPT) or equivalent from a recognised program.")).toMatchObject({
      level: "master",
      fields: ["Physiotherapy"],
    });
  });

  it("reads fields after 'within' and stops where the sentence goes on without punctuation", () => {
    const d = degreeOf("You have a relevant master degree within Finance or management and a minimum of a couple of years work experience");
    expect(d).toMatchObject({ level: "master", fields: ["Finance", "management"] });
    const e = degreeOf("You have a bachelors or masters degree in engineering and we imagine you having substantial experience");
    expect(e?.fields).toEqual(["engineering"]);
  });

  it("reads a field written before the word 'degree', but not a qualifier", () => {
    expect(degreeOf("Engineering degree ( Process Chemical or Mechanical ) .")?.fields).toEqual(["Engineering"]);
    expect(degreeOf("- A mathematics or maths-related degree is desirable.")?.fields).toEqual(["mathematics", "maths"]);
    expect(degreeOf("Candidates should have obtained a relevant university degree.")?.fields).toEqual([]);
    expect(
      degreeOf("- Paralegal certificate or a bachelor's degree; experience is accepted in place of the certificate or degree.")?.fields,
    ).toEqual([]);
  });

  it("reads fields named after 'a relevant field such as' and drops the generic entry", () => {
    const d = degreeOf("- A degree in a relevant field such as Economics or Political Science.");
    expect(d?.fields).toEqual(["Economics", "Political Science"]);
  });

  it("keeps the fields of every line that asks for a degree, once each", () => {
    const d = degreeOf("- BSc in Physics or Chemistry\n- An MSc in Physics or Materials Science is an advantage");
    expect(d?.level).toBe("bachelor");
    expect(d?.fields).toEqual(["Physics", "Chemistry", "Materials Science"]);
  });

  it("returns the offsets of the field lists, so the skill reader keeps them out of the skills", () => {
    const text = "Requirements\n- Degree in Computer Science or Statistics, or equivalent experience";
    expect(spanTexts(text)).toEqual(["Computer Science or Statistics"]);
  });

  it("splits a list on commas, 'or', 'and' and slashes, dropping generic entries", () => {
    expect(splitFields("Computer Science / EE, a related field or similar")).toEqual(["Computer Science", "EE"]);
    expect(splitFields("business, accounting or HR")).toEqual(["business", "accounting", "HR"]);
  });
});

describe("degree level", () => {
  it("reads a level written in lower case", () => {
    expect(degreeOf("We are looking for a highly motivated individual with a master degree in molecular biology.")).toMatchObject({
      level: "master",
      fields: ["molecular biology"],
    });
    expect(degreeOf("You have a master's degree in engineering science or similar.")?.level).toBe("master");
  });

  it("asks for no degree in 'a high degree of', '360-degree', 'Scrum Master' or a reference code", () => {
    expect(degreeOf("A high degree of ownership and responsibility in your daily work.")).toBeNull();
    expect(degreeOf("You run 360-degree feedback rounds.")).toBeNull();
    expect(degreeOf("Experience as Scrum Master and ensuring that Scrum is understood.")).toBeNull();
    expect(degreeOf("Finance / Economics Ref.: MD-021784")).toBeNull();
  });

  it("skips PhD students, the PhD position offered and the documents to send, and reads the level asked for", () => {
    const text = [
      "The group has two PhD students and three postdocs.",
      "The scholarship for the PhD degree is subject to academic approval.",
      "Applications must include a CV, transcripts and your diploma.",
      "Applicants should hold a Master of Science degree in Chemistry or Biochemistry.",
    ].join("\n");
    expect(degreeOf(text)).toMatchObject({ level: "master", required: true, fields: ["Chemistry", "Biochemistry"] });
  });

  it("still reads a PhD that is asked for", () => {
    expect(degreeOf("The applicant must hold a PhD in Physics or the equivalent.")).toMatchObject({
      level: "doctorate",
      fields: ["Physics"],
    });
  });
});

describe("degree level, written with an acute accent", () => {
  it("reads 'master´s degree' as a master's", () => {
    expect(degreeOf("You hold a master´s degree in Economics.")).toMatchObject({ level: "master", fields: ["Economics"] });
  });
});

describe("degree tier follows its clause", () => {
  it("reads a tertiary qualification as a degree, and one that is desirable as not required", () => {
    const text = "Desirable\n- A tertiary qualification in public policy, economics, law or a related discipline";
    const soft = extractDegree(splitLines(text), (l) => l.text.startsWith("-"));
    expect(soft.degree).toMatchObject({ level: "bachelor", required: false, fields: ["public policy", "economics", "law"] });
    expect(degreeOf("- A university qualification in nursing is an advantage")).toMatchObject({ level: "bachelor", required: false });
    expect(degreeOf("- Tertiary qualification in engineering")).toMatchObject({ level: "bachelor", required: true });
  });

  it("reads a degree offered beside a certificate or instead of experience as one way in", () => {
    expect(degreeOf("- Paralegal certificate from an approved program, or a bachelor's degree plus paralegal experience")).toMatchObject({
      level: "bachelor",
      required: false,
    });
    expect(degreeOf("- Post-secondary diploma or degree in business, or equivalent experience")).toMatchObject({
      level: "diploma",
      required: false,
      orEquivalentExperience: true,
    });
    expect(degreeOf("- Diploma or degree in nursing")).toMatchObject({ level: "diploma", required: true });
  });

  it("reads a degree asked for inside company or duty text, and skips one only mentioned there", () => {
    const lines = splitLines("We are a law firm. You will need a degree in law to join us.\nWe fund a master's degree for staff.");
    const read = extractDegree(
      lines,
      () => false,
      () => true,
    ).degree;
    expect(read).toMatchObject({ level: "bachelor", required: true, fields: ["law"] });
    expect(
      extractDegree(
        splitLines("We fund a master's degree for staff."),
        () => false,
        () => true,
      ).degree,
    ).toBeNull();
  });
});

describe("qualification frameworks and lower qualifications with experience", () => {
  it("reads 'a Level 7 qualification' as a framework level, not A-levels, beside the degree asked for", () => {
    const d = degreeOf("- Degree in Building Surveying (Level 8), or a Level 7 qualification with substantial relevant experience");
    expect(d).toMatchObject({ level: "bachelor", required: true, orEquivalentExperience: true, fields: ["Building Surveying"] });
  });

  it("does not count a lower degree plus experience as experience instead of a degree", () => {
    const d = degreeOf("- Master's degree in dietetics (or a bachelor's degree in dietetics with equivalent experience)");
    expect(d?.orEquivalentExperience).toBe(false);
    const e = degreeOf("• Archivist certificate from an accredited program, or a bachelor's degree plus equivalent archival experience.");
    expect(e?.orEquivalentExperience).toBe(false);
  });

  it("still reads experience offered instead of a degree", () => {
    expect(degreeOf("- Bachelor's degree in Accounting or equivalent experience")?.orEquivalentExperience).toBe(true);
  });
});
