// The soft eligibility note for the recruiter: the posting restricts where a
// candidate may work from and the resume does not settle it either way. The
// scorer's location knockout fires only when the resume clearly places the
// candidate outside every admitted place with no word about relocating or
// being authorized there; everything short of that certainty is this note.
import { countriesOf } from "../parse/job/places";
import type { JobRequirements } from "../types";
import { admittedPlaces, candidateCountry, locationBlocker, placeList } from "./location";

export type EligibilityStatus =
  /** The posting admits candidates from anywhere, or does not say. */
  | { kind: "unrestricted" }
  /** The resume places the candidate inside an admitted place. */
  | { kind: "inside"; places: string[]; country: string }
  /** The resume gives no location the engine can place. */
  | { kind: "unknown"; places: string[] }
  /** Outside every admitted place, but the resume states relocation or authorization to work there. */
  | { kind: "outside-stated"; places: string[]; country: string }
  /** Outside every admitted place with nothing that bridges it: the scorer's location knockout. */
  | { kind: "outside"; places: string[]; country: string };

/** Where the candidate stands against the posting's work-location restriction. */
export function eligibilityStatus(
  requirements: JobRequirements | null,
  candidateLocation: string | null,
  resumeText: string,
): EligibilityStatus {
  const places = requirements ? admittedPlaces(requirements) : null;
  if (!requirements || !places || places.length === 0) return { kind: "unrestricted" };
  const country = candidateCountry(candidateLocation);
  if (!country) return { kind: "unknown", places };
  const admitted = new Set(places.flatMap(countriesOf));
  if (admitted.has(country)) return { kind: "inside", places, country };
  // The blocker re-checks the same location against relocation and authorization statements.
  return locationBlocker(requirements, candidateLocation, resumeText)
    ? { kind: "outside", places, country }
    : { kind: "outside-stated", places, country };
}

/** The note for the recruiter, or null when there is nothing to check (inside, unrestricted, or already a knockout). */
export function eligibilityNote(status: EligibilityStatus): string | null {
  switch (status.kind) {
    case "unknown":
      return `The posting requires work from ${placeList(status.places)}; the resume does not say where the candidate is based — confirm before an interview.`;
    case "outside-stated":
      return `The posting requires work from ${placeList(status.places)}; the resume places the candidate in ${status.country} but mentions relocating or authorization to work there — confirm before an interview.`;
    default:
      return null;
  }
}
