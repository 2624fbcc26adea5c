// The one place that reads process.env. Every variable is validated here; the
// rest of the code imports `env`. Documented in .env.example and the README.
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "./trusted-proxies.mjs";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const booleanFlag = z.preprocess(
  emptyAsUndefined,
  z
    .enum(["1", "0", "true", "false", "yes", "no"])
    .optional()
    .transform((value) => value === "1" || value === "true" || value === "yes"),
);
const positiveInt = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(fallback));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
    AUTH_SECRET: optionalString,
    DATA_DIR: optionalString,
    STORAGE_DIR: optionalString,
    /** Where uploaded originals live: local disk under STORAGE_DIR, or an S3-compatible bucket (S3_*). */
    STORAGE_DRIVER: z.preprocess(emptyAsUndefined, z.enum(["local", "s3"]).default("local")),
    S3_BUCKET: optionalString,
    /** Custom endpoint for MinIO, R2, Ceph RGW…; unset = AWS S3. */
    S3_ENDPOINT: z.preprocess(emptyAsUndefined, z.string().url().optional()),
    S3_REGION: z.preprocess(emptyAsUndefined, z.string().default("us-east-1")),
    /** Unset = the AWS SDK's default credential chain (instance role, AWS_* variables, ~/.aws). */
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    /** Path-style URLs (endpoint/bucket/key), needed by MinIO and most self-hosted servers. */
    S3_FORCE_PATH_STYLE: booleanFlag,
    /** Key prefix inside the bucket, so one bucket can hold several installations. */
    S3_PREFIX: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9/_.-]{0,100}$/)
        .optional(),
    ),
    /** Largest accepted upload in bytes (runbook: MAX_FILE_SIZE). */
    MAX_FILE_SIZE: positiveInt(10 * 1024 * 1024),
    MAX_PDF_PAGES: positiveInt(20),
    /** Files per upload request. */
    MAX_FILES_PER_UPLOAD: positiveInt(200),
    /** Inline runner: evaluations processed at once in this process. */
    EVALUATION_CONCURRENCY: positiveInt(4),
    EVALUATION_MAX_ATTEMPTS: positiveInt(5),
    /** Worker threads per process for text extraction / for parsing and scoring; unset = 1 on a 1–2 core machine, else 2. */
    EXTRACT_WORKERS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(32).optional()),
    COMPUTE_WORKERS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(32).optional()),
    /** Inline runner: how long a claimed evaluation stays leased to its process without renewal (a dead process's work is taken up after this). */
    EVALUATION_LEASE_MS: positiveInt(30_000),
    /** Inline runner: idle poll interval; new uploads in the same process wake it at once. */
    EVALUATION_POLL_MS: positiveInt(1_000),
    /** First retry delay; doubled per attempt (capped at 5 minutes). */
    EVALUATION_RETRY_BASE_MS: positiveInt(2_000),
    /** Days after which files of deleted resumes / closed jobs are removed; unset = keep. */
    RETENTION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional()),
    INNGEST_DEV: booleanFlag,
    INNGEST_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    /** Disable the in-process evaluation runner (e.g. for a web-only replica). */
    INLINE_RUNNER: z.preprocess(emptyAsUndefined, z.enum(["on", "off"]).default("on")),
    LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
    METRICS_TOKEN: optionalString,
    /** Requests per minute per API key (all /api routes that accept keys). */
    RATE_LIMIT_API_KEY_PER_MINUTE: positiveInt(600),
    /** Sign-in POSTs per minute per client IP (on top of the per-account failure throttle). */
    RATE_LIMIT_SIGN_IN_PER_MINUTE: positiveInt(20),
    /** Other unauthenticated requests per minute per client IP (public API docs, rejected credentials). */
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: positiveInt(120),
    /** Redis for rate-limit counters shared exactly across processes; unset = in-memory counters flushed to PostgreSQL. */
    REDIS_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
    /** Without Redis: how often each process flushes its rate-limit counts to PostgreSQL (bounds the cross-process error). */
    RATE_LIMIT_FLUSH_MS: positiveInt(1_000),
    /** Proxies whose X-Forwarded-For / X-Forwarded-Host count: a hop count or addresses/CIDRs; unset = none (the socket address is the client). */
    TRUSTED_PROXIES: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .optional()
        .transform((value, ctx): TrustedProxies => {
          try {
            return parseTrustedProxies(value);
          } catch (error) {
            ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
            return z.NEVER;
          }
        }),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production (npm start generates one in data/secrets.json).",
      });
    }
    if (value.STORAGE_DRIVER === "s3" && !value.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "S3_BUCKET is required when STORAGE_DRIVER=s3." });
    }
    if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_SECRET_ACCESS_KEY"],
        message: "Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS default credential chain).",
      });
    }
    if (value.INNGEST_SIGNING_KEY && !value.INNGEST_EVENT_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["INNGEST_EVENT_KEY"],
        message: "INNGEST_EVENT_KEY is required when INNGEST_SIGNING_KEY is set.",
      });
    }
  });

export type Env = Omit<z.infer<typeof envSchema>, "TRUSTED_PROXIES"> & {
  trustedProxies: TrustedProxies;
  dataDir: string;
  storageDir: string;
  runnerMode: "inngest" | "inline";
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const { TRUSTED_PROXIES: trustedProxies, ...parsed } = result.data;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ parsed.DATA_DIR ?? path.join(process.cwd(), "data"));
  return {
    ...parsed,
    trustedProxies,
    dataDir,
    storageDir: path.resolve(/*turbopackIgnore: true*/ parsed.STORAGE_DIR ?? path.join(dataDir, "storage")),
    runnerMode: parsed.INNGEST_DEV || parsed.INNGEST_SIGNING_KEY ? "inngest" : "inline",
  };
}

let cached: Env | undefined;

/** Validated configuration, parsed on first use (so `next build` needs no runtime secrets). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
