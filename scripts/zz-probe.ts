import { execFileSync } from "node:child_process";
import { startEmbeddedDatabase } from "./lib/database";
async function main() {
  const db = await startEmbeddedDatabase();
  try { console.log(execFileSync("node", [process.argv[2]!, db.url, ...process.argv.slice(3)], { encoding: "utf8" })); }
  catch (e: any) { console.log(e.stdout, e.stderr); }
  await db.stop();
}
main();
