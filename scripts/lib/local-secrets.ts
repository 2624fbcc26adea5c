// Secrets generated on first start and kept in the git-ignored data folder, so the
// quick start needs no manual step. Production deployments pass them as env vars.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { StartupError } from "./startup-error";

const localSecretsSchema = z.object({
  authSecret: z.string().min(32),
  embeddedDatabasePassword: z.string().min(16),
  embeddedDatabasePort: z.number().int().min(1024).max(65535),
});
export type LocalSecrets = z.infer<typeof localSecretsSchema>;

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(import.meta.dirname, "..", "..", "data"));
}

export function readLocalSecrets(): LocalSecrets {
  const dir = dataDir();
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) {
    try {
      return localSecretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      throw new StartupError(
        `${file} is damaged.`,
        `Delete it (rm ${file}); new secrets are generated at the next start (signed-in users must sign in again).`,
      );
    }
  }
  mkdirSync(dir, { recursive: true });
  const secrets: LocalSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    embeddedDatabasePassword: randomBytes(18).toString("base64url"),
    embeddedDatabasePort: Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329),
  };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
