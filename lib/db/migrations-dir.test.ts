import { describe, expect, it } from "vitest";
import { hashMigrations, migrationTimestamp, nextMigrationName } from "./migrations-dir";
import type { MigrationList } from "@prisma/schema-engine-wasm";

const list = (sql: string): MigrationList => ({
  baseDir: "/x",
  lockfile: { path: "migration_lock.toml", content: null },
  shadowDbInitScript: "",
  migrationDirectories: [
    {
      path: "20261126000000_init",
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: sql } },
    },
  ],
});

describe("migration folder names", () => {
  it("uses Prisma's UTC timestamp and a snake_case name", () => {
    expect(migrationTimestamp(new Date("2026-11-26T23:05:09.999Z"))).toBe("20261126230509");
    expect(nextMigrationName("Add inbox-routing!", [], new Date("2026-11-27T08:00:00Z"))).toBe(
      "20261127080000_add_inbox_routing",
    );
  });

  it("never sorts before an existing folder, so it applies last", () => {
    expect(nextMigrationName("x", ["20261126000100_guard"], new Date("2026-11-26T00:00:00Z"))).toBe(
      "20261126000101_x",
    );
  });

  it("refuses a name without letters or digits", () => {
    expect(() => nextMigrationName("--", [], new Date())).toThrow(/no letters or digits/);
  });
});

describe("migrations hash", () => {
  it("changes when a migration's SQL changes", () => {
    expect(hashMigrations(list("SELECT 1;"))).toBe(hashMigrations(list("SELECT 1;")));
    expect(hashMigrations(list("SELECT 1;"))).not.toBe(hashMigrations(list("SELECT 2;")));
  });
});
