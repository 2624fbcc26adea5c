// Integration suite: one migrated throwaway database for the run, exposed as DATABASE_URL.
import { createTestDatabase } from "./database";

export default async function setup(): Promise<() => Promise<void>> {
  const database = await createTestDatabase("int");
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";
  return async () => {
    await database.drop();
  };
}
