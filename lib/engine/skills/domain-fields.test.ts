import { describe, expect, it } from "vitest";
import { getDefaultSkillMatcher } from "./matcher";

const matcher = getDefaultSkillMatcher();
const ids = (text: string) => new Set(matcher.match(text, { listContext: () => false }).map((m) => m.id));

describe("domain skills of non-software occupations", () => {
  it("reads a quantity surveyor's cost and contract terms", () => {
    const found = ids("Prepared bills of quantities and cost plans; ran interim valuations and agreed final accounts under NEC4.");
    for (const id of ["bills-of-quantities", "cost-planning", "interim-valuations", "final-accounts", "nec-contracts"])
      expect(found).toContain(id);
  });

  it("reads a community pharmacist's dispensing system and services", () => {
    const found = ids("Dispensed 280 prescriptions daily; MedsCheck reviews, minor ailment prescribing and opioid agonist therapy.");
    for (const id of ["medication-review", "minor-ailment-prescribing", "opioid-agonist-therapy"]) expect(found).toContain(id);
    // "Kroll" is also a company: a dispensing system only in a skills list.
    const listed = matcher.match("Kroll, FillWare", { listContext: () => true }).map((m) => m.id);
    expect(listed).toContain("pharmacy-dispensing-software");
  });

  it("reads speech pathology and employee-relations methods", () => {
    const slp = ids("Speech pathologist: AAC device trials, Lidcombe Program for stuttering, aphasia therapy.");
    for (const id of ["aac", "fluency-disorders", "aphasia"]) expect(slp).toContain(id);
    const er = ids("HR advisor handling disciplinary hearings, absence management and TUPE consultations.");
    for (const id of ["disciplinary-grievance", "absence-management", "tupe"]) expect(er).toContain(id);
  });

  it("reads languages named in a languages line", () => {
    const found = ids("Languages: English, Tongan, Kannada, Te Reo Māori");
    for (const id of ["tongan", "kannada", "te-reo-maori"]) expect(found).toContain(id);
  });

  it("reads mining plant, refrigeration and structural tools by their own names", () => {
    const plant = ids("HD fitter on haul trucks, excavators and dozers; component change-outs; condition monitoring rounds.");
    for (const id of ["heavy-equipment", "heavy-equipment-maintenance", "condition-monitoring"]) expect(plant).toContain(id);
    const fridge = ids("Service engineer for cold rooms and condensing units; F-Gas Category 1; job sheets in Joblogic.");
    for (const id of ["refrigeration-equipment", "f-gas", "field-service-software"]) expect(fridge).toContain(id);
    const structures = ids("Designed footbridges to AS 4100; analysis in LUSAS and Midas Civil; bridge assessments for the council.");
    for (const id of ["structural-design-standards", "structural-analysis-software", "bridge-engineering"])
      expect(structures).toContain(id);
  });

  it("reads firmware interfaces and silicon families", () => {
    const found = ids("Firmware in C for nRF52840 wearables: Bluetooth Low Energy GATT services, MCUboot bootloader, Ceedling unit tests.");
    for (const id of ["nordic-nrf", "bluetooth-low-energy", "bootloaders", "embedded-unit-testing"]) expect(found).toContain(id);
  });

  it("reads a dairy herd and a research lab by their own terms", () => {
    const dairy = ids("Herd manager for 600 cows: rotary parlour milking, heat detection and AI, hoof trimming; records in DairyComp 305.");
    for (const id of ["dairy-herd-management", "livestock-breeding", "herd-health", "herd-management-software"])
      expect(dairy).toContain(id);
    const lab = ids("Postdoc in population genetics; site-directed mutagenesis and Northern blotting; behavioural experiments with EEG.");
    for (const id of ["genomics", "molecular-biology", "cognitive-neuroscience"]) expect(lab).toContain(id);
  });

  it("keeps everyday senses of trade and clinical words out", () => {
    // Fluency in a language, a suspension from school: not speech therapy or car repair.
    const found = ids("Fluency in Spanish and French. Drove a combine during harvest. Served a two-day suspension in Year 9.");
    for (const id of ["fluency-disorders", "automotive-technician"]) expect(found).not.toContain(id);
  });

  it("does not read an everyday word as a domain skill", () => {
    const found = ids("I enjoy cooking and grill the occasional steak; my brakes squeaked on the way to the interview.");
    expect(found).not.toContain("kitchen-stations");
    expect(found).not.toContain("brake-systems");
  });
});
