// Test fixture, not an app entry point: one inline runner in its own process, as
// the reliability tests need (SIGKILL mid-run, two processes on one database).
// Run with `tsx --conditions=react-server`; DATABASE_URL and STORAGE_DIR come
// from the environment. Every runner event is printed as one JSON line.
// Optional argv: --fail-parse-until <n> makes the parse stage throw on attempts < n.
import { createInlineRunner, type StepOverrides } from "./inline-runner";
import { inlineRunnerOptionsFromEnv } from "./process-runner";

const args = process.argv.slice(2);
const failParseUntil = Number(args[args.indexOf("--fail-parse-until") + 1] ?? 0) || 0;
const stepOverrides: StepOverrides = {};
if (args.includes("--fail-parse-until")) {
  stepOverrides.parse = ({ attempt }) => {
    if (attempt < failParseUntil) throw new Error(`injected parse failure on attempt ${attempt}`);
  };
}

const runner = createInlineRunner(
  inlineRunnerOptionsFromEnv({
    stepOverrides,
    onEvent: (event) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...event })}\n`),
  }),
);
runner.start();
process.stdout.write(`${JSON.stringify({ pid: process.pid, type: "started", owner: runner.owner })}\n`);
process.on("SIGTERM", () => {
  void runner.stop(5_000).then(() => process.exit(0));
});
