import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/integration/harness";

const t = useTestDatabase();

describe("test database harness", () => {
  it("gives the file a migrated database", async () => {
    // The migration bookkeeping is the owner's: the runtime role may not read it.
    const rows = await t.owner.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM _prisma_migrations`;
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    expect(t.connectionString).toMatch(/^postgresql:\/\//);
  });

  it("starts empty, and a second client sees the first one's writes", async () => {
    expect(await t.db.person.count()).toBe(0);
    await t.db.address.create({
      data: {
        street: "Fjordveien 1",
        postalCode: "9990",
        city: "Fjordvik",
        municipalityCode: "5599",
      },
    });
    const other = t.newClient();
    expect(await other.address.count()).toBe(1);
  });

  it("serialises concurrent transactions from two clients", async () => {
    const other = t.newClient();
    const bump = (client: typeof t.db) =>
      client.$transaction(
        async (tx) => {
          const [row] = await tx.address.findMany({ take: 1 });
          await tx.address.update({ where: { id: row!.id }, data: { street: `${row!.street}!` } });
        },
        { isolationLevel: "Serializable" },
      );
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => bump(i % 2 ? t.db : other)),
    );
    const done = results.filter((result) => result.status === "fulfilled").length;
    const [row] = await t.db.address.findMany();
    // Serialisation failures are allowed (real PostgreSQL), lost updates are not.
    expect(row!.street).toBe(`Fjordveien 1${"!".repeat(done)}`);
  });
});
