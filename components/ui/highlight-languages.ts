import type { LanguageInput } from "shiki/core";

// A fixed map keeps each grammar its own small chunk: a reply's code block loads only its language.
const bash = () => import("shiki/langs/bash.mjs");
const python = () => import("shiki/langs/python.mjs");
const typescript = () => import("shiki/langs/typescript.mjs");
const javascript = () => import("shiki/langs/javascript.mjs");
const markdown = () => import("shiki/langs/markdown.mjs");
const yaml = () => import("shiki/langs/yaml.mjs");
export const LANGUAGE_LOADERS: Readonly<Record<string, LanguageInput>> = {
  bash,
  sh: bash,
  shell: bash,
  shellscript: bash,
  zsh: bash,
  python,
  py: python,
  typescript,
  ts: typescript,
  javascript,
  js: javascript,
  json: () => import("shiki/langs/json.mjs"),
  tsx: () => import("shiki/langs/tsx.mjs"),
  jsx: () => import("shiki/langs/jsx.mjs"),
  html: () => import("shiki/langs/html.mjs"),
  css: () => import("shiki/langs/css.mjs"),
  go: () => import("shiki/langs/go.mjs"),
  rust: () => import("shiki/langs/rust.mjs"),
  rs: () => import("shiki/langs/rust.mjs"),
  java: () => import("shiki/langs/java.mjs"),
  c: () => import("shiki/langs/c.mjs"),
  cpp: () => import("shiki/langs/cpp.mjs"),
  "c++": () => import("shiki/langs/cpp.mjs"),
  sql: () => import("shiki/langs/sql.mjs"),
  yaml,
  yml: yaml,
  markdown,
  md: markdown,
  diff: () => import("shiki/langs/diff.mjs"),
};
