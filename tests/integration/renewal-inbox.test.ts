// A renewal request in the unit's inbox (issue 16: "it becomes a work item for the prescriber's unit,
// in the unit's inbox if messages exist, under the topic Resept"): the request opens a thread there,
// routed like any message; the decision from the renewal work list answers in it and closes it; a
// unit without the topic gets none, and a refused request opens nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { listInboxThreads } from "@/lib/messages/list-inbox-threads";
import { openThread } from "@/lib/messages/open-thread";
import { decideRenewal } from "@/lib/record/medications/decide-renewal";
import { RenewalAlreadyRequestedError } from "@/lib/record/medications/errors";
import { requestRenewal } from "@/lib/record/medications/request-renewal";
import { RENEWAL_TOPIC } from "@/lib/record/medications/renewal-thread";
import { addOsloDays, osloDateKey } from "@/lib/time/oslo";
import { useTestDatabase } from "./harness";
import {
  citizenActor,
  createCareRelation,
  createOrganisationWithUnit,
  createPerson,
  createProxyGrant,
} from "./factories";
import { createMedication } from "./medication-factories";
import { createMessagingUnit, type MessagingUnit } from "./message-factories";

const t = useTestDatabase();

let withTopic: MessagingUnit;
let withoutTopic: MessagingUnit;

beforeAll(async () => {
  withTopic = await createMessagingUnit(t.db);
  const resept = await t.db.messageTopic.create({
    data: { unitId: withTopic.unitId, label: RENEWAL_TOPIC },
  });
  await t.db.routingRule.create({
    data: {
      organisationId: withTopic.organisationId,
      unitId: withTopic.unitId,
      topicId: resept.id,
      inboxId: withTopic.sharedInboxId,
    },
  });
  withoutTopic = await createMessagingUnit(t.db);
});

async function patientAt(unit: MessagingUnit) {
  const patient = await createPerson(t.db, { age: 52 });
  await createCareRelation(t.db, { personId: patient.id, unitId: unit.unitId, kind: "GP_LIST" });
  const medication = await createMedication(t.db, {
    personId: patient.id,
    unitId: unit.unitId,
    validForDays: 10,
  });
  return { patient, medication };
}

const threadOf = (requestId: string) =>
  t.db.medicationRenewalRequest
    .findUniqueOrThrow({ where: { id: requestId }, select: { threadId: true } })
    .then((r) => r.threadId);

describe("a renewal request in the unit's inbox", () => {
  it("opens a thread under 'Resept' in the routed inbox, written by the patient, waiting", async () => {
    const { patient, medication } = await patientAt(withTopic);
    const { id } = await requestRenewal(t.db, citizenActor(patient), {
      subject: "meg",
      medicationId: medication.id,
      note: "Har fem tabletter igjen",
    });
    const threadId = await threadOf(id);
    expect(threadId).not.toBeNull();
    const thread = await t.db.messageThread.findUniqueOrThrow({
      where: { id: threadId! },
      include: { topic: true, messages: true },
    });
    expect(thread).toMatchObject({
      personId: patient.id,
      unitId: withTopic.unitId,
      inboxId: withTopic.sharedInboxId,
      status: "OPEN",
      topic: { label: RENEWAL_TOPIC },
    });
    expect(thread.waitingSince).not.toBeNull();
    expect(thread.openDueAt).not.toBeNull();
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({
      authorPersonId: patient.id,
      onBehalfOfPersonId: null,
      body: "Forespørsel om fornyet resept: Levaxin 50 mikrogram.\n\nMerknad: Har fem tabletter igjen",
    });
    const inbox = await listInboxThreads(t.db, withTopic.clinician, {
      inboxId: withTopic.sharedInboxId,
      view: "waiting",
    });
    expect(inbox.threads.map((r) => r.id)).toContain(threadId);
    // Opened by the clinician, the thread points to the request to answer.
    const opened = await openThread(t.db, withTopic.clinician, { threadId: threadId! });
    expect(opened.openRenewalRequestId).toBe(id);
  });

  it("the decision answers in the thread as the unit and closes it; the thread no longer points to it", async () => {
    for (const kind of ["RENEW", "DECLINE"] as const) {
      const { patient, medication } = await patientAt(withTopic);
      const { id } = await requestRenewal(t.db, citizenActor(patient), {
        subject: "meg",
        medicationId: medication.id,
      });
      const newEndDate = addOsloDays(osloDateKey(new Date()), 90);
      await decideRenewal(t.db, withTopic.clinician, {
        requestId: id,
        decision:
          kind === "RENEW"
            ? { kind, newEndDate }
            : { kind, reason: "Vi må se deg før vi fornyer. Bestill en time." },
      });
      const threadId = (await threadOf(id))!;
      const thread = await t.db.messageThread.findUniqueOrThrow({
        where: { id: threadId },
        include: { messages: { orderBy: { createdAt: "asc" } } },
      });
      expect(thread).toMatchObject({
        status: "DONE",
        doneById: withTopic.clinician.clinicianId,
        waitingSince: null,
        openDueAt: null,
      });
      expect(thread.openedAt).not.toBeNull();
      const answer = thread.messages[1]!;
      expect(answer).toMatchObject({
        authorClinicianId: withTopic.clinician.clinicianId,
        asUnit: true,
      });
      expect(answer.body).toMatch(
        kind === "RENEW"
          ? /^Resepten på Levaxin 50 mikrogram er fornyet\. Den gjelder til \d{1,2}\. \S+ \d{4}\.$/
          : /^Forespørselen om fornyet resept på Levaxin 50 mikrogram er avslått\. Begrunnelse: Vi må se deg før vi fornyer\. Bestill en time\.$/,
      );
      const opened = await openThread(t.db, withTopic.clinician, { threadId });
      expect(opened.openRenewalRequestId).toBeNull();
      // One notice for the decision, as before: the answer in the thread sends none of its own.
      expect(
        await t.db.notification.findMany({
          where: { personId: patient.id },
          select: { template: true },
        }),
      ).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ template: "message_received" })]),
      );
    }
  });

  it("a proxy's request is written by the proxy for the patient", async () => {
    const { patient, medication } = await patientAt(withTopic);
    const proxy = await createPerson(t.db, { age: 48 });
    await createProxyGrant(t.db, {
      grantorId: patient.id,
      granteeId: proxy.id,
      level: "READ_AND_ACT",
      categories: ["MEDICATIONS"],
    });
    const { id } = await requestRenewal(t.db, citizenActor(proxy), {
      subject: patient.id,
      medicationId: medication.id,
    });
    const [message] = await t.db.message.findMany({ where: { threadId: (await threadOf(id))! } });
    expect(message).toMatchObject({ authorPersonId: proxy.id, onBehalfOfPersonId: patient.id });
  });

  it("a unit with the topic but no inbox to route to gets no thread, and the request stands", async () => {
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    await t.db.messageTopic.create({ data: { unitId: unit.id, label: RENEWAL_TOPIC } });
    const patient = await createPerson(t.db, { age: 60 });
    await createCareRelation(t.db, { personId: patient.id, unitId: unit.id, kind: "GP_LIST" });
    const medication = await createMedication(t.db, {
      personId: patient.id,
      unitId: unit.id,
      validForDays: 10,
    });
    const { id } = await requestRenewal(t.db, citizenActor(patient), {
      subject: "meg",
      medicationId: medication.id,
    });
    expect(await threadOf(id)).toBeNull();
    expect(await t.db.messageThread.count({ where: { personId: patient.id } })).toBe(0);
  });

  it("a unit without the topic gets no thread; a refused request opens none", async () => {
    const { patient, medication } = await patientAt(withoutTopic);
    const { id } = await requestRenewal(t.db, citizenActor(patient), {
      subject: "meg",
      medicationId: medication.id,
    });
    expect(await threadOf(id)).toBeNull();
    expect(await t.db.messageThread.count({ where: { personId: patient.id } })).toBe(0);

    const other = await patientAt(withTopic);
    await requestRenewal(t.db, citizenActor(other.patient), {
      subject: "meg",
      medicationId: other.medication.id,
    });
    await expect(
      requestRenewal(t.db, citizenActor(other.patient), {
        subject: "meg",
        medicationId: other.medication.id,
      }),
    ).rejects.toBeInstanceOf(RenewalAlreadyRequestedError);
    expect(await t.db.messageThread.count({ where: { personId: other.patient.id } })).toBe(1);
  });
});
