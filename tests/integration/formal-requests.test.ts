// Formal requests (issue 17): innsyn, retting and sletting. Filing, the 30-day deadline (Oslo days,
// across daylight saving), the clinicians' work list, status changes decided by the database, the
// outbox notification, and who may do what: one log entry per allowed access, none on a refusal.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, isNotFound, NotFoundError } from "@/lib/access/errors";
import type { Db } from "@/lib/db/client";
import { answerFormalRequest } from "@/lib/formal-requests/answer-request";
import { FormalRequestStatusChangedError, UnitNotOfferedError } from "@/lib/formal-requests/errors";
import { fileFormalRequest } from "@/lib/formal-requests/file-request";
import { getFilingOptions } from "@/lib/formal-requests/filing-options";
import { getFormalRequestForClinician } from "@/lib/formal-requests/get-request-for-clinician";
import { getOwnFormalRequest } from "@/lib/formal-requests/get-own-request";
import { answerDueKey } from "@/lib/formal-requests/limits";
import { listOwnFormalRequests } from "@/lib/formal-requests/list-own-requests";
import { startFormalRequest } from "@/lib/formal-requests/start-request";
import { listFormalRequestWorkList } from "@/lib/formal-requests/work-list";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;

type Named = { id: string; givenName: string; familyName: string };
const citizen = (p: Named): Actor => ({
  kind: "CITIZEN",
  sessionId: "t",
  personId: p.id,
  name: `${p.givenName} ${p.familyName}`,
});
const clinicianActor = (id: string, unit: { id: string; name: string }): Actor => ({
  kind: "CLINICIAN",
  sessionId: "t",
  clinicianId: id,
  name: "Test Behandler",
  profession: "lege",
  units: [{ id: unit.id, name: unit.name, organisationName: "Org" }],
});

const logCount = (db: Db, personId: string) => db.accessLogEntry.count({ where: { personId } });
const requestCount = (db: Db, personId: string) => db.formalRequest.count({ where: { personId } });

/** Runs `work`; returns "ok" or "not found" (a gate refusal and a missing item look the same). */
async function outcome(work: () => Promise<unknown>): Promise<"ok" | "not found"> {
  try {
    await work();
    return "ok";
  } catch (error) {
    if (isNotFound(error)) return "not found";
    throw error;
  }
}

const w = {} as {
  owner: Named;
  stranger: Named;
  proxyAct: Named;
  proxySee: Named;
  proxyOther: Named;
  parent: Named;
  child10: Named;
  child14: Named;
  gpUnit: { id: string; name: string };
  otherUnit: { id: string; name: string };
  unrelatedUnit: { id: string; name: string };
  gp: Actor;
  otherClinician: Actor;
  admin: Actor;
};

const access = (unitId: string, concerns = "Hele journalen fra fastlegen") => ({
  kind: "ACCESS" as const,
  unitId,
  concerns,
});

beforeAll(async () => {
  const db = t.db;
  const long = new Date("2025-01-01T00:00:00Z");
  w.owner = await createPerson(db, { age: 70, givenName: "Eier", phone: "+4790000000" });
  w.stranger = await createPerson(db, { age: 40, givenName: "Fremmed" });
  w.proxyAct = await createPerson(db, { age: 45, givenName: "Handlende" });
  w.proxySee = await createPerson(db, { age: 45, givenName: "Seende" });
  w.proxyOther = await createPerson(db, { age: 45, givenName: "Utenfor" });
  const grant = (
    granteeId: string,
    level: "READ" | "READ_AND_ACT",
    categories: ("FORMAL_REQUESTS" | "APPOINTMENTS")[],
  ) =>
    db.proxyGrant.create({
      data: { grantorId: w.owner.id, granteeId, level, categories, validFrom: long },
    });
  await grant(w.proxyAct.id, "READ_AND_ACT", ["FORMAL_REQUESTS"]);
  await grant(w.proxySee.id, "READ", ["FORMAL_REQUESTS"]);
  await grant(w.proxyOther.id, "READ_AND_ACT", ["APPOINTMENTS"]);
  const family = await createFamily(db, { childAges: [10, 14] });
  w.parent = family.parents[0]!;
  [w.child10, w.child14] = family.children as unknown as [Named, Named];

  const { unit } = await createOrganisationWithUnit(db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Legekontoret",
  });
  const { unit: other } = await createOrganisationWithUnit(db, {
    kind: "HOSPITAL",
    unitKind: "HOSPITAL_DEPARTMENT",
    unitName: "Medisinsk avdeling",
  });
  const { unit: unrelated } = await createOrganisationWithUnit(db, {
    kind: "MUNICIPALITY",
    unitKind: "PHYSIOTHERAPY",
    unitName: "Fysioterapien",
  });
  w.gpUnit = unit;
  w.otherUnit = other;
  w.unrelatedUnit = unrelated;
  for (const p of [w.owner, w.child10, w.child14])
    await createCareRelation(db, {
      personId: p.id,
      unitId: unit.id,
      kind: "GP_LIST",
      validFrom: long,
    });
  // The other unit knows the owner too (a referral), so its clinicians pass the gate for the person:
  // what keeps them out of the GP office's requests is the unit the request is addressed to.
  await createCareRelation(db, {
    personId: w.owner.id,
    unitId: other.id,
    kind: "REFERRAL",
    validFrom: long,
  });
  const gp = await createClinician(db, { unitIds: [unit.id] });
  const otherClinician = await createClinician(db, { unitIds: [other.id] });
  const adminStaff = await createClinician(db, { unitIds: [], hprNumber: null });
  w.gp = clinicianActor(gp.id, unit);
  w.otherClinician = clinicianActor(otherClinician.id, other);
  w.admin = {
    kind: "ORG_ADMIN",
    sessionId: "t",
    clinicianId: adminStaff.id,
    name: "Admin",
    organisationIds: [],
  };
});

describe("the answer deadline", () => {
  it("is the Oslo day of receipt + 30, across daylight saving and near midnight", () => {
    // 00:30 in Oslo is still the day before in UTC: the Oslo day counts.
    expect(answerDueKey(new Date("2026-03-01T23:30:00Z"))).toBe("2026-04-01");
    // Spring forward (29 March 2026) and autumn back (25 October 2026) inside the 30 days.
    expect(answerDueKey(new Date("2026-03-10T10:00:00Z"))).toBe("2026-04-09");
    expect(answerDueKey(new Date("2026-10-10T21:59:00Z"))).toBe("2026-11-09"); // 23:59 CEST on 10 Oct
    expect(answerDueKey(new Date("2026-10-10T22:00:00Z"))).toBe("2026-11-10"); // 00:00 CEST on 11 Oct
    expect(answerDueKey(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-31"); // 00:00 CET on 1 Jan
  });

  it("is stored by filing and checked by the database, which refuses any other day", async () => {
    for (const [at, due] of [
      ["2026-03-28T23:30:00Z", "2026-04-28"],
      ["2026-10-24T22:30:00Z", "2026-11-24"],
    ] as const) {
      const { id } = await fileFormalRequest(
        t.db,
        citizen(w.owner),
        { subject: "meg", ...access(w.gpUnit.id) },
        new Date(at),
      );
      const row = await t.db.formalRequest.findUniqueOrThrow({ where: { id } });
      expect(row.answerDue.toISOString().slice(0, 10)).toBe(due);
    }
    const wrong = t.db.formalRequest.create({
      data: {
        personId: w.owner.id,
        unitId: w.gpUnit.id,
        kind: "ACCESS",
        concerns: "x",
        filedById: w.owner.id,
        receivedAt: new Date("2026-03-28T23:30:00Z"),
        answerDue: new Date("2026-04-27T00:00:00Z"),
      },
    });
    await expect(wrong).rejects.toThrow(/formal_request_answer_due_30_days/);
  });
});

describe("filing", () => {
  it("stores the request, its first history step and one log entry in one go", async () => {
    const now = new Date();
    const before = await logCount(t.db, w.owner.id);
    const { id } = await fileFormalRequest(
      t.db,
      citizen(w.owner),
      { subject: "meg", ...access(w.gpUnit.id, "Notatene fra 2024") },
      now,
    );
    const row = await t.db.formalRequest.findUniqueOrThrow({
      where: { id },
      include: { events: true },
    });
    expect(row).toMatchObject({
      kind: "ACCESS",
      status: "RECEIVED",
      concerns: "Notatene fra 2024",
      reason: null,
      correction: null,
      filedById: w.owner.id,
      unitId: w.gpUnit.id,
    });
    expect(row.answerDue.toISOString().slice(0, 10)).toBe(answerDueKey(now));
    expect(row.events.map((e) => [e.kind, e.actorPersonId])).toEqual([["FILED", w.owner.id]]);
    expect(await logCount(t.db, w.owner.id)).toBe(before + 1);
    const entry = await t.db.accessLogEntry.findFirstOrThrow({
      where: { personId: w.owner.id },
      orderBy: { seq: "desc" },
    });
    expect(entry).toMatchObject({
      category: "FORMAL_REQUESTS",
      action: "CREATE",
      basis: "SELF",
      itemType: "formal_request",
      itemId: id,
    });
  });

  it("offers the units with a care relation, and refuses any other unit without storing or logging", async () => {
    const units = await getFilingOptions(t.db, citizen(w.owner), { subject: "meg" });
    expect(units.map((u) => u.name).sort()).toEqual(["Legekontoret", "Medisinsk avdeling"]);
    const [logs, requests] = [
      await logCount(t.db, w.owner.id),
      await requestCount(t.db, w.owner.id),
    ];
    await expect(
      fileFormalRequest(t.db, citizen(w.owner), { subject: "meg", ...access(w.unrelatedUnit.id) }),
    ).rejects.toBeInstanceOf(UnitNotOfferedError);
    expect(await logCount(t.db, w.owner.id)).toBe(logs);
    expect(await requestCount(t.db, w.owner.id)).toBe(requests);
  });

  it("a 10,000-character request, or a correction without what it should say, stores nothing", async () => {
    const [logs, requests] = [
      await logCount(t.db, w.owner.id),
      await requestCount(t.db, w.owner.id),
    ];
    await expect(
      fileFormalRequest(t.db, citizen(w.owner), {
        subject: "meg",
        ...access(w.gpUnit.id, "x".repeat(10_000)),
      }),
    ).rejects.toThrow();
    await expect(
      fileFormalRequest(t.db, citizen(w.owner), {
        subject: "meg",
        kind: "CORRECTION",
        unitId: w.gpUnit.id,
        concerns: "Feil diagnose",
        reason: "Jeg har aldri hatt astma",
      }),
    ).rejects.toThrow();
    expect(await logCount(t.db, w.owner.id)).toBe(logs);
    expect(await requestCount(t.db, w.owner.id)).toBe(requests);
    // Nor can anything else write one: the database holds the same limits.
    const direct = t.db.formalRequest.create({
      data: {
        personId: w.owner.id,
        unitId: w.gpUnit.id,
        kind: "ACCESS",
        concerns: "x".repeat(4001),
        filedById: w.owner.id,
        receivedAt: new Date(),
        answerDue: new Date(`${answerDueKey(new Date())}T00:00:00Z`),
      },
    });
    await expect(direct).rejects.toThrow(/formal_request_concerns_length/);
  });

  it("a correction keeps what is wrong, what it should say and why", async () => {
    const { id } = await fileFormalRequest(t.db, citizen(w.owner), {
      subject: "meg",
      kind: "CORRECTION",
      unitId: w.gpUnit.id,
      concerns: "Det står at jeg røyker",
      correction: "Jeg har aldri røykt",
      reason: "Det er feil",
    });
    const own = await getOwnFormalRequest(t.db, citizen(w.owner), "meg", id);
    expect(own).toMatchObject({
      kind: "CORRECTION",
      concerns: "Det står at jeg røyker",
      correction: "Jeg har aldri røykt",
      reason: "Det er feil",
      filedByOther: null,
    });
  });
});

describe("who may file and read (authorization matrix)", () => {
  type Row = {
    name: string;
    actor: () => Actor;
    subject: () => string;
    personId: () => string;
    file: "ok" | "not found";
    read: "ok" | "not found";
  };
  const rows: Row[] = [
    {
      name: "self",
      actor: () => citizen(w.owner),
      subject: () => "meg",
      personId: () => w.owner.id,
      file: "ok",
      read: "ok",
    },
    {
      name: "proxy with formal requests, see and act",
      actor: () => citizen(w.proxyAct),
      subject: () => w.owner.id,
      personId: () => w.owner.id,
      file: "ok",
      read: "ok",
    },
    {
      name: "proxy with formal requests, see only",
      actor: () => citizen(w.proxySee),
      subject: () => w.owner.id,
      personId: () => w.owner.id,
      file: "not found",
      read: "ok",
    },
    {
      name: "proxy for other categories only",
      actor: () => citizen(w.proxyOther),
      subject: () => w.owner.id,
      personId: () => w.owner.id,
      file: "not found",
      read: "not found",
    },
    {
      name: "parent of a child aged 10",
      actor: () => citizen(w.parent),
      subject: () => w.child10.id,
      personId: () => w.child10.id,
      file: "ok",
      read: "ok",
    },
    {
      name: "parent of a child aged 14",
      actor: () => citizen(w.parent),
      subject: () => w.child14.id,
      personId: () => w.child14.id,
      file: "not found",
      read: "not found",
    },
    {
      name: "another citizen",
      actor: () => citizen(w.stranger),
      subject: () => w.owner.id,
      personId: () => w.owner.id,
      file: "not found",
      read: "not found",
    },
    {
      name: "organisation admin",
      actor: () => w.admin,
      subject: () => w.owner.id,
      personId: () => w.owner.id,
      file: "not found",
      read: "not found",
    },
    {
      name: "clinician (filing is the citizen's)",
      actor: () => w.gp,
      subject: () => w.owner.id,
      personId: () => w.owner.id,
      file: "not found",
      read: "not found",
    },
  ];

  for (const row of rows) {
    it(row.name, async () => {
      const personId = row.personId();
      const [logs, requests] = [await logCount(t.db, personId), await requestCount(t.db, personId)];
      const filed = await outcome(() =>
        fileFormalRequest(t.db, row.actor(), {
          subject: row.subject(),
          ...access(w.gpUnit.id, `Arkivet (${row.name})`),
        }),
      );
      expect(filed, "file").toBe(row.file);
      expect(await requestCount(t.db, personId)).toBe(requests + (filed === "ok" ? 1 : 0));
      const read = await outcome(() => listOwnFormalRequests(t.db, row.actor(), row.subject()));
      expect(read, "read").toBe(row.read);
      // One entry per allowed access, none for a refusal.
      expect(await logCount(t.db, personId)).toBe(
        logs + (filed === "ok" ? 1 : 0) + (read === "ok" ? 1 : 0),
      );
    });
  }

  it("a proxy's request names who filed it, and the person sees it in their own list", async () => {
    const { id } = await fileFormalRequest(t.db, citizen(w.proxyAct), {
      subject: w.owner.id,
      ...access(w.gpUnit.id, "Kopi av epikrisen"),
    });
    const own = await getOwnFormalRequest(t.db, citizen(w.owner), "meg", id);
    expect(own.filedByOther).toBe(`${w.proxyAct.givenName} ${w.proxyAct.familyName}`);
    expect((await listOwnFormalRequests(t.db, citizen(w.owner), "meg")).map((r) => r.id)).toContain(
      id,
    );
  });

  it("another person's request id, an unknown id and a malformed id are all not found, and not logged", async () => {
    const { id } = await fileFormalRequest(t.db, citizen(w.owner), {
      subject: "meg",
      ...access(w.gpUnit.id),
    });
    const logs = await logCount(t.db, w.stranger.id);
    await expect(getOwnFormalRequest(t.db, citizen(w.stranger), "meg", id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      getOwnFormalRequest(t.db, citizen(w.stranger), "meg", "00000000-0000-4000-8000-000000000000"),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getOwnFormalRequest(t.db, citizen(w.stranger), "meg", "../1"),
    ).rejects.toBeInstanceOf(NotFoundError);
    // The read of one's own (empty) list is what the first two looked like: rolled back with the miss.
    expect(await logCount(t.db, w.stranger.id)).toBe(logs);
    await expect(
      getOwnFormalRequest(t.db, citizen(w.stranger), w.owner.id, id),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("the clinicians' side", () => {
  it("the work list: own unit only, earliest deadline first, overdue marked, a keyset page at a time", async () => {
    const person = await createPerson(t.db, { age: 50, givenName: "Ventende" });
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
      unitName: "Kontor for arbeidsliste",
    });
    await createCareRelation(t.db, {
      personId: person.id,
      unitId: unit.id,
      kind: "GP_LIST",
      validFrom: new Date("2025-01-01T00:00:00Z"),
    });
    const c = await createClinician(t.db, { unitIds: [unit.id] });
    const me = clinicianActor(c.id, unit);
    const now = new Date();
    const ids: string[] = [];
    for (const daysAgo of [10, 40, 20, 35]) {
      ids.push(
        (
          await fileFormalRequest(
            t.db,
            citizen(person),
            { subject: "meg", ...access(unit.id, `${daysAgo} dager siden`) },
            new Date(now.getTime() - daysAgo * DAY),
          )
        ).id,
      );
    }
    const first = await listFormalRequestWorkList(t.db, me, { pageSize: 3 }, now);
    expect(first.items.map((r) => r.id)).toEqual([ids[1], ids[3], ids[2]]);
    expect(first.items.map((r) => r.overdue)).toEqual([true, true, false]);
    expect(first.next).not.toBeNull();
    const second = await listFormalRequestWorkList(
      t.db,
      me,
      { pageSize: 3, after: first.next },
      now,
    );
    expect(second.items.map((r) => r.id)).toEqual([ids[0]]);
    expect(second.next).toBeNull();
    // A clinician of another unit sees none of them, and logs nothing on the person.
    const logs = await logCount(t.db, person.id);
    expect(
      (await listFormalRequestWorkList(t.db, w.otherClinician, {}, now)).items.map((r) => r.id),
    ).not.toContain(ids[0]);
    expect(await logCount(t.db, person.id)).toBe(logs);
  });

  it("the work list logs exactly the patients it shows, not one the gate allows for another unit", async () => {
    const long = new Date("2025-01-01T00:00:00Z");
    const now = new Date();
    const unitOf = async (unitName: string) =>
      (
        await createOrganisationWithUnit(t.db, {
          kind: "GP_OFFICE",
          unitKind: "GP_PRACTICE",
          unitName,
        })
      ).unit;
    const a = await unitOf("Kontor A for logg");
    const b = await unitOf("Kontor B for logg");
    const shown = await createPerson(t.db, { age: 50, givenName: "Vist" });
    const notShown = await createPerson(t.db, { age: 50, givenName: "Ikke-vist" });
    for (const p of [shown, notShown])
      await createCareRelation(t.db, {
        personId: p.id,
        unitId: a.id,
        kind: "GP_LIST",
        validFrom: long,
      });
    // notShown asked unit B while B knew them; that relation has since ended. The gate still lets
    // the clinician (in A and B) see notShown through A, but A's relation does not reach B's request.
    await createCareRelation(t.db, {
      personId: notShown.id,
      unitId: b.id,
      kind: "REFERRAL",
      validFrom: long,
      validUntil: new Date(now.getTime() - DAY),
    });
    await fileFormalRequest(
      t.db,
      citizen(shown),
      { subject: "meg", ...access(a.id, "Til kontor A") },
      new Date(now.getTime() - 3 * DAY),
    );
    await fileFormalRequest(
      t.db,
      citizen(notShown),
      { subject: "meg", ...access(b.id, "Til kontor B") },
      new Date(now.getTime() - 5 * DAY),
    );
    const c = await createClinician(t.db, { unitIds: [a.id, b.id] });
    const both: Actor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: c.id,
      name: "Test Behandler",
      profession: "lege",
      units: [
        { id: a.id, name: a.name, organisationName: "Org" },
        { id: b.id, name: b.name, organisationName: "Org" },
      ],
    };
    const list = await listFormalRequestWorkList(t.db, both, {}, now);
    expect(list.items.map((r) => r.patient.id)).toEqual([shown.id]);
    const logged = await t.db.accessLogEntry.findMany({
      where: { actorClinicianId: c.id },
      select: { personId: true, category: true },
    });
    expect(logged).toEqual([{ personId: shown.id, category: "FORMAL_REQUESTS" }]);
  });

  it("a clinician of the unit reads, takes on and answers; the person sees the answer; notifications say nothing", async () => {
    const { id } = await fileFormalRequest(t.db, citizen(w.proxyAct), {
      subject: w.owner.id,
      ...access(w.gpUnit.id, "Alle notater"),
    });
    const logs = await logCount(t.db, w.owner.id);
    const seen = await getFormalRequestForClinician(t.db, w.gp, id);
    expect(seen).toMatchObject({
      status: "RECEIVED",
      concerns: "Alle notater",
      filedByOther: `${w.proxyAct.givenName} ${w.proxyAct.familyName}`,
    });
    await startFormalRequest(t.db, w.gp, { requestId: id });
    await expect(startFormalRequest(t.db, w.gp, { requestId: id })).rejects.toBeInstanceOf(
      FormalRequestStatusChangedError,
    );
    await answerFormalRequest(t.db, w.gp, {
      requestId: id,
      outcome: "ANSWERED",
      answer: "Kopien er sendt til deg i posten.",
    });
    await expect(
      answerFormalRequest(t.db, w.gp, { requestId: id, outcome: "REFUSED", answer: "Nei" }),
    ).rejects.toBeInstanceOf(FormalRequestStatusChangedError);
    // Read, start and answer: three entries (the refused second start and answer roll theirs back).
    expect(await logCount(t.db, w.owner.id)).toBe(logs + 3);

    const own = await getOwnFormalRequest(t.db, citizen(w.owner), "meg", id);
    expect(own).toMatchObject({ status: "ANSWERED", answer: "Kopien er sendt til deg i posten." });
    expect(own.events.map((e) => e.kind)).toEqual(["FILED", "STARTED", "ANSWERED"]);
    expect(own.events[2]!.actorClinician).not.toBeNull();

    const notes = await t.db.notification.findMany({
      where: { dedupeKey: { startsWith: `formal_request:${id}:` } },
    });
    expect(new Set(notes.map((n) => n.personId))).toEqual(new Set([w.owner.id, w.proxyAct.id]));
    expect(notes.every((n) => n.template === "formal_request_answered")).toBe(true);
  });

  it("a clinician of another unit, an org admin and an unknown id get not found, and change nothing", async () => {
    const { id } = await fileFormalRequest(t.db, citizen(w.owner), {
      subject: "meg",
      ...access(w.gpUnit.id, "Røntgensvar"),
    });
    const logs = await logCount(t.db, w.owner.id);
    for (const actor of [w.otherClinician, w.admin]) {
      expect(await outcome(() => getFormalRequestForClinician(t.db, actor, id))).toBe("not found");
      expect(await outcome(() => startFormalRequest(t.db, actor, { requestId: id }))).toBe(
        "not found",
      );
      expect(
        await outcome(() =>
          answerFormalRequest(t.db, actor, { requestId: id, outcome: "REFUSED", answer: "Nei" }),
        ),
      ).toBe("not found");
    }
    expect(
      await outcome(() =>
        getFormalRequestForClinician(t.db, w.gp, "00000000-0000-4000-8000-000000000000"),
      ),
    ).toBe("not found");
    // The patient id a page's URL names is checked too: the right request with another person's id is not found.
    expect(
      await outcome(() => getFormalRequestForClinician(t.db, w.gp, id, new Date(), w.child10.id)),
    ).toBe("not found");
    expect(
      await outcome(() =>
        answerFormalRequest(t.db, w.gp, {
          requestId: id,
          personId: w.child10.id,
          outcome: "ANSWERED",
          answer: "Ja",
        }),
      ),
    ).toBe("not found");
    expect(
      await outcome(() => getFormalRequestForClinician(t.db, w.gp, id, new Date(), "not-a-uuid")),
    ).toBe("not found");
    expect(await logCount(t.db, w.owner.id)).toBe(logs);
    expect((await t.db.formalRequest.findUniqueOrThrow({ where: { id } })).status).toBe("RECEIVED");
    // With the right patient id in the URL the GP reaches it.
    expect(
      (await getFormalRequestForClinician(t.db, w.gp, id, new Date(), w.owner.id)).concerns,
    ).toBe("Røntgensvar");
  });

  it("of two answers at once exactly one is stored; the database refuses changing an answered request", async () => {
    const { id } = await fileFormalRequest(t.db, citizen(w.owner), {
      subject: "meg",
      kind: "DELETION",
      unitId: w.gpUnit.id,
      concerns: "Notatet fra legevakten",
      reason: "Det gjelder en annen person",
    });
    const results = await Promise.allSettled([
      answerFormalRequest(t.db, w.gp, {
        requestId: id,
        outcome: "ANSWERED",
        answer: "Notatet er slettet.",
      }),
      answerFormalRequest(t.db, w.gp, {
        requestId: id,
        outcome: "REFUSED",
        answer: "Vi kan ikke slette dette.",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(FormalRequestStatusChangedError);
    expect(
      await t.db.formalRequestEvent.count({
        where: { requestId: id, kind: { in: ["ANSWERED", "REFUSED"] } },
      }),
    ).toBe(1);
    await expect(
      t.db.formalRequest.update({
        where: { id },
        data: { status: "IN_PROGRESS", startedAt: new Date(), answeredAt: null, answer: null },
      }),
    ).rejects.toThrow(/cannot change/);
    await expect(t.db.formalRequestEvent.deleteMany({ where: { requestId: id } })).rejects.toThrow(
      /append-only/,
    );
  });

  it("a refusal is stored with its reason", async () => {
    const { id } = await fileFormalRequest(t.db, citizen(w.owner), {
      subject: "meg",
      kind: "CORRECTION",
      unitId: w.gpUnit.id,
      concerns: "Blodtrykket",
      correction: "120/80",
      reason: "Målt feil",
    });
    await answerFormalRequest(t.db, w.gp, {
      requestId: id,
      outcome: "REFUSED",
      answer: "Målingen er riktig journalført.",
    });
    const own = await getOwnFormalRequest(t.db, citizen(w.owner), "meg", id);
    expect(own).toMatchObject({ status: "REFUSED", answer: "Målingen er riktig journalført." });
    expect(own.events.map((e) => e.kind)).toEqual(["FILED", "REFUSED"]);
  });
});
