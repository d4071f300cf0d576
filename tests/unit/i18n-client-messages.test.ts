// Pages send their client components only the parts of the catalogue they name
// (<ClientMessages namespaces={…}>). A key a client component asks for that the page did not send
// would show as its raw key in the browser, so this reads the source: for each ClientMessages block,
// the client components rendered in it (and what they import), every key they translate, and
// checks that the base namespaces or the page's named ones cover it, and that each name exists.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_CLIENT_NAMESPACES } from "@/components/shell/client-messages";
import { PROXY_FORM_MESSAGES } from "@/components/proxy/give-proxy-form-state";
import { readMessages } from "@/lib/i18n/load-messages";

const root = path.resolve(__dirname, "../..");
const constants: Record<string, readonly string[]> = { PROXY_FORM_MESSAGES };

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** The file an import specifier names, if it is ours. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(path.join(root, from)), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.tsx`, `${base}.ts`, path.join(base, "index.ts")])
    if (existsSync(candidate)) return path.relative(root, candidate);
  return null;
}

/** Imported names → files, for one module. */
function importsOf(file: string): Map<string, string> {
  const text = readFileSync(path.join(root, file), "utf8");
  const names = new Map<string, string>();
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/g)) {
    const target = resolveImport(file, m[2]!);
    if (!target) continue;
    for (const name of m[1]!.split(",")) {
      const local = name
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .replace(/^type\s+/, "");
      if (local) names.set(local, target);
    }
  }
  return names;
}

/** Every message key a module and the modules it imports translate in the browser. */
function keysUsed(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !file.endsWith(".tsx")) return [];
  seen.add(file);
  const text = readFileSync(path.join(root, file), "utf8");
  const keys: string[] = [];
  for (const m of text.matchAll(/const (\w+) = useTranslations\((?:"([^"]*)")?\)/g)) {
    const [, fn, namespace = ""] = m;
    for (const call of text.matchAll(new RegExp(`\\b${fn}(?:\\.rich)?\\(`, "g"))) {
      let depth = 1;
      let end = call.index! + call[0].length;
      while (end < text.length && depth > 0) {
        if (text[end] === "(") depth++;
        if (text[end] === ")") depth--;
        if (text[end] === "," && depth === 1) break;
        end++;
      }
      const argument = text.slice(call.index! + call[0].length, end);
      // "a.b", or `a.${x}` read as its fixed start "a".
      const literals = [...argument.matchAll(/"([^"]*)"|`([^`]*)`/g)].map((l) =>
        (l[1] ?? l[2]!.split("${")[0]!).replace(/\.$/, ""),
      );
      // A key held in a variable: the whole namespace must be there.
      for (const key of literals.length ? literals : [""])
        keys.push([namespace, key].filter(Boolean).join("."));
    }
  }
  for (const target of importsOf(file).values()) keys.push(...keysUsed(target, seen));
  return keys;
}

function has(messages: unknown, dotted: string): boolean {
  let at = messages;
  for (const key of dotted.split(".")) at = (at as Record<string, unknown> | undefined)?.[key];
  return at !== undefined;
}

const blocks = sourceFiles("app")
  .filter((file) => file.endsWith(".tsx"))
  .flatMap((file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const imports = importsOf(file);
    return [
      ...text.matchAll(/<ClientMessages\s+namespaces=\{([^}]*)\}\s*>([\s\S]*?)<\/ClientMessages>/g),
    ].map((m) => {
      const named = m[1]!.trim().startsWith("[")
        ? [...m[1]!.matchAll(/"([^"]+)"/g)].map((n) => n[1]!)
        : [...(constants[m[1]!.trim()] ?? [`unknown constant ${m[1]}`])];
      const components = [...m[2]!.matchAll(/<([A-Z]\w*)/g)]
        .map((c) => imports.get(c[1]!))
        .filter((target): target is string => Boolean(target));
      return { file, named, keys: components.flatMap((c) => keysUsed(c)) };
    });
  });

describe("client messages named by pages", () => {
  it("finds the pages' ClientMessages blocks and the keys their forms use", () => {
    expect(blocks.length).toBeGreaterThan(15);
    expect(blocks.every((b) => b.keys.length > 0)).toBe(true);
  });

  for (const locale of ["nb", "en"] as const) {
    it(`${locale}: every name a page gives exists`, () => {
      const messages = readMessages(locale);
      const missing = blocks.flatMap((b) =>
        b.named.filter((n) => !has(messages, n)).map((n) => `${b.file}: ${n}`),
      );
      expect(missing).toEqual([]);
    });
  }

  it("every key a client form translates is sent by its page", () => {
    const uncovered = blocks.flatMap((b) => {
      const sent = [...BASE_CLIENT_NAMESPACES, ...b.named];
      return b.keys
        .filter((key) => !sent.some((n) => key === n || key.startsWith(`${n}.`)))
        .map((key) => `${b.file}: ${key}`);
    });
    expect([...new Set(uncovered)]).toEqual([]);
  });
});
