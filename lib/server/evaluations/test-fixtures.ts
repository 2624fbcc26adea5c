// Generated job descriptions and resumes for the pipeline tests: plain text, so
// the suite needs no files outside the repository, and varied per index so each
// upload has its own sha256 and its own score.
const SKILL_POOL = [
  "Python",
  "SQL",
  "Apache Spark",
  "Airflow",
  "Kafka",
  "dbt",
  "Snowflake",
  "Terraform",
  "Docker",
  "Kubernetes",
  "AWS",
  "Tableau",
];
const FIRST = ["Ana", "Bilal", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jade"];
const LAST = ["Okafor", "Silva", "Novak", "Ito", "Larsen", "Haddad", "Moreau", "Kowalski", "Reyes", "Berg"];

export const TEST_JOB_TEXT = `Data Engineer (Spark / Airflow / SQL)
Acme Retail — Data Platform · Remote

Role summary
Build and operate batch and streaming pipelines that feed our warehouse.

Minimum qualifications
- 4+ years of experience as a data engineer
- Strong SQL and data modeling
- Production experience with Apache Spark (PySpark)
- Experience with Airflow
- Proficiency in Python

Preferred qualifications
- dbt
- Kafka
- Terraform
`;

export function testResumeText(index: number): string {
  const first = FIRST[index % FIRST.length] ?? "Alex";
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length] ?? "Doe";
  const skills = SKILL_POOL.filter((_, i) => (index + i) % 3 !== 0).slice(0, 3 + (index % 7));
  const years = 1 + (index % 9);
  return `${first} ${last}
Springfield · ${first.toLowerCase()}.${last.toLowerCase()}${index}@example.com

Experience
Data Engineer, Example Corp ${index}
Jan ${2025 - years} – Present
- Built pipelines with ${skills.join(", ")}.
- Owned reporting datasets for ${100 + index} stores.

Skills
${skills.join(", ")}

Education
B.S. Computer Science, State University, ${2024 - years}
`;
}

export function testResumeBytes(index: number): Uint8Array {
  return new TextEncoder().encode(testResumeText(index));
}
