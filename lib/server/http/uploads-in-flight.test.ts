import { describe, expect, it } from "vitest";
import { activeUploads, trackUpload, waitForUploads } from "./uploads-in-flight";

describe("[upload]: uploads in flight", () => {
  it("counts an upload while it runs and wakes the waiter when the last one ends, even when it fails", async () => {
    let finish: () => void = () => undefined;
    const running = trackUpload(
      () =>
        new Promise<void>((_, reject) => {
          finish = () => reject(new Error("client went away"));
        }),
    );
    expect(activeUploads()).toBe(1);
    const drained = waitForUploads(60_000);
    finish();
    await expect(running).rejects.toThrow("client went away");
    expect(await drained).toBe(true);
    expect(activeUploads()).toBe(0);
  });

  it("gives up at the deadline when an upload is still running", async () => {
    let finish: () => void = () => undefined;
    const running = trackUpload(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(await waitForUploads(1)).toBe(false);
    finish();
    await running;
    expect(await waitForUploads(1)).toBe(true);
  });
});
