// `postlint lsp`: a Language Server (LSP 3.17, stdio) for Markdown and plain-text posts.
// Imported only for `postlint lsp`, so linting files never loads vscode-languageserver.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LintMessage } from "@postlint/core";
import { clearConfigCache, createFileLinter, type FileLinter } from "@postlint/core/node";
import {
  CodeActionKind,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type Diagnostic,
  type Hover,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CliIO } from "./io.js";

const USAGE = `Usage: postlint lsp [--stdio]

Starts a Language Server (LSP 3.17) on stdin/stdout: diagnostics for Markdown and plain-text
posts as they change, quick fixes, "disable for this line" actions and hover with the policy
clause. The config (.postlintrc*) is searched from each document's folder and reloaded when it
changes. See docs/integrations.md for VS Code, Neovim and Helix.
`;

/** What the "disable" action writes as the reason, for the writer to replace. */
const REASON_PLACEHOLDER = "REASON: why this is fine";

/** Milliseconds after the last change before a document is linted again. */
const DEBOUNCE_MS = 200;
const LANGUAGES = new Set(["markdown", "plaintext", "text"]);

interface Linted {
  version: number;
  messages: LintMessage[];
}

export async function lsp(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes("-h") || argv.includes("--help")) {
    io.stdout.write(USAGE);
    return 0;
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  let linter: FileLinter = createFileLinter({ cwd: io.cwd });
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();

  const wanted = (doc: TextDocument): boolean => LANGUAGES.has(doc.languageId) || /\.(md|markdown|txt)$/i.test(doc.uri);

  const lintDocument = async (doc: TextDocument): Promise<void> => {
    if (!wanted(doc)) return;
    const file = doc.uri.startsWith("file:") ? fileURLToPath(doc.uri) : path.join(io.cwd, "untitled.md");
    const version = doc.version;
    let diagnostics: Diagnostic[];
    let messages: LintMessage[] = [];
    try {
      const outcome = await linter.lintText(doc.getText(), file, path.dirname(file));
      messages = outcome.result.messages;
      diagnostics = [...messages.map(toDiagnostic), ...placeholderReasons(doc)];
    } catch (error) {
      // A broken config: one diagnostic at the top, in the words the CLI would use.
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: "postlint", message: (error as Error).message }];
    }
    if (documents.get(doc.uri)?.version !== version) return; // a newer change is on its way
    linted.set(doc.uri, { version, messages });
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  };

  const schedule = (doc: TextDocument, delay: number): void => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void lintDocument(doc);
      }, delay),
    );
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      hoverProvider: true,
    },
    serverInfo: { name: "postlint" },
  }));

  connection.onInitialized(() => {
    // Ask the client to tell us about config changes; clients that cannot register still send
    // workspace/didChangeWatchedFiles if they watch on their own.
    void connection.client
      .register(
        { method: "workspace/didChangeWatchedFiles" } as never,
        { watchers: [{ globPattern: "**/{.postlintrc,.postlintrc.*,postlint.config.*,package.json}" }] } as never,
      )
      .catch(() => undefined);
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    linted.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles((change) => {
    const configChanged = change.changes.some((c) => /(^|[\\/])(\.postlintrc[^\\/]*|postlint\.config\.[^\\/]+|package\.json)$/.test(c.uri));
    if (!configChanged) return;
    clearConfigCache();
    linter = createFileLinter({ cwd: io.cwd });
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    const state = linted.get(params.textDocument.uri);
    if (!doc || !state) return [];
    const actions: CodeAction[] = [];
    for (const m of state.messages) {
      const range = rangeOf(m);
      if (!overlaps(range, params.range) || !m.ruleId) continue;
      const diagnostic = toDiagnostic(m);
      const edit = (from: number, to: number, newText: string) => ({
        changes: { [doc.uri]: [{ range: { start: doc.positionAt(from), end: doc.positionAt(to) }, newText }] },
      });
      if (m.fix) {
        actions.push({ title: `Fix: replace with “${m.fix.text}”`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(m.fix.range[0], m.fix.range[1], m.fix.text) });
      }
      for (const s of m.suggestions ?? []) {
        actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(s.fix.range[0], s.fix.range[1], s.fix.text) });
      }
      // The directive goes on the line before, so the post's own line stays as it is published.
      const lineStart = doc.offsetAt({ line: m.line - 1, character: 0 });
      const indent = /^[ \t]*/.exec(doc.getText({ start: { line: m.line - 1, character: 0 }, end: { line: m.line, character: 0 } }))?.[0] ?? "";
      actions.push({
        title: `Disable ${m.ruleId} for this line, with a reason`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit(lineStart, lineStart, `${indent}<!-- postlint-disable-next-line ${m.ruleId} -- ${REASON_PLACEHOLDER} -->\n`),
      });
    }
    return actions;
  });

  connection.onHover((params): Hover | null => {
    const state = linted.get(params.textDocument.uri);
    if (!state) return null;
    const here = state.messages.filter((m) => overlaps(rangeOf(m), { start: params.position, end: params.position }));
    if (here.length === 0) return null;
    const value = here
      .map((m) => [`**${m.ruleId ?? "postlint"}** (${m.severity}): ${m.message}`, m.policy ? `Policy: ${m.policy}` : "", m.docsUrl ? `[Rule documentation](${m.docsUrl})` : ""].filter(Boolean).join("\n\n"))
      .join("\n\n---\n\n");
    return { contents: { kind: "markdown", value } };
  });

  documents.listen(connection);
  connection.listen();
  return new Promise<number>((resolve) => {
    connection.onExit(() => resolve(0));
  });
}

/**
 * The placeholder reason the "disable" action wrote and nobody replaced: it would pass for a
 * reason in review, so it stays visible until the writer says why.
 */
function placeholderReasons(doc: TextDocument): Diagnostic[] {
  const text = doc.getText();
  const found: Diagnostic[] = [];
  for (let at = text.indexOf(REASON_PLACEHOLDER); at !== -1; at = text.indexOf(REASON_PLACEHOLDER, at + 1)) {
    found.push({
      range: { start: doc.positionAt(at), end: doc.positionAt(at + REASON_PLACEHOLDER.length) },
      severity: DiagnosticSeverity.Warning,
      source: "postlint",
      code: "reason-placeholder",
      message: "Write the reason here: why is this fine to publish? Reviewers read it.",
    });
  }
  return found;
}

function rangeOf(m: LintMessage) {
  return { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } };
}

type Pos = { line: number; character: number };
const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.character < b.character);
function overlaps(a: { start: Pos; end: Pos }, b: { start: Pos; end: Pos }): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function toDiagnostic(m: LintMessage): Diagnostic {
  return {
    range: rangeOf(m),
    severity: m.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: "postlint",
    ...(m.ruleId ? { code: m.ruleId } : {}),
    ...(m.docsUrl ? { codeDescription: { href: m.docsUrl } } : {}),
    message: m.policy ? `${m.message}\n${m.policy}` : m.message,
  };
}
