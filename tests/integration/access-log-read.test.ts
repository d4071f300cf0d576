import { readFileSync } from "node:fs";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it } from "vitest";
import { describeEntry, type AccessLogT } from "@/components/access-log/describe-entry";
import { parseAccessLogQuery } from "@/components/access-log/access-log-query";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import {
  ACCESS_LOG_PAGE_SIZE,
  decodeCursor,
  readAccessLog,
  type AccessLogRow,
} from "@/lib/access-log/read-access-log";
import type { Person } from "@/lib/generated/prisma/client";
import type { AccessAction, DataCategory } from "@/lib/generated/prisma/enums";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
  citizenActor,
} from "./factories";

const t = useTestDatabase();

const nb = createTranslator({
  locale: "nb",
  namespace: "access-log",
  messages: {
    "access-log": JSON.parse(readFileSync("lib/i18n/messages/nb/access-log.json", "utf8")),
  },
}) as unknown as AccessLogT;

const citizen = citizenActor;

type ClinicianActor = Extract<Actor, { kind: "CLINICIAN" }>;

// Fixed instants, all long before "now", so the reads the tests make are always the newest entries.
const at = (iso: string) => new Date(iso);
const EMERGENCY_REASON = "Bevisstløs ved ankomst legevakt, trenger legemiddelliste";

let per: Person;
let ingrid: Person;
let lise: ClinicianActor;
let vakt: ClinicianActor;

// The database stamps entries with its clock; only the owner may name another time (a dated history).
async function access(
  actor: Actor,
  subject: string,
  category: DataCategory,
  action: AccessAction,
  when: Date,
  emergencyReason?: string,
) {
  await t.owner.$queryRaw`SELECT set_config('helsami.log_time', ${when.toISOString()}, false)`;
  try {
    await withAccess(
      t.owner,
      actor,
      { subject, category, action, ...(emergencyReason ? { emergencyReason } : {}) },
      async () => null,
      { now: when },
    );
  } finally {
    await t.owner.$queryRaw`SELECT set_config('helsami.log_time', '', false)`;
  }
}

beforeAll(async () => {
  per = await createPerson(t.db, { givenName: "Per", familyName: "Hansen", age: 84 });
  ingrid = await createPerson(t.db, { givenName: "Ingrid", familyName: "Hansen", age: 52 });
  await t.db.proxyGrant.create({
    data: {
      grantorId: per.id,
      granteeId: ingrid.id,
      level: "READ",
      categories: ["APPOINTMENTS", "LAB_RESULTS"],
      validFrom: at("2025-01-01T00:00:00Z"),
    },
  });

  const gp = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    name: "Fjordvik legesenter",
    unitName: "Fjordvik legesenter",
  });
  const ward = await createOrganisationWithUnit(t.db, {
    kind: "MUNICIPALITY",
    unitKind: "EMERGENCY_WARD",
    name: "Fjordvik kommune",
    unitName: "Fjordvik legevakt",
  });
  const liseRow = await createClinician(t.db, {
    unitIds: [gp.unit.id],
    givenName: "Lise",
    familyName: "Berg",
    profession: "lege",
  });
  const vaktRow = await createClinician(t.db, {
    unitIds: [ward.unit.id],
    givenName: "Tore",
    familyName: "Vik",
    profession: "lege",
  });
  await createCareRelation(t.db, {
    personId: per.id,
    unitId: gp.unit.id,
    kind: "GP_LIST",
    validFrom: at("2025-01-01T00:00:00Z"),
  });
  lise = {
    kind: "CLINICIAN",
    sessionId: "test",
    clinicianId: liseRow.id,
    name: "Lise Berg",
    profession: "lege",
    units: [
      { id: gp.unit.id, name: "Fjordvik legesenter", organisationName: "Fjordvik legesenter" },
    ],
  };
  vakt = {
    kind: "CLINICIAN",
    sessionId: "test",
    clinicianId: vaktRow.id,
    name: "Tore Vik",
    profession: "lege",
    units: [{ id: ward.unit.id, name: "Fjordvik legevakt", organisationName: "Fjordvik kommune" }],
  };

  // 10 March 2026 (Oslo is UTC+1): one of each kind of access, a minute apart.
  await access(citizen(per), "meg", "APPOINTMENTS", "READ", at("2026-03-10T09:00:00Z"));
  await access(citizen(ingrid), per.id, "APPOINTMENTS", "READ", at("2026-03-10T09:01:00Z"));
  await access(lise, per.id, "APPOINTMENTS", "READ", at("2026-03-10T09:02:00Z"));
  await access(vakt, per.id, "LAB_RESULTS", "READ", at("2026-03-10T09:03:00Z"), EMERGENCY_REASON);
  await access(lise, per.id, "NOTES", "CREATE", at("2026-03-10T09:04:00Z"));
  // 23:30 UTC on 10 March is 00:30 on 11 March in Oslo: it belongs to the 11th.
  await access(citizen(ingrid), per.id, "LAB_RESULTS", "READ", at("2026-03-10T23:30:00Z"));
});

const sentences = (rows: readonly AccessLogRow[], isSelf = true) =>
  rows.map((r) => describeEntry(nb, r, { isSelf, subjectName: "Per Hansen" }));

describe("reading the access log", () => {
  it("says who did what, in plain Norwegian, newest first — and hides the emergency reason", async () => {
    const page = await readAccessLog(t.db, citizen(per), "meg", { to: "2026-03-11" });
    expect(sentences(page.rows)).toEqual([
      "Ingrid Hansen (fullmektig) så prøvesvarene dine",
      "Lise Berg, lege, Fjordvik legesenter, la til noe i journalnotatene dine (behandlingsrelasjon)",
      "Tore Vik, lege, Fjordvik legevakt (Fjordvik kommune), så prøvesvarene dine (nødtilgang)",
      "Lise Berg, lege, Fjordvik legesenter, så timeavtalene dine (behandlingsrelasjon)",
      "Ingrid Hansen (fullmektig) så timeavtalene dine",
      "Du så timeavtalene dine",
    ]);
    expect(page.rows.map((r) => r.emergency)).toEqual([false, false, true, false, false, false]);
    expect(page.isSelf).toBe(true);
    expect(
      JSON.stringify(page, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
    ).not.toContain("Bevisstløs");
  });

  it("is itself logged: each read of the log adds one ACCESS_LOG entry with basis SELF", async () => {
    const before = await t.db.accessLogEntry.count({
      where: { personId: per.id, category: "ACCESS_LOG" },
    });
    await readAccessLog(t.db, citizen(per), "meg");
    await readAccessLog(t.db, citizen(per), "meg", { who: "health" });
    const reads = await t.db.accessLogEntry.findMany({
      where: { personId: per.id, category: "ACCESS_LOG" },
      orderBy: { seq: "asc" },
    });
    expect(reads.length).toBe(before + 2);
    expect(reads.at(-1)).toMatchObject({ action: "READ", basis: "SELF", actorPersonId: per.id });
    const newest = await readAccessLog(t.db, citizen(per), "meg", { category: "ACCESS_LOG" });
    expect(sentences(newest.rows.slice(0, 1))).toEqual(["Du så innsynsloggen din"]);
  });

  it("filters by who", async () => {
    const period = { from: "2026-03-10", to: "2026-03-11" } as const;
    const self = await readAccessLog(t.db, citizen(per), "meg", { ...period, who: "self" });
    expect(self.rows.map((r) => r.actorKind)).toEqual(["you"]);
    const relatives = await readAccessLog(t.db, citizen(per), "meg", {
      ...period,
      who: "relatives",
    });
    expect(relatives.rows.map((r) => [r.actorName, r.basis])).toEqual([
      ["Ingrid Hansen", "PROXY_GRANT"],
      ["Ingrid Hansen", "PROXY_GRANT"],
    ]);
    const health = await readAccessLog(t.db, citizen(per), "meg", { ...period, who: "health" });
    expect(health.rows.map((r) => r.basis)).toEqual([
      "CARE_RELATION",
      "EMERGENCY",
      "CARE_RELATION",
    ]);
  });

  it("filters by category", async () => {
    const page = await readAccessLog(t.db, citizen(per), "meg", {
      to: "2026-03-11",
      category: "LAB_RESULTS",
    });
    expect(page.rows.map((r) => r.actorName)).toEqual(["Ingrid Hansen", "Tore Vik"]);
  });

  it("filters by Oslo calendar days, both ends inclusive", async () => {
    const tenth = await readAccessLog(t.db, citizen(per), "meg", {
      from: "2026-03-10",
      to: "2026-03-10",
    });
    expect(tenth.rows).toHaveLength(5);
    const eleventh = await readAccessLog(t.db, citizen(per), "meg", {
      from: "2026-03-11",
      to: "2026-03-11",
    });
    expect(eleventh.rows.map((r) => r.occurredAt.toISOString())).toEqual([
      "2026-03-10T23:30:00.000Z",
    ]);
    const none = await readAccessLog(t.db, citizen(per), "meg", {
      from: "2026-03-12",
      to: "2026-03-20",
    });
    expect(none.rows).toEqual([]);
    expect(none.older).toBeNull();
    expect(none.newer).toBeNull();
  });

  it("pages 25 at a time with cursors; new entries while reading never repeat or skip a row", async () => {
    const subject = await createPerson(t.db, { age: 40 });
    const me = citizen(subject);
    const start = at("2026-05-04T08:00:00Z").getTime();
    // 60 entries, two of them in the same millisecond (ties are broken by id).
    for (let i = 0; i < 60; i++)
      await access(me, "meg", "APPOINTMENTS", "READ", new Date(start + Math.min(i, 58) * 60_000));
    const inMay = { from: "2026-05-01", to: "2026-05-31" } as const;

    const seen: string[] = [];
    let page = await readAccessLog(t.db, me, "meg", inMay);
    const first = page;
    expect(page.newer).toBeNull();
    for (;;) {
      seen.push(...page.rows.map((r) => r.id));
      if (!page.older) break;
      // Every read adds an entry at the top (outside the period here, but also in "all").
      page = await readAccessLog(t.db, me, "meg", { ...inMay, before: decodeCursor(page.older)! });
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(first.rows).toHaveLength(ACCESS_LOG_PAGE_SIZE);

    // Going back from the second page gives the first page again.
    const second = await readAccessLog(t.db, me, "meg", {
      ...inMay,
      before: decodeCursor(first.older)!,
    });
    expect(second.newer).not.toBeNull();
    const back = await readAccessLog(t.db, me, "meg", {
      ...inMay,
      after: decodeCursor(second.newer)!,
    });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.newer).toBeNull();

    // Without a period the log's own reads come first, and paging still covers everything once.
    const all: string[] = [];
    let p = await readAccessLog(t.db, me, "meg");
    for (;;) {
      all.push(...p.rows.map((r) => r.id));
      if (!p.older) break;
      p = await readAccessLog(t.db, me, "meg", { before: decodeCursor(p.older)! });
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(60);
  });

  it("is refused (not found) to a proxy and to a stranger, and they leave no entry", async () => {
    const stranger = await createPerson(t.db, { age: 30 });
    const count = () => t.db.accessLogEntry.count({ where: { personId: per.id } });
    const before = await count();
    await expect(readAccessLog(t.db, citizen(ingrid), per.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(readAccessLog(t.db, citizen(stranger), per.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(readAccessLog(t.db, lise, per.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await count()).toBe(before);
  });

  it("speaks of someone else's log by name when a parent reads a young child's log", async () => {
    const address = (
      await t.db.address.create({
        data: {
          street: "Testveien 1",
          postalCode: "7190",
          city: "Fjordvik",
          municipalityCode: "5099",
        },
      })
    ).id;
    const mother = await createPerson(t.db, {
      givenName: "Kari",
      familyName: "Test",
      age: 40,
      addressId: address,
    });
    const child = await createPerson(t.db, {
      givenName: "Emma",
      familyName: "Test",
      age: 8,
      addressId: address,
    });
    await t.db.parentalResponsibility.create({ data: { parentId: mother.id, childId: child.id } });
    await access(citizen(mother), child.id, "VACCINES", "READ", at("2026-04-01T10:00:00Z"));
    const page = await readAccessLog(t.db, citizen(mother), child.id, { to: "2026-04-30" });
    expect(page.isSelf).toBe(false);
    expect(
      page.rows.map((r) =>
        describeEntry(nb, r, { isSelf: page.isSelf, subjectName: page.subjectName }),
      ),
    ).toEqual(["Du (som foresatt) så vaksinene til Emma Test"]);
  });
});

describe("the innsynslogg query string", () => {
  it("keeps known values, drops the rest, and swaps a reversed period", () => {
    const q = parseAccessLogQuery({
      fra: "2026-03-20",
      til: "2026-03-01",
      hvem: "helsepersonell",
      kategori: "provesvar",
    });
    expect(q.filter).toEqual({
      from: "2026-03-01",
      to: "2026-03-20",
      who: "health",
      category: "LAB_RESULTS",
    });
    expect(q.notices).toEqual(["swapped"]);
    const bad = parseAccessLogQuery({
      fra: "2026-02-30",
      hvem: "alle",
      kategori: "x",
      eldre: "nonsense",
    });
    expect(bad.filter).toEqual({});
    expect(bad.notices).toEqual(["invalidDate"]);
  });
});
