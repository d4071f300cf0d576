// "Nye prøvesvar": the worker's sweep tells a patient, through the outbox, when results became
// visible to them, once per requisition, with a controllable clock, against the read-time rule.
import { receiveLabResults } from "@/lib/record/lab-results/receive-lab-results";
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { resultVisibility, safetyNetAt } from "@/lib/access/result-visibility";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";
import { deliverNotifications } from "@/lib/notifications/deliver-notifications";
import type { NotificationTransport, OutgoingNotification } from "@/lib/notifications/transports";
import {
  NOTICE_LOOKBACK_DAYS,
  notifyNewResults,
} from "@/lib/record/lab-results/notify-new-results";
import { releaseResults } from "@/lib/record/lab-results/release-results";
import { setShowAtOnce } from "@/lib/record/lab-results/set-show-at-once";
import { QUEUES, startWorker } from "@/lib/worker/start-worker";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const CODES: Record<LabReleaseCategory, string> = {
  IMMEDIATE: "TSN00001",
  AFTER_REVIEW: "TSN00002",
  AFTER_CONVERSATION: "TSN00003",
};
const CATEGORIES = Object.keys(CODES) as LabReleaseCategory[];
const UNIT_NAME = "Fjelltoppen legekontor";

let unitId: string;
let clinician: {
  kind: "CLINICIAN";
  sessionId: string;
  clinicianId: string;
  name: string;
  profession: string;
  units: { id: string; name: string; organisationName: string }[];
};

type Spec = { category: LabReleaseCategory; releasedAfter?: number; preliminary?: boolean };

/** A requisition taken the day before `final`, its results final at `final` (unless preliminary). */
async function requisition(personId: string, final: Date, specs: Spec[]) {
  const received = await receiveLabResults(t.db, {
    requisition: {
      personId,
      orderingUnitId: unitId,
      ordererId: clinician.clinicianId,
      performingLab: "Testlaboratoriet",
      takenAt: new Date(final.getTime() - DAY),
      issuedAt: final,
    },
    results: specs.map((s) => ({
      analysisCode: CODES[s.category],
      valueQuantity: 7.5,
      unit: "mmol/L",
      referenceLow: 4,
      referenceHigh: 6,
      interpretation: "HIGH" as const,
      status: s.preliminary ? ("PRELIMINARY" as const) : ("FINAL" as const),
      takenAt: new Date(final.getTime() - DAY),
      issuedAt: final,
      finalAt: s.preliminary ? null : final,
      releasedAt:
        s.releasedAfter !== undefined ? new Date(final.getTime() + s.releasedAfter) : null,
    })),
  });
  return { requisitionId: received.requisitionId, ids: received.observationIds };
}

async function noticed(ids: string[]): Promise<string[]> {
  return (
    await t.db.labResultNotice.findMany({
      where: { observationId: { in: ids } },
      orderBy: { observationId: "asc" },
    })
  ).map((n) => n.observationId);
}

async function outbox(personId: string) {
  return t.db.notification.findMany({
    where: { personId },
    orderBy: [{ createdAt: "asc" }, { channel: "asc" }],
  });
}

function recordingTransport() {
  const sent: OutgoingNotification[] = [];
  const transport: NotificationTransport = {
    name: "test",
    async send(m) {
      sent.push(m);
    },
  };
  return { transport, sent };
}

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: UNIT_NAME,
  }));
  const c = await createClinician(t.db, { unitIds: [unitId] });
  clinician = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Dr Test",
    profession: "lege",
    units: [{ id: unitId, name: UNIT_NAME, organisationName: "Kontoret" }],
  };
  await t.db.labAnalysis.createMany({
    data: CATEGORIES.map((c, i) => ({
      code: CODES[c],
      name: `P-Prøve${i}`,
      shortName: `Prøve ${i}`,
      unit: "mmol/L",
      decimals: 1,
      releaseCategory: c,
    })),
  });
});

describe("the new-result notice", () => {
  it("notices each result exactly when the read-time rule first shows it to the patient", async () => {
    // Final on 15 March 2026, 02:30 Oslo: the 14-day net falls in the spring DST gap (29 March).
    const final = new Date("2026-03-15T01:30:00Z");
    const person = await createPerson(t.db, { age: 45, phone: "+4709000101" });
    const specs: Spec[] = CATEGORIES.flatMap((category) => [
      { category },
      { category, releasedAfter: 20 * HOUR },
    ]);
    const { ids } = await requisition(person.id, final, specs);
    const net = safetyNetAt(final);
    // From the moment the results are final (the rule takes a final result's finalAt as past).
    const clocks = [
      final,
      new Date(final.getTime() + 20 * HOUR - MINUTE),
      new Date(final.getTime() + 20 * HOUR),
      new Date(final.getTime() + 7 * DAY),
      new Date(net.getTime() - MINUTE),
      net,
      new Date(net.getTime() + 3 * DAY),
    ];
    for (const now of clocks) {
      await notifyNewResults(t.db, now);
      // The rule pages use, at this moment, for the patient (no show-at-once choice).
      const visible = ids.filter((_, i) => {
        const s = specs[i]!;
        const facts = {
          releaseCategory: s.category,
          status: "FINAL" as const,
          finalAt: final,
          releasedAt:
            s.releasedAfter !== undefined ? new Date(final.getTime() + s.releasedAfter) : null,
          hiddenFromGuardians: false,
        };
        return resultVisibility("SELF", facts, { now, showAtOnce: false }).state === "visible";
      });
      expect(await noticed(ids), now.toISOString()).toEqual([...visible].sort());
    }
    // AFTER_CONVERSATION without a release is never noticed; the net came at 03:30 summer time.
    expect(net.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect((await noticed(ids)).length).toBe(5);
    // Three moments (final, the release, the net): three notices, each by e-mail and SMS.
    const rows = await outbox(person.id);
    expect(rows.every((r) => r.template === "lab_results_ready")).toBe(true);
    expect(rows.map((r) => r.channel).sort()).toEqual([
      "EMAIL",
      "EMAIL",
      "EMAIL",
      "SMS",
      "SMS",
      "SMS",
    ]);
  });

  it("sends one notice per requisition, without naming the analysis, the value or the unit", async () => {
    const final = new Date("2026-05-04T08:00:00Z");
    const person = await createPerson(t.db, { age: 60, phone: "+4709000102" });
    await createCareRelation(t.db, {
      personId: person.id,
      unitId,
      kind: "GP_LIST",
      validFrom: new Date(final.getTime() - 365 * DAY),
    });
    const { ids } = await requisition(person.id, final, [
      { category: "IMMEDIATE" },
      { category: "IMMEDIATE" },
      { category: "IMMEDIATE" },
      { category: "AFTER_REVIEW" },
    ]);
    const first = await notifyNewResults(t.db, new Date(final.getTime() + MINUTE));
    expect(first.requisitions).toBeGreaterThanOrEqual(1);
    expect(await noticed(ids)).toHaveLength(3);
    expect((await outbox(person.id)).map((r) => r.channel)).toEqual(["EMAIL", "SMS"]);

    // Again: nothing new. Later the clinician releases the fourth: one more notice, not four.
    await notifyNewResults(t.db, new Date(final.getTime() + 2 * MINUTE));
    expect(await outbox(person.id)).toHaveLength(2);
    const releasedAt = new Date(final.getTime() + 3 * HOUR);
    expect(
      await releaseResults(
        t.db,
        clinician,
        { items: [`${person.id}:${ids[3]}`], comment: null },
        releasedAt,
      ),
    ).toEqual({ released: 1, skipped: 0 });
    await notifyNewResults(t.db, new Date(releasedAt.getTime() + MINUTE));
    expect(await noticed(ids)).toHaveLength(4);
    expect(await outbox(person.id)).toHaveLength(4);

    const { transport, sent } = recordingTransport();
    await deliverNotifications(
      t.db,
      transport,
      () => new Date(releasedAt.getTime() + 2 * MINUTE),
      1000,
    );
    const mine = sent.filter((s) => s.to === person.email || s.to === person.phone);
    expect(mine).toHaveLength(4);
    for (const m of mine) {
      expect(m.text).toBe("Du har fått nye prøvesvar i HelsaMi. Logg inn for å se dem.");
      for (const secret of [
        "Prøve",
        "7.5",
        "7,5",
        "mmol",
        UNIT_NAME,
        "Fjelltoppen",
        "Testlaboratoriet",
      ])
        expect(`${m.subject} ${m.text}`).not.toContain(secret);
    }
  });

  it("respects the person's choices: no e-mail when turned off, nothing without a channel, never for the deceased", async () => {
    const final = new Date("2026-06-01T08:00:00Z");
    const smsOnly = await createPerson(t.db, { phone: "+4709000103" });
    await t.db.person.update({ where: { id: smsOnly.id }, data: { notifyByEmail: false } });
    const none = await createPerson(t.db, { email: null, phone: null });
    const deceased = await createPerson(t.db, {
      phone: "+4709000104",
      deceased: new Date("2026-06-01T12:00:00Z"),
    });
    const made = await Promise.all(
      [smsOnly, none, deceased].map((p) => requisition(p.id, final, [{ category: "IMMEDIATE" }])),
    );
    await notifyNewResults(t.db, new Date(final.getTime() + MINUTE));
    expect((await outbox(smsOnly.id)).map((r) => r.channel)).toEqual(["SMS"]);
    expect(await outbox(none.id)).toEqual([]);
    expect(await outbox(deceased.id)).toEqual([]);
    // Claimed all the same: giving a phone number later does not bring up old results.
    expect(await noticed(made.flatMap((m) => m.ids))).toHaveLength(3);
    await t.db.person.update({ where: { id: none.id }, data: { phone: "+4709000105" } });
    await notifyNewResults(t.db, new Date(final.getTime() + HOUR));
    expect(await outbox(none.id)).toEqual([]);
  });

  it("respects the per-kind setting: results switched off on SMS go by e-mail only, other kinds untouched", async () => {
    const final = new Date("2026-06-03T08:00:00Z");
    const person = await createPerson(t.db, {
      phone: "+4709000106",
      email: "resultat@example.test",
    });
    await t.db.notificationSetting.createMany({
      data: [
        { personId: person.id, kind: "RESULTS", channel: "SMS", enabled: false, changedAt: final },
        // A switched-off kind that is not results changes nothing here.
        {
          personId: person.id,
          kind: "APPOINTMENTS",
          channel: "EMAIL",
          enabled: false,
          changedAt: final,
        },
      ],
    });
    await requisition(person.id, final, [{ category: "IMMEDIATE" }]);
    await notifyNewResults(t.db, new Date(final.getTime() + MINUTE));
    expect((await outbox(person.id)).map((r) => r.channel)).toEqual(["EMAIL"]);
  });

  it("notices a waiting result when the patient chooses to see results at once, and a preliminary one only once final", async () => {
    const final = new Date("2026-07-01T08:00:00Z");
    const person = await createPerson(t.db, { age: 35, phone: "+4709000106" });
    const { ids } = await requisition(person.id, final, [
      { category: "AFTER_REVIEW" },
      { category: "AFTER_CONVERSATION" },
      { category: "IMMEDIATE", preliminary: true },
    ]);
    await notifyNewResults(t.db, new Date(final.getTime() + DAY));
    expect(await noticed(ids)).toEqual([]);

    const chosenAt = new Date(final.getTime() + 2 * DAY);
    await setShowAtOnce(
      t.db,
      { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Pasient" },
      { subject: "meg", showAtOnce: true },
      chosenAt,
    );
    await notifyNewResults(t.db, new Date(chosenAt.getTime() + MINUTE));
    // The waiting one shows now; the one for a conversation does not, whatever the choice.
    expect(await noticed(ids)).toEqual([ids[0]]);

    const finalLater = new Date(final.getTime() + 3 * DAY);
    await t.db.labObservation.update({
      where: { id: ids[2] },
      data: { status: "FINAL", finalAt: finalLater },
    });
    await notifyNewResults(t.db, new Date(finalLater.getTime() + MINUTE));
    expect(await noticed(ids)).toEqual([ids[0], ids[2]].sort());
    expect(await outbox(person.id)).toHaveLength(4); // two moments, e-mail and SMS each
  });

  it("tells only the patient: a parent or proxy hears nothing, also of a result hidden from guardians", async () => {
    const final = new Date("2026-07-20T08:00:00Z");
    const family = await createFamily(t.db, { childAges: [14] });
    const child = family.children[0]!;
    await t.db.person.update({ where: { id: child.id }, data: { phone: "+4709000109" } });
    const proxy = await createPerson(t.db, { phone: "+4709000110" });
    await t.db.proxyGrant.create({
      data: {
        validFrom: new Date(final.getTime() - 400 * DAY),
        grantorId: family.parents[0]!.id,
        granteeId: proxy.id,
        level: "READ",
        categories: ["LAB_RESULTS"],
      },
    });
    const { requisitionId, ids } = await requisition(child.id, final, [{ category: "IMMEDIATE" }]);
    await t.db.labObservation.update({
      where: { id: ids[0] },
      data: { hiddenFromGuardians: true, hiddenReason: "Ønsket av ungdommen" },
    });
    const mother = await requisition(family.parents[0]!.id, final, [{ category: "IMMEDIATE" }]);
    await notifyNewResults(t.db, new Date(final.getTime() + MINUTE));
    expect((await outbox(child.id)).map((r) => r.channel)).toEqual(["SMS"]); // a 14-year-old here has a phone, no e-mail
    expect(
      (await outbox(child.id)).every((r) =>
        r.dedupeKey.startsWith(`lab-results:${requisitionId}:`),
      ),
    ).toBe(true);
    // The mother is told of her own result only; her proxy of nothing.
    expect((await outbox(family.parents[0]!.id)).map((r) => r.dedupeKey.split(":")[1])).toEqual([
      mother.requisitionId,
    ]); // e-mail only
    expect(await outbox(family.parents[1]!.id)).toEqual([]);
    expect(await outbox(proxy.id)).toEqual([]);
  });

  it("does not announce results that became visible before the look-back window", async () => {
    const final = new Date("2026-08-01T08:00:00Z");
    const person = await createPerson(t.db, { phone: "+4709000107" });
    const { ids } = await requisition(person.id, final, [{ category: "IMMEDIATE" }]);
    await notifyNewResults(t.db, new Date(final.getTime() + NOTICE_LOOKBACK_DAYS * DAY + MINUTE));
    expect(await noticed(ids)).toEqual([]);
    expect(await outbox(person.id)).toEqual([]);
  });

  it("two sweeps at once notice each result once and notify once", async () => {
    const final = new Date("2026-09-01T08:00:00Z");
    const people = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createPerson(t.db, { phone: `+470900020${i}` })),
    );
    const made = [];
    for (const p of people)
      made.push(
        await requisition(p.id, final, [{ category: "IMMEDIATE" }, { category: "IMMEDIATE" }]),
      );
    const at = new Date(final.getTime() + MINUTE);
    const [a, b] = await Promise.all([
      notifyNewResults(t.newClient(), at, 3),
      notifyNewResults(t.newClient(), at, 3),
    ]);
    expect(a.requisitions + b.requisitions).toBeGreaterThanOrEqual(8);
    expect(await noticed(made.flatMap((m) => m.ids))).toHaveLength(16);
    for (const p of people)
      expect((await outbox(p.id)).map((r) => r.channel)).toEqual(["EMAIL", "SMS"]);
  });

  it("costs the same few statements for one requisition as for forty", async () => {
    const statements: string[] = [];
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: t.connectionString, max: 1 }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", (e) => statements.push(e.query));
    try {
      const count = async (final: Date, requisitions: number) => {
        for (let i = 0; i < requisitions; i++) {
          const p = await createPerson(t.db, { phone: `+47090003${String(i).padStart(2, "0")}` });
          await requisition(p.id, final, [{ category: "IMMEDIATE" }, { category: "IMMEDIATE" }]);
        }
        statements.length = 0;
        const result = await notifyNewResults(
          client as unknown as Db,
          new Date(final.getTime() + MINUTE),
        );
        expect(result.requisitions).toBe(requisitions);
        return statements.length;
      };
      const one = await count(new Date("2026-10-01T08:00:00Z"), 1);
      const forty = await count(new Date("2026-10-20T08:00:00Z"), 40);
      expect(forty).toBe(one);
      expect(one).toBeLessThanOrEqual(6); // BEGIN, claim, choices, notifications, COMMIT
    } finally {
      await client.$disconnect();
    }
  });

  it("runs as the worker's periodic job", async () => {
    const final = new Date(Date.now() - HOUR);
    const person = await createPerson(t.db, { phone: "+4709000108" });
    const { ids } = await requisition(person.id, final, [{ category: "IMMEDIATE" }]);
    const { transport } = recordingTransport();
    const worker = await startWorker({
      connectionString: t.connectionString,
      db: t.newClient(),
      transport,
      poolMax: 1,
      schedule: false,
    });
    try {
      await worker.boss.send(QUEUES.labResultNotices, {});
      await expect.poll(() => noticed(ids), { timeout: 20_000 }).toEqual(ids);
    } finally {
      await worker.stop();
    }
    expect((await outbox(person.id)).map((r) => r.template)).toEqual([
      "lab_results_ready",
      "lab_results_ready",
    ]);
  }, 60_000);
});
