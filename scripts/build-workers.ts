// `npm run build` (after `next build`): compiles the worker-thread entries
// (lib/**/*.worker.ts) into dist/workers, so the server's thread pools run
// plain JavaScript. `npm start` does the same through scripts/lib/build.ts.
import path from "node:path";
import { buildWorkerEntries } from "../lib/engine/workers/worker-entry";
import { root } from "./lib/build";

const outputs = await buildWorkerEntries(root);
for (const output of outputs) console.log(`compiled ${path.relative(root, output)}`);
