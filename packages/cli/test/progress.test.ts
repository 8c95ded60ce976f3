import { PassThrough, Writable } from "node:stream";
import { main, type CliIO } from "@postlint/cli";
import { describe, expect, it } from "vitest";
import { CLEAN, project } from "./run.js";

class Capture extends Writable {
  text = "";
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function io(cwd: string, tty: boolean): CliIO & { stdout: Capture; stderr: Capture } {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  return { stdout: new Capture(tty), stderr: new Capture(tty), stdin, cwd, env: {} };
}

const manyPosts = () => project(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`posts/p${String(i).padStart(2, "0")}.md`, CLEAN])));

describe("progress", () => {
  it("shows files done / total on a terminal's stderr for long runs", async () => {
    const cli = io(manyPosts(), true);
    expect(await main(["posts"], cli)).toBe(0);
    expect(cli.stderr.text).toContain("postlint: 60/60 posts");
    expect(cli.stderr.text.endsWith("\r\u001b[K")).toBe(true);
    expect(cli.stdout.text).toBe("");
  });

  it("prints no progress when stderr is not a terminal", async () => {
    const cli = io(manyPosts(), false);
    expect(await main(["posts"], cli)).toBe(0);
    expect(cli.stderr.text).toBe("");
  });

  it("prints no progress for short runs", async () => {
    const cli = io(project({ "a.md": CLEAN }), true);
    expect(await main(["a.md"], cli)).toBe(0);
    expect(cli.stderr.text).toBe("");
  });
});
