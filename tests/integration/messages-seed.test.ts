import { beforeAll, describe, expect, it } from "vitest";
import { routeThread } from "@/lib/messages/route-thread";
import { DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import { STAFF_IDS } from "@/prisma/seed/clinicians";
import {
  DIRECT_TO_RESPONSIBLE,
  personalInboxId,
  sharedInboxId,
  TOPICS_BY_KIND,
} from "@/prisma/seed/messaging";
import { UNIT_IDS } from "@/prisma/seed/organisations";
import { runSeed } from "@/prisma/seed/run";
import { useTestDatabase } from "./harness";

const t = useTestDatabase();

describe("seeded messaging", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    await runSeed(t.db, { now: new Date() });
  }, 180_000);

  it("every unit of every organisation has a shared inbox with all its clinicians, and each clinician a personal one", async () => {
    const units = await t.db.unit.findMany({
      include: { memberships: true, inboxes: { include: { members: true } } },
    });
    expect(units.length).toBeGreaterThan(8);
    for (const u of units) {
      const shared = u.inboxes.filter((i) => i.kind === "SHARED");
      expect(
        shared.map((i) => i.id),
        u.name,
      ).toEqual([sharedInboxId(u.id)]);
      expect(shared[0]!.members.map((m) => m.clinicianId).sort(), u.name).toEqual(
        u.memberships.map((m) => m.clinicianId).sort(),
      );
      for (const m of u.memberships)
        expect(
          u.inboxes.some((i) => i.ownerClinicianId === m.clinicianId),
          u.name,
        ).toBe(true);
    }
  });

  it("routes every topic of every unit to an inbox of that unit; backups form chains without cycles", async () => {
    const someone = DEMO_PERSON_IDS.ingridHansen;
    const topics = await t.db.messageTopic.findMany({ include: { unit: true } });
    expect(topics.length).toBeGreaterThan(20);
    for (const topic of topics) {
      expect(TOPICS_BY_KIND[topic.unit.kind]).toContain(topic.label);
      const inbox = await t.db.$transaction((tx) =>
        routeThread(tx, { unitId: topic.unitId, topicId: topic.id, personId: someone }),
      );
      expect(inbox.unitId, `${topic.unit.name}: ${topic.label}`).toBe(topic.unitId);
    }
    const inboxes = await t.db.inbox.findMany({
      select: { id: true, backupInboxId: true, openWithinHours: true },
    });
    const byId = new Map(inboxes.map((i) => [i.id, i]));
    for (const start of inboxes) {
      const seen = new Set([start.id]);
      for (let next = start.backupInboxId; next; next = byId.get(next)!.backupInboxId) {
        expect(seen.has(next), `cycle from ${start.id}`).toBe(false);
        seen.add(next);
      }
      expect(start.openWithinHours).toBeGreaterThan(0);
    }
    expect(inboxes.filter((i) => i.backupInboxId).length).toBeGreaterThan(inboxes.length / 2);
  });

  it("sends Kari's physiotherapy questions straight to her physiotherapist; others to the shared inbox", async () => {
    const topic = await t.db.messageTopic.findFirstOrThrow({
      where: { unitId: UNIT_IDS.physiotherapy, label: "Spørsmål om time" },
    });
    const kari = await t.db.$transaction((tx) =>
      routeThread(tx, {
        unitId: UNIT_IDS.physiotherapy,
        topicId: topic.id,
        personId: DEMO_PERSON_IDS.kari,
      }),
    );
    expect(kari.id).toBe(personalInboxId(UNIT_IDS.physiotherapy, STAFF_IDS["fysioterapi-2"]!));
    const per = await t.db.$transaction((tx) =>
      routeThread(tx, {
        unitId: UNIT_IDS.physiotherapy,
        topicId: topic.id,
        personId: DEMO_PERSON_IDS.perHansen,
      }),
    );
    expect(per.id).toBe(sharedInboxId(UNIT_IDS.physiotherapy));
    const rules = await t.db.routingRule.findMany({ include: { unit: true } });
    for (const r of rules)
      expect(r.preferResponsible, r.unit.name).toBe(DIRECT_TO_RESPONSIBLE.includes(r.unit.kind));
  });

  it("gives the demo people a few threads", async () => {
    expect(await t.db.messageThread.count({ where: { personId: DEMO_PERSON_IDS.kari } })).toBe(2);
    expect(await t.db.messageThread.count({ where: { personId: DEMO_PERSON_IDS.perHansen } })).toBe(
      1,
    );
  });
});
