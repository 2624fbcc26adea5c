import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Years of experience as the lists show, sort and filter them. Dated roles give
// `totalYearsExperience`; an undated resume has 0 there and the parser's estimate
// (a stated total, years since graduation or a count of roles) in `estimatedYears`,
// which is what the score used. Both read the resume row aliased `r`.
const DATED = Prisma.sql`(r.profile->>'totalYearsExperience')::float8`;
const ESTIMATE = Prisma.sql`(r.profile->>'estimatedYears')::float8`;

/** Dated total, or the estimate when no role is dated; null when the resume has no profile yet. */
export const YEARS_SQL = Prisma.sql`coalesce(nullif(${DATED}, 0), ${ESTIMATE}, ${DATED})`;

/** True when the years shown are the estimate, not a sum of dated roles. */
export const YEARS_ESTIMATED_SQL = Prisma.sql`(coalesce(${DATED}, 0) = 0 AND ${ESTIMATE} IS NOT NULL)`;
