import type { ListShortlistQuery } from "@/lib/schemas/shortlist";

/** The shortlist URL for a query, omitting defaults so shared links stay short. */
export function shortlistHref(base: string, query: Partial<ListShortlistQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "sort" && value === "score") continue;
    if (key === "page" && value === 1) continue;
    if (key === "pageSize" && value === 25) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
