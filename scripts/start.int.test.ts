import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "./lib/app-server";
import { type CapturedRun, runCaptured } from "./lib/run-captured";

const root = path.resolve(import.meta.dirname, "..");
const tempDirs: string[] = [];

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rc-start-"));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runStart(env: Record<string, string>): Promise<CapturedRun> {
  return runCaptured(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
    timeoutMs: 60_000,
  });
}

function expectOneLineExplanation(output: string) {
  expect(output).toMatch(/✖ .+\n\s+→ .+/);
  expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack trace
}

describe("[start]: bad configuration stops start-up with a one-line explanation", () => {
  it("a port already in use", async () => {
    const server = net.createServer().listen(0, "0.0.0.0");
    await new Promise((resolve) => server.once("listening", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const result = await runStart({ PORT: String(port), DATA_DIR: tempDataDir() });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`Port ${port} is already in use.`);
      expect(result.output).toContain(`PORT=${port + 1} npm start`);
      expectOneLineExplanation(result.output);
    } finally {
      server.close();
    }
  });

  it("an unreachable DATABASE_URL", async () => {
    const result = await runStart({
      PORT: String(await freePort()),
      DATA_DIR: tempDataDir(),
      DATABASE_URL: "postgresql://postgres@127.0.0.1:9/nowhere",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("Cannot connect to the database at 127.0.0.1:9/nowhere");
    expectOneLineExplanation(result.output);
  });

  it("an invalid PORT", async () => {
    const result = await runStart({ PORT: "http", DATA_DIR: tempDataDir() });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("PORT=http is not a valid port.");
  });

  it("a damaged data folder (secrets file, database cluster)", async () => {
    const secretsDir = tempDataDir();
    writeFileSync(path.join(secretsDir, "secrets.json"), "{not json");
    const broken = await runStart({ PORT: String(await freePort()), DATA_DIR: secretsDir });
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain("secrets.json is damaged.");
    expectOneLineExplanation(broken.output);

    const clusterDir = tempDataDir();
    mkdirSync(path.join(clusterDir, "postgres", "base"), { recursive: true });
    const result = await runStart({ PORT: String(await freePort()), DATA_DIR: clusterDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("is not a usable PostgreSQL cluster");
    expectOneLineExplanation(result.output);
  });
});

describe("[start]: started as root from a private folder", () => {
  it.skipIf(process.getuid?.() !== 0)("a checkout inside a 0700 folder says in one line what to do (no EACCES stack trace)", async () => {
    const privateDir = tempDataDir(); // mkdtemp: mode 0700, like root's home
    const clone = path.join(privateDir, "resume-checker");
    const cloned = await runCaptured("git", ["clone", "--quiet", "--no-hardlinks", root, clone], { cwd: privateDir, timeoutMs: 60_000 });
    expect(cloned.code, cloned.output).toBe(0);
    // What `npm install` would add: the dependencies (shared) and the generated Prisma client.
    symlinkSync(path.join(root, "node_modules"), path.join(clone, "node_modules"));
    cpSync(path.join(root, "lib", "generated"), path.join(clone, "lib", "generated"), { recursive: true });
    const result = await runCaptured("npm", ["start"], {
      cwd: clone,
      env: {
        ...process.env,
        DATABASE_URL: "",
        DATA_DIR: "",
        PORT: String(await freePort()),
        EMBEDDED_DATABASE_PORT: String(await freePort()),
      },
      timeoutMs: 90_000,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`the user "postgres", which cannot enter ${privateDir} (mode 700)`);
    expect(result.output).toContain(`chmod o+x ${privateDir}`);
    expectOneLineExplanation(result.output);
  });
});
