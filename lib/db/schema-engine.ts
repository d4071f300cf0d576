import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

type PanicRegistry = { lastMessage?: string; set_message(message: string): void };
const globalWithPanic = globalThis as typeof globalThis & {
  PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry;
};

/** Timers the engine set and never cleared (one lingers 10 s after each command, holding the CLI). */
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let activeEngines = 0;

/** Routes the engine's setTimeout through a set we can clear once no engine is running. */
function trackTimers(bg: object): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...bg };
  for (const name of Object.keys(imports)) {
    if (!name.startsWith("__wbg_setTimeout_")) continue;
    imports[name] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        engineTimers.delete(timer);
        callback();
      }, ms >>> 0);
      engineTimers.add(timer);
      return timer;
    };
  }
  return imports as WebAssembly.ModuleImports;
}

let loading: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

/**
 * Loads Prisma's WebAssembly schema engine once per process. The package is built for bundlers
 * (it imports the .wasm as a module), so we instantiate it by hand on Node.
 */
function loadEngineModule() {
  loading ??= (async () => {
    // The engine reports panics through this global; without it a panic surfaces as a TypeError.
    globalWithPanic.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        // A panic then kills the process from a microtask; say why before that happens.
        this.lastMessage = message;
        console.error(`Prisma schema engine panicked: ${message}`);
      },
    };
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": trackTimers(bg),
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return loading;
}

/** The last panic message of the engine, to attach to the otherwise opaque error. */
export function lastEnginePanic(): string | undefined {
  return globalWithPanic.PRISMA_WASM_PANIC_REGISTRY?.lastMessage;
}

/**
 * Runs `fn` with a schema engine bound to `adapterFactory`, then frees it. The factory's pools are
 * the caller's to close: `engine.free()` does not end them.
 */
export async function withSchemaEngine<T>(
  adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string } | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bg = await loadEngineModule();
  const datamodels: [string, string][] | undefined = schema
    ? [[schema.path, schema.content]]
    : undefined;
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", message);
  };
  activeEngines++;
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels }, log, adapterFactory);
    return await fn(engine);
  } catch (error) {
    const panic = lastEnginePanic();
    if (panic && error instanceof Error && !error.message.includes(panic)) {
      error.message = `${error.message} (engine panic: ${panic})`;
    }
    throw error;
  } finally {
    engine?.free();
    if (--activeEngines === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
  }
}
