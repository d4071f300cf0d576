import { describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { checkReadiness } from "@/lib/health/readiness";
import { useTestDatabase } from "./harness";

const t = useTestDatabase();

describe("readiness (GET /api/helse)", () => {
  it("is ok when the database answers", async () => {
    expect(await checkReadiness(t.db)).toEqual({ ok: true });
  });

  it("is unavailable, without details, when the database cannot be reached", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const dead = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none", 1);
    try {
      expect(await checkReadiness(dead, 3_000)).toEqual({ ok: false });
    } finally {
      await dead.$disconnect();
      error.mockRestore();
    }
  });

  it("is unavailable when the database does not answer in time", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const hanging = { $queryRaw: () => new Promise(() => {}) } as unknown as Parameters<
      typeof checkReadiness
    >[0];
    expect(await checkReadiness(hanging, 50)).toEqual({ ok: false });
    error.mockRestore();
  });
});
