import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/server/api-v1/openapi-document";
import { updateJobBodySchema } from "./jobs";

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; [key: string]: unknown };

const REQUIREMENTS = {
  schemaVersion: 2,
  title: "Backend Engineer",
  seniority: null,
  mustHaveSkills: ["sql"],
  niceToHaveSkills: [],
  minYearsExperience: null,
  maxYearsExperience: null,
  scopedYears: [{ minYears: 2.5, groups: [["python", "go"]], text: "At least 2.5 years of Python or Go" }],
  degree: null,
  certifications: [],
  location: null,
  workAuthorization: null,
  employmentType: null,
} as const;

describe("updateJobBodySchema: scoped years", () => {
  it("accepts a scope of known skills, hand-added ones without source text, and version-1 requirements without any", () => {
    expect(updateJobBodySchema.safeParse({ requirements: REQUIREMENTS }).success).toBe(true);
    const added = { ...REQUIREMENTS, scopedYears: [{ minYears: 0.5, groups: [["critical-care"]], text: "" }] };
    expect(updateJobBodySchema.safeParse({ requirements: added }).success).toBe(true);
    const { scopedYears: _, ...v1 } = REQUIREMENTS;
    expect(updateJobBodySchema.safeParse({ requirements: { ...v1, schemaVersion: 1 } }).success).toBe(true);
  });

  it("names the problem: years out of range, an unknown skill id", () => {
    const years = updateJobBodySchema.safeParse({
      requirements: { ...REQUIREMENTS, scopedYears: [{ ...REQUIREMENTS.scopedYears[0], minYears: 45 }] },
    });
    expect(years.error?.issues.map((i) => i.message)).toEqual(["The years of a scoped requirement must be from 0 to 40."]);
    const unknown = updateJobBodySchema.safeParse({
      requirements: { ...REQUIREMENTS, scopedYears: [{ ...REQUIREMENTS.scopedYears[0], groups: [["python", "cobolx"]] }] },
    });
    expect(unknown.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "requirements.scopedYears.0.groups.0.1",
        "“cobolx” is not a known skill id. Use an id of the skills taxonomy (the requirements editor suggests them).",
      ],
    ]);
  });

  it("is documented in the OpenAPI body of PATCH /api/v1/jobs/{jobId} with its limits", () => {
    const document = buildOpenApiDocument() as {
      paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: JsonSchema }> } }>>;
    };
    const body = document.paths["/api/v1/jobs/{jobId}"]?.patch?.requestBody.content["application/json"]?.schema;
    const scoped = body?.properties?.requirements?.properties?.scopedYears;
    expect(scoped).toMatchObject({
      type: "array",
      maxItems: 20,
      description: expect.stringContaining("Years requirements scoped to skills"),
    });
    expect(scoped?.items?.properties?.minYears).toMatchObject({ minimum: 0, maximum: 40 });
    expect(scoped?.items?.properties?.groups).toMatchObject({ minItems: 1, maxItems: 10, items: { minItems: 1, maxItems: 20 } });
  });
});
