// Proxy grants (fullmakt): who may give and receive one, that giving, changing, ending and listing go
// through the gate and show in both people's Innsynslogg, and that the database keeps one active
// grant per pair however many posts arrive at once.
import { readFileSync } from "node:fs";
import { createTranslator } from "use-intl/core";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEntry, type AccessLogT } from "@/components/access-log/describe-entry";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { readAccessLog } from "@/lib/access-log/read-access-log";
import type { Db } from "@/lib/db/client";
import { PrismaClient, type Person } from "@/lib/generated/prisma/client";
import { changeProxyGrant } from "@/lib/proxy-grants/change-grant";
import { createProxyGrant, type CreateGrantInput } from "@/lib/proxy-grants/create-grant";
import { endProxyGrant } from "@/lib/proxy-grants/end-grant";
import { listProxyGrants } from "@/lib/proxy-grants/list-grants";
import { useTestDatabase } from "./harness";
import { createPerson, citizenActor } from "./factories";

const t = useTestDatabase();

const nb = createTranslator({
  locale: "nb",
  namespace: "access-log",
  messages: {
    "access-log": JSON.parse(readFileSync("lib/i18n/messages/nb/access-log.json", "utf8")),
  },
}) as unknown as AccessLogT;

const en = createTranslator({
  locale: "en",
  namespace: "access-log",
  messages: {
    "access-log": JSON.parse(readFileSync("lib/i18n/messages/en/access-log.json", "utf8")),
  },
}) as unknown as AccessLogT;

const citizen = citizenActor;

const give = (grantor: Person, grantee: Person, extra: Partial<CreateGrantInput> = {}) =>
  createProxyGrant(t.db, citizen(grantor), {
    granteeNationalId: grantee.nationalId,
    granteeFamilyName: grantee.familyName,
    level: "READ",
    categories: ["APPOINTMENTS", "LAB_RESULTS"],
    validUntil: null,
    ...extra,
  });

/** Every trace a refused or missing change could have left: grants and log entries of both. */
async function tracesOf(...people: Person[]) {
  const ids = people.map((p) => p.id);
  return {
    grants: await t.db.proxyGrant.findMany({
      where: { OR: [{ grantorId: { in: ids } }, { granteeId: { in: ids } }] },
      orderBy: { id: "asc" },
    }),
    log: await t.db.accessLogEntry.count({ where: { personId: { in: ids } } }),
  };
}

/** The sentences of a person's own Innsynslogg that are about proxy grants, newest first. */
async function grantSentences(person: Person, translate = nb): Promise<string[]> {
  const page = await readAccessLog(t.db, citizen(person), "meg");
  return page.rows
    .filter((r) => r.category === "PROFILE")
    .map((r) =>
      describeEntry(translate, r, { isSelf: page.isSelf, subjectName: page.subjectName }),
    );
}

const readAppointments = (proxy: Person, grantor: Person) =>
  withAccess(
    t.db,
    citizen(proxy),
    { subject: grantor.id, category: "APPOINTMENTS", action: "READ" },
    async (_tx, a) => a.basis,
  );

describe("who may give a proxy", () => {
  it("a 15-year-old cannot: refused, nothing written", async () => {
    const young = await createPerson(t.db, { age: 15, daysSinceBirthday: 360 });
    const adult = await createPerson(t.db, { age: 45 });
    const before = await tracesOf(young, adult);
    expect(await give(young, adult)).toEqual({ ok: false, reason: "grantor_too_young" });
    expect(await tracesOf(young, adult)).toEqual(before);
  });

  it("from the 16th birthday they can", async () => {
    const sixteen = await createPerson(t.db, { age: 16, daysSinceBirthday: 0 });
    const adult = await createPerson(t.db, { age: 45 });
    expect(await give(sixteen, adult)).toMatchObject({ ok: true });
  });

  it("someone recorded without consent competence cannot", async () => {
    const grantor = await createPerson(t.db, { age: 70, consentCompetent: false });
    const adult = await createPerson(t.db, { age: 45 });
    const before = await tracesOf(grantor, adult);
    expect(await give(grantor, adult)).toEqual({ ok: false, reason: "grantor_not_competent" });
    expect(await tracesOf(grantor, adult)).toEqual(before);
  });

  it("Silje, with a strictly confidential address, can neither give nor receive one", async () => {
    const silje = await createPerson(t.db, {
      givenName: "Silje",
      familyName: "Haugen",
      age: 34,
      addressProtection: "STRICTLY_CONFIDENTIAL",
    });
    const confidential = await createPerson(t.db, { age: 50, addressProtection: "CONFIDENTIAL" });
    const adult = await createPerson(t.db, { age: 45 });
    const before = await tracesOf(silje, confidential, adult);
    expect(await give(silje, adult)).toEqual({ ok: false, reason: "grantor_protected" });
    expect(await give(confidential, adult)).toEqual({ ok: false, reason: "grantor_protected" });
    // The grantor is told only that the person cannot receive one, never why.
    expect(await give(adult, silje)).toEqual({ ok: false, reason: "grantee_not_eligible" });
    expect(await give(adult, confidential)).toEqual({ ok: false, reason: "grantee_not_eligible" });
    expect(await tracesOf(silje, confidential, adult)).toEqual(before);
  });

  it("a wrong family name finds nobody, and nothing is written on that person's log", async () => {
    const per = await createPerson(t.db, { givenName: "Per", familyName: "Hansen", age: 84 });
    const ingrid = await createPerson(t.db, { givenName: "Ingrid", familyName: "Hansen", age: 52 });
    const before = await tracesOf(per, ingrid);
    expect(await give(per, { ...ingrid, familyName: "Hanssen" })).toEqual({
      ok: false,
      reason: "grantee_not_eligible",
    });
    expect(await tracesOf(per, ingrid)).toEqual(before);
  });
});

describe("giving, listing and ending go through the gate and into both logs", () => {
  it("Per gives Ingrid a proxy: both Innsynslogger say so, in the same transaction as the grant", async () => {
    const per = await createPerson(t.db, { givenName: "Per", familyName: "Hansen", age: 84 });
    const ingrid = await createPerson(t.db, { givenName: "Ingrid", familyName: "Hansen", age: 52 });
    const result = await give(per, ingrid);
    if (!result.ok) throw new Error(result.reason);

    for (const person of [per, ingrid]) {
      const entries = await t.db.accessLogEntry.findMany({
        where: { personId: person.id, itemId: result.grantId },
      });
      expect(entries).toMatchObject([
        {
          category: "PROFILE",
          action: "CREATE",
          actorPersonId: per.id,
          basis: "SELF",
          itemType: "proxy_grant",
        },
      ]);
    }
    expect(await grantSentences(per)).toContain("Du ga Ingrid Hansen fullmakt");
    expect(await grantSentences(ingrid)).toContain("Per Hansen ga deg fullmakt");
    expect(await grantSentences(per, en)).toContain("You gave Ingrid Hansen a proxy");
    expect(await grantSentences(ingrid, en)).toContain("Per Hansen gave you a proxy");
    // "Fullmektiger og foreldre" shows what the other side did, not one's own giving.
    const relatives = (p: Person) => readAccessLog(t.db, citizen(p), "meg", { who: "relatives" });
    expect((await relatives(ingrid)).rows.map((r) => r.itemType)).toContain("proxy_grant");
    expect((await relatives(per)).rows.filter((r) => r.itemType === "proxy_grant")).toHaveLength(0);
  });

  it("looking at one's grants is logged on one's own log", async () => {
    const per = await createPerson(t.db, { givenName: "Per", familyName: "Hansen", age: 84 });
    await listProxyGrants(t.db, citizen(per));
    expect(
      await t.db.accessLogEntry.count({
        where: { personId: per.id, category: "PROFILE", action: "READ", itemType: "proxy_grants" },
      }),
    ).toBe(1);
    expect(await grantSentences(per)).toContain("Du så oversikten over fullmaktene dine");
  });

  it("either side ends it: the grant stops at once and both logs say who ended it", async () => {
    const per = await createPerson(t.db, { givenName: "Per", familyName: "Hansen", age: 84 });
    const ingrid = await createPerson(t.db, { givenName: "Ingrid", familyName: "Hansen", age: 52 });
    const first = await give(per, ingrid);
    if (!first.ok) throw new Error(first.reason);
    expect(await readAppointments(ingrid, per)).toBe("PROXY_GRANT");
    expect(await endProxyGrant(t.db, citizen(ingrid), first.grantId)).toBe(true);
    await expect(readAppointments(ingrid, per)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await grantSentences(per)).toContain("Ingrid Hansen avsluttet fullmakten fra deg");
    expect(await grantSentences(ingrid)).toContain("Du avsluttet fullmakten fra Per Hansen");

    const second = await give(per, ingrid);
    if (!second.ok) throw new Error(second.reason);
    expect(await endProxyGrant(t.db, citizen(per), second.grantId)).toBe(true);
    expect(await grantSentences(per)).toContain("Du avsluttet fullmakten til Ingrid Hansen");
    expect(await grantSentences(ingrid)).toContain("Per Hansen avsluttet fullmakten til deg");
  });

  it("someone else's grant cannot be ended: not found, nothing changes, nothing is logged", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const stranger = await createPerson(t.db, { age: 40 });
    const result = await give(per, ingrid);
    if (!result.ok) throw new Error(result.reason);
    const before = await tracesOf(per, ingrid, stranger);
    expect(await endProxyGrant(t.db, citizen(stranger), result.grantId)).toBe(false);
    expect(
      await endProxyGrant(t.db, citizen(stranger), "00000000-0000-4000-8000-000000000000"),
    ).toBe(false);
    expect(await tracesOf(per, ingrid, stranger)).toEqual(before);
    expect(await readAppointments(ingrid, per)).toBe("PROXY_GRANT");
  });
});

describe("a grant is checked when it is used, not only when it is given", () => {
  it("the grantor later loses consent competence: the grant can no longer be used", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const result = await give(per, ingrid);
    if (!result.ok) throw new Error(result.reason);
    expect(await readAppointments(ingrid, per)).toBe("PROXY_GRANT");

    await t.db.person.update({ where: { id: per.id }, data: { consentCompetent: false } });
    await expect(readAppointments(ingrid, per)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("the grantee later gets a confidential address: the grant can no longer be used", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const result = await give(per, ingrid);
    if (!result.ok) throw new Error(result.reason);
    await t.db.person.update({
      where: { id: ingrid.id },
      data: { addressProtection: "CONFIDENTIAL" },
    });
    await expect(readAppointments(ingrid, per)).rejects.toBeInstanceOf(AccessDeniedError);
    // Nor can it be changed; it can be ended.
    const change = await changeProxyGrant(t.db, citizen(per), {
      grantId: result.grantId,
      level: "READ_AND_ACT",
      categories: ["APPOINTMENTS"],
      validUntil: null,
    });
    expect(change).toEqual({ ok: false, reason: "grantee_not_eligible" });
    expect(await endProxyGrant(t.db, citizen(per), result.grantId)).toBe(true);
  });
});

describe("one active grant per pair, decided by the database", () => {
  it("giving a higher level to someone who already holds a grant does not create a second one", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const first = await give(per, ingrid);
    if (!first.ok) throw new Error(first.reason);
    const again = await give(per, ingrid, { level: "READ_AND_ACT" });
    expect(again).toEqual({ ok: false, reason: "grantee_has_grant", grantId: first.grantId });
    expect(
      await t.db.proxyGrant.count({
        where: { grantorId: per.id, granteeId: ingrid.id, endedAt: null },
      }),
    ).toBe(1);
  });

  it("the database itself refuses a second active grant for the same pair", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const data = {
      grantorId: per.id,
      granteeId: ingrid.id,
      level: "READ" as const,
      categories: ["APPOINTMENTS" as const],
    };
    await t.db.proxyGrant.create({ data });
    await expect(t.db.proxyGrant.create({ data })).rejects.toThrow();
    // An ended grant is history and does not count.
    await t.db.proxyGrant.updateMany({
      where: { grantorId: per.id },
      data: { endedAt: new Date(), endedById: per.id },
    });
    await t.db.proxyGrant.create({ data });
  });

  it("20 simultaneous 'give' posts for the same person: one active grant, the rest told it exists", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const clients = [t.db, t.newClient(), t.newClient(), t.newClient()];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createProxyGrant(clients[i % clients.length]!, citizen(per), {
          granteeNationalId: ingrid.nationalId,
          granteeFamilyName: ingrid.familyName,
          level: i % 2 ? "READ" : "READ_AND_ACT",
          categories: ["APPOINTMENTS"],
          validUntil: null,
        }),
      ),
    );
    const created = results.filter((r) => r.ok);
    expect(created).toHaveLength(1);
    const grantId = (created[0] as { grantId: string }).grantId;
    expect(results.filter((r) => !r.ok)).toEqual(
      Array(19).fill({ ok: false, reason: "grantee_has_grant", grantId }),
    );
    expect(
      await t.db.proxyGrant.count({ where: { grantorId: per.id, granteeId: ingrid.id } }),
    ).toBe(1);
    // Only the winner's give is in the logs: one entry each.
    expect(
      await t.db.accessLogEntry.count({ where: { itemType: "proxy_grant", itemId: grantId } }),
    ).toBe(2);
  });
});

describe("changing a grant edits it and keeps the old version", () => {
  it("Per raises Ingrid's level and adds a category: same grant, version 2, history and both logs", async () => {
    const per = await createPerson(t.db, { givenName: "Per", familyName: "Hansen", age: 84 });
    const ingrid = await createPerson(t.db, { givenName: "Ingrid", familyName: "Hansen", age: 52 });
    const given = await give(per, ingrid);
    if (!given.ok) throw new Error(given.reason);
    const until = new Date(Date.now() + 90 * 86_400_000);
    const result = await changeProxyGrant(t.db, citizen(per), {
      grantId: given.grantId,
      level: "READ_AND_ACT",
      categories: ["APPOINTMENTS", "MESSAGES"],
      validUntil: until,
    });
    expect(result).toEqual({
      ok: true,
      changes: {
        level: { from: "READ", to: "READ_AND_ACT" },
        categories: { added: ["MESSAGES"], removed: ["LAB_RESULTS"] },
        validUntil: { from: null, to: until },
      },
    });
    const grants = await t.db.proxyGrant.findMany({
      where: { grantorId: per.id, granteeId: ingrid.id },
    });
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      id: given.grantId,
      version: 2,
      level: "READ_AND_ACT",
      categories: ["APPOINTMENTS", "MESSAGES"],
      validUntil: until,
      endedAt: null,
    });
    expect(
      await t.db.proxyGrantVersion.findMany({ where: { grantId: given.grantId } }),
    ).toMatchObject([
      {
        version: 1,
        level: "READ",
        categories: ["APPOINTMENTS", "LAB_RESULTS"],
        validUntil: null,
        replacedById: per.id,
      },
    ]);
    expect(await grantSentences(per)).toContain("Du endret fullmakten til Ingrid Hansen");
    expect(await grantSentences(ingrid)).toContain("Per Hansen endret fullmakten til deg");
    // The new terms hold at once: Ingrid may now book for Per.
    const booked = await withAccess(
      t.db,
      citizen(ingrid),
      { subject: per.id, category: "APPOINTMENTS", action: "CREATE" },
      async (_tx, a) => a.proxyGrantId,
    );
    expect(booked).toBe(given.grantId);

    const list = await listProxyGrants(t.db, citizen(per));
    expect(list.given.find((g) => g.id === given.grantId)).toMatchObject({
      version: 2,
      previous: { version: 1, level: "READ", categories: ["APPOINTMENTS", "LAB_RESULTS"] },
      history: [{ version: 1 }],
    });
    // Ingrid sees the same history from her side.
    expect((await listProxyGrants(t.db, citizen(ingrid))).received[0]).toMatchObject({
      version: 2,
      history: [{ version: 1, level: "READ" }],
    });
  });

  it("saving the same terms again changes nothing: no new version, no log entry", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const given = await give(per, ingrid);
    if (!given.ok) throw new Error(given.reason);
    const before = await tracesOf(per, ingrid);
    const same = await changeProxyGrant(t.db, citizen(per), {
      grantId: given.grantId,
      level: "READ",
      categories: ["LAB_RESULTS", "APPOINTMENTS"],
      validUntil: null,
    });
    expect(same).toEqual({ ok: true, changes: {} });
    expect(await tracesOf(per, ingrid)).toEqual(before);
  });

  it("only the grantor changes a grant that is not ended; the grantee, a stranger or an ended grant get 'not found'", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const stranger = await createPerson(t.db, { age: 40 });
    const given = await give(per, ingrid);
    if (!given.ok) throw new Error(given.reason);
    const raise = {
      grantId: given.grantId,
      level: "READ_AND_ACT" as const,
      categories: ["APPOINTMENTS" as const],
      validUntil: null,
    };
    const before = await tracesOf(per, ingrid, stranger);
    await expect(changeProxyGrant(t.db, citizen(ingrid), raise)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(changeProxyGrant(t.db, citizen(stranger), raise)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      changeProxyGrant(t.db, citizen(per), { ...raise, grantId: "not-a-uuid" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await tracesOf(per, ingrid, stranger)).toEqual(before);
    await endProxyGrant(t.db, citizen(per), given.grantId);
    await expect(changeProxyGrant(t.db, citizen(per), raise)).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.db.proxyGrantVersion.count({ where: { grantId: given.grantId } })).toBe(0);
  });

  it("a grantor who lost consent competence can end the grant but not change it", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const given = await give(per, ingrid);
    if (!given.ok) throw new Error(given.reason);
    await t.db.person.update({ where: { id: per.id }, data: { consentCompetent: false } });
    const change = await changeProxyGrant(t.db, citizen(per), {
      grantId: given.grantId,
      level: "READ_AND_ACT",
      categories: ["APPOINTMENTS"],
      validUntil: null,
    });
    expect(change).toEqual({ ok: false, reason: "grantor_not_competent" });
    expect((await listProxyGrants(t.db, citizen(ingrid))).received[0]?.status).toBe("on_hold");
    expect(await endProxyGrant(t.db, citizen(per), given.grantId)).toBe(true);
  });

  it("simultaneous changes apply one after the other: one grant, every replaced version kept once", async () => {
    const per = await createPerson(t.db, { age: 84 });
    const ingrid = await createPerson(t.db, { age: 52 });
    const given = await give(per, ingrid);
    if (!given.ok) throw new Error(given.reason);
    const clients = [t.db, t.newClient(), t.newClient()];
    const levels = ["READ_AND_ACT", "READ_AND_MESSAGE", "READ"] as const;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        changeProxyGrant(clients[i % clients.length]!, citizen(per), {
          grantId: given.grantId,
          level: levels[i % 3]!,
          categories: ["APPOINTMENTS"],
          validUntil: null,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const grant = await t.db.proxyGrant.findUniqueOrThrow({ where: { id: given.grantId } });
    const versions = await t.db.proxyGrantVersion.findMany({
      where: { grantId: given.grantId },
      orderBy: { version: "asc" },
    });
    // Versions 1..n-1 are history, the grant holds version n, and no number is used twice.
    expect(versions.map((v) => v.version)).toEqual(
      Array.from({ length: grant.version - 1 }, (_, i) => i + 1),
    );
    const changed = results.filter((r) => r.ok && Object.keys(r.changes).length > 0).length;
    expect(grant.version).toBe(1 + changed);
    expect(
      await t.db.proxyGrant.count({ where: { grantorId: per.id, granteeId: ingrid.id } }),
    ).toBe(1);
  });
});

describe("cost", () => {
  let counting: { db: Db; statements: string[] };
  beforeAll(() => {
    const statements: string[] = [];
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: t.connectionString, max: 1 }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", (e) => statements.push(e.query));
    counting = { db: client as unknown as Db, statements };
  });
  afterAll(() => counting.db.$disconnect());

  const statementsOf = async (work: () => Promise<unknown>) => {
    counting.statements.length = 0;
    await work();
    if (process.env.SHOW_QUERIES) console.log(counting.statements.join("\n"));
    return counting.statements.length;
  };

  it("the list of grants costs the same with one grant and with twelve changed ones", async () => {
    const few = await createPerson(t.db, { age: 60 });
    const many = await createPerson(t.db, { age: 60 });
    await give(few, await createPerson(t.db, { age: 30 }));
    for (let i = 0; i < 6; i++) {
      const out = await give(many, await createPerson(t.db, { age: 30 }));
      if (!out.ok) throw new Error(out.reason);
      await changeProxyGrant(t.db, citizen(many), {
        grantId: out.grantId,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS"],
        validUntil: null,
      });
      await give(await createPerson(t.db, { age: 50 }), many);
    }
    const small = await statementsOf(() => listProxyGrants(counting.db, citizen(few)));
    const large = await statementsOf(() => listProxyGrants(counting.db, citizen(many)));
    expect(large).toBe(small);
    // The gate's facts, the grants, their last versions, both sides' people, the log entry, COMMIT.
    expect(small).toBeLessThanOrEqual(6);
  });
});
