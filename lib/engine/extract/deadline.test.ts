import { describe, expect, it } from "vitest";
import { withDeadline } from "./deadline";

describe("withDeadline", () => {
  it("with no time left rejects at once but terminates on the next turn, after work handed over now has been posted", async () => {
    const order: string[] = [];
    const pending = withDeadline(new Promise<never>(() => undefined), Date.now() - 1, "OCR of page 1", {
      code: "OCR_TIMEOUT",
      onTimeout: () => order.push("terminated"),
    });
    // What the caller started in this turn finishes its synchronous and microtask steps first.
    await Promise.resolve().then(() => order.push("job posted"));
    await expect(pending).rejects.toMatchObject({ code: "OCR_TIMEOUT" });
    expect(order).toEqual(["job posted"]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual(["job posted", "terminated"]);
  });

  it("terminates when the time runs out while the work is running", async () => {
    let terminated = false;
    const pending = withDeadline(new Promise<never>(() => undefined), Date.now() + 20, "DOCX extraction", {
      onTimeout: () => {
        terminated = true;
      },
    });
    await expect(pending).rejects.toMatchObject({ code: "PARSE_TIMEOUT" });
    expect(terminated).toBe(true);
  });
});
