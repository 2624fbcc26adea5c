// `npm run build` (after `next build`): compiles the worker-thread entries
// (lib/**/*.worker.ts → dist/workers) and the programs run with plain node
// (scripts/worker.ts → dist/worker.mjs), so nothing in production runs through
// tsx. `--stale-only` (npm run worker) compiles only what changed. `npm start`
// does the same through scripts/lib/build.ts.
import path from "node:path";
import { buildCompiledEntries, root } from "./lib/build";

const outputs = await buildCompiledEntries({ staleOnly: process.argv.includes("--stale-only") });
for (const output of outputs) console.log(`compiled ${path.relative(root, output)}`);
