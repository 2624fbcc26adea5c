// A small hand-written taxonomy for unit tests of the matcher and parsers, so
// their behaviour is pinned independently of the bundled data file.
import type { TaxonomySkill } from "./taxonomy-schema";

type Spec = Partial<TaxonomySkill> & Pick<TaxonomySkill, "id" | "name">;

function skill(spec: Spec): TaxonomySkill {
  return { category: "software", aliases: [], broader: [], related: [], ...spec };
}

export const TEST_SKILLS: TaxonomySkill[] = [
  skill({ id: "python", name: "Python" }),
  skill({ id: "sql", name: "SQL" }),
  skill({ id: "java", name: "Java" }),
  skill({ id: "javascript", name: "JavaScript", aliases: ["JS", "ECMAScript"] }),
  skill({ id: "typescript", name: "TypeScript", aliases: ["TS"] }),
  skill({ id: "react", name: "React", aliases: ["ReactJS", "React.js"] }),
  skill({ id: "react-testing-library", name: "React Testing Library", aliases: ["RTL"] }),
  skill({ id: "nodejs", name: "Node.js", aliases: ["NodeJS", "Node"] }),
  skill({ id: "nextjs", name: "Next.js", aliases: ["NextJS"] }),
  skill({ id: "c-plus-plus", name: "C++", aliases: ["CPP"] }),
  skill({ id: "c-sharp", name: "C#", aliases: ["C Sharp"] }),
  skill({ id: "dotnet", name: ".NET", aliases: ["dotnet", "ASP.NET"] }),
  skill({ id: "c", name: "C", caseSensitive: true, ambiguousAliases: ["C"] }),
  skill({ id: "r", name: "R", caseSensitive: true, ambiguousAliases: ["R"] }),
  skill({ id: "go", name: "Go", aliases: ["Golang"], caseSensitive: true, ambiguousAliases: ["Go"] }),
  skill({ id: "swift", name: "Swift", caseSensitive: true, ambiguousAliases: ["Swift"] }),
  skill({ id: "excel", name: "Excel", aliases: ["Microsoft Excel", "MS Excel"], caseSensitive: true, category: "professional" }),
  skill({ id: "spark", name: "Spark", aliases: ["Apache Spark", "PySpark"] }),
  skill({ id: "spark-structured-streaming", name: "Spark Structured Streaming", broader: ["spark"] }),
  skill({ id: "google-cloud-platform", name: "GCP", aliases: ["Google Cloud Platform", "Google Cloud"], category: "cloud_devops" }),
  skill({ id: "ci-cd", name: "CI/CD", aliases: ["CI CD", "continuous integration"], category: "cloud_devops" }),
  skill({ id: "ab-testing", name: "A/B Testing", aliases: ["A/B tests", "A/B test", "AB testing"], category: "data_ml" }),
  skill({ id: "kubernetes", name: "Kubernetes", aliases: ["k8s"], category: "cloud_devops" }),
  skill({ id: "docker", name: "Docker", category: "cloud_devops" }),
  skill({ id: "airflow", name: "Airflow", aliases: ["Apache Airflow"], category: "data_ml" }),
  skill({ id: "dagster", name: "Dagster", category: "data_ml" }),
  skill({ id: "prefect", name: "Prefect", category: "data_ml" }),
  skill({ id: "snowflake", name: "Snowflake", category: "data_ml" }),
  skill({ id: "redshift", name: "Redshift", aliases: ["Amazon Redshift"], category: "data_ml" }),
  skill({ id: "bigquery", name: "BigQuery", category: "data_ml" }),
  skill({ id: "dbt", name: "dbt", category: "data_ml" }),
  skill({ id: "kafka", name: "Kafka", category: "data_ml" }),
  skill({ id: "scala", name: "Scala" }),
  skill({ id: "aws", name: "AWS", aliases: ["Amazon Web Services"], category: "cloud_devops" }),
  skill({ id: "salesforce", name: "Salesforce", aliases: ["SFDC"], category: "sales_marketing" }),
  skill({ id: "crm", name: "CRM", category: "sales_marketing" }),
  skill({ id: "nursing-icu", name: "ICU", aliases: ["intensive care"], caseSensitive: true, category: "healthcare" }),
  skill({
    id: "registered-nurse",
    name: "Registered Nurse (RN)",
    aliases: ["RN", "Registered Nurse", "RN license"],
    caseSensitive: true,
    credential: true,
    category: "credential",
  }),
  skill({ id: "bls", name: "BLS", aliases: ["Basic Life Support"], credential: true, category: "credential" }),
  skill({
    id: "cpa",
    name: "Certified Public Accountant (CPA)",
    aliases: ["CPA"],
    caseSensitive: true,
    credential: true,
    category: "credential",
  }),
];
