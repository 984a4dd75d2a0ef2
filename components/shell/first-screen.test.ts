import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The page's first load is what playground.tsx reaches through static imports. These packages
 * serve later steps (parsing links, rendering answers, dialogs, pickers, files) and must come in
 * through `import()` / `next/dynamic` only, or the first load grows past its budget.
 */
const LATER = [
  "zod",
  "shiki",
  "marked",
  "react-markdown",
  "remark-gfm",
  "remend",
  "cmdk",
  "@radix-ui/react-dialog",
  "@radix-ui/react-popover",
  "@tanstack/react-virtual",
  "papaparse",
  "diff",
  "idb",
  "lz-string",
];

const ROOT = path.resolve(__dirname, "../..");
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const file = base + extension;
    if (existsSync(file) && /\.tsx?$/.test(file)) return file;
  }
  return null;
}

/** Specifiers a module loads when it loads: value imports and re-exports, not types or import(). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause &&
        !clause.name &&
        bindings &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      !statement.isTypeOnly
    ) {
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

/** Every package the entry reaches statically, with the chain of modules that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const via = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const chain = via.get(file) ?? [];
    for (const specifier of staticImports(file)) {
      const local = resolveLocal(file, specifier);
      if (local) {
        if (!via.has(local)) {
          via.set(local, [...chain, local]);
          queue.push(local);
        }
      } else if (!packages.has(specifier)) {
        packages.set(specifier, chain);
      }
    }
  }
  return packages;
}

const packageName = (specifier: string): string =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

describe("the playground's first load", () => {
  const reached = packagesReached(path.join(ROOT, "components/shell/playground.tsx"));

  it("reaches the packages it renders with", () => {
    // A walker that found nothing would pass the test below for the wrong reason.
    const names = [...reached.keys()].map(packageName);
    expect(names).toContain("react");
    expect(names).toContain("@tanstack/react-query");
  });

  it("leaves what later steps need to import() and next/dynamic", () => {
    const early = [...reached]
      .filter(([specifier]) => LATER.includes(packageName(specifier)))
      .map(([specifier, chain]) =>
        [...chain.map((file) => path.relative(ROOT, file)), specifier].join(" → "),
      );
    expect(early).toEqual([]);
  });
});
