// `postlint lsp` driven by a real LSP client over stdio (vscode-jsonrpc spawning the built bin).
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, project } from "./run.js";

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  message: string;
}
interface CodeAction {
  title: string;
  edit?: { changes: Record<string, { range: Diagnostic["range"]; newText: string }[]> };
}

const CONFIG = "organization:\n  name: Northwind Traders\nrules:\n  profanity: error\n";
let dir: string;
let child: ChildProcess;
let client: MessageConnection;
const published = new Map<string, Diagnostic[][]>();

/** Resolves with the next diagnostics for `uri` that satisfy `test`. */
/** The latest diagnostics published for `uri` that pass `test`, among those after the first `since`. */
function diagnosticsFor(uri: string, test: (d: Diagnostic[]) => boolean, since = 0): Promise<Diagnostic[]> {
  const latest = () => (published.get(uri) ?? []).slice(since).findLast(test);
  return expect
    .poll(latest, { timeout: 20_000, interval: 50 })
    .toBeDefined()
    .then(() => latest() ?? []);
}

beforeAll(async () => {
  dir = project({ ".postlintrc.yml": CONFIG });
  child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
  client = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  client.onNotification("textDocument/publishDiagnostics", (p: { uri: string; diagnostics: Diagnostic[] }) => {
    const list = published.get(p.uri) ?? [];
    list.push(p.diagnostics);
    published.set(p.uri, list);
  });
  client.onRequest("client/registerCapability", () => null);
  client.listen();
  const init = await client.sendRequest<{ capabilities: Record<string, unknown> }>("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: expect.anything() });
  await client.sendNotification("initialized", {});
}, 60_000);

afterAll(async () => {
  await client.sendRequest("shutdown").catch(() => undefined);
  await client.sendNotification("exit").catch(() => undefined);
  client.dispose();
  child.kill();
});

describe("postlint lsp", { timeout: 60_000 }, () => {
  it("publishes diagnostics on open and on change, offers a disable-with-reason action and hovers with the clause", async () => {
    const uri = pathToFileURL(path.join(dir, "post.md")).href;
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: "A lovely sunset over the harbour.\n" } });
    expect(await diagnosticsFor(uri, () => true)).toEqual([]);

    await client.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: "A lovely sunset over the harbour.\nThis sunset is fucking great.\n" }],
    });
    const diagnostics = await diagnosticsFor(uri, (d) => d.some((x) => x.code === "profanity"));
    const profanity = diagnostics.find((d) => d.code === "profanity")!;
    expect(profanity.severity).toBe(1);
    expect(profanity.range.start).toEqual({ line: 1, character: 15 });
    expect(profanity.range.end).toEqual({ line: 1, character: 22 });

    const actions = await client.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: profanity.range, context: { diagnostics: [profanity] } });
    const disable = actions.find((a) => a.title === "Disable profanity for this line, with a reason");
    expect(disable?.edit?.changes[uri]).toEqual([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: "<!-- postlint-disable-next-line profanity -- REASON: why this is fine -->\n" }]);

    // Applied, the directive silences the line and asks for the real reason until it is written.
    const disabled = "A lovely sunset over the harbour.\n<!-- postlint-disable-next-line profanity -- REASON: why this is fine -->\nThis sunset is fucking great.\n";
    const seen = () => published.get(uri)?.length ?? 0;
    let since = seen();
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: disabled }] });
    const pending = await diagnosticsFor(uri, (d) => !d.some((x) => x.code === "profanity"), since);
    expect(pending.map((d) => [d.code, d.range.start])).toEqual([["reason-placeholder", { line: 1, character: 45 }]]);
    const explained = disabled.replace("REASON: why this is fine", "quoting a customer review, approved by legal");
    since = seen();
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 4 }, contentChanges: [{ text: explained }] });
    expect(await diagnosticsFor(uri, (d) => !d.some((x) => x.code === "reason-placeholder"), since)).toEqual([]);
    since = seen();
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 5 }, contentChanges: [{ text: "A lovely sunset over the harbour.\nThis sunset is fucking great.\n" }] });
    await diagnosticsFor(uri, (d) => d.some((x) => x.code === "profanity"), since);

    const hover = await client.sendRequest<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 17 } });
    expect(hover?.contents.value).toMatch(/\*\*profanity\*\*.*“fucking”/s);
    expect(hover?.contents.value).toMatch(/Policy: /);
  });

  it("reloads the config when .postlintrc changes", async () => {
    const uri = pathToFileURL(path.join(dir, "other.md")).href;
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: "This sunset is fucking great.\n" } });
    await diagnosticsFor(uri, (d) => d.some((x) => x.code === "profanity"));
    writeFileSync(path.join(dir, ".postlintrc.yml"), CONFIG.replace("profanity: error", "profanity: off"));
    await client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(path.join(dir, ".postlintrc.yml")).href, type: 2 }] });
    await diagnosticsFor(uri, (d) => !d.some((x) => x.code === "profanity"));
  });
});
