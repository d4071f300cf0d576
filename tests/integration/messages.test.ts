import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, isNotFound } from "@/lib/access/errors";
import { getThread } from "@/lib/messages/get-thread";
import { getInboxOverview } from "@/lib/messages/inbox-overview";
import { listInboxThreads } from "@/lib/messages/list-inbox-threads";
import { listThreads } from "@/lib/messages/list-threads";
import { markThreadDone } from "@/lib/messages/mark-done";
import { forwardThread } from "@/lib/messages/forward-thread";
import { openThread } from "@/lib/messages/open-thread";
import { replyAsCitizen } from "@/lib/messages/reply-as-citizen";
import { replyAsClinician } from "@/lib/messages/reply-as-clinician";
import { startThread } from "@/lib/messages/start-thread";
import { RecipientNotAllowedError, ThreadClosedError } from "@/lib/messages/errors";
import { useTestDatabase } from "./harness";
import { createCareRelation, createClinician, createFamily, createPerson } from "./factories";
import {
  citizenActor,
  createInbox,
  createMessagingUnit,
  type MessagingUnit,
} from "./message-factories";

const t = useTestDatabase();
const HOUR = 3_600_000;

async function refused(work: Promise<unknown>): Promise<boolean> {
  try {
    await work;
    return false;
  } catch (error) {
    if (isNotFound(error)) return true;
    throw error;
  }
}

describe("messages: writing, reading, answering", () => {
  let gp: MessagingUnit;
  let other: MessagingUnit;
  let kari: Extract<Actor, { kind: "CITIZEN" }>;

  beforeAll(async () => {
    gp = await createMessagingUnit(t.db, { openWithinHours: 24 });
    other = await createMessagingUnit(t.db);
    const person = await createPerson(t.db, {
      givenName: "Kari",
      familyName: "Test",
      phone: "+4709999999",
    });
    await createCareRelation(t.db, {
      personId: person.id,
      unitId: gp.unitId,
      kind: "GP_LIST",
      validFrom: new Date(Date.now() - 100 * HOUR),
    });
    kari = citizenActor(person);
  });

  it("a new thread is routed to the unit's shared inbox, hop 0 recorded, care relation and deadline set", async () => {
    const now = new Date();
    const { threadId } = await startThread(
      t.db,
      kari,
      { subject: "meg", topicId: gp.topicId, body: "Hei, et spørsmål." },
      now,
    );
    const thread = await t.db.messageThread.findUniqueOrThrow({
      where: { id: threadId },
      include: { hops: true },
    });
    expect(thread.inboxId).toBe(gp.sharedInboxId);
    expect(thread.openDueAt?.getTime()).toBe(now.getTime() + 24 * HOUR);
    expect(thread.hops.map((h) => [h.hop, h.toInboxId, h.reason])).toEqual([
      [0, gp.sharedInboxId, "ROUTED"],
    ]);
    expect(
      await t.db.careRelation.count({
        where: {
          personId: kari.personId,
          unitId: gp.unitId,
          kind: "MESSAGE_THREAD",
          sourceId: threadId,
        },
      }),
    ).toBe(1);
    const log = await t.db.accessLogEntry.findFirstOrThrow({
      where: { personId: kari.personId, itemId: threadId },
    });
    expect([log.category, log.action, log.basis]).toEqual(["MESSAGES", "CREATE", "SELF"]);
  });

  it("a unit without a care relation (and not open to anyone) cannot be written to", async () => {
    await expect(
      startThread(t.db, kari, { subject: "meg", topicId: other.topicId, body: "Hei" }),
    ).rejects.toBeInstanceOf(RecipientNotAllowedError);
    await t.db.unit.update({ where: { id: other.unitId }, data: { messagesFromAnyone: true } });
    const { threadId } = await startThread(t.db, kari, {
      subject: "meg",
      topicId: other.topicId,
      body: "Hei",
    });
    expect((await t.db.messageThread.findUniqueOrThrow({ where: { id: threadId } })).inboxId).toBe(
      other.sharedInboxId,
    );
    await t.db.unit.update({ where: { id: other.unitId }, data: { messagesFromAnyone: false } });
  });

  it("the clinician opens, answers; the citizen sees it unread, reads it; the outbox says nothing of health", async () => {
    const t0 = new Date(Date.now() - 5 * HOUR);
    const { threadId } = await startThread(
      t.db,
      kari,
      { subject: "meg", topicId: gp.topicId, body: "Vondt i ryggen, hva gjør jeg?" },
      t0,
    );
    const inbox = await listInboxThreads(
      t.db,
      gp.clinician,
      { inboxId: gp.sharedInboxId, view: "waiting" },
      new Date(t0.getTime() + HOUR),
    );
    const row = inbox.threads.find((r) => r.id === threadId);
    expect(row?.status).toBe("new");
    expect(row?.waitedMs).toBe(HOUR);

    const opened = await openThread(
      t.db,
      gp.clinician,
      { threadId },
      new Date(t0.getTime() + 2 * HOUR),
    );
    expect(opened.justOpened).toBe(true);
    const afterOpen = await t.db.messageThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(afterOpen.openedById).toBe(gp.clinician.clinicianId);
    expect(afterOpen.openDueAt).toBeNull();
    expect((await openThread(t.db, gp.clinician, { threadId })).justOpened).toBe(false);

    await replyAsClinician(
      t.db,
      gp.clinician,
      { threadId, body: "Ta kontakt for time.", asUnit: true },
      new Date(t0.getTime() + 3 * HOUR),
    );
    const list = await listThreads(t.db, kari, { subject: "meg" });
    expect(list.threads.find((x) => x.id === threadId)?.state).toBe("unread");
    const read = await getThread(t.db, kari, { subject: "meg", threadId });
    expect(read.messages.map((m) => m.author.kind)).toEqual(["citizen", "unit"]);
    expect(read.messages[1]?.author).toMatchObject({ kind: "unit", unitName: gp.unitName });
    expect(
      (await listThreads(t.db, kari, { subject: "meg" })).threads.find((x) => x.id === threadId)
        ?.state,
    ).toBe("answered");

    const outbox = await t.db.notification.findMany({
      where: { personId: kari.personId, template: "message_received" },
    });
    expect(outbox.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    for (const n of outbox)
      expect(JSON.stringify(n)).not.toMatch(/ryggen|kontakt for time|Enhet|Testenhet/);
  });

  it("a citizen's reply in an opened thread makes it unopened again and restarts the clock; done closes it", async () => {
    const t0 = new Date();
    const { threadId } = await startThread(
      t.db,
      kari,
      { subject: "meg", topicId: gp.topicId, body: "Første" },
      t0,
    );
    await openThread(t.db, gp.clinician, { threadId }, t0);
    const t1 = new Date(t0.getTime() + HOUR);
    await replyAsCitizen(t.db, kari, { subject: "meg", threadId, body: "Glemte å si …" }, t1);
    const thread = await t.db.messageThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread.openedAt).toBeNull();
    expect(thread.openDueAt?.getTime()).toBe(t1.getTime() + 24 * HOUR);
    expect(thread.waitingSince?.getTime()).toBe(t0.getTime());

    await markThreadDone(t.db, gp.clinician, { threadId });
    await expect(
      replyAsCitizen(t.db, kari, { subject: "meg", threadId, body: "Enda en" }),
    ).rejects.toBeInstanceOf(ThreadClosedError);
    expect(
      (
        await listInboxThreads(t.db, gp.clinician, { inboxId: gp.sharedInboxId, view: "waiting" })
      ).threads.some((r) => r.id === threadId),
    ).toBe(false);
  });

  it("a forward with a note moves the thread, writes hop 1, and the new inbox's members can act", async () => {
    const colleague = await createInbox(t.db, gp, { personal: true });
    const { threadId } = await startThread(t.db, kari, {
      subject: "meg",
      topicId: gp.topicId,
      body: "Til rett person",
    });
    await forwardThread(t.db, gp.clinician, {
      threadId,
      toInboxId: colleague.id,
      note: "Kan du ta denne?",
    });
    const hops = await t.db.messageThreadHop.findMany({
      where: { threadId },
      orderBy: { hop: "asc" },
    });
    expect(hops.map((h) => [h.hop, h.reason, h.note])).toEqual([
      [0, "ROUTED", null],
      [1, "FORWARDED", "Kan du ta denne?"],
    ]);
    // The first inbox's member still sees where it went, but can no longer act on it.
    expect((await openThread(t.db, gp.clinician, { threadId })).canAct).toBe(false);
    const seen = await openThread(t.db, colleague.member, { threadId });
    expect(seen.canAct).toBe(true);
    expect(seen.justOpened).toBe(true);
    // The citizen's thread page shows nothing of it.
    const citizenView = await getThread(t.db, kari, { subject: "meg", threadId });
    expect(JSON.stringify(citizenView)).not.toMatch(/sin innboks|Kan du ta denne/);
  });

  it("the inbox pages by keyset, oldest waiting first, and logs only the patients on the page shown", async () => {
    const unit = await createMessagingUnit(t.db);
    const base = new Date(Date.now() - 100 * HOUR);
    const people = [];
    for (let i = 0; i < 23; i++) {
      const p = await createPerson(t.db, { age: 30 + i });
      await createCareRelation(t.db, {
        personId: p.id,
        unitId: unit.unitId,
        kind: "GP_LIST",
        validFrom: new Date(base.getTime() - HOUR),
      });
      await startThread(
        t.db,
        citizenActor(p),
        { subject: "meg", topicId: unit.topicId, body: `Melding ${i}` },
        new Date(base.getTime() + i * HOUR),
      );
      people.push(p);
    }
    const before = await t.db.accessLogEntry.count({
      where: { actorClinicianId: unit.clinician.clinicianId },
    });
    const first = await listInboxThreads(t.db, unit.clinician, {
      inboxId: unit.sharedInboxId,
      view: "waiting",
    });
    expect(first.threads).toHaveLength(20);
    expect(first.threads.map((r) => r.waitingSince!.getTime())).toEqual(
      [...first.threads.map((r) => r.waitingSince!.getTime())].sort((a, b) => a - b),
    );
    expect(
      await t.db.accessLogEntry.count({ where: { actorClinicianId: unit.clinician.clinicianId } }),
    ).toBe(before + 20);
    const second = await listInboxThreads(t.db, unit.clinician, {
      inboxId: unit.sharedInboxId,
      view: "waiting",
      after: first.next!,
    });
    expect(second.threads).toHaveLength(3);
    expect(second.next).toBeNull();
    expect(new Set([...first.threads, ...second.threads].map((r) => r.id)).size).toBe(23);
    const logged = await t.db.accessLogEntry.findMany({
      where: { actorClinicianId: unit.clinician.clinicianId },
      select: { personId: true },
    });
    expect(new Set(logged.map((l) => l.personId))).toEqual(new Set(people.map((p) => p.id)));
    const overview = await getInboxOverview(t.db, unit.clinician);
    expect(overview.find((o) => o.id === unit.sharedInboxId)).toMatchObject({
      waiting: 23,
      unopened: 23,
    });
  });
});

describe("messages: routing", () => {
  it("physiotherapy with a responsible physiotherapist goes to their personal inbox; without one to the shared inbox", async () => {
    const physio = await createMessagingUnit(t.db, {
      kind: "MUNICIPALITY",
      unitKind: "PHYSIOTHERAPY",
    });
    await t.db.routingRule.updateMany({
      where: { unitId: physio.unitId },
      data: { preferResponsible: true },
    });
    const own = await createInbox(t.db, physio, { personal: true });
    const withPt = await createPerson(t.db);
    const withoutPt = await createPerson(t.db);
    for (const p of [withPt, withoutPt])
      await createCareRelation(t.db, { personId: p.id, unitId: physio.unitId, kind: "ENROLMENT" });
    await t.db.responsibleClinician.create({
      data: { personId: withPt.id, unitId: physio.unitId, clinicianId: own.member.clinicianId },
    });

    const a = await startThread(t.db, citizenActor(withPt), {
      subject: "meg",
      topicId: physio.topicId,
      body: "Hei",
    });
    const b = await startThread(t.db, citizenActor(withoutPt), {
      subject: "meg",
      topicId: physio.topicId,
      body: "Hei",
    });
    expect(
      (await t.db.messageThread.findUniqueOrThrow({ where: { id: a.threadId } })).inboxId,
    ).toBe(own.id);
    expect(
      (await t.db.messageThread.findUniqueOrThrow({ where: { id: b.threadId } })).inboxId,
    ).toBe(physio.sharedInboxId);
  });
});

describe("messages: authorization matrix (MESSAGES)", () => {
  let gp: MessagingUnit;
  let otherUnit: MessagingUnit;
  let per: Extract<Actor, { kind: "CITIZEN" }>;
  let readProxy: Extract<Actor, { kind: "CITIZEN" }>;
  let writeProxy: Extract<Actor, { kind: "CITIZEN" }>;
  let stranger: Extract<Actor, { kind: "CITIZEN" }>;
  let parent: Extract<Actor, { kind: "CITIZEN" }>;
  let child10: string;
  let child14: string;
  let admin: Actor;
  let threadId: string;

  beforeAll(async () => {
    gp = await createMessagingUnit(t.db);
    otherUnit = await createMessagingUnit(t.db);
    const perP = await createPerson(t.db, { age: 84, givenName: "Per", familyName: "Hansen" });
    const ingrid = await createPerson(t.db, { age: 52, givenName: "Ingrid", familyName: "Hansen" });
    const reader = await createPerson(t.db, { age: 50 });
    const other = await createPerson(t.db, { age: 30 });
    per = citizenActor(perP);
    writeProxy = citizenActor(ingrid);
    readProxy = citizenActor(reader);
    stranger = citizenActor(other);
    await t.db.proxyGrant.create({
      data: {
        grantorId: perP.id,
        granteeId: ingrid.id,
        level: "READ_AND_MESSAGE",
        categories: ["MESSAGES"],
      },
    });
    await t.db.proxyGrant.create({
      data: { grantorId: perP.id, granteeId: reader.id, level: "READ", categories: ["MESSAGES"] },
    });
    const family = await createFamily(t.db, { childAges: [10, 14] });
    parent = citizenActor(family.parents[0]!);
    child10 = family.children[0]!.id;
    child14 = family.children[1]!.id;
    for (const id of [perP.id, child10, child14])
      await createCareRelation(t.db, { personId: id, unitId: gp.unitId, kind: "GP_LIST" });
    const a = await createClinician(t.db, {
      unitIds: [],
      hprNumber: null,
      adminOf: [gp.organisationId],
    });
    admin = {
      kind: "ORG_ADMIN",
      sessionId: "t",
      clinicianId: a.id,
      name: "Admin",
      organisationIds: [gp.organisationId],
    };
    ({ threadId } = await startThread(t.db, per, {
      subject: "meg",
      topicId: gp.topicId,
      body: "Per skriver selv.",
    }));
  });

  it("self reads and writes", async () => {
    expect((await listThreads(t.db, per, { subject: "meg" })).threads).toHaveLength(1);
    expect((await getThread(t.db, per, { subject: "meg", threadId })).messages).toHaveLength(1);
  });

  it("a proxy with READ reads, but cannot write", async () => {
    expect(
      (await getThread(t.db, readProxy, { subject: per.personId, threadId })).messages[0]?.body,
    ).toBe("Per skriver selv.");
    await expect(
      startThread(t.db, readProxy, { subject: per.personId, topicId: gp.topicId, body: "Nei" }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      replyAsCitizen(t.db, readProxy, { subject: per.personId, threadId, body: "Nei" }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await t.db.message.count({ where: { threadId } })).toBe(1);
  });

  it("a proxy with READ_AND_MESSAGE writes, shown as 'on behalf of'", async () => {
    await replyAsCitizen(t.db, writeProxy, {
      subject: per.personId,
      threadId,
      body: "Ingrid her.",
    });
    const thread = await getThread(t.db, per, { subject: "meg", threadId });
    expect(thread.messages[1]?.author).toEqual({
      kind: "citizen",
      name: "Ingrid Hansen",
      onBehalfOf: "Per Hansen",
    });
    const log = await t.db.accessLogEntry.findFirstOrThrow({
      where: { personId: per.personId, actorPersonId: writeProxy.personId },
    });
    expect(log.basis).toBe("PROXY_GRANT");
  });

  it("a parent writes for a child of 10, and gets nothing for a child of 14", async () => {
    const { threadId: childThread } = await startThread(t.db, parent, {
      subject: child10,
      topicId: gp.topicId,
      body: "Emma har feber.",
    });
    expect(
      (await listThreads(t.db, parent, { subject: child10 })).threads.map((x) => x.id),
    ).toEqual([childThread]);
    expect(await refused(listThreads(t.db, parent, { subject: child14 }))).toBe(true);
    expect(
      await refused(
        startThread(t.db, parent, { subject: child14, topicId: gp.topicId, body: "Nei" }),
      ),
    ).toBe(true);
  });

  it("a clinician in the inbox's unit reads; another unit's clinician and another citizen get 'not found'", async () => {
    expect((await openThread(t.db, gp.clinician, { threadId })).messages.length).toBeGreaterThan(0);
    expect(await refused(openThread(t.db, otherUnit.clinician, { threadId }))).toBe(true);
    expect(
      await refused(
        replyAsClinician(t.db, otherUnit.clinician, { threadId, body: "Hei", asUnit: false }),
      ),
    ).toBe(true);
    expect(await refused(getThread(t.db, stranger, { subject: "meg", threadId }))).toBe(true);
    expect(await refused(getThread(t.db, stranger, { subject: per.personId, threadId }))).toBe(
      true,
    );
    expect(
      await refused(
        listInboxThreads(t.db, otherUnit.clinician, { inboxId: gp.sharedInboxId, view: "waiting" }),
      ),
    ).toBe(true);
    expect(
      await t.db.message.count({
        where: { threadId, authorClinicianId: otherUnit.clinician.clinicianId },
      }),
    ).toBe(0);
  });

  it("an organisation admin sees no content", async () => {
    expect(await refused(openThread(t.db, admin, { threadId }))).toBe(true);
    expect(await refused(getThread(t.db, admin, { subject: per.personId, threadId }))).toBe(true);
    expect(
      await refused(listInboxThreads(t.db, admin, { inboxId: gp.sharedInboxId, view: "waiting" })),
    ).toBe(true);
  });
});
