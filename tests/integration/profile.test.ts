// The person's own page (issue 17): contact details, notification settings respected by the outbox
// and the worker, "Hvem kan se meg", and "Last ned mine data" as a FHIR R4 Bundle.
import { readFileSync } from "node:fs";
import type {
  AllergyIntolerance,
  Condition,
  DocumentReference,
  Immunization,
} from "@medplum/fhirtypes";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { describeEntry, type AccessLogT } from "@/components/access-log/describe-entry";
import { isNotFound } from "@/lib/access/errors";
import { readAccessLog } from "@/lib/access-log/read-access-log";
import { PARENTAL_ENDS_AT_AGE, PARENTAL_FULL_UNTIL_AGE } from "@/lib/access/rules";
import { shieldClinician } from "@/lib/shielding/shielding";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import {
  DECEASED,
  deliverNotifications,
  SWITCHED_OFF,
} from "@/lib/notifications/deliver-notifications";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import type { NotificationTransport, OutgoingNotification } from "@/lib/notifications/transports";
import { getProfile } from "@/lib/profile/get-profile";
import { contactSchema, updateContact } from "@/lib/profile/update-contact";
import { updateNotificationSettings } from "@/lib/profile/update-notification-settings";
import { whoCanSeeMe } from "@/lib/profile/who-can-see-me";
import { EXPORT_ITEM_TYPE, exportMyData } from "@/lib/record/export/export-my-data";
import { EXPORT_MAPPERS } from "@/lib/record/export/mappers";
import { useTestDatabase } from "./harness";
import { expectNotFound } from "./expect-not-found";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";
import { createMedication } from "./medication-factories";
import {
  createAllergy,
  createDiagnosis,
  createDocument,
  createVaccination,
} from "./health-record-factories";
import { expectFhirR4Bundle } from "./fhir-bundle";

const t = useTestDatabase();
const nb = createTranslator({
  locale: "nb",
  namespace: "access-log",
  messages: {
    "access-log": JSON.parse(readFileSync("lib/i18n/messages/nb/access-log.json", "utf8")),
  },
}) as unknown as AccessLogT;
const DAY = 86_400_000;

const citizen = (p: { id: string; givenName: string; familyName: string }): Actor => ({
  kind: "CITIZEN",
  sessionId: "t",
  personId: p.id,
  name: `${p.givenName} ${p.familyName}`,
});

let unitId: string;
let gp: Extract<Actor, { kind: "CLINICIAN" }>;
let admin: Actor;

beforeAll(async () => {
  const { unit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fjordvik legesenter",
    name: "Fjordvik legesenter AS",
  });
  unitId = unit.id;
  const c = await createClinician(t.db, {
    unitIds: [unitId],
    givenName: "Lise",
    familyName: "Berg",
  });
  gp = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Lise Berg",
    profession: "lege",
    units: [{ id: unitId, name: unit.name, organisationName: "Fjordvik legesenter AS" }],
  };
  const a = await createClinician(t.db, { unitIds: [], hprNumber: null });
  admin = {
    kind: "ORG_ADMIN",
    sessionId: "t",
    clinicianId: a.id,
    name: "Admin",
    organisationIds: [],
  };
});

describe("contact details", () => {
  it("a valid phone and e-mail are stored (E.164) and logged as a PROFILE update", async () => {
    const per = await createPerson(t.db, { age: 84, phone: null, email: null });
    await updateContact(
      t.db,
      citizen(per),
      contactSchema.parse({ subject: "meg", phone: "+46 70 123 45 67", email: "per@eksempel.no" }),
    );
    expect(
      await t.db.person.findUniqueOrThrow({
        where: { id: per.id },
        select: { phone: true, email: true },
      }),
    ).toEqual({ phone: "+46701234567", email: "per@eksempel.no" });
    const entry = await t.db.accessLogEntry.findFirst({
      where: { personId: per.id, category: "PROFILE", action: "UPDATE" },
    });
    expect(entry).toMatchObject({ basis: "SELF", itemType: "contact_details" });
  });

  it("a phone left as the form showed it stays as stored, even one today's check would refuse", async () => {
    const per = await createPerson(t.db, {
      age: 84,
      phone: "+4709000005",
      email: "per@eksempel.no",
    });
    await updateContact(
      t.db,
      citizen(per),
      contactSchema.parse({
        subject: "meg",
        phone: "09000005",
        phoneBefore: "09000005",
        email: "ny@eksempel.no",
      }),
    );
    expect(
      await t.db.person.findUniqueOrThrow({
        where: { id: per.id },
        select: { phone: true, email: true },
      }),
    ).toEqual({ phone: "+4709000005", email: "ny@eksempel.no" });
  });

  it("an invalid phone never reaches the database: nothing changes", async () => {
    const per = await createPerson(t.db, {
      age: 84,
      phone: "+4791234567",
      email: "per@eksempel.no",
    });
    const parsed = contactSchema.safeParse({
      subject: "meg",
      phone: "12 34",
      email: "ny@eksempel.no",
    });
    expect(parsed.success).toBe(false);
    expect(
      await t.db.person.findUniqueOrThrow({
        where: { id: per.id },
        select: { phone: true, email: true },
      }),
    ).toEqual({ phone: "+4791234567", email: "per@eksempel.no" });
  });

  it("only the person (or a parent of a child under 12) changes them: a proxy, a stranger, a clinician and an admin get 'not found'", async () => {
    const owner = await createPerson(t.db, { age: 70, phone: "+4791234567" });
    const proxy = await createPerson(t.db, { age: 45 });
    await t.db.proxyGrant.create({
      data: {
        grantorId: owner.id,
        granteeId: proxy.id,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "MESSAGES", "LAB_RESULTS", "MEDICATIONS"],
      },
    });
    await createCareRelation(t.db, { personId: owner.id, unitId, kind: "GP_LIST" });
    const stranger = await createPerson(t.db, { age: 30 });
    const input = (subject: string) =>
      contactSchema.parse({ subject, phone: "41234567", email: "" });
    await expectNotFound(updateContact(t.db, citizen(proxy), input(owner.id)));
    await expectNotFound(updateContact(t.db, citizen(stranger), input(owner.id)));
    await expectNotFound(updateContact(t.db, gp, input(owner.id)));
    await expectNotFound(updateContact(t.db, admin, input(owner.id)));
    expect((await t.db.person.findUniqueOrThrow({ where: { id: owner.id } })).phone).toBe(
      "+4791234567",
    );

    const family = await createFamily(t.db, { childAges: [8, 14] });
    const [child8, child14] = family.children as [typeof owner, typeof owner];
    await updateContact(t.db, citizen(family.parents[0]!), input(child8.id));
    expect((await t.db.person.findUniqueOrThrow({ where: { id: child8.id } })).phone).toBe(
      "+4741234567",
    );
    await expectNotFound(updateContact(t.db, citizen(family.parents[0]!), input(child14.id)));
    expect((await t.db.person.findUniqueOrThrow({ where: { id: child14.id } })).phone).toBeNull();
  });
});

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

const allOn = () =>
  (["APPOINTMENTS", "MESSAGES", "RESULTS"] as const).flatMap((kind) =>
    (["SMS", "EMAIL"] as const).map((channel) => ({ kind, channel, enabled: true })),
  );
const with_ = (off: Array<[string, string]>) =>
  allOn().map((s) => ({ ...s, enabled: !off.some(([k, c]) => k === s.kind && c === s.channel) }));

describe("notification settings per kind and channel", () => {
  it("a kind switched off for a channel is not queued on that channel; the other channel and kinds still are", async () => {
    const per = await createPerson(t.db, {
      age: 84,
      phone: "+4791234567",
      email: "per@eksempel.no",
    });
    await updateNotificationSettings(t.db, citizen(per), {
      subject: "meg",
      settings: with_([["APPOINTMENTS", "SMS"]]),
    });
    await t.db.$transaction((tx) =>
      enqueueNotification(tx, {
        personId: per.id,
        template: "appointment_booked",
        changeKey: `a-${per.id}`,
      }),
    );
    await t.db.$transaction((tx) =>
      enqueueNotification(tx, {
        personId: per.id,
        template: "message_received",
        changeKey: `m-${per.id}`,
      }),
    );
    const rows = await t.db.notification.findMany({
      where: { personId: per.id },
      select: { template: true, channel: true },
      orderBy: [{ template: "asc" }, { channel: "asc" }],
    });
    expect(rows).toEqual([
      { template: "appointment_booked", channel: "EMAIL" },
      { template: "message_received", channel: "EMAIL" },
      { template: "message_received", channel: "SMS" },
    ]);
    const profile = await getProfile(t.db, citizen(per), "meg");
    expect(profile.settings.filter((s) => !s.enabled)).toEqual([
      { kind: "APPOINTMENTS", channel: "SMS", enabled: false },
    ]);
  });

  it("the worker does not send what was queued before the person switched it off, and never retries it", async () => {
    const per = await createPerson(t.db, {
      age: 84,
      phone: "+4791234567",
      email: "per@eksempel.no",
    });
    await t.db.$transaction((tx) =>
      enqueueNotification(tx, {
        personId: per.id,
        template: "message_received",
        changeKey: `w-${per.id}`,
      }),
    );
    expect(await t.db.notification.count({ where: { personId: per.id } })).toBe(2);
    await updateNotificationSettings(t.db, citizen(per), {
      subject: "meg",
      settings: with_([["MESSAGES", "EMAIL"]]),
    });
    const mine = new Set(
      (await t.db.notification.findMany({ where: { personId: per.id }, select: { id: true } })).map(
        (n) => n.id,
      ),
    );
    const { transport, sent } = recordingTransport();
    const result = await deliverNotifications(t.db, transport);
    expect(sent.filter((m) => mine.has(m.id)).map((m) => m.channel)).toEqual(["SMS"]);
    expect(result.skipped).toBeGreaterThanOrEqual(1);
    const email = await t.db.notification.findFirstOrThrow({
      where: { personId: per.id, channel: "EMAIL" },
    });
    expect([email.sentAt, email.lastError, email.failedAt !== null]).toEqual([
      null,
      SWITCHED_OFF,
      true,
    ]);
    await deliverNotifications(t.db, transport, () => new Date(Date.now() + 2 * DAY));
    expect(sent.filter((m) => mine.has(m.id))).toHaveLength(1);
  });

  it("nobody is notified after their death: nothing is queued, and what was queued before is never sent", async () => {
    const per = await createPerson(t.db, { age: 91, phone: "+4791234568", email: "d@eksempel.no" });
    const queue = (key: string) =>
      t.db.$transaction((tx) =>
        enqueueNotification(tx, { personId: per.id, template: "message_received", changeKey: key }),
      );
    expect(await queue(`before-${per.id}`)).toBe(2);
    await t.db.person.update({ where: { id: per.id }, data: { deathDate: new Date() } });
    expect(await queue(`after-${per.id}`)).toBe(0);

    const { transport, sent } = recordingTransport();
    await deliverNotifications(t.db, transport);
    const rows = await t.db.notification.findMany({ where: { personId: per.id } });
    expect(rows.map((r) => [r.sentAt, r.lastError, r.failedAt !== null])).toEqual([
      [null, DECEASED, true],
      [null, DECEASED, true],
    ]);
    expect(sent.filter((m) => rows.some((r) => r.id === m.id))).toEqual([]);
    await deliverNotifications(t.db, transport, () => new Date(Date.now() + 2 * DAY));
    expect(sent.filter((m) => rows.some((r) => r.id === m.id))).toEqual([]);
  });

  it("a proxy cannot change the person's settings; a save changes only one's own rows", async () => {
    const owner = await createPerson(t.db, { age: 70 });
    const proxy = await createPerson(t.db, { age: 45 });
    await t.db.proxyGrant.create({
      data: {
        grantorId: owner.id,
        granteeId: proxy.id,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "MESSAGES"],
      },
    });
    await expectNotFound(
      updateNotificationSettings(t.db, citizen(proxy), {
        subject: owner.id,
        settings: with_([["MESSAGES", "SMS"]]),
      }),
    );
    expect(await t.db.notificationSetting.count({ where: { personId: owner.id } })).toBe(0);
    await updateNotificationSettings(t.db, citizen(proxy), {
      subject: "meg",
      settings: with_([["RESULTS", "SMS"]]),
    });
    expect(await t.db.notificationSetting.count({ where: { personId: owner.id } })).toBe(0);
    expect(
      await t.db.notificationSetting.count({ where: { personId: proxy.id, enabled: false } }),
    ).toBe(1);
    // Saving again updates the same six rows (one per kind and channel), never a second set.
    await updateNotificationSettings(t.db, citizen(proxy), { subject: "meg", settings: allOn() });
    expect(await t.db.notificationSetting.count({ where: { personId: proxy.id } })).toBe(6);
    expect(
      await t.db.notificationSetting.count({ where: { personId: proxy.id, enabled: false } }),
    ).toBe(0);
  });
});

describe("who can see me", () => {
  it("lists grants both ways, care relations with their end, and shielded clinicians", async () => {
    const per = await createPerson(t.db, { age: 84, givenName: "Per", familyName: "Hansen" });
    const ingrid = await createPerson(t.db, { age: 52, givenName: "Ingrid", familyName: "Hansen" });
    const olav = await createPerson(t.db, { age: 80, givenName: "Olav", familyName: "Dahl" });
    const until = new Date(Date.now() + 90 * DAY);
    await t.db.proxyGrant.create({
      data: {
        grantorId: per.id,
        granteeId: ingrid.id,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "MEDICATIONS"],
        validUntil: until,
      },
    });
    await t.db.proxyGrant.create({
      data: { grantorId: olav.id, granteeId: per.id, level: "READ", categories: ["APPOINTMENTS"] },
    });
    // Ended and expired grants are not "today".
    await t.db.proxyGrant.create({
      data: {
        grantorId: per.id,
        granteeId: olav.id,
        level: "READ",
        categories: ["APPOINTMENTS"],
        endedAt: new Date(Date.now() - DAY),
        endedById: per.id,
      },
    });
    await createCareRelation(t.db, { personId: per.id, unitId, kind: "GP_LIST" });
    const { unit: physio } = await createOrganisationWithUnit(t.db, {
      kind: "MUNICIPALITY",
      unitKind: "PHYSIOTHERAPY",
      unitName: "Fysioterapien",
    });
    const ends = new Date(Date.now() + 30 * DAY);
    await createCareRelation(t.db, {
      personId: per.id,
      unitId: physio.id,
      kind: "APPOINTMENT",
      validUntil: ends,
    });
    await createCareRelation(t.db, {
      personId: per.id,
      unitId: physio.id,
      kind: "REFERRAL",
      validFrom: new Date(Date.now() - 100 * DAY),
      validUntil: new Date(Date.now() - 10 * DAY),
    });
    await shieldClinician(t.db, citizen(per), { subject: "meg", clinicianId: gp.clinicianId });

    const who = await whoCanSeeMe(t.db, citizen(per), "meg");
    expect(who.grantsGiven).toEqual([
      expect.objectContaining({
        name: "Ingrid Hansen",
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "MEDICATIONS"],
        validUntil: until,
        usable: true,
      }),
    ]);
    expect(who.grantsReceived).toEqual([
      expect.objectContaining({ name: "Olav Dahl", level: "READ", validUntil: null, usable: true }),
    ]);
    expect(who.careRelations.map((c) => [c.unitName, c.kind, c.validUntil])).toEqual([
      ["Fjordvik legesenter", "GP_LIST", null],
      ["Fysioterapien", "APPOINTMENT", ends],
    ]);
    expect(who.shielded).toEqual([
      expect.objectContaining({
        clinicianId: gp.clinicianId,
        name: "Lise Berg",
        profession: "lege",
      }),
    ]);
    expect(who.parents).toEqual([]);
    const entry = await t.db.accessLogEntry.findFirst({
      where: { personId: per.id, itemType: "who_can_see_me" },
    });
    expect(entry).toMatchObject({ category: "PROFILE", action: "READ", basis: "SELF" });
  });

  it("parents: everything until the 12th birthday, appointments and vaccines until the 16th, nothing after", async () => {
    const family = await createFamily(t.db, { childAges: [8, 14, 17] });
    const [c8, c14, c17] = family.children as [
      (typeof family.parents)[0] & object,
      (typeof family.parents)[0] & object,
      (typeof family.parents)[0] & object,
    ];
    const birthday = (birth: Date, age: number) =>
      new Date(Date.UTC(birth.getUTCFullYear() + age, birth.getUTCMonth(), birth.getUTCDate()));

    const who8 = await whoCanSeeMe(t.db, citizen(c8), "meg");
    expect(who8.parents).toHaveLength(2);
    expect(who8.parents[0]).toMatchObject({
      reach: "full",
      untilAge: PARENTAL_FULL_UNTIL_AGE,
      until: birthday(c8.birthDate, 12),
    });
    const who14 = await whoCanSeeMe(t.db, citizen(c14), "meg");
    expect(who14.parents[0]).toMatchObject({
      reach: "limited",
      categories: ["APPOINTMENTS", "VACCINES"],
      untilAge: PARENTAL_ENDS_AT_AGE,
      until: birthday(c14.birthDate, 16),
    });
    expect((await whoCanSeeMe(t.db, citizen(c17), "meg")).parents).toEqual([]);
    // A parent reads the under-12 child's page; not the 14-year-old's (PROFILE is not in the limited set).
    expect((await whoCanSeeMe(t.db, citizen(family.parents[0]!), c8.id)).isSelf).toBe(false);
    await expectNotFound(whoCanSeeMe(t.db, citizen(family.parents[0]!), c14.id));
  });
});

describe("Last ned mine data (FHIR R4 Bundle)", () => {
  it("contains the person's record, only results they may see now, and logs one read per category", async () => {
    const per = await createPerson(t.db, {
      age: 84,
      givenName: "Per",
      familyName: "Hansen",
      phone: "+4791234567",
    });
    const other = await createPerson(t.db, { age: 50 });
    await t.db.labAnalysis.createMany({
      data: [
        {
          code: "NPU19748",
          name: "P-CRP",
          shortName: "CRP",
          unit: "mg/L",
          releaseCategory: "IMMEDIATE",
        },
        {
          code: "NPU27300",
          name: "Hb-HbA1c",
          shortName: "HbA1c",
          unit: "mmol/mol",
          releaseCategory: "AFTER_REVIEW",
        },
        {
          code: "NPU01960",
          name: "P-CA 125",
          shortName: "CA 125",
          unit: "kU/L",
          releaseCategory: "AFTER_CONVERSATION",
        },
      ],
      skipDuplicates: true,
    });
    const finalAt = new Date(Date.now() - 2 * DAY);
    const req = await t.db.labRequisition.create({
      data: {
        personId: per.id,
        orderingUnitId: unitId,
        ordererId: gp.clinicianId,
        performingLab: "Testlab",
        takenAt: new Date(finalAt.getTime() - DAY),
        issuedAt: finalAt,
      },
    });
    const category = {
      NPU19748: "IMMEDIATE",
      NPU27300: "AFTER_REVIEW",
      NPU01960: "AFTER_CONVERSATION",
    } as const;
    const obs = (code: keyof typeof category, value: number, extra: object = {}) =>
      t.db.labObservation.create({
        data: {
          requisitionId: req.id,
          personId: per.id,
          analysisCode: code,
          releaseCategory: category[code],
          valueQuantity: value,
          unit: "x",
          status: "FINAL",
          takenAt: req.takenAt,
          issuedAt: finalAt,
          finalAt,
          ...extra,
        },
      });
    const crp = await obs("NPU19748", 3);
    const hba1cWaiting = await obs("NPU27300", 77.7);
    const caWaiting = await obs("NPU01960", 999.9);
    const caReleased = await obs("NPU01960", 12, { releasedAt: new Date(Date.now() - DAY) });
    const preliminary = await obs("NPU19748", 55.5, { status: "PRELIMINARY", finalAt: null });
    await t.db.labObservation.create({
      data: {
        requisitionId: (
          await t.db.labRequisition.create({
            data: {
              personId: other.id,
              orderingUnitId: unitId,
              performingLab: "Testlab",
              takenAt: new Date(),
            },
          })
        ).id,
        personId: other.id,
        analysisCode: "NPU19748",
        releaseCategory: "IMMEDIATE",
        valueQuantity: 1,
        status: "FINAL",
        takenAt: new Date(),
        finalAt: new Date(),
      },
    });

    const slot = await t.db.slot.create({
      data: {
        unitId,
        startsAt: new Date(Date.now() + 5 * DAY),
        endsAt: new Date(Date.now() + 5 * DAY + 20 * 60_000),
        visitType: "Konsultasjon",
      },
    });
    const appointment = await t.db.appointment.create({
      data: {
        slotId: slot.id,
        personId: per.id,
        bookedById: per.id,
        reason: "Kontroll",
        holdsSlotId: slot.id,
      },
    });
    const med = await createMedication(t.db, {
      personId: per.id,
      unitId,
      prescriberId: gp.clinicianId,
      name: "Metformin",
      atcCode: "A10BA02",
    });
    const note = await t.db.clinicalNote.create({
      data: {
        personId: per.id,
        unitId,
        kind: "VISIT_SUMMARY",
        title: "Kontroll",
        body: "Blodtrykket er fint.",
        writtenAt: new Date(Date.now() - 3 * DAY),
        visibleToPatientFrom: new Date(Date.now() - 3 * DAY),
      },
    });
    const unreleasedNote = await t.db.clinicalNote.create({
      data: {
        personId: per.id,
        unitId,
        kind: "PROGRESS_NOTE",
        title: "Ikke frigitt",
        body: "Hemmelig",
        writtenAt: new Date(),
        visibleToPatientFrom: null,
      },
    });

    // The rest of the record, Per's own (one hidden from guardians: the person themself still gets it) and someone else's.
    const { unit: hospital } = await createOrganisationWithUnit(t.db, {
      kind: "HOSPITAL",
      unitKind: "HOSPITAL_DEPARTMENT",
      unitName: "Hjerteavdelingen",
      name: "Fjordvik sykehus",
    });
    const hypertension = await createDiagnosis(t.db, {
      personId: per.id,
      unitId,
      code: "K86",
      textNb: "Høyt blodtrykk",
      recordedById: gp.clinicianId,
    });
    const atrialFib = await createDiagnosis(t.db, {
      personId: per.id,
      unitId: hospital.id,
      codeSystem: "ICD10",
      code: "I48",
      textNb: "Atrieflimmer",
      status: "RESOLVED",
      daysAgo: 50,
      hiddenFromGuardians: true,
    });
    const penicillin = await createAllergy(t.db, {
      personId: per.id,
      unitId,
      substance: "Penicillin",
      severity: "SEVERE",
      verified: false,
    });
    const vaccine = await createVaccination(t.db, {
      personId: per.id,
      unitId,
      vaccineName: "Prevenar 13",
      atcCode: "J07AL02",
      doseNumber: 2,
    });
    const letter = await createDocument(t.db, {
      personId: per.id,
      unitId,
      title: "Brev etter kontrollen",
    });
    const othersItems = [
      await createDiagnosis(t.db, {
        personId: other.id,
        unitId,
        code: "T90",
        textNb: "Diabetes type 2",
      }),
      await createAllergy(t.db, { personId: other.id, unitId, substance: "Nøtter" }),
      await createVaccination(t.db, { personId: other.id, unitId }),
      await createDocument(t.db, { personId: other.id, unitId, title: "Annens brev" }),
    ];

    const bundle = await exportMyData(t.db, citizen(per), "meg", {
      origin: "https://helsami.example.no",
    });
    expectFhirR4Bundle(bundle);
    const ids = (type: string) =>
      bundle.entry!.filter((e) => e.resource!.resourceType === type).map((e) => e.resource!.id);
    expect(ids("Patient")).toEqual([per.id]);
    expect(ids("Appointment")).toEqual([appointment.id]);
    expect(ids("MedicationStatement")).toEqual([med.id]);
    expect(ids("DocumentReference")).toEqual([note.id, letter.id]);
    expect(ids("Condition")).toEqual([hypertension.id, atrialFib.id]);
    expect(ids("AllergyIntolerance")).toEqual([penicillin.id]);
    expect(ids("Immunization")).toEqual([vaccine.id]);
    const resource = <T>(id: string) =>
      bundle.entry!.find((e) => e.resource!.id === id)!.resource as T;
    expect(resource<Condition>(hypertension.id)).toMatchObject({
      code: {
        coding: [
          { system: "urn:oid:2.16.578.1.12.4.1.1.7170", code: "K86", display: "Høyt blodtrykk" },
        ],
        text: "Høyt blodtrykk",
      },
      clinicalStatus: { coding: [{ code: "active" }] },
      recordedDate: hypertension.diagnosedOn.toISOString().slice(0, 10),
      recorder: { display: expect.stringContaining("Lise Berg") },
    });
    expect(resource<Condition>(atrialFib.id)).toMatchObject({
      code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code: "I48" }] },
      clinicalStatus: { coding: [{ code: "resolved" }] },
      abatementDateTime: atrialFib.resolvedOn!.toISOString().slice(0, 10),
    });
    expect(resource<AllergyIntolerance>(penicillin.id)).toMatchObject({
      code: { coding: [{ system: "http://www.whocc.no/atc", code: "J01CE" }], text: "Penicillin" },
      criticality: "high",
      verificationStatus: { coding: [{ code: "unconfirmed" }] },
      reaction: [{ manifestation: [{ text: "Elveblest" }], severity: "severe" }],
      recordedDate: penicillin.recordedAt.toISOString(),
    });
    expect(resource<Immunization>(vaccine.id)).toMatchObject({
      status: "completed",
      vaccineCode: {
        coding: [{ system: "http://www.whocc.no/atc", code: "J07AL02", display: "Prevenar 13" }],
      },
      occurrenceDateTime: vaccine.givenOn.toISOString().slice(0, 10),
      protocolApplied: [{ doseNumberPositiveInt: 2 }],
      location: { display: "Fjordvik legesenter, Fjordvik legesenter AS" },
    });
    // The PDF is a link to the gated download, never inlined.
    const sent = resource<DocumentReference>(letter.id).content[0]!.attachment;
    expect(sent).toMatchObject({
      contentType: "application/pdf",
      title: "Brev etter kontrollen",
      creation: letter.sentAt.toISOString(),
      url: `https://helsami.example.no/for/meg/helseopplysninger/dokumenter/${letter.id}`,
    });
    expect(sent.data).toBeUndefined();
    expect(new Set(ids("Observation"))).toEqual(new Set([crp.id, caReleased.id]));
    const text = JSON.stringify(bundle);
    for (const hidden of [
      hba1cWaiting.id,
      caWaiting.id,
      preliminary.id,
      unreleasedNote.id,
      other.id,
      ...othersItems.map((i) => i.id),
    ])
      expect(text).not.toContain(hidden);
    for (const word of ["Diabetes type 2", "Nøtter", "Annens brev"])
      expect(text).not.toContain(word);
    expect(text).not.toContain("999.9");
    expect(text).not.toContain("77.7");
    expect(text).not.toContain("Hemmelig");
    const patient = bundle.entry![0]!.resource as { telecom?: { value?: string }[] };
    expect(patient.telecom?.[0]?.value).toBe("+4791234567");

    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: per.id, itemType: EXPORT_ITEM_TYPE },
      select: { category: true, action: true, basis: true },
    });
    expect(entries.map((e) => e.category).sort()).toEqual(
      EXPORT_MAPPERS.map((m) => m.category).sort(),
    );
    expect(entries.map((e) => e.category)).toEqual(
      expect.arrayContaining(["DIAGNOSES", "ALLERGIES", "VACCINES", "DOCUMENTS"]),
    );
    expect(new Set(entries.map((e) => e.category)).size).toBe(entries.length);
    expect(entries.every((e) => e.action === "READ" && e.basis === "SELF")).toBe(true);

    // The Innsynslogg says it was a download, category by category.
    const log = await readAccessLog(t.db, citizen(per), "meg", { category: "LAB_RESULTS" });
    expect(
      log.rows
        .slice(0, 1)
        .map((r) => describeEntry(nb, r, { isSelf: true, subjectName: "Per Hansen" })),
    ).toEqual(["Du lastet ned prøvesvarene dine (Last ned mine data)"]);
    const diagnosesLog = await readAccessLog(t.db, citizen(per), "meg", { category: "DIAGNOSES" });
    expect(
      diagnosesLog.rows
        .slice(0, 1)
        .map((r) => describeEntry(nb, r, { isSelf: true, subjectName: "Per Hansen" })),
    ).toEqual(["Du lastet ned diagnosene dine (Last ned mine data)"]);
  });

  it("another person's id, a proxy, a parent, a clinician and an admin get 'not found' and nothing is logged as read", async () => {
    const owner = await createPerson(t.db, { age: 70 });
    const proxy = await createPerson(t.db, { age: 45 });
    await t.db.proxyGrant.create({
      data: {
        grantorId: owner.id,
        granteeId: proxy.id,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "LAB_RESULTS", "MEDICATIONS", "NOTES"],
      },
    });
    await createCareRelation(t.db, { personId: owner.id, unitId, kind: "GP_LIST" });
    const family = await createFamily(t.db, { childAges: [10] });
    const stranger = await createPerson(t.db, { age: 30 });
    await expectNotFound(exportMyData(t.db, citizen(stranger), owner.id));
    await expectNotFound(exportMyData(t.db, citizen(proxy), owner.id));
    await expectNotFound(exportMyData(t.db, gp, owner.id));
    await expectNotFound(exportMyData(t.db, admin, owner.id));
    await expectNotFound(exportMyData(t.db, citizen(family.parents[0]!), family.children[0]!.id));
    await expectNotFound(
      exportMyData(t.db, citizen(owner), "00000000-0000-4000-8000-000000000000"),
    );
    expect(
      await t.db.accessLogEntry.count({
        where: { personId: { in: [owner.id, family.children[0]!.id] }, itemType: EXPORT_ITEM_TYPE },
      }),
    ).toBe(0);
  });
});

describe("authorization matrix: PROFILE on the new reads", () => {
  type Who =
    | "self"
    | "proxy (all grantable categories)"
    | "parent of 10"
    | "parent of 14"
    | "clinician with a care relation"
    | "clinician without"
    | "organisation admin"
    | "stranger";
  const actors = {} as Record<Who, { actor: Actor; subject: string }>;

  beforeAll(async () => {
    const owner = await createPerson(t.db, { age: 60 });
    const proxy = await createPerson(t.db, { age: 40 });
    await t.db.proxyGrant.create({
      data: {
        grantorId: owner.id,
        granteeId: proxy.id,
        level: "READ_AND_ACT",
        categories: [
          "APPOINTMENTS",
          "MESSAGES",
          "LAB_RESULTS",
          "MEDICATIONS",
          "DIAGNOSES",
          "ALLERGIES",
          "VACCINES",
          "NOTES",
          "DOCUMENTS",
        ],
      },
    });
    await createCareRelation(t.db, { personId: owner.id, unitId, kind: "GP_LIST" });
    const family = await createFamily(t.db, { childAges: [10, 14] });
    const { unit: other } = await createOrganisationWithUnit(t.db, {
      kind: "HOSPITAL",
      unitKind: "HOSPITAL_DEPARTMENT",
    });
    const outsider = await createClinician(t.db, { unitIds: [other.id] });
    const stranger = await createPerson(t.db, { age: 33 });
    actors.self = { actor: citizen(owner), subject: "meg" };
    actors["proxy (all grantable categories)"] = { actor: citizen(proxy), subject: owner.id };
    actors["parent of 10"] = {
      actor: citizen(family.parents[0]!),
      subject: family.children[0]!.id,
    };
    actors["parent of 14"] = {
      actor: citizen(family.parents[0]!),
      subject: family.children[1]!.id,
    };
    actors["clinician with a care relation"] = { actor: gp, subject: owner.id };
    actors["clinician without"] = {
      actor: {
        kind: "CLINICIAN",
        sessionId: "t",
        clinicianId: outsider.id,
        name: "Ute",
        profession: "lege",
        units: [{ id: other.id, name: other.name, organisationName: "Sykehuset" }],
      },
      subject: owner.id,
    };
    actors["organisation admin"] = { actor: admin, subject: owner.id };
    actors.stranger = { actor: citizen(stranger), subject: owner.id };
  });

  const expected: Record<Who, { profile: boolean; who: boolean; export: boolean }> = {
    self: { profile: true, who: true, export: true },
    "proxy (all grantable categories)": { profile: false, who: false, export: false },
    "parent of 10": { profile: true, who: true, export: false },
    "parent of 14": { profile: false, who: false, export: false },
    "clinician with a care relation": { profile: false, who: false, export: false },
    "clinician without": { profile: false, who: false, export: false },
    "organisation admin": { profile: false, who: false, export: false },
    stranger: { profile: false, who: false, export: false },
  };

  const allowed = (work: Promise<unknown>) =>
    work.then(
      () => true,
      (e: unknown) => {
        if (isNotFound(e)) return false;
        throw e;
      },
    );

  for (const [who, want] of Object.entries(expected) as [Who, (typeof expected)[Who]][]) {
    it(who, async () => {
      const { actor, subject } = actors[who];
      expect({
        profile: await allowed(getProfile(t.db, actor, subject)),
        who: await allowed(whoCanSeeMe(t.db, actor, subject)),
        export: await allowed(exportMyData(t.db, actor, subject)),
      }).toEqual(want);
    });
  }
});

describe("statements", () => {
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
  afterAll(async () => {
    await counting.db.$disconnect();
  });
  async function statementsOf(work: () => Promise<unknown>): Promise<number> {
    counting.statements.length = 0;
    await work();
    if (process.env.SHOW_COUNTS)
      console.log(
        `[statements] ${expect.getState().currentTestName}: ${counting.statements.length}`,
      );
    return counting.statements.length;
  }

  it("the profile and who-can-see-me cost a small constant number, with little and with much to list", async () => {
    const few = await createPerson(t.db, { age: 50 });
    const many = await createPerson(t.db, { age: 50 });
    for (let i = 0; i < 6; i++) {
      const p = await createPerson(t.db, { age: 40 });
      await t.db.proxyGrant.create({
        data: { grantorId: many.id, granteeId: p.id, level: "READ", categories: ["APPOINTMENTS"] },
      });
      await t.db.proxyGrant.create({
        data: { grantorId: p.id, granteeId: many.id, level: "READ", categories: ["APPOINTMENTS"] },
      });
      const { unit } = await createOrganisationWithUnit(t.db, {
        kind: "MUNICIPALITY",
        unitKind: "PHYSIOTHERAPY",
      });
      await createCareRelation(t.db, { personId: many.id, unitId: unit.id, kind: "APPOINTMENT" });
      const c = await createClinician(t.db, { unitIds: [unit.id] });
      await t.db.shielding.create({ data: { personId: many.id, clinicianId: c.id } });
    }
    await updateNotificationSettings(t.db, citizen(many), { subject: "meg", settings: allOn() });
    const whoFew = await statementsOf(() => whoCanSeeMe(counting.db, citizen(few), "meg"));
    const whoMany = await statementsOf(() => whoCanSeeMe(counting.db, citizen(many), "meg"));
    expect(whoMany).toBe(whoFew);
    expect(whoMany).toBeLessThanOrEqual(4);
    const profileFew = await statementsOf(() => getProfile(counting.db, citizen(few), "meg"));
    const profileMany = await statementsOf(() => getProfile(counting.db, citizen(many), "meg"));
    expect(profileMany).toBe(profileFew);
    expect(profileMany).toBeLessThanOrEqual(4);
  });

  it("the export costs the same with an empty and a full record (a constant per category)", async () => {
    const empty = await createPerson(t.db, { age: 50 });
    const full = await createPerson(t.db, { age: 50 });
    for (let i = 0; i < 5; i++) {
      await createMedication(t.db, { personId: full.id, unitId });
      await t.db.clinicalNote.create({
        data: {
          personId: full.id,
          unitId,
          kind: "PROGRESS_NOTE",
          title: `N${i}`,
          body: "x",
          writtenAt: new Date(),
          visibleToPatientFrom: new Date(Date.now() - DAY),
        },
      });
      await createDiagnosis(t.db, {
        personId: full.id,
        unitId,
        code: `K8${i}`,
        textNb: `Diagnose ${i}`,
        recordedById: gp.clinicianId,
      });
      await createAllergy(t.db, { personId: full.id, unitId, substance: `Stoff ${i}` });
      await createVaccination(t.db, { personId: full.id, unitId, doseNumber: i + 1 });
      await createDocument(t.db, { personId: full.id, unitId, title: `Brev ${i}` });
    }
    const small = await statementsOf(() => exportMyData(counting.db, citizen(empty), "meg"));
    const large = await statementsOf(() => exportMyData(counting.db, citizen(full), "meg"));
    expect(large).toBe(small);
    // 4 a category and 1 for the gate today: 37 for 9 categories (21 for the first 5).
    expect(small).toBeLessThanOrEqual(6 * EXPORT_MAPPERS.length);
  });
});
