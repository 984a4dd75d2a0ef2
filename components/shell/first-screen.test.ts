import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, resolveLocal } from "@/lib/testing/resolve-local";

/**
 * What the first screen does not load, and how a reader sees it:
 * - The page's first load is what playground.tsx reaches through static imports. It never reaches
 *   the packages in LATER, which serve later steps (parsing links, rendering answers, dialogs,
 *   pickers, files): they come in through `import()` only, or the first load grows past its budget.
 * - A view that loads on demand has a handle made by `lazyView()` (components/ui/lazy-view.ts) in a
 *   file named `*.lazy.tsx`; no other file calls `next/dynamic` or React's `lazy()`, and only
 *   `.lazy` files `import()` a view (a `.tsx` module).
 * - Nothing a `.lazy` file loads is also imported statically from the first screen, which would
 *   put it back into the first load.
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

const ROOT = REPO_ROOT;
const HELPER = path.join(ROOT, "components/ui/lazy-view.ts");
const LAZY_FILE = /\.lazy\.tsx?$/;

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

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, found);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found;
}

interface LazyUse {
  /** Calls of next/dynamic or React's lazy(), wherever they come from. */
  loaders: string[];
  lazyViews: number;
  /** The local modules the file loads with `import()`. */
  loads: string[];
}

/** How a file loads code on demand, read from its syntax (a comment or a string does not count). */
function lazyUse(file: string): LazyUse {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const use: LazyUse = { loaders: [], lazyViews: 0, loads: [] };
  const loaderNames = new Set<string>();
  const reactNamespaces = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    const from = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (from === "next/dynamic") {
      use.loaders.push("next/dynamic");
      if (clause?.name) loaderNames.add(clause.name.text);
    }
    const bindings = clause?.namedBindings;
    if (from === "react" && bindings) {
      if (ts.isNamespaceImport(bindings)) reactNamespaces.add(bindings.name.text);
      else
        for (const element of bindings.elements)
          if ((element.propertyName ?? element.name).text === "lazy") {
            loaderNames.add(element.name.text);
            use.loaders.push("lazy from react");
          }
    }
    if (from === "react" && clause?.name) reactNamespaces.add(clause.name.text);
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && loaderNames.has(callee.text)) use.loaders.push(callee.text);
      if (ts.isIdentifier(callee) && callee.text === "lazyView") use.lazyViews += 1;
      if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        reactNamespaces.has(callee.expression.text) &&
        callee.name.text === "lazy"
      ) {
        use.loaders.push(`${callee.expression.text}.lazy`);
      }
      const [first] = node.arguments;
      if (callee.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first)) {
        const local = resolveLocal(file, first.text);
        if (local) use.loads.push(local);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return use;
}

describe("views loaded on demand", () => {
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const uses = new Map(files.map((file) => [file, lazyUse(file)]));
  const name = (file: string) => path.relative(ROOT, file);

  it("are made by lazyView alone, the one caller of next/dynamic and React's lazy()", () => {
    expect(uses.get(HELPER)?.loaders.length).toBeGreaterThan(0);
    const elsewhere = [...uses]
      .filter(([file, use]) => file !== HELPER && use.loaders.length > 0)
      .map(([file, use]) => `${name(file)}: ${use.loaders.join(", ")}`);
    expect(elsewhere).toEqual([]);
  });

  it("have their handles in *.lazy.tsx files, and only those import() a view", () => {
    const lazyFiles = files.filter((file) => LAZY_FILE.test(file));
    expect(lazyFiles.length).toBeGreaterThan(10);
    const misplaced = [...uses].flatMap(([file, use]) => {
      if (LAZY_FILE.test(file)) return [];
      const views = use.loads.filter((target) => target.endsWith(".tsx"));
      return [
        ...(use.lazyViews > 0 ? [`${name(file)}: lazyView()`] : []),
        ...views.map((view) => `${name(file)}: import("${name(view)}")`),
      ];
    });
    expect(misplaced).toEqual([]);
  });

  it("stay out of the first load", () => {
    const entry = path.join(ROOT, "components/shell/playground.tsx");
    const reached = new Set([entry]);
    const queue = [entry];
    for (let file = queue.shift(); file; file = queue.shift()) {
      for (const specifier of staticImports(file)) {
        const local = resolveLocal(file, specifier);
        if (local && !reached.has(local)) {
          reached.add(local);
          queue.push(local);
        }
      }
    }
    const early = [...uses]
      .filter(([file]) => LAZY_FILE.test(file))
      .flatMap(([file, use]) =>
        use.loads.filter((target) => reached.has(target)).map((t) => `${name(file)} ⇢ ${name(t)}`),
      );
    // The walk must see the handles, or the check above passes for the wrong reason.
    expect([...reached].some((file) => LAZY_FILE.test(file))).toBe(true);
    expect(early).toEqual([]);
  });
});
