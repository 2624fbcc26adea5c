import { writeFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

const HIDDEN = "Apache Spark, Airflow, Kafka, dbt, Terraform, reach me at hidden.pat@example.com";

/** A plain resume with the posting's skills (and an address) in white 1-pt type between two visible lines. */
function stuffedPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "LETTER", margin: 50, info: { Title: "resume", CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.fontSize(12).fillColor("black").text("Pat Hiddenwood");
    doc.text("pat.hiddenwood@example.com");
    doc.moveDown().text("Experience");
    doc.text("Data Engineer, Example Corp");
    doc.text("Jan 2019 – Present");
    doc.text("- Built reporting pipelines in Python and SQL for 120 stores.");
    doc.fillColor("#ffffff").fontSize(1).text(HIDDEN);
    doc.fillColor("black").fontSize(12).moveDown().text("Education");
    doc.text("B.S. Computer Science, State University, 2018");
    doc.end();
  });
}

// No dates; one line copied from the posting (e2e/fixtures/data-engineer-jd.txt); Kubernetes, which the posting does not ask for.
const UNDATED = `Riley Undated
riley.undated@example.com

Experience
Senior Data Engineer, Northwind Foods
- Built batch pipelines with PySpark on Databricks and orchestrated them in Airflow.
- Wrote SQL models in Snowflake for pricing analysts.
- Build batch and streaming pipelines with Apache Spark (PySpark on Databricks/EMR) and Kafka.

Data Engineer, Contoso Retail
- Moved SSIS jobs to Python services on AWS with Kubernetes.

Skills
Python, SQL, Spark, Airflow, Snowflake, Kubernetes
`;

test("[manager]: a resume with white 1-pt text shows a notice that the hidden text was not scored, redacted in blind review", async ({
  page,
  signInAs,
  seed,
}, testInfo) => {
  test.setTimeout(180_000);
  await signInAs("recruiter");
  const title = `Hidden text ${Date.now()}`;
  const jobId = await seed.createJob(title);
  const file = testInfo.outputPath("pat-hiddenwood.pdf");
  writeFileSync(file, await stuffedPdf());
  const undated = testInfo.outputPath("riley-undated.txt");
  writeFileSync(undated, UNDATED);
  await seed.uploadAndWait(jobId, [file, undated]);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signInAs("hiring_manager");
  await page.goto(`/shortlists/${jobId}`);
  await page.getByTestId("shortlist-row").getByRole("link", { name: "Pat Hiddenwood" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pat Hiddenwood" })).toBeVisible();
  const notice = page.getByTestId("hidden-text-notice");
  await expect(notice).toContainText(/This file contains \d+ characters a reader cannot see \(.+\); they were not scored\./);
  await expect(notice).toContainText("Airflow");
  await expect(notice).toContainText("hidden.pat@example.com");
  // The hidden words are not in the extracted text the reviewer reads, nor matched.
  await expect(page.getByLabel("Extracted resume text")).not.toContainText("Airflow");
  await expectAccessible(page);
  await screenshot(page, "candidate-hidden-text");

  // Blind review: the sample is redacted like the rest of the page.
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "true");
  await expect(notice).toContainText("Airflow");
  await expect(notice).not.toContainText("hidden.pat@example.com");
  await expectAccessible(page);
  await page.getByRole("switch", { name: "Blind review" }).click();
  await expect(page.getByRole("switch", { name: "Blind review" })).toHaveAttribute("aria-checked", "false");

  // An undated resume: estimated years, related credit and the copied line are each labelled, and there is no hidden-text notice.
  await page.goto(`/shortlists/${jobId}`);
  await page.getByTestId("shortlist-row").getByRole("link", { name: "Riley Undated" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Riley Undated" })).toBeVisible();
  await expect(page.getByTestId("estimated-years")).toContainText(/≈ \d+(\.\d)? years \(estimated[^)]*: the resume has no dates\)/);
  await expect(page.getByRole("list", { name: "Related credit" })).toContainText("Related: Kubernetes → Docker");
  await expect(page.getByRole("list", { name: "Not counted" })).toContainText(
    "copied from the job posting: Build batch and streaming pipelines with Apache Spark",
  );
  await expect(page.getByTestId("hidden-text-notice")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "candidate-scoring-notes");
});
