import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import compile from "icu-minify/compile";
import type { Locale } from "./locale";

/**
 * Messages live one namespace per file: lib/i18n/messages/<locale>/<namespace>.json. Every .json
 * file in the folder is loaded and becomes the namespace named by its file name, so a new feature
 * adds its own file and nobody edits a shared list.
 */
export type Messages = Record<string, Record<string, unknown>>;

/**
 * Reads and merges one locale's namespace files. Throws with the file name on bad JSON.
 * The paths are written out from process.cwd() so the bundler traces only this folder.
 */
export function readMessages(locale: Locale): Messages {
  const messages: Messages = {};
  for (const file of readdirSync(
    path.join(process.cwd(), "lib", "i18n", "messages", locale),
  ).sort()) {
    if (!file.endsWith(".json")) continue;
    const namespace = file.slice(0, -".json".length);
    const text = readFileSync(
      path.join(process.cwd(), "lib", "i18n", "messages", locale, file),
      "utf8",
    );
    try {
      messages[namespace] = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new Error(
        `Invalid JSON in lib/i18n/messages/${locale}/${file}: ${(error as Error).message}`,
      );
    }
  }
  return messages;
}

const cache = new Map<Locale, Messages>();

/**
 * Cached in production, and compiled there (ICU → icu-minify's compact form) once per process: the
 * production build formats with next-intl's precompiled formatter (next.config.ts,
 * `experimental.messages.precompile`), so neither the server nor the browser ships or runs an ICU
 * parser. Re-read (and not compiled) in development so edits show on the next request.
 */
export function loadMessages(locale: Locale): Messages {
  if (process.env.NODE_ENV !== "production") return readMessages(locale);
  let messages = cache.get(locale);
  if (!messages) {
    messages = precompileMessages(readMessages(locale));
    cache.set(locale, messages);
  }
  return messages;
}

/** Every message string compiled for use-intl's format-only formatter; nesting kept. */
export function precompileMessages(messages: Messages): Messages {
  const walk = (value: unknown): unknown => {
    // Plain JSON again: the compiled form has null-prototype objects, which React will not pass to
    // a client component (NextIntlClientProvider's messages).
    if (typeof value === "string") return JSON.parse(JSON.stringify(compile(value))) as unknown;
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(messages) as Messages;
}

/**
 * A subset of namespaces, e.g. for a client provider that should not ship every message. A dotted
 * name ("shell.idle") picks one branch of a namespace and keeps its place in the tree.
 */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const name of namespaces) {
    const path = name.split(".");
    let from: unknown = messages;
    for (const key of path) from = (from as Record<string, unknown> | undefined)?.[key];
    if (from === undefined) continue;
    let into = picked as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      if (typeof into[key] !== "object" || into[key] === null) into[key] = {};
      into = into[key] as Record<string, unknown>;
    }
    into[path[path.length - 1]!] = from;
  }
  return picked;
}
