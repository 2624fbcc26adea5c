// Reading half of the relevance engine: extracted text → structured data.
export { parseResume, type ParseResumeOptions } from "./resume";
export { parseJobDescription, type ParseJobOptions, findYearsRequirement } from "./job";
export { findDateRanges, parseDate, unionMonths, type DateRange, type YearMonth } from "./dates";
export { detectSections, matchHeading, type Section } from "./sections";
export { asLocation, asPersonName, findEmail, findPhone, stripPostNominals } from "./contact";
export { matchDegree } from "./education";
