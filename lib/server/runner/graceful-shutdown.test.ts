import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { installGracefulShutdown } from "./graceful-shutdown";

function setup() {
  const signals = new EventEmitter();
  const exits: number[] = [];
  const calls: number[] = [];
  let finish: () => void = () => undefined;
  const runner = {
    activeCount: () => 2,
    stop: (graceMs?: number) => {
      calls.push(graceMs ?? -1);
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    },
  };
  installGracefulShutdown({ runner, graceMs: 1234, signals, exit: (code) => exits.push(code), log: () => undefined });
  return { signals, exits, calls, finish: () => finish() };
}

describe("[runner]: graceful shutdown", () => {
  it("stops the runner with the grace period on SIGTERM and exits 0 only after it has stopped", async () => {
    const { signals, exits, calls, finish } = setup();
    signals.emit("SIGTERM");
    expect(calls).toEqual([1234]);
    await Promise.resolve();
    expect(exits).toEqual([]);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([0]);
  });

  it("exits at once with 1 on a second signal during the drain", () => {
    const { signals, exits, calls } = setup();
    signals.emit("SIGINT");
    signals.emit("SIGTERM");
    expect(calls).toHaveLength(1);
    expect(exits).toEqual([1]);
  });

  it("exits 0 at once in a process without a runner", () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    installGracefulShutdown({ runner: null, signals, exit: (code) => exits.push(code), log: () => undefined });
    signals.emit("SIGTERM");
    expect(exits).toEqual([0]);
  });

  it("waits for uploads in flight, bounded, before exiting", async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    const waits: number[] = [];
    let finishUploads: (drained: boolean) => void = () => undefined;
    const uploads = {
      active: () => 1,
      wait: (timeoutMs: number) => {
        waits.push(timeoutMs);
        return new Promise<boolean>((resolve) => {
          finishUploads = resolve;
        });
      },
    };
    installGracefulShutdown({
      runner: null,
      uploads,
      uploadDrainMs: 4321,
      signals,
      exit: (code) => exits.push(code),
      log: () => undefined,
    });
    signals.emit("SIGTERM");
    expect(waits).toEqual([4321]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([]);
    finishUploads(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([0]);
  });
});
