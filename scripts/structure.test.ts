import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, resolveLocal } from "@/lib/testing/resolve-local";

/**
 * The shape of the source, checked the way a newcomer would trip over it:
 * - no import cycle of any kind: static, type-only, re-export, `import()` or `typeof import()`;
 *   a type two modules share lives with the module that owns it, or in a small types module;
 * - no folder holds more than 24 source files of its own (tests apart): past that, it is rooms;
 * - lib/ never imports components/ (the logic does not know its views);
 * - documents named in comments and Markdown exist in the repository, and nothing points
 *   outside it (a sibling checkout, notes that were never committed).
 */

const ROOT = REPO_ROOT;
const SOURCE_ROOTS = ["app", "components", "lib"];
const CODE = /\.(tsx?|mts|cts)$/;
const SOURCE = /\.(tsx?|jsx?|mjs|cjs|css|py)$/;
const TEST = /\.(test|spec)\.[a-z]+$/;
const MAX_FILES_PER_FOLDER = 24;

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

const rootFiles = readdirSync(ROOT)
  .filter((name) => CODE.test(name) && !name.endsWith(".d.ts"))
  .map((name) => path.join(ROOT, name));
const sourceFiles = [...SOURCE_ROOTS.flatMap((dir) => walk(path.join(ROOT, dir))), ...rootFiles];
const codeFiles = sourceFiles.filter((file) => CODE.test(file));

type Kind = "static" | "type" | "lazy";
interface Edge {
  to: string;
  kind: Kind;
}

const isTypeOnlyImport = (statement: ts.ImportDeclaration): boolean => {
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
};

/** Every module a file names, however it names it: a cycle through a type is still a cycle. */
function importsOf(file: string): { specifier: string; kind: Kind }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const found: { specifier: string; kind: Kind }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({
        specifier: node.moduleSpecifier.text,
        kind: isTypeOnlyImport(node) ? "type" : "static",
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({
        specifier: node.moduleSpecifier.text,
        kind: node.isTypeOnly ? "type" : "static",
      });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, kind: "lazy" });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, kind: "type" });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const graph = new Map<string, Edge[]>();
for (const file of codeFiles) {
  const edges: Edge[] = [];
  for (const { specifier, kind } of importsOf(file)) {
    const to = resolveLocal(file, specifier);
    if (to) edges.push({ to, kind });
  }
  graph.set(file, edges);
}

/** Strongly connected components (Tarjan), each a set of modules that reach one another. */
function components(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const { to } of graph.get(node) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).some((edge) => edge.to === node);
      if (component.length > 1 || selfLoop) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return found;
}

const ARROW: Record<Kind, string> = { static: "→", type: "→ (type)", lazy: "⇢ (import())" };

/** One shortest cycle through the component's first module, written out module by module. */
function describeCycle(component: string[]): string {
  const members = new Set(component);
  const start = [...component].sort()[0] ?? "";
  const previous = new Map<string, { from: string; kind: Kind }>();
  const queue = [start];
  let closing: { from: string; kind: Kind } | undefined;
  for (let node = queue.shift(); node !== undefined && !closing; node = queue.shift()) {
    for (const { to, kind } of graph.get(node) ?? []) {
      if (to === start) {
        closing = { from: node, kind };
        break;
      }
      if (members.has(to) && !previous.has(to)) {
        previous.set(to, { from: node, kind });
        queue.push(to);
      }
    }
  }
  if (!closing) return relative(start);
  const steps: string[] = [`${ARROW[closing.kind]} ${relative(start)}`];
  for (let node = closing.from; node !== start; ) {
    const step = previous.get(node);
    if (!step) break;
    steps.unshift(`${ARROW[step.kind]} ${relative(node)}`);
    node = step.from;
  }
  const cycle = [relative(start), ...steps].join(" ");
  const others = component.length - steps.length;
  return others > 0 ? `${cycle} (and ${others} more modules tangled with it)` : cycle;
}

const trackedFiles = (): string[] =>
  execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);

/** The comments of a source file, where documents are cited. */
function commentsOf(text: string, file: string): string {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const seen = new Set<number>();
  const comments: string[] = [];
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      comments.push(text.slice(range.pos, range.end));
    }
  };
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(text, node.pos));
    take(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return comments.join("\n");
}

describe("the source's structure", () => {
  it("reads every module and the imports between them", () => {
    // A walker that found nothing would pass every test below for the wrong reason.
    expect(codeFiles.length).toBeGreaterThan(100);
    const edges = [...graph.values()].flat();
    expect(edges.some((edge) => edge.kind === "lazy")).toBe(true);
    expect(edges.some((edge) => edge.kind === "type")).toBe(true);
  });

  it("has no import cycle, counting type-only imports and import()", () => {
    expect(components().map(describeCycle).sort()).toEqual([]);
  });

  it(`keeps at most ${MAX_FILES_PER_FOLDER} source files in a folder`, () => {
    const perFolder = new Map<string, number>();
    for (const file of sourceFiles) {
      if (!SOURCE.test(file) || TEST.test(file)) continue;
      const folder = relative(path.dirname(file)) || ".";
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    const crowded = [...perFolder]
      .filter(([, count]) => count > MAX_FILES_PER_FOLDER)
      .map(([folder, count]) => `${folder}: ${count} files`);
    expect(crowded).toEqual([]);
  });

  it("gives no two modules the same name (Next's file conventions aside)", () => {
    // page.tsx, route.ts and their kin are named by Next.js's App Router; their folder is the name.
    const NEXT_CONVENTIONS = new Set(["page", "route", "layout", "not-found", "error", "loading"]);
    const byName = new Map<string, string[]>();
    for (const file of codeFiles) {
      if (TEST.test(file)) continue;
      const name = path.basename(file).replace(CODE, "");
      if (NEXT_CONVENTIONS.has(name)) continue;
      byName.set(name, [...(byName.get(name) ?? []), relative(file)]);
    }
    const twins = [...byName.values()].filter((files) => files.length > 1);
    expect(twins).toEqual([]);
  });

  it("keeps lib/ free of components/", () => {
    const components = path.join(ROOT, "components") + path.sep;
    const crossings = codeFiles
      .filter((file) => relative(file).startsWith("lib/"))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter((edge) => edge.to.startsWith(components))
          .map((edge) => `${relative(file)} → ${relative(edge.to)}`),
      );
    expect(crossings).toEqual([]);
  });

  describe("documents", () => {
    const files = trackedFiles();
    const texts = files
      .map((file) => ({ file, full: path.join(ROOT, file) }))
      .filter(({ full }) => existsSync(full) && statSync(full).isFile())
      .map(({ file, full }) => ({ file, buffer: readFileSync(full) }))
      .filter(({ buffer }) => !buffer.includes(0))
      .map(({ file, buffer }) => ({ file, text: buffer.toString("utf8") }));

    it("never points outside the repository or at notes it does not hold", () => {
      // Spelled in pieces, so that this file does not name them itself.
      const outside = ["..", "shared"].join("/");
      const missing = ["PROTOCOL", "DESIGN"].map((name) => `${name}.md`);
      const found = texts.flatMap(({ file, text }) =>
        [outside, ...missing]
          .filter((name) => text.includes(name))
          .map((name) => `${file}: ${name}`),
      );
      expect(found).toEqual([]);
    });

    it("names only Markdown documents that exist", () => {
      const cited = texts.flatMap(({ file, text }) => {
        const prose = file.endsWith(".md")
          ? text
          : CODE.test(file) || /\.(mjs|cjs|js)$/.test(file)
            ? commentsOf(text, file)
            : "";
        const withoutUrls = prose.replace(/[a-z]+:\/\/\S+/gi, "");
        return [...withoutUrls.matchAll(/(?<![\w.@/-])((?:\.{1,2}\/)?[\w./-]*\w\.md)\b/g)].map(
          (match) => ({ file, document: match[1] ?? "" }),
        );
      });
      expect(cited.length).toBeGreaterThan(0);
      const broken = cited
        .filter(
          ({ file, document }) =>
            !existsSync(path.join(ROOT, document)) &&
            !existsSync(path.join(ROOT, path.dirname(file), document)),
        )
        .map(({ file, document }) => `${file}: ${document}`);
      expect([...new Set(broken)]).toEqual([]);
    });
  });
});
