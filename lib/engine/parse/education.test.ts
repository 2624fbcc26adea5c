import { describe, expect, it } from "vitest";
import { extractEducation, matchDegree, matchDegreeLevels } from "./education";
import { splitLines } from "./lines";

const NOW = { year: 2026, month: 11 };

describe("matchDegree", () => {
  it.each([
    ["Ph.D. Computer Science — Carnegie Mellon University, 2023", "doctorate"],
    ["PhD, Physics", "doctorate"],
    ["Doctor of Medicine (MD), Emory University", "doctorate"],
    ["J.D., Georgetown Law, 2015", "doctorate"],
    ["M.S. Statistics, Purdue University, 2021", "master"],
    ["MS Computer Science, Georgia Tech", "master"],
    ["M.Sc. Data Analytics — University College Dublin, 2021", "master"],
    ["MBA, Wharton", "master"],
    ["MEng Electrical Engineering", "master"],
    ["M.A. Economics", "master"],
    ["Master of Science in Nursing", "master"],
    ["B.S. Computer Science, 2020", "bachelor"],
    ["BS in Accounting", "bachelor"],
    ["BA, English Literature", "bachelor"],
    ["B.A. English, Georgia State University, 2019", "bachelor"],
    ["BSc (Hons) Accounting", "bachelor"],
    ["BEng Mechanical Engineering", "bachelor"],
    ["Bachelor of Science in Nursing (BSN)", "bachelor"],
    ["B.Tech. Electronics, NIT Calicut, 2016", "bachelor"],
    ["B.B.A. Management Information Systems", "bachelor"],
    ["Associate of Applied Science, Nursing (ADN)", "associate"],
    ["ADN, Gwinnett Technical College", "associate"],
    ["A.S. Business", "associate"],
    ["Diploma in Practical Nursing", "diploma"],
    ["High School Diploma, 2023", "high_school"],
    ["GED, 2010", "high_school"],
  ])("%s → %s", (line, level) => {
    expect(matchDegree(line)?.level).toBe(level);
  });

  it.each(["Jackson, MS", "Boston, MA 02110", "MS Office, MS Excel", "LLM Engineering course", "Databricks Spark course (2026)"])(
    "finds no degree in %s",
    (line) => {
      expect(matchDegree(line)).toBeNull();
    },
  );
});

describe("extractEducation", () => {
  const run = (text: string) => extractEducation(splitLines(text), NOW);

  it("reads level, field, institution and year across lines", () => {
    const r = run("B.S. Computer Science\nUniversity of Vermont, 2017\n");
    expect(r.entries).toEqual([
      { level: "bachelor", degree: "B.S.", field: "Computer Science", institution: "University of Vermont", year: 2017, completed: true },
    ]);
    expect(r.highestDegree).toBe("bachelor");
  });

  it("does not count expected, in-progress or future degrees", () => {
    const r = run(
      "MBA candidate, Emory University (expected 2027)\nM.S. Data Science — in progress\nPhD, Chemistry, 2024 – Present\nB.A. History, 2012\nMaster of Science, Aug 2027\n",
    );
    expect(r.entries.map((e) => [e.level, e.completed])).toEqual([
      ["master", false],
      ["master", false],
      ["doctorate", false],
      ["bachelor", true],
      ["master", false],
    ]);
    expect(r.highestDegree).toBe("bachelor");
  });

  it("counts a degree finished earlier this year", () => {
    expect(run("M.S. EECS — UC Berkeley May 2026\n").highestDegree).toBe("master");
  });
});

describe("extractEducation: institutions", () => {
  it("names the school, not the credential", () => {
    const r = extractEducation(splitLines("High School Diploma, Palmer High School, 2020\n"), NOW);
    expect(r.entries[0]).toMatchObject({ level: "high_school", institution: "Palmer High School", year: 2020, field: null });
  });
});

describe("extractEducation: spelled-out associate degrees", () => {
  it("reads 'Associate Degree in Nursing' as an associate degree, and an unfinished one does not cancel the diploma above it", () => {
    const lines = splitLines(
      "Practical Nursing Diploma — Bates Technical College, 2017\nAssociate Degree in Nursing (LPN-to-RN bridge) — Pierce College, expected June 2027",
    );
    const result = extractEducation(lines, { year: 2026, month: 11 });
    expect(result.entries.map((e) => [e.level, e.completed])).toEqual([
      ["diploma", true],
      ["associate", false],
    ]);
    expect(result.highestDegree).toBe("diploma");
  });
});

describe("matchDegree: international abbreviations, honours and dotted forms", () => {
  it.each([
    ["BE (Hons) Mechanical Engineering, Trinity College, 2014", "bachelor"],
    ["B.E. Chemical", "bachelor"],
    ["BE Electronics and Communication", "bachelor"],
    ["B.Eng. (Hons) Civil Engineering", "bachelor"],
    ["B. Eng Aeronautical Engineering", "bachelor"],
    ["M.Sc Marine Biology", "master"],
    ["MEng | Aerospace Engineering | 2019", "master"],
    ["M.Eng. Structural Design", "master"],
    ["MMath Pure Mathematics (First Class)", "master"],
    ["MPharm, University of Nottingham", "master"],
    ["BA (Hons) Hospitality Management", "bachelor"],
    ["BA Hons Geography", "bachelor"],
    ["LLB (Hons) Law", "bachelor"],
    ["LL.B., Osgoode Hall", "bachelor"],
    ["BDS, Government Dental College", "bachelor"],
    ["Bachelor of Oral Health (BOH), Griffith", "bachelor"],
    ["BCom Accounting, 2012", "bachelor"],
    ["B.Tech Mechanical, 2011", "bachelor"],
    ["M.Tech Thermal Engineering", "master"],
    ["MBBS, Madras Medical College", "doctorate"],
    ["Honours Degree in Culinary Arts", "bachelor"],
    ["Foundation Degree in Early Years", "associate"],
    ["Adv. Dip. Dental Technology, TAFE", "diploma"],
    ["Dip. Hygiene & Therapy", "diploma"],
    ["DipHE Operating Department Practice", "diploma"],
    ["PgDip Acoustics", "diploma"],
    ["ADVANCED DIPLOMA OF HOSPITALITY", "diploma"],
    ["Irish Leaving Certificate, 2009", "high_school"],
    ["B.S. 2012, Rutgers", "bachelor"],
  ])("%s → %s", (line, level) => {
    expect(matchDegree(line)?.level).toBe(level);
  });

  it.each([
    "Designed to BS 5950 and BS EN 1993",
    "Installations to BS 7671 (18th Edition)",
    "Must BE ABLE to lift 50 lb",
    "Dip the fish in batter",
    "MCIPPdip member since 2020",
    "LLM fine-tuning workshop",
  ])("finds no degree in %s", (line) => {
    expect(matchDegree(line)).toBeNull();
  });
});

describe("matchDegree: school-level diplomas", () => {
  it.each([
    ["Technician diploma, refrigeration and air conditioning, Technical School, Poznań, 2017", "high_school"],
    ["GCSEs including English, Maths and Science", "high_school"],
    ["Post-secondary diploma in business", "diploma"],
    ["Diploma of Veterinary Nursing, TAFE NSW, 2020", "diploma"],
  ])("%s → %s", (line, level) => {
    expect(matchDegree(line)?.level).toBe(level);
  });

  it.each([
    "Level 3 Diploma in Equine Veterinary Nursing, Myerscough College, 2019",
    "Level 3 Extended Diploma in Veterinary Nursing, Bradford College, 2026",
  ])("a UK level 1–3 diploma is no degree: %s", (line) => {
    expect(matchDegree(line)).toBeNull();
  });
});

describe("matchDegreeLevels: a posting's wording", () => {
  it("does not read school exams a teacher prepares pupils for as a degree level", () => {
    expect(matchDegreeLevels("A degree (any subject) and strong subject knowledge to teach mathematics to GCSE")).not.toContain(
      "high_school",
    );
  });
});

describe("matchDegree: post-secondary diplomas and certificates worldwide", () => {
  it.each([
    ["Diploma in Business Administration, Seneca College, 2015", "diploma"],
    ["Advanced Diploma of Civil Construction Design, TAFE Queensland, 2018", "diploma"],
    ["New Zealand Diploma in Engineering (Civil) (Level 6), Otago Polytechnic", "diploma"],
    ["National Diploma: Electrical Engineering, Tshwane University of Technology", "diploma"],
    ["N6 Electrical Engineering (Heavy Current), Ekurhuleni East TVET College, 2016", "diploma"],
    ["National Higher Certificate in Accounting, Boland College, 2019", "diploma"],
    ["Higher Certificate in Engineering (QQI Level 6), Cork Institute of Technology, 2012", "diploma"],
    ["Diploma in Mechanical Engineering, Government Polytechnic Pune, 2009", "diploma"],
    ["HND Mechanical Engineering, Glasgow Clyde College", "diploma"],
    ["Level 5 Diploma in Leadership for Health and Social Care", "diploma"],
    ["Diploma in Midwifery, Kenya Medical Training College, 2014", "diploma"],
    ["Aircraft Maintenance Engineer – M program, Fanshawe College, 2019", "diploma"],
    ["Practical Nursing programme — Algonquin College", "diploma"],
  ])("%s → %s", (line, level) => {
    expect(matchDegree(line)?.level).toBe(level);
  });

  it.each([
    "Higher National Certificate (HNC) in Electrical Engineering, 2014",
    "Certificate III in Heavy Commercial Vehicle Mechanical Technology, TAFE WA",
    "Red Seal Journeyman Electrician (Interprovincial)",
    "City & Guilds Diploma in Plumbing Studies, 2011",
    "NVQ Level 3 Diploma in Refrigeration, Air Conditioning and Heat Pump Systems",
    "Business Administration certificate program, Humber College",
    "PGCE, University of Exeter, 2018",
  ])("names no degree: %s", (line) => {
    expect(matchDegree(line)).toBeNull();
  });
});

describe("matchDegree: school-leaving qualifications are high school", () => {
  it.each([
    "National Senior Certificate (Matric), Pretoria Boys High, 2008",
    "Matric, Grey College, 2010",
    "Class XII (CBSE), Delhi Public School, 2012",
    "HSC, Maharashtra State Board, 2011",
    "HAVO, Stedelijk Gymnasium Utrecht, 2014",
    "VWO diploma, Erasmiaans Gymnasium, 2013",
    "MBO 2 Diploma Entree, ROC Amsterdam, 2016",
    "Leaving Certificate, St. Mary's Secondary School, 2007",
    "Victorian Certificate of Education (VCE), 2010",
    "Year 12 Certificate, Perth Modern School, 2012",
    "Ontario Secondary School Diploma (OSSD), 2009",
    "Grade 12 Diploma, Sir Winston Churchill High, 2011",
    "NCEA Level 3, Rotorua Girls' High, 2015",
    "A-Levels: Chemistry (A), Biology (B)",
    "International Baccalaureate Diploma, 2012",
    "Abitur, Gymnasium Ottobrunn, 2010",
  ])("%s", (line) => {
    expect(matchDegree(line)?.level).toBe("high_school");
  });

  it("reads a postgraduate certificate in secondary education as no school level", () => {
    expect(matchDegree("Postgraduate Certificate in Secondary Education, 2019")).toBeNull();
  });
});

describe("matchDegree: professional doctorates and nursing/midwifery degrees", () => {
  it.each([
    ["Au.D., Audiology, University of Iowa, 2015", "doctorate"],
    ["DSc Epidemiology", "doctorate"],
    ["BScN, University of Ottawa, 2014", "bachelor"],
    ["BMid (Hons), Auckland University of Technology", "bachelor"],
    ["Bachelor of Midwifery, Otago Polytechnic, 2016", "bachelor"],
  ])("%s → %s", (line, level) => {
    expect(matchDegree(line)?.level).toBe(level);
  });
});

describe("extractEducation: highest degree across international entries", () => {
  const run = (text: string) => extractEducation(splitLines(text), NOW).highestDegree;

  it("a midwifery BSc outranks the diploma before it", () => {
    expect(run("Diploma in Midwifery, Nairobi, 2012\nBSc Midwifery, University of Nairobi, 2018\n")).toBe("bachelor");
  });

  it("a BSc in its final year or expected later does not count, the diploma does", () => {
    expect(run("BSc Nursing (final year), Curtin University\nDiploma of Nursing, TAFE WA, 2021\n")).toBe("diploma");
    const r = extractEducation(splitLines("BN, Massey University, expected 2027\nNCEA Level 3, 2019\n"), NOW);
    expect(r.entries.map((e) => [e.level, e.completed])).toEqual([
      ["bachelor", false],
      ["high_school", true],
    ]);
    expect(r.highestDegree).toBe("high_school");
  });

  it("a final-year project under a finished degree does not unfinish it", () => {
    expect(run("BSc Computing, University of Kent, 2024\nFinal-year project: route planner\n")).toBe("bachelor");
  });

  it("a trade certificate with a school-leaving qualification is high school", () => {
    expect(run("Certificate III in Light Vehicle Mechanical Technology, 2016\nYear 12 Certificate, 2013\n")).toBe("high_school");
  });

  it("reads a degree in a table row", () => {
    expect(run("B.Com\tUniversity of Cape Town\t2015\nMatric\tRondebosch Boys' High\t2011\n")).toBe("bachelor");
  });

  it("an Irish Higher Certificate is a diploma", () => {
    expect(run("Higher Certificate in Business, Dundalk Institute of Technology, 2021\nLeaving Certificate, 2019\n")).toBe("diploma");
  });
});

describe("matchDegree: a college programme told in a sentence", () => {
  it("is no diploma", () => {
    expect(matchDegree("Ran the peer mentoring program at Douglas College")).toBeNull();
  });
});

describe("matchDegree: more systems", () => {
  it.each([
    ["Dr. med., Universität Heidelberg, 2012", "doctorate"],
    ["Dr.-Ing. Maschinenbau, RWTH Aachen", "doctorate"],
    ["Diplôme d'études collégiales en soins infirmiers, Cégep de Sherbrooke", "diploma"],
    ["Diplôme d'études secondaires, 2010", "high_school"],
    ["BTEC Higher National Diploma in Computing", "diploma"],
    ["GNM (General Nursing and Midwifery), 2015", "diploma"],
    ["D.Pharm, Government College of Pharmacy, 2014", "diploma"],
    ["SPM, SMK Seri Bintang, 2012", "high_school"],
    ["BN (Hons), Massey University, 2018", "bachelor"],
    ["SQA Highers: English, Maths, Physics", "high_school"],
    ["Bachillerato, IES Cervantes, 2010", "high_school"],
    ["FSc (Pre-Medical), Punjab Group of Colleges, 2011", "high_school"],
    ["WAEC, Kings College Lagos, 2008", "high_school"],
    ["12th Standard, State Board, 2010", "high_school"],
  ])("%s → %s", (line, level) => {
    expect(matchDegree(line)?.level).toBe(level);
  });

  it("a BTEC National Diploma (level 3) is no diploma programme", () => {
    expect(matchDegree("BTEC National Diploma in Engineering, 2008")).toBeNull();
  });

  it("a degree the resume says is unfinished or due later does not count", () => {
    const r = extractEducation(splitLines("BSc Nursing (unfinished), 2019\nBA Psychology — due to complete 2027\nHSC, 2015\n"), NOW);
    expect(r.highestDegree).toBe("high_school");
  });
});

describe("extractEducation: a college programme with its college on the next line", () => {
  it("is a diploma above the school diploma", () => {
    const r = extractEducation(
      splitLines(
        "Aircraft Maintenance Engineer – M program\nFanshawe College, London ON, 2016 - 2018\nOntario Secondary School Diploma, 2015\n",
      ),
      NOW,
    );
    expect(r.entries.map((e) => [e.level, e.completed])).toEqual([
      ["diploma", true],
      ["high_school", true],
    ]);
    expect(r.highestDegree).toBe("diploma");
  });

  it("a certificate programme at a college is not", () => {
    const r = extractEducation(splitLines("Welding Techniques certificate program\nConestoga College, 2019\nGrade 12, 2017\n"), NOW);
    expect(r.highestDegree).toBe("high_school");
  });
});

describe("matchDegree: school-level wording that names a higher award", () => {
  it.each([
    "National Senior Certificate with Bachelor's pass, Soweto High, 2012",
    "Matric (Bachelor endorsement), 2009",
    "Intermediate (MPC), Board of Intermediate Education, 2010",
    "Grade 12 graduate, Kelvin High School, 2016",
  ])("%s is high school", (line) => {
    expect(matchDegree(line)?.level).toBe("high_school");
  });

  it("an Access to HE Diploma is no diploma programme", () => {
    expect(matchDegree("Access to Higher Education Diploma (Nursing), Leeds City College, 2018")).toBeNull();
  });
});
