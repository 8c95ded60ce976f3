// Runs in a worker thread: lints posts the main thread has read, with its own cached linters.
import { createFileLinter, type FileLinter, type FileLinterOptions, type FileLintOutcome } from "@postlint/core/node";
import { ConfigError, failedResult } from "@postlint/core";
import pack from "@postlint/rules";

export interface WorkerTask {
  options: Omit<FileLinterOptions, "packs">;
  posts: { text: string; filePath: string; configDir: string }[];
}

let linter: FileLinter | undefined;
let linterOptions: string | undefined;

export default async function lintBatch(task: WorkerTask): Promise<FileLintOutcome["result"][]> {
  const key = JSON.stringify(task.options);
  if (!linter || key !== linterOptions) {
    linter = createFileLinter({ ...task.options, packs: [pack] });
    linterOptions = key;
  }
  const results = [];
  for (const post of task.posts) {
    try {
      results.push((await linter.lintText(post.text, post.filePath, post.configDir)).result);
    } catch (error) {
      // A config error is the run's (the main thread reports it); anything else fails this post alone.
      if (error instanceof ConfigError) throw error;
      results.push(failedResult(post.filePath, error));
    }
  }
  return results;
}
