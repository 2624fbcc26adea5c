// `npm run smoke -- BASE_URL [--email E --password P | --api-key K] [--timeout SECONDS]`:
// the runbook's post-deploy check. Prints each step with its time; exit 1 on the first failure.
import { runSmoke, type SmokeAuth, type SmokeStep } from "./lib/smoke";

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}
const valued = new Set(["--email", "--password", "--api-key", "--timeout"]);
const baseUrl = args.find((arg, i) => !arg.startsWith("--") && !valued.has(args[i - 1] ?? ""));
const timeoutSeconds = Number(option("--timeout") ?? 120);
if (!baseUrl || !/^https?:\/\//.test(baseUrl) || !Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
  console.error("Usage: npm run smoke -- BASE_URL [--email E --password P | --api-key K] [--timeout SECONDS]");
  console.error("  default account: the demo recruiter (recruiter@example.com)");
  process.exit(2);
}
const apiKey = option("--api-key");
const auth: SmokeAuth = apiKey
  ? { kind: "api-key", apiKey }
  : { kind: "password", email: option("--email") ?? "recruiter@example.com", password: option("--password") ?? "recruiter-demo-password" };

const print = (step: SmokeStep) =>
  console.log(`${step.ok ? "✔" : "✖"} ${step.name.padEnd(20)} ${String(step.ms).padStart(6)} ms  ${step.detail}`);

const started = performance.now();
console.log(`Smoke check of ${baseUrl}`);
runSmoke({ baseUrl, auth, evaluationTimeoutMs: timeoutSeconds * 1000, log: print })
  .then((result) => {
    const total = Math.round(performance.now() - started);
    if (!result.ok) {
      console.error(`Smoke check FAILED after ${total} ms.`);
      process.exit(1);
    }
    console.log(`Smoke check passed in ${total} ms.`);
  })
  .catch((error: unknown) => {
    console.error(`Smoke check FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
