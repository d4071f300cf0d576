// The citizen shell's one query (describeCitizenAccess) must answer exactly as the gate's own facts
// would (describeSubjectAccess) and list the same people as listActingForOptions, for every kind
// of subject: self, a child by age, a grantor by level and scope, someone unrelated.
import { describe, expect, it } from "vitest";
import {
  describeCitizenAccess,
  describeSubjectAccess,
  listActingForOptions,
} from "@/lib/access/acting-for";
import type { Actor } from "@/lib/access/actor";
import { useTestDatabase } from "./harness";
import { createFamily, createPerson } from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;

const citizen = (p: {
  id: string;
  givenName: string;
  familyName: string;
}): Extract<Actor, { kind: "CITIZEN" }> => ({
  kind: "CITIZEN",
  sessionId: "t",
  personId: p.id,
  name: `${p.givenName} ${p.familyName}`,
});

async function grant(
  grantorId: string,
  granteeId: string,
  opts: {
    level?: "READ" | "READ_AND_ACT";
    categories?: ("APPOINTMENTS" | "ACCESS_LOG" | "MESSAGES")[];
    endedAt?: Date;
  } = {},
) {
  await t.db.proxyGrant.create({
    data: {
      grantorId,
      granteeId,
      level: opts.level ?? "READ_AND_ACT",
      categories: opts.categories ?? ["APPOINTMENTS"],
      validFrom: new Date(Date.now() - DAY),
      endedAt: opts.endedAt ?? null,
    },
  });
}

describe("describeCitizenAccess", () => {
  it("answers as describeSubjectAccess and listActingForOptions for every kind of subject", async () => {
    const family = await createFamily(t.db, { childAges: [5, 13, 17] });
    const parent = family.parents[0]!;
    const readOnlyGrantor = await createPerson(t.db, { age: 70 });
    const actingGrantor = await createPerson(t.db, { age: 80 });
    const endedGrantor = await createPerson(t.db, { age: 60 });
    const protectedGrantor = await createPerson(t.db, {
      age: 50,
      addressProtection: "STRICTLY_CONFIDENTIAL",
    });
    const stranger = await createPerson(t.db, { age: 40 });
    await grant(readOnlyGrantor.id, parent.id, {
      level: "READ",
      categories: ["APPOINTMENTS", "ACCESS_LOG"],
    });
    await grant(actingGrantor.id, parent.id, {
      level: "READ_AND_ACT",
      categories: ["MESSAGES", "APPOINTMENTS"],
    });
    await grant(endedGrantor.id, parent.id, { endedAt: new Date(Date.now() - 1000) });
    await grant(protectedGrantor.id, parent.id);
    const actor = citizen(parent);

    const subjects = [
      "meg",
      parent.id,
      ...family.children.map((c) => c.id),
      readOnlyGrantor.id,
      actingGrantor.id,
      endedGrantor.id,
      protectedGrantor.id,
      stranger.id,
      "not-an-id",
    ];
    const seen = { some: 0, none: 0 };
    for (const subject of subjects) {
      const expected = await describeSubjectAccess(t.db, actor, subject);
      const { overview, options } = await describeCitizenAccess(t.db, actor, subject);
      expect(overview, subject).toEqual(expected);
      expect(options).toEqual(await listActingForOptions(t.db, actor));
      seen[expected ? "some" : "none"]++;
    }
    // Both answers occur, so the comparison cannot pass by everything being null.
    expect(seen.some).toBeGreaterThanOrEqual(5);
    expect(seen.none).toBeGreaterThanOrEqual(3);

    // A grantor acting as citizen sees their own record and not the grantee's.
    const grantorView = await describeCitizenAccess(t.db, citizen(readOnlyGrantor), parent.id);
    expect(grantorView.overview).toBeNull();
    expect(grantorView.options.map((o) => o.personId)).toEqual([readOnlyGrantor.id]);
  });
});
