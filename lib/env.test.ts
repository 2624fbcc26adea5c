import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("[env]: configuration", () => {
  it("applies defaults and derives folders and the runner mode", () => {
    const env = parseEnv({ DATA_DIR: "/srv/rc" });
    expect(env.MAX_FILE_SIZE).toBe(10 * 1024 * 1024);
    expect(env.storageDir).toBe(path.resolve("/srv/rc/storage"));
    expect(env.runnerMode).toBe("inline");
    expect(parseEnv({ INNGEST_DEV: "1" }).runnerMode).toBe("inngest");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ MAX_FILE_SIZE: "", DATABASE_URL: "" })).toMatchObject({ MAX_FILE_SIZE: 10 * 1024 * 1024, DATABASE_URL: undefined });
  });

  it("rejects a production start without AUTH_SECRET and says which variable is wrong", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: AUTH_SECRET is required in production/);
    expect(() => parseEnv({ MAX_FILE_SIZE: "ten" })).toThrow(/MAX_FILE_SIZE/);
    expect(() => parseEnv({ INNGEST_SIGNING_KEY: "signkey-prod-x" })).toThrow(/INNGEST_EVENT_KEY is required/);
  });
});
