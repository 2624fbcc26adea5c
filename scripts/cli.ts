// Command-line entry: `npm run --silent cli -- <command> [args]`.
// Each command lives in scripts/cli/<command>.ts and is imported only when
// invoked, so `parse` on a text file never loads the PDF/DOCX libraries.
// A command module exports a function `(argv) => Promise<exitCode>`.
// Exit codes: 0 ok, 1 document/engine error, 2 usage error.

type CommandRunner = (argv: readonly string[]) => Promise<number>;

interface CommandEntry {
  summary: string;
  load: () => Promise<CommandRunner>;
}

// Register a command with one line here.
const COMMANDS: Record<string, CommandEntry> = {
  parse: { summary: "parse [--json] [--now YYYY-MM] FILE   resume → profile", load: async () => (await import("./cli/parse")).runParse },
  "parse-job": {
    summary: "parse-job [--json] FILE              job description → requirements",
    load: async () => (await import("./cli/parse-job")).runParseJob,
  },
  rank: {
    summary: "rank [--json] --jd JOB_FILE RESUME_FILE...   score and rank resumes against a job",
    load: async () => (await import("./cli/rank")).runRank,
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.summary}`);
  return `usage: npm run --silent cli -- <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`unknown command: ${name}\n${usage()}`);
    return 2;
  }
  const run = await entry.load();
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
