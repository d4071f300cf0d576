// The medication list and renewal requests against a real database: who may see and ask (the
// authorization matrix for MEDICATIONS), that refusals change and log nothing, the database deciding
// simultaneous requests and decisions, and what the citizen sees afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { isNotFound } from "@/lib/access/errors";
import type { Db } from "@/lib/db/client";
import type { Person, Unit } from "@/lib/generated/prisma/client";
import type { ProxyLevel, DataCategory } from "@/lib/generated/prisma/enums";
import { decideRenewal, InvalidDecisionError } from "@/lib/record/medications/decide-renewal";
import {
  NotRenewableError,
  RenewalAlreadyDecidedError,
  RenewalAlreadyRequestedError,
} from "@/lib/record/medications/errors";
import { getRenewalRequest } from "@/lib/record/medications/get-renewal-request";
import { listMedications } from "@/lib/record/medications/list-medications";
import { listRenewalWorkList } from "@/lib/record/medications/renewal-work-list";
import { requestRenewal } from "@/lib/record/medications/request-renewal";
import { addOsloDays, osloDateKey } from "@/lib/time/oslo";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
  createProxyGrant,
  citizenActor,
  clinicianActor,
} from "./factories";
import { createMedication, dayFromToday } from "./medication-factories";

const t = useTestDatabase();

const citizen = citizenActor;

async function refusal(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => null,
    (e: unknown) => e,
  );
}
async function expectNotFound(work: Promise<unknown>) {
  const error = await refusal(work);
  expect(isNotFound(error), `expected "not found", got ${String(error)}`).toBe(true);
}

/** Rows that a refused call must leave exactly as they were. */
async function footprint(db: Db, personId: string) {
  const [log, requests, notifications] = await Promise.all([
    db.accessLogEntry.count({ where: { personId } }),
    db.medicationRenewalRequest.count({ where: { personId } }),
    db.notification.count({ where: { personId } }),
  ]);
  return { log, requests, notifications };
}

let gp: Unit;
let otherUnit: Unit;
let gpClinician: Actor;
let gpColleague: Actor;
let outsider: Actor;
let orgAdmin: Actor;
const nextYear = () => addOsloDays(osloDateKey(new Date()), 300);

async function grant(
  grantor: Person,
  grantee: Person,
  level: ProxyLevel,
  categories: DataCategory[],
) {
  return createProxyGrant(t.db, {
    grantorId: grantor.id,
    granteeId: grantee.id,
    level,
    categories,
  });
}

/** An adult on the GP's list with one current medication (and one earlier), prescribed there. */
async function patientWithMedication(opts: { hidden?: boolean } = {}) {
  const patient = await createPerson(t.db, { age: 45, phone: "+4709990000" });
  await createCareRelation(t.db, { personId: patient.id, unitId: gp.id, kind: "GP_LIST" });
  const current = await createMedication(t.db, {
    personId: patient.id,
    unitId: gp.id,
    validForDays: 20,
    hiddenFromGuardians: opts.hidden ?? false,
  });
  const earlier = await createMedication(t.db, {
    personId: patient.id,
    unitId: gp.id,
    name: "Apocillin",
    atcCode: "J01CE02",
    status: "COMPLETED",
    startDaysAgo: 40,
    endInDays: -30,
  });
  return { patient, current, earlier };
}

beforeAll(async () => {
  ({ unit: gp } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  }));
  ({ unit: otherUnit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Det andre kontoret",
  }));
  const c1 = await createClinician(t.db, { unitIds: [gp.id] });
  const c2 = await createClinician(t.db, { unitIds: [gp.id] });
  const c3 = await createClinician(t.db, { unitIds: [otherUnit.id] });
  gpClinician = clinicianActor(c1.id, [gp]);
  gpColleague = clinicianActor(c2.id, [gp]);
  outsider = clinicianActor(c3.id, [otherUnit]);
  const { organisation } = await createOrganisationWithUnit(t.db, {
    kind: "MUNICIPALITY",
    unitKind: "HOME_NURSING",
  });
  const admin = await createClinician(t.db, {
    unitIds: [],
    hprNumber: null,
    adminOf: [organisation.id],
  });
  orgAdmin = {
    kind: "ORG_ADMIN",
    sessionId: "t",
    clinicianId: admin.id,
    name: "Admin",
    organisationIds: [organisation.id],
  };
});

describe("the medication list", () => {
  it("shows current and earlier medications with the prescription status computed today, logged once", async () => {
    const { patient, current, earlier } = await patientWithMedication();
    const usedUp = await createMedication(t.db, {
      personId: patient.id,
      unitId: gp.id,
      name: "Omeprazol",
      atcCode: "A02BC01",
      dispenses: [4, 4],
    });
    const expired = await createMedication(t.db, {
      personId: patient.id,
      unitId: gp.id,
      name: "Cetirizin",
      atcCode: "R06AE07",
      validForDays: -3,
    });
    const before = await t.db.accessLogEntry.count({ where: { personId: patient.id } });
    const list = await listMedications(t.db, citizen(patient), "meg");
    expect(list.current.map((m) => [m.name, m.prescription])).toEqual([
      ["Cetirizin", "EXPIRED"],
      [current.name, "ACTIVE"],
      ["Omeprazol", "USED_UP"],
    ]);
    expect(list.current.map((m) => m.id).sort()).toEqual(
      [current.id, usedUp.id, expired.id].sort(),
    );
    expect(list.earlier.map((m) => m.id)).toEqual([earlier.id]);
    expect(list.earlier[0]).toMatchObject({
      status: "COMPLETED",
      current: false,
      renewable: false,
      atcCode: "J01CE02",
    });
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: patient.id },
      orderBy: { seq: "asc" },
    });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      category: "MEDICATIONS",
      action: "READ",
      basis: "SELF",
    });
  });

  it("another person's list and medication are not found, and nothing is logged for them", async () => {
    const { patient, current } = await patientWithMedication();
    const stranger = await createPerson(t.db, { age: 30 });
    const before = await footprint(t.db, patient.id);
    await expectNotFound(listMedications(t.db, citizen(stranger), patient.id));
    await expectNotFound(
      requestRenewal(t.db, citizen(stranger), { subject: patient.id, medicationId: current.id }),
    );
    // Their own subject with someone else's medication id: not theirs, not found.
    await expectNotFound(
      requestRenewal(t.db, citizen(stranger), { subject: "meg", medicationId: current.id }),
    );
    expect(await footprint(t.db, patient.id)).toEqual(before);
  });
});

describe("authorization matrix for MEDICATIONS", () => {
  type Row = {
    who: string;
    setup: () => Promise<{
      actor: Actor;
      subject: string;
      patientId: string;
      medicationId: string;
    }>;
    sees: boolean;
    asks: boolean;
  };
  /** A row's setup: a fresh patient on the GP's list with a current medication, and who asks. */
  const onNewPatient =
    (actorFor: (patient: Person) => Actor | Promise<Actor>, subject?: "meg") => async () => {
      const { patient, current } = await patientWithMedication();
      return {
        actor: await actorFor(patient),
        subject: subject ?? patient.id,
        patientId: patient.id,
        medicationId: current.id,
      };
    };
  /** Someone holding a proxy grant from the patient, at this level for these categories. */
  const proxyOf = (level: ProxyLevel, categories: DataCategory[]) => async (patient: Person) => {
    const proxy = await createPerson(t.db, { age: 50 });
    await grant(patient, proxy, level, categories);
    return citizen(proxy);
  };
  const rows: Row[] = [
    {
      who: "the person themself",
      sees: true,
      asks: true,
      setup: onNewPatient((patient) => citizen(patient), "meg"),
    },
    ...(["READ", "READ_AND_MESSAGE"] as const).map((level): Row => ({
      who: `a proxy with MEDICATIONS, ${level}`,
      sees: true,
      asks: false,
      setup: onNewPatient(proxyOf(level, ["MEDICATIONS"])),
    })),
    {
      who: "a proxy with MEDICATIONS, READ_AND_ACT",
      sees: true,
      asks: true,
      setup: onNewPatient(proxyOf("READ_AND_ACT", ["MEDICATIONS"])),
    },
    {
      who: "a proxy with LAB_RESULTS only (READ_AND_ACT)",
      sees: false,
      asks: false,
      setup: onNewPatient(proxyOf("READ_AND_ACT", ["LAB_RESULTS", "APPOINTMENTS"])),
    },
    ...([10, 14] as const).map((age): Row => ({
      who: `a parent of a ${age}-year-old`,
      sees: age < 12,
      asks: age < 12,
      setup: async () => {
        const family = await createFamily(t.db, { childAges: [age] });
        const child = family.children[0]!;
        await createCareRelation(t.db, { personId: child.id, unitId: gp.id, kind: "GP_LIST" });
        const m = await createMedication(t.db, {
          personId: child.id,
          unitId: gp.id,
          name: "Ventoline",
          atcCode: "R03AC02",
        });
        return {
          actor: citizen(family.parents[0]!),
          subject: child.id,
          patientId: child.id,
          medicationId: m.id,
        };
      },
    })),
    {
      who: "another citizen",
      sees: false,
      asks: false,
      setup: onNewPatient(async () => citizen(await createPerson(t.db, { age: 33 }))),
    },
    {
      who: "a clinician with a care relation (reads; renewing is the clinician's decision, not a request)",
      sees: true,
      asks: false,
      setup: onNewPatient(() => gpClinician),
    },
    {
      who: "a clinician without a care relation",
      sees: false,
      asks: false,
      setup: onNewPatient(() => outsider),
    },
    {
      who: "an organisation admin",
      sees: false,
      asks: false,
      setup: onNewPatient(() => orgAdmin),
    },
  ];

  it.each(rows)("$who: sees $sees, may ask $asks", async ({ setup, sees, asks }) => {
    const { actor, subject, patientId, medicationId } = await setup();
    const before = await footprint(t.db, patientId);
    if (sees) {
      const list = await listMedications(t.db, actor, subject);
      expect(list.current.map((m) => m.id)).toContain(medicationId);
      expect(await t.db.accessLogEntry.count({ where: { personId: patientId } })).toBe(
        before.log + 1,
      );
    } else {
      await expectNotFound(listMedications(t.db, actor, subject));
      expect(await footprint(t.db, patientId)).toEqual(before);
    }
    const middle = await footprint(t.db, patientId);
    if (asks) {
      const { id } = await requestRenewal(t.db, actor, {
        subject,
        medicationId,
        note: "Snart tom",
      });
      const row = await t.db.medicationRenewalRequest.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({
        personId: patientId,
        unitId: gp.id,
        status: "REQUESTED",
        note: "Snart tom",
        openForMedicationId: medicationId,
      });
      expect(row.requestedById).toBe(actor.kind === "CITIZEN" ? actor.personId : null);
      const last = await t.db.accessLogEntry.findFirstOrThrow({
        where: { personId: patientId },
        orderBy: { seq: "desc" },
      });
      expect(last).toMatchObject({
        category: "MEDICATIONS",
        action: "CREATE",
        itemType: "medication_renewal_request",
        itemId: id,
      });
    } else {
      await expectNotFound(requestRenewal(t.db, actor, { subject, medicationId }));
      expect(await footprint(t.db, patientId)).toEqual(middle);
    }
  });
});

describe("hidden from guardians", () => {
  it("a parent of a 10-year-old and a proxy neither see nor ask about it; the child and the clinician see it, marked", async () => {
    const family = await createFamily(t.db, { childAges: [10] });
    const child = family.children[0]!;
    await createCareRelation(t.db, { personId: child.id, unitId: gp.id, kind: "GP_LIST" });
    const hidden = await createMedication(t.db, {
      personId: child.id,
      unitId: gp.id,
      name: "Skjult",
      hiddenFromGuardians: true,
    });
    const shown = await createMedication(t.db, {
      personId: child.id,
      unitId: gp.id,
      name: "Synlig",
    });
    const parent = citizen(family.parents[0]!);
    const asParent = await listMedications(t.db, parent, child.id);
    expect(asParent.current.map((m) => m.id)).toEqual([shown.id]);
    await expectNotFound(
      requestRenewal(t.db, parent, { subject: child.id, medicationId: hidden.id }),
    );
    expect(await t.db.medicationRenewalRequest.count({ where: { medicationId: hidden.id } })).toBe(
      0,
    );

    const own = await listMedications(t.db, citizen(child), "meg");
    expect(own.current.find((m) => m.id === hidden.id)?.hiddenFromGuardians).toBe(true);
    const asClinician = await listMedications(t.db, gpClinician, child.id);
    expect(asClinician.current.map((m) => m.id).sort()).toEqual([hidden.id, shown.id].sort());
  });

  it("a proxy (even see-and-act) does not see an adult's medication hidden from guardians", async () => {
    const { patient, current } = await patientWithMedication({ hidden: true });
    const proxy = await createPerson(t.db, { age: 50 });
    await grant(patient, proxy, "READ_AND_ACT", ["MEDICATIONS"]);
    const list = await listMedications(t.db, citizen(proxy), patient.id);
    expect(list.current.map((m) => m.id)).not.toContain(current.id);
    await expectNotFound(
      requestRenewal(t.db, citizen(proxy), { subject: patient.id, medicationId: current.id }),
    );
  });
});

describe("renewal requests", () => {
  it("an earlier medication, or one without a prescription, cannot be renewed; nothing is written", async () => {
    const { patient, earlier } = await patientWithMedication();
    const noPrescription = await createMedication(t.db, {
      personId: patient.id,
      unitId: gp.id,
      name: "Paracet",
      validForDays: null,
      dispenses: null,
    });
    const before = await footprint(t.db, patient.id);
    expect(
      await refusal(
        requestRenewal(t.db, citizen(patient), { subject: "meg", medicationId: earlier.id }),
      ),
    ).toBeInstanceOf(NotRenewableError);
    expect(
      await refusal(
        requestRenewal(t.db, citizen(patient), { subject: "meg", medicationId: noPrescription.id }),
      ),
    ).toBeInstanceOf(NotRenewableError);
    expect(await footprint(t.db, patient.id)).toEqual(before);
  });

  it("a second request while one is open is refused; the database itself allows only one open request", async () => {
    const { patient, current } = await patientWithMedication();
    await requestRenewal(t.db, citizen(patient), { subject: "meg", medicationId: current.id });
    expect(
      await refusal(
        requestRenewal(t.db, citizen(patient), { subject: "meg", medicationId: current.id }),
      ),
    ).toBeInstanceOf(RenewalAlreadyRequestedError);
    // Bypassing the use case: the unique key refuses a second open request…
    const direct = await refusal(
      t.db.medicationRenewalRequest.create({
        data: {
          medicationId: current.id,
          openForMedicationId: current.id,
          personId: patient.id,
          unitId: gp.id,
          requestedById: patient.id,
        },
      }),
    );
    expect(direct).toBeInstanceOf(Error);
    // …and the check constraint an open request without the key, or a decided one still holding it.
    expect(
      await refusal(
        t.db.medicationRenewalRequest.create({
          data: {
            medicationId: current.id,
            personId: patient.id,
            unitId: gp.id,
            requestedById: patient.id,
            status: "REQUESTED",
          },
        }),
      ),
    ).toBeInstanceOf(Error);
    expect(
      await refusal(
        t.db.medicationRenewalRequest.create({
          data: {
            medicationId: current.id,
            personId: patient.id,
            unitId: gp.id,
            requestedById: patient.id,
            status: "DECLINED",
          },
        }),
      ),
    ).toBeInstanceOf(Error);
    expect(await t.db.medicationRenewalRequest.count({ where: { medicationId: current.id } })).toBe(
      1,
    );
  });

  it("of simultaneous requests on separate connections exactly one is written", async () => {
    const { patient, current } = await patientWithMedication();
    const clients = [t.db, t.newClient(), t.newClient(), t.newClient()];
    const results = await Promise.allSettled(
      clients.map((db) =>
        requestRenewal(db, citizen(patient), { subject: "meg", medicationId: current.id }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.reason)).toEqual(
      lost.map(() => expect.any(RenewalAlreadyRequestedError)),
    );
    expect(await t.db.medicationRenewalRequest.count({ where: { medicationId: current.id } })).toBe(
      1,
    );
    // Only the winner's access is logged (a refused request rolls its log entry back).
    expect(
      await t.db.accessLogEntry.count({
        where: { personId: patient.id, action: "CREATE", category: "MEDICATIONS" },
      }),
    ).toBe(1);
  });
});

describe("the clinician's work list and decisions", () => {
  it("the unit's work list shows open requests of patients in its care, each patient logged", async () => {
    const a = await patientWithMedication();
    const b = await patientWithMedication();
    const { id: ra } = await requestRenewal(t.db, citizen(a.patient), {
      subject: "meg",
      medicationId: a.current.id,
      note: "Har fem tabletter igjen",
    });
    const { id: rb } = await requestRenewal(t.db, citizen(b.patient), {
      subject: "meg",
      medicationId: b.current.id,
    });
    // b's care relation ends: the unit may no longer read b's record, so b's request is left out.
    await t.db.careRelation.updateMany({
      where: { personId: b.patient.id },
      data: { validUntil: new Date(Date.now() - 1000) },
    });
    const beforeA = await t.db.accessLogEntry.count({ where: { personId: a.patient.id } });
    const beforeB = await t.db.accessLogEntry.count({ where: { personId: b.patient.id } });
    const list = await listRenewalWorkList(t.db, gpClinician);
    const ids = list.map((r) => r.id);
    expect(ids).toContain(ra);
    expect(ids).not.toContain(rb);
    expect(list.find((r) => r.id === ra)).toMatchObject({
      note: "Har fem tabletter igjen",
      askedByOther: null,
      medication: { name: "Levaxin", prescription: "ACTIVE" },
    });
    expect(await t.db.accessLogEntry.count({ where: { personId: a.patient.id } })).toBe(
      beforeA + 1,
    );
    expect(await t.db.accessLogEntry.count({ where: { personId: b.patient.id } })).toBe(beforeB);
    // Another unit's clinician sees none of them, and cannot open or answer one.
    expect((await listRenewalWorkList(t.db, outsider)).map((r) => r.id)).not.toContain(ra);
    await expectNotFound(getRenewalRequest(t.db, outsider, ra));
    await expectNotFound(
      decideRenewal(t.db, outsider, {
        requestId: ra,
        decision: { kind: "DECLINE", reason: "Nei" },
      }),
    );
    await expectNotFound(getRenewalRequest(t.db, orgAdmin, ra));
    expect(
      (await t.db.medicationRenewalRequest.findUniqueOrThrow({ where: { id: ra } })).status,
    ).toBe("REQUESTED");
  });

  it("renewing sets the new end date and starts dispensings over; the citizen sees it and is notified without health content", async () => {
    const { patient, current } = await patientWithMedication();
    await t.db.medicationStatement.update({
      where: { id: current.id },
      data: { dispensesUsed: 4 },
    });
    const { id } = await requestRenewal(t.db, citizen(patient), {
      subject: "meg",
      medicationId: current.id,
    });
    const until = nextYear();
    await decideRenewal(t.db, gpClinician, {
      requestId: id,
      decision: { kind: "RENEW", newEndDate: until },
    });
    const row = await t.db.medicationRenewalRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "RENEWED",
      openForMedicationId: null,
      decidedById: (gpClinician as { clinicianId: string }).clinicianId,
    });
    expect(row.newEndDate?.toISOString().slice(0, 10)).toBe(until);
    const list = await listMedications(t.db, citizen(patient), "meg");
    const m = list.current.find((x) => x.id === current.id)!;
    expect(m.prescription).toBe("ACTIVE");
    expect(m.dispensesUsed).toBe(0);
    expect(m.prescriptionValidUntil?.toISOString().slice(0, 10)).toBe(until);
    expect(m.latestRenewal).toMatchObject({ id, status: "RENEWED" });
    const notifications = await t.db.notification.findMany({ where: { personId: patient.id } });
    expect(notifications.map((n) => [n.channel, n.template]).sort()).toEqual([
      ["EMAIL", "medication_renewal_answered"],
      ["SMS", "medication_renewal_answered"],
    ]);
    const log = await t.db.accessLogEntry.findFirstOrThrow({
      where: { personId: patient.id, action: "UPDATE" },
    });
    expect(log).toMatchObject({
      category: "MEDICATIONS",
      actorKind: "CLINICIAN",
      basis: "CARE_RELATION",
      itemId: id,
    });
    // The open slot is free again: a new request can be made.
    await requestRenewal(t.db, citizen(patient), { subject: "meg", medicationId: current.id });
  });

  it("declining needs a reason the citizen then reads; a proxy who asked is notified too", async () => {
    const { patient, current } = await patientWithMedication();
    const proxy = await createPerson(t.db, { age: 55 });
    await grant(patient, proxy, "READ_AND_ACT", ["MEDICATIONS"]);
    const { id } = await requestRenewal(t.db, citizen(proxy), {
      subject: patient.id,
      medicationId: current.id,
    });
    const before = await footprint(t.db, patient.id);
    const empty = await refusal(
      decideRenewal(t.db, gpClinician, {
        requestId: id,
        decision: { kind: "DECLINE", reason: "   " },
      }),
    );
    expect(empty).toMatchObject({ field: "reason", why: "required" });
    const past = await refusal(
      decideRenewal(t.db, gpClinician, {
        requestId: id,
        decision: { kind: "RENEW", newEndDate: osloDateKey(new Date()) },
      }),
    );
    expect(past).toBeInstanceOf(InvalidDecisionError);
    const far = await refusal(
      decideRenewal(t.db, gpClinician, {
        requestId: id,
        decision: { kind: "RENEW", newEndDate: addOsloDays(osloDateKey(new Date()), 400) },
      }),
    );
    expect(far).toMatchObject({ why: "too_far" });
    expect(await footprint(t.db, patient.id)).toEqual(before);

    await decideRenewal(t.db, gpClinician, {
      requestId: id,
      decision: { kind: "DECLINE", reason: "Du må komme til kontroll først." },
    });
    const asProxy = await listMedications(t.db, citizen(proxy), patient.id);
    expect(asProxy.current.find((m) => m.id === current.id)?.latestRenewal).toMatchObject({
      status: "DECLINED",
      declineReason: "Du må komme til kontroll først.",
    });
    expect(
      await t.db.notification.count({
        where: { personId: proxy.id, template: "medication_renewal_answered" },
      }),
    ).toBeGreaterThan(0);
    const m = await t.db.medicationStatement.findUniqueOrThrow({ where: { id: current.id } });
    expect(m.prescriptionValidUntil?.getTime()).toBe(current.prescriptionValidUntil?.getTime());
    expect((await getRenewalRequest(t.db, gpClinician, id)).askedByOther).toBe(
      `${proxy.givenName} ${proxy.familyName}`,
    );
  });

  it("two clinicians answering at once: one decision is kept, the other is told", async () => {
    const { patient, current } = await patientWithMedication();
    const { id } = await requestRenewal(t.db, citizen(patient), {
      subject: "meg",
      medicationId: current.id,
    });
    const results = await Promise.allSettled([
      decideRenewal(t.db, gpClinician, {
        requestId: id,
        decision: { kind: "RENEW", newEndDate: nextYear() },
      }),
      decideRenewal(t.newClient(), gpColleague, {
        requestId: id,
        decision: { kind: "DECLINE", reason: "Ikke nødvendig lenger" },
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(lost?.reason).toBeInstanceOf(RenewalAlreadyDecidedError);
    const row = await t.db.medicationRenewalRequest.findUniqueOrThrow({ where: { id } });
    expect(["RENEWED", "DECLINED"]).toContain(row.status);
    // Notifications for the one decision only (one per channel).
    expect(await t.db.notification.count({ where: { personId: patient.id } })).toBe(2);
  });

  it("the medication shows in the clinician's chart read (with care relation) and a request id of another patient is not theirs", async () => {
    const { patient, current } = await patientWithMedication();
    const chart = await listMedications(t.db, gpClinician, patient.id);
    expect(chart.current.map((m) => m.id)).toContain(current.id);
    const last = await t.db.accessLogEntry.findFirstOrThrow({
      where: { personId: patient.id },
      orderBy: { seq: "desc" },
    });
    expect(last).toMatchObject({
      category: "MEDICATIONS",
      action: "READ",
      actorKind: "CLINICIAN",
      basis: "CARE_RELATION",
    });
    await expectNotFound(listMedications(t.db, outsider, patient.id));
    expect(dayFromToday(0).toISOString().slice(0, 10)).toBe(osloDateKey(new Date()));
  });
});
