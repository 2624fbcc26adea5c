// A real S3-protocol server (s3rver, in-process, files in a temp directory) for
// the storage contract tests and `bench:pipeline --storage s3`. Its fixed
// credentials are S3RVER/S3RVER; requests are signed and checked like on S3.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type TestS3Server = {
  endpoint: string;
  bucket: string;
  env: Record<string, string>;
  stop: () => Promise<void>;
};

export async function startS3Server(bucket = "resume-checker-test"): Promise<TestS3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), "rc-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      STORAGE_DRIVER: "s3",
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
