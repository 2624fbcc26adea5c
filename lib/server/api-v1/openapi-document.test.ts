import { describe, expect, it } from "vitest";
import { API_ROUTE_LIST } from "@/lib/schemas/api-v1-routes";
import { buildOpenApiDocument } from "./openapi-document";

type Operation = {
  operationId: string;
  parameters: { name: string; in: string; required: boolean }[];
  responses: Record<string, unknown>;
  requestBody?: { content: Record<string, unknown> };
  security: unknown[];
};

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument();
  const paths = document.paths as Record<string, Record<string, Operation>>;

  it("is OpenAPI 3.1 with one operation per registry route and unique operation ids", () => {
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.values(paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(API_ROUTE_LIST.length);
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(operations.length);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("documents every path parameter, the request bodies and the error responses", () => {
    for (const route of API_ROUTE_LIST) {
      const op = paths[route.path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      if (!op) continue;
      const templated = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(op.parameters.filter((p) => p.in === "path").map((p) => p.name)).toEqual(templated);
      expect(op.responses[String(route.response.status)]).toBeDefined();
      expect(op.responses["500"]).toBeDefined();
      if (route.access.kind === "authenticated") {
        expect(op.responses["401"]).toBeDefined();
        expect(op.responses["403"]).toBeDefined();
        expect(op.security.length).toBeGreaterThan(0);
      } else {
        expect(op.security).toEqual([]);
      }
      if (route.body?.json) expect(op.requestBody?.content["application/json"]).toBeDefined();
    }
  });

  it("derives query parameters from the zod schemas (shortlist filters)", () => {
    const shortlist = paths["/api/v1/jobs/{jobId}/evaluations"]?.get;
    const names = shortlist?.parameters.map((p) => p.name) ?? [];
    for (const filter of ["verdict", "minScore", "hasSkill", "missingSkill", "minYears", "decision", "q", "cursor", "limit"])
      expect(names).toContain(filter);
    expect(shortlist?.parameters.find((p) => p.name === "limit")?.required).toBe(false);
  });

  it("documents the original-file download as bytes with its safety headers, not as JSON", () => {
    const download = paths["/api/v1/resumes/{resumeId}/file"]?.get;
    const ok = download?.responses["200"] as { headers: Record<string, unknown>; content: Record<string, { schema: unknown }> };
    expect(Object.keys(ok.content)).toEqual(["*/*"]);
    expect(ok.content["*/*"]?.schema).toMatchObject({ type: "string", contentEncoding: "binary" });
    expect(Object.keys(ok.headers).sort()).toEqual(["Content-Disposition", "Content-Security-Policy", "X-Content-Type-Options"]);
    expect(download?.parameters.find((p) => p.name === "disposition")?.required).toBe(false);
  });

  it("documents the two audiences: the explanation and feedback fields of an evaluation, and the Markdown download", () => {
    const evaluation = paths["/api/v1/evaluations/{evaluationId}"]?.get?.responses["200"] as {
      content: {
        "application/json": { schema: { properties: { evaluation: { properties: Record<string, unknown>; required: string[] } } } };
      };
    };
    const fields = evaluation.content["application/json"].schema.properties.evaluation;
    for (const name of ["breakdown", "explanation", "candidateFeedback"]) expect(fields.required).toContain(name);
    const feedback = paths["/api/v1/evaluations/{evaluationId}/feedback"]?.get?.responses["200"] as { content: Record<string, unknown> };
    expect(Object.keys(feedback.content)).toEqual(["text/markdown"]);
  });
});
