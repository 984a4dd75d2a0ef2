import { writeFileSync } from "node:fs";
import ts from "typescript";
import { pythonWithSdk } from "@/lib/testing/python-sdk";
import { type ProcessResult, runProcess } from "./run-process";

export type SnippetLanguage = "curl" | "python" | "typescript";

/**
 * Runs a generated snippet for real, as a user would after pasting it: cURL in bash, Python
 * with the official SDK, TypeScript transpiled and run by node against the installed SDK.
 * `file` names the script (without extension) inside a work dir from makeWorkDir.
 */
export function runSnippet(
  language: SnippetLanguage,
  snippet: string,
  options: { file: string; env: Record<string, string | undefined> },
): Promise<ProcessResult> {
  const { file, env } = options;
  switch (language) {
    case "curl":
      // From a file, as a pasted snippet is read: `bash -c` would hit the 128 kB argument limit.
      writeFileSync(`${file}.sh`, snippet);
      return runProcess("bash", [`${file}.sh`], { env });
    case "python":
      writeFileSync(`${file}.py`, snippet);
      return runProcess(pythonWithSdk(), [`${file}.py`], { env });
    case "typescript": {
      const { outputText } = ts.transpileModule(snippet, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(`${file}.mjs`, outputText);
      return runProcess(process.execPath, [`${file}.mjs`], { env });
    }
  }
}
