// Pages must cost a constant, small number of queries whatever the amount of data (no N+1). These
// tests count the SQL statements a domain call sends, with little and with much data.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeCitizenAccess } from "@/lib/access/acting-for";
import type { Actor } from "@/lib/access/actor";
import { actorFromSession } from "@/lib/access/current-actor";
import { readAccessLog } from "@/lib/access-log/read-access-log";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { listAppointments } from "@/lib/appointments/list-appointments";
import { getNextAppointment } from "@/lib/appointments/next-appointment";
import { getUnitDayList } from "@/lib/appointments/unit-day-list";
import { randomUUID } from "node:crypto";
import { getAnalysisTrend } from "@/lib/record/lab-results/get-analysis-trend";
import { listLabResults } from "@/lib/record/lab-results/list-lab-results";
import { getPatientLabResults } from "@/lib/record/lab-results/patient-lab-results";
import { reviseLabResult } from "@/lib/record/lab-results/revise-lab-result";
import { listReleaseWorkList } from "@/lib/record/lab-results/release-work-list";
import type { Db } from "@/lib/db/client";
import { createUserSession, lookUpSession } from "@/lib/auth/session-store";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { listMedications } from "@/lib/record/medications/list-medications";
import { listRenewalWorkList } from "@/lib/record/medications/renewal-work-list";
import { requestRenewal } from "@/lib/record/medications/request-renewal";
import { listProxyGrants } from "@/lib/proxy-grants/list-grants";
import { osloDateKey } from "@/lib/time/oslo";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
  citizenActor,
} from "./factories";
import { createMedication } from "./medication-factories";
import { getComposeOptions } from "@/lib/messages/compose-options";
import { getThread } from "@/lib/messages/get-thread";
import { getInboxOverview } from "@/lib/messages/inbox-overview";
import { listInboxThreads } from "@/lib/messages/list-inbox-threads";
import { listThreads } from "@/lib/messages/list-threads";
import { openThread } from "@/lib/messages/open-thread";
import { replyAsClinician } from "@/lib/messages/reply-as-clinician";
import { startThread } from "@/lib/messages/start-thread";
import { createMessagingUnit } from "./message-factories";
import { getReleaseRules } from "@/lib/record/lab-results/get-release-rules";
import { setReleaseRule } from "@/lib/record/lab-results/set-release-rule";

const t = useTestDatabase();
const DAY = 86_400_000;

let counting: { db: Db; statements: string[] };
let unitId: string;
let clinician: Actor;

const citizen = citizenActor;

/** Statements sent by one call (transaction control included, so a loop of transactions shows too). */
async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  counting.statements.length = 0;
  await work();
  if (process.env.SHOW_QUERIES)
    console.log(counting.statements.map((q) => q.slice(0, 100)).join("\n"));
  if (process.env.SHOW_COUNTS)
    console.log(`[statements] ${expect.getState().currentTestName}: ${counting.statements.length}`);
  return counting.statements.length;
}

/** A patient with `visits` past visits (with summaries) and `upcoming` booked times at the unit. */
async function patientWith(visits: number, upcoming: number, day: Date) {
  const person = await createPerson(t.db, { age: 50 });
  await createCareRelation(t.db, { personId: person.id, unitId, kind: "GP_LIST" });
  for (let i = 0; i < visits + upcoming; i++) {
    const past = i < visits;
    const startsAt = past
      ? new Date(Date.now() - (i + 1) * DAY)
      : new Date(day.getTime() + i * 20 * 60_000);
    const slot = await t.db.slot.create({
      data: {
        unitId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        visitType: "Konsultasjon",
      },
    });
    const a = await t.db.appointment.create({
      data: {
        slotId: slot.id,
        personId: person.id,
        bookedById: person.id,
        reason: "Kontroll",
        status: past ? "COMPLETED" : "BOOKED",
        holdsSlotId: slot.id,
      },
    });
    if (past) {
      await t.db.clinicalNote.create({
        data: {
          personId: person.id,
          unitId,
          appointmentId: a.id,
          kind: "VISIT_SUMMARY",
          title: "Notat",
          body: "Tekst",
          writtenAt: startsAt,
          visibleToPatientFrom: startsAt,
        },
      });
    }
  }
  return person;
}

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  }));
  const c = await createClinician(t.db, { unitIds: [unitId] });
  clinician = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Dr Test",
    profession: "lege",
    units: [{ id: unitId, name: "Fastlegen", organisationName: "Kontoret" }],
  };
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

describe("no N+1", () => {
  it("the appointment list costs the same with 2 and with 24 appointments", async () => {
    const day = new Date(Date.now() + 30 * DAY);
    const few = await patientWith(1, 1, day);
    const many = await patientWith(12, 12, new Date(day.getTime() + DAY));
    const small = await statementsOf(() => listAppointments(counting.db, citizen(few), "meg"));
    const large = await statementsOf(() => listAppointments(counting.db, citizen(many), "meg"));
    expect(large).toBe(small);
    expect(small).toBeGreaterThan(3);
    expect(small).toBeLessThanOrEqual(4);
  });

  it("a unit's day list costs the same with 1 and with 8 patients", async () => {
    const quiet = new Date(Date.now() + 40 * DAY);
    const busy = new Date(Date.now() + 41 * DAY);
    await patientWith(0, 1, quiet);
    for (let i = 0; i < 8; i++) await patientWith(0, 1, new Date(busy.getTime() + i * 60 * 60_000));
    const small = await statementsOf(() =>
      getUnitDayList(counting.db, clinician, { unitId, day: osloDateKey(quiet) }),
    );
    const large = await statementsOf(() =>
      getUnitDayList(counting.db, clinician, { unitId, day: osloDateKey(busy) }),
    );
    expect(large).toBe(small);
    expect(small).toBeGreaterThan(3);
    // Facts, who is listed, the details of those let through, the log: see the page budget below.
    expect(small).toBeLessThanOrEqual(5);
  });

  it("a page of the access log costs the same for a short and a long log", async () => {
    const short = await patientWith(0, 0, new Date());
    const long = await patientWith(0, 0, new Date());
    await readAccessLog(t.db, citizen(short), "meg");
    for (let i = 0; i < 40; i++) await readAccessLog(t.db, citizen(long), "meg");
    const small = await statementsOf(() => readAccessLog(counting.db, citizen(short), "meg"));
    const large = await statementsOf(() => readAccessLog(counting.db, citizen(long), "meg"));
    expect(large).toBe(small);
    expect(small).toBeGreaterThan(3);
    expect(small).toBeLessThanOrEqual(4);
  });

  it("the lab results list, a trend and the release work list cost the same with 50 and with 5,000 results", async () => {
    await t.db.labAnalysis.createMany({
      data: [
        {
          code: "QCT00001",
          name: "P-Test",
          shortName: "Test",
          unit: "mmol/L",
          decimals: 1,
          releaseCategory: "AFTER_REVIEW",
        },
        {
          code: "QCT00002",
          name: "P-Test2",
          shortName: "Test 2",
          unit: "mmol/L",
          decimals: 1,
          releaseCategory: "IMMEDIATE",
        },
      ],
      skipDuplicates: true,
    });
    /** A person with `results` results, four per requisition, one a day back in time. */
    async function personWithResults(results: number) {
      const person = await createPerson(t.db, { age: 50 });
      await createCareRelation(t.db, { personId: person.id, unitId, kind: "GP_LIST" });
      const requisitions = [];
      const observations = [];
      for (let i = 0; i < results / 4; i++) {
        const id = randomUUID();
        const takenAt = new Date(Date.now() - (i + 1) * DAY);
        requisitions.push({
          id,
          personId: person.id,
          orderingUnitId: unitId,
          performingLab: "Lab",
          takenAt,
          issuedAt: takenAt,
        });
        for (let j = 0; j < 4; j++) {
          observations.push({
            requisitionId: id,
            personId: person.id,
            analysisCode: j % 2 ? "QCT00002" : "QCT00001",
            releaseCategory: j % 2 ? ("IMMEDIATE" as const) : ("AFTER_REVIEW" as const),
            valueQuantity: 5 + j,
            unit: "mmol/L",
            referenceLow: 4,
            referenceHigh: 6,
            interpretation: "NORMAL" as const,
            status: "FINAL" as const,
            takenAt,
            issuedAt: takenAt,
            finalAt: takenAt,
            releasedAt: i % 3 ? takenAt : null,
          });
        }
      }
      for (let i = 0; i < requisitions.length; i += 500)
        await t.db.labRequisition.createMany({ data: requisitions.slice(i, i + 500) });
      for (let i = 0; i < observations.length; i += 2000)
        await t.db.labObservation.createMany({ data: observations.slice(i, i + 2000) });
      return person;
    }
    const few = await personWithResults(50);
    const many = await personWithResults(5000);
    expect(await t.db.labObservation.count({ where: { personId: many.id } })).toBe(5000);

    const listSmall = await statementsOf(() => listLabResults(counting.db, citizen(few), "meg"));
    const listLarge = await statementsOf(() => listLabResults(counting.db, citizen(many), "meg"));
    expect(listLarge).toBe(listSmall);
    // BEGIN, the gate's facts, the page with the show-at-once choice, the log entry, COMMIT.
    expect(listSmall).toBeLessThanOrEqual(5);

    const trendSmall = await statementsOf(() =>
      getAnalysisTrend(counting.db, citizen(few), "meg", "QCT00001", { locale: "nb" }),
    );
    const trendLarge = await statementsOf(() =>
      getAnalysisTrend(counting.db, citizen(many), "meg", "QCT00001", { locale: "nb" }),
    );
    expect(trendLarge).toBe(trendSmall);
    expect(trendSmall).toBeLessThanOrEqual(5);

    const work = await statementsOf(() => listReleaseWorkList(counting.db, clinician));
    if (process.env.SHOW_COUNTS)
      console.log(`lab statements: list ${listSmall}, trend ${trendSmall}, work list ${work}`);
    // Its page (with the session) is asserted below, in "statements per signed-in page".
    expect(work).toBeLessThanOrEqual(5);

    // The chart's results read what the laboratory corrected in the same statement as the rest.
    const chartPlain = await statementsOf(() =>
      getPatientLabResults(counting.db, clinician, few.id),
    );
    const newest = await t.db.labObservation.findFirstOrThrow({
      where: { personId: few.id },
      orderBy: [{ takenAt: "desc" }, { id: "asc" }],
    });
    for (const value of [7.1, 7.2])
      await reviseLabResult(t.db, {
        observationId: newest.id,
        status: "CORRECTED",
        valueQuantity: value,
        valueText: null,
        unit: "mmol/L",
        referenceLow: 4,
        referenceHigh: 6,
        referenceText: null,
        interpretation: "HIGH",
        issuedAt: new Date(),
      });
    const chartCorrected = await statementsOf(() =>
      getPatientLabResults(counting.db, clinician, few.id),
    );
    expect(chartCorrected).toBe(chartPlain);
    const [row] = await getPatientLabResults(t.db, clinician, few.id);
    expect(row?.id).toBe(newest.id);
    expect(row?.correction?.first.value).toBe(Number(newest.valueQuantity));
  });

  it("the medication list costs the same with 2 and with 30 medications (renewal requests included)", async () => {
    const few = await patientWith(0, 0, new Date());
    const many = await patientWith(0, 0, new Date());
    await createMedication(t.db, { personId: few.id, unitId });
    await createMedication(t.db, { personId: few.id, unitId, status: "COMPLETED", endInDays: -10 });
    for (let i = 0; i < 30; i++) {
      const m = await createMedication(t.db, {
        personId: many.id,
        unitId,
        name: `Legemiddel ${i}`,
        status: i % 3 === 0 ? "STOPPED" : "ACTIVE",
      });
      if (i % 3 !== 0)
        await requestRenewal(t.db, citizen(many), { subject: "meg", medicationId: m.id });
    }
    const small = await statementsOf(() => listMedications(counting.db, citizen(few), "meg"));
    const large = await statementsOf(() => listMedications(counting.db, citizen(many), "meg"));
    expect(large).toBe(small);
    // The gate's person read, the medications (one joined statement), the log entry, COMMIT.
    expect(small).toBe(4);
  });

  it("the renewal work list costs the same with 1 and with 12 open requests", async () => {
    const { unit: quiet } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
      unitName: "Stille kontor",
    });
    const { unit: busy } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
      unitName: "Travelt kontor",
    });
    const seedRequests = async (unit: string, n: number) => {
      for (let i = 0; i < n; i++) {
        const p = await createPerson(t.db, { age: 60 });
        await createCareRelation(t.db, { personId: p.id, unitId: unit, kind: "GP_LIST" });
        const m = await createMedication(t.db, { personId: p.id, unitId: unit });
        await requestRenewal(t.db, citizen(p), { subject: "meg", medicationId: m.id });
      }
    };
    await seedRequests(quiet.id, 1);
    await seedRequests(busy.id, 12);
    const doctor = async (unit: { id: string; name: string }): Promise<Actor> => {
      const c = await createClinician(t.db, { unitIds: [unit.id] });
      return {
        kind: "CLINICIAN",
        sessionId: "t",
        clinicianId: c.id,
        name: "Dr",
        profession: "lege",
        units: [{ id: unit.id, name: unit.name, organisationName: "Org" }],
      };
    };
    const quietDoctor = await doctor(quiet);
    const busyDoctor = await doctor(busy);
    expect(await listRenewalWorkList(t.db, busyDoctor)).toHaveLength(12);
    const small = await statementsOf(() => listRenewalWorkList(counting.db, quietDoctor));
    const large = await statementsOf(() => listRenewalWorkList(counting.db, busyDoctor));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5);
  });

  it("an organisation's release rules cost the same with no rules and with a rule and a change for every analysis", async () => {
    const organisationWith = async (changes: number) => {
      const { organisation } = await createOrganisationWithUnit(t.db, {
        kind: "GP_OFFICE",
        unitKind: "GP_PRACTICE",
      });
      const c = await createClinician(t.db, {
        unitIds: [],
        hprNumber: null,
        adminOf: [organisation.id],
      });
      const admin: Actor = {
        kind: "ORG_ADMIN",
        sessionId: "t",
        clinicianId: c.id,
        name: "Admin",
        organisationIds: [organisation.id],
      };
      const codes = ["QCR00001", "QCR00002", "QCR00003"];
      await t.db.labAnalysis.createMany({
        data: codes.map((code) => ({ code, name: `P-${code}`, shortName: code })),
        skipDuplicates: true,
      });
      for (let i = 0; i < changes; i++)
        await setReleaseRule(t.db, admin, {
          organisationId: organisation.id,
          analysisCode: codes[i % codes.length]!,
          category: i % 2 ? "AFTER_REVIEW" : "AFTER_CONVERSATION",
        });
      return { id: organisation.id, admin };
    };
    const quiet = await organisationWith(0);
    const busy = await organisationWith(30);
    const small = await statementsOf(() => getReleaseRules(counting.db, quiet.admin, quiet.id));
    const large = await statementsOf(() => getReleaseRules(counting.db, busy.admin, busy.id));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(2);
  });
});

/** A patient of the unit with `threads` threads of `messages` messages each (answers included). */
async function writer(
  unit: Awaited<ReturnType<typeof createMessagingUnit>>,
  threads: number,
  messages: number,
) {
  const person = await createPerson(t.db, { age: 40 });
  await createCareRelation(t.db, {
    personId: person.id,
    unitId: unit.unitId,
    kind: "GP_LIST",
    validFrom: new Date(Date.now() - 10 * DAY),
  });
  const ids: string[] = [];
  for (let i = 0; i < threads; i++) {
    const { threadId } = await startThread(
      t.db,
      citizen(person),
      { subject: "meg", topicId: unit.topicId, body: `Tråd ${i}` },
      new Date(Date.now() - DAY + i * 60_000),
    );
    for (let m = 1; m < messages; m++)
      await replyAsClinician(t.db, unit.clinician, {
        threadId,
        body: `Svar ${m}`,
        asUnit: m % 2 === 0,
      });
    ids.push(threadId);
  }
  return { person, ids };
}

describe("no N+1 in messages", () => {
  it("the citizen's thread list, a thread and the compose page cost the same for little and much", async () => {
    const unit = await createMessagingUnit(t.db);
    const few = await writer(unit, 1, 1);
    const many = await writer(unit, 25, 3);
    for (const [name, call] of [
      ["list", (p: typeof few) => listThreads(counting.db, citizen(p.person), { subject: "meg" })],
      [
        "thread",
        (p: typeof few) =>
          getThread(counting.db, citizen(p.person), { subject: "meg", threadId: p.ids[0]! }),
      ],
      [
        "compose",
        (p: typeof few) => getComposeOptions(counting.db, citizen(p.person), { subject: "meg" }),
      ],
    ] as const) {
      const small = await statementsOf(() => call(few));
      const large = await statementsOf(() => call(many));
      expect(large, name).toBe(small);
      // Prisma sends one statement per included relation; the gate adds BEGIN, its facts, the log, COMMIT.
      console.log(`[statements] citizen ${name}: ${small}`);
      expect(small, name).toBeLessThanOrEqual(14);
    }
  });

  it("an inbox page, the inbox overview and a clinician's thread cost the same for 1 and 25 threads", async () => {
    const quiet = await createMessagingUnit(t.db);
    const busy = await createMessagingUnit(t.db);
    const one = await writer(quiet, 1, 2);
    for (let i = 0; i < 5; i++) await writer(busy, 5, 2);
    const long = await writer(busy, 1, 12);
    const small = await statementsOf(() =>
      listInboxThreads(counting.db, quiet.clinician, {
        inboxId: quiet.sharedInboxId,
        view: "waiting",
      }),
    );
    const large = await statementsOf(() =>
      listInboxThreads(counting.db, busy.clinician, {
        inboxId: busy.sharedInboxId,
        view: "waiting",
      }),
    );
    expect(large).toBe(small);
    console.log(`[statements] inbox page: ${small}`);
    expect(small).toBeLessThanOrEqual(14);
    expect(await statementsOf(() => getInboxOverview(counting.db, busy.clinician))).toBe(
      await statementsOf(() => getInboxOverview(counting.db, quiet.clinician)),
    );
    // Threads the clinician has answered are opened already: the same cost, short or long.
    const a = await statementsOf(() =>
      openThread(counting.db, quiet.clinician, { threadId: one.ids[0]! }),
    );
    const b = await statementsOf(() =>
      openThread(counting.db, busy.clinician, { threadId: long.ids[0]! }),
    );
    expect(b).toBe(a);
    console.log(`[statements] clinician thread: ${a}`);
    expect(a).toBeLessThanOrEqual(5);
    // A thread nobody has opened: the first view opens it with one UPDATE more, later views do not.
    const fresh = await writer(quiet, 1, 1);
    const first = await statementsOf(() =>
      openThread(counting.db, quiet.clinician, { threadId: fresh.ids[0]! }),
    );
    expect(first).toBe(a + 1);
    expect(
      await t.db.messageThread.findUniqueOrThrow({
        where: { id: fresh.ids[0]! },
        select: { openedById: true },
      }),
    ).toEqual({ openedById: quiet.clinician.clinicianId });
    expect(
      await statementsOf(() =>
        openThread(counting.db, quiet.clinician, { threadId: fresh.ids[0]! }),
      ),
    ).toBe(a);
  });
});

/**
 * What each signed-in page asks the database in one request, composed as the page and its layout
 * compose it (app/(citizen)/for/[subject]/layout.tsx and the page; app/behandler/enhet/[unitId]):
 * the session, then for citizen pages the request-cached subjectAccess (which also gives the
 * switcher's options), then the page's data through the gate. Counted as the Prisma client reports statements (COMMIT
 * included; the driver adapter's BEGIN is not reported, so one more goes over the wire per gate).
 */
describe("statements per signed-in page", () => {
  let me: Awaited<ReturnType<typeof patientWith>>;
  let meSession: string;
  let grantor: Awaited<ReturnType<typeof createPerson>>;
  let appointmentId: string;
  let clinicianSession: string;
  const DAY_LIST = new Date(Date.now() + 50 * DAY);

  beforeAll(async () => {
    me = await patientWith(3, 3, DAY_LIST);
    grantor = await patientWith(2, 2, new Date(DAY_LIST.getTime() + DAY));
    await t.db.proxyGrant.create({
      data: {
        grantorId: grantor.id,
        granteeId: me.id,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "ACCESS_LOG"],
        validFrom: new Date(Date.now() - DAY),
      },
    });
    appointmentId = (
      await t.db.appointment.findFirstOrThrow({ where: { personId: me.id }, select: { id: true } })
    ).id;
    meSession = await createUserSession(t.db, {
      kind: "CITIZEN",
      personId: me.id,
      authMethod: "TEST_IDENTITY",
    });
    clinicianSession = await createUserSession(t.db, {
      kind: "CLINICIAN",
      clinicianId: clinician.kind === "CLINICIAN" ? clinician.clinicianId : "",
      authMethod: "TEST_IDENTITY",
    });
    await readAccessLog(t.db, citizen(me), "meg");
  });

  async function signedIn(sessionId: string): Promise<Actor> {
    const found = await lookUpSession(counting.db, sessionId, new Date(), { touch: true });
    if (found.status !== "active") throw new Error("test session is not active");
    const actor = await actorFromSession(counting.db, found.session);
    if (!actor) throw new Error("no actor");
    return actor;
  }

  /** The citizen layout (subjectAccess + the switcher's options, each once) and then the page. */
  function citizenPage(subject: string, page: (actor: Actor) => Promise<unknown>) {
    return statementsOf(async () => {
      const actor = await signedIn(meSession);
      if (actor.kind !== "CITIZEN") throw new Error("not a citizen");
      const { overview } = await describeCitizenAccess(counting.db, actor, subject);
      if (!overview) throw new Error("layout would answer not found");
      await page(actor);
    });
  }

  // Issue 14: session, access facts once, the page's data in one or two queries, the log entry.
  const LIMIT = 6;

  it("Forside (own, and acting for a grantor)", async () => {
    expect(
      await citizenPage("meg", (a) => getNextAppointment(counting.db, a, "meg")),
    ).toBeLessThanOrEqual(LIMIT);
    expect(
      await citizenPage(grantor.id, (a) => getNextAppointment(counting.db, a, grantor.id)),
    ).toBeLessThanOrEqual(LIMIT);
  });

  it("Timeavtaler", async () => {
    expect(
      await citizenPage("meg", (a) => listAppointments(counting.db, a, "meg")),
    ).toBeLessThanOrEqual(LIMIT);
    expect(
      await citizenPage(grantor.id, (a) => listAppointments(counting.db, a, grantor.id)),
    ).toBeLessThanOrEqual(LIMIT);
  });

  it("one appointment", async () => {
    expect(
      await citizenPage("meg", (a) => getAppointment(counting.db, a, "meg", appointmentId)),
    ).toBeLessThanOrEqual(LIMIT);
  });

  it("Innsynslogg", async () => {
    expect(
      await citizenPage("meg", (a) => readAccessLog(counting.db, a, "meg")),
    ).toBeLessThanOrEqual(LIMIT);
  });

  it("Fullmakter", async () => {
    expect(await citizenPage("meg", (a) => listProxyGrants(counting.db, a))).toBeLessThanOrEqual(
      LIMIT,
    );
  });

  it("the clinician's day list", async () => {
    const n = await statementsOf(async () => {
      const actor = await signedIn(clinicianSession);
      await getUnitDayList(counting.db, actor, { unitId, day: osloDateKey(DAY_LIST) });
    });
    // The session read brings the clinician's units along, so the list's second read (reasons and
    // answers only for the rows the gate and the item rule let through) fits the budget.
    expect(n).toBeLessThanOrEqual(LIMIT);
  });

  async function clinicianPage(sessionId: string, page: (actor: Actor) => Promise<unknown>) {
    return statementsOf(async () => page(await signedIn(sessionId)));
  }
  const sessionOf = (clinicianId: string) =>
    createUserSession(t.db, { kind: "CLINICIAN", clinicianId, authMethod: "TEST_IDENTITY" });

  it("the clinician's message thread, short and long (issue 15), once opened", async () => {
    const quiet = await createMessagingUnit(t.db);
    const busy = await createMessagingUnit(t.db);
    const short = await writer(quiet, 1, 2);
    await writer(busy, 6, 2);
    const long = await writer(busy, 3, 10);
    const [quietSession, busySession] = [
      await sessionOf(quiet.clinician.clinicianId),
      await sessionOf(busy.clinician.clinicianId),
    ];
    // The first view opens it (one UPDATE more); the page as it is read from then on:
    await openThread(t.db, quiet.clinician, { threadId: short.ids[0]! });
    await openThread(t.db, busy.clinician, { threadId: long.ids[0]! });
    const small = await clinicianPage(quietSession, (a) =>
      openThread(counting.db, a, { threadId: short.ids[0]! }),
    );
    const large = await clinicianPage(busySession, (a) =>
      openThread(counting.db, a, { threadId: long.ids[0]! }),
    );
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(LIMIT);
  }, 90_000);

  it("the release and renewal work lists, quiet and busy unit (issue 16)", async () => {
    await t.db.labAnalysis.createMany({
      data: [
        {
          code: "QCT00009",
          name: "P-Vent",
          shortName: "Vent",
          unit: "mmol/L",
          decimals: 1,
          releaseCategory: "AFTER_REVIEW",
        },
      ],
      skipDuplicates: true,
    });
    async function unitWith(patients: number) {
      const { unit } = await createOrganisationWithUnit(t.db, {
        kind: "GP_OFFICE",
        unitKind: "GP_PRACTICE",
        unitName: `Kontor ${patients}`,
      });
      for (let i = 0; i < patients; i++) {
        const p = await createPerson(t.db, { age: 60 });
        await createCareRelation(t.db, { personId: p.id, unitId: unit.id, kind: "GP_LIST" });
        const m = await createMedication(t.db, { personId: p.id, unitId: unit.id });
        await requestRenewal(t.db, citizen(p), { subject: "meg", medicationId: m.id });
        const takenAt = new Date(Date.now() - DAY);
        const req = await t.db.labRequisition.create({
          data: {
            personId: p.id,
            orderingUnitId: unit.id,
            performingLab: "Lab",
            takenAt,
            issuedAt: takenAt,
          },
        });
        await t.db.labObservation.createMany({
          data: [0, 1, 2].map((j) => ({
            requisitionId: req.id,
            personId: p.id,
            analysisCode: "QCT00009",
            releaseCategory: "AFTER_REVIEW" as const,
            valueQuantity: 5 + j,
            unit: "mmol/L",
            referenceLow: 4,
            referenceHigh: 6,
            interpretation: "NORMAL" as const,
            status: "FINAL" as const,
            takenAt,
            issuedAt: takenAt,
            finalAt: takenAt,
            releasedAt: null,
          })),
        });
      }
      const c = await createClinician(t.db, { unitIds: [unit.id] });
      return sessionOf(c.id);
    }
    const quietSession = await unitWith(1);
    const busySession = await unitWith(15);
    for (const [name, page] of [
      ["release work list", (a: Actor) => listReleaseWorkList(counting.db, a)],
      ["renewal work list", (a: Actor) => listRenewalWorkList(counting.db, a)],
    ] as const) {
      const small = await clinicianPage(quietSession, page);
      const large = await clinicianPage(busySession, page);
      expect(large, name).toBe(small);
      expect(small, name).toBeLessThanOrEqual(LIMIT);
    }
    const busyActor = await signedIn(busySession);
    // Much data really was there: 45 waiting, the page shows 25 and the next the other 20.
    const busyPage = await listReleaseWorkList(t.db, busyActor);
    expect(busyPage.items).toHaveLength(25);
    expect(
      (await listReleaseWorkList(t.db, busyActor, { after: busyPage.next })).items,
    ).toHaveLength(20);
    expect(await listRenewalWorkList(t.db, busyActor)).toHaveLength(15);
    // The next page, and back from it, cost what the first page costs.
    const small = await clinicianPage(quietSession, (a) => listReleaseWorkList(counting.db, a));
    for (const cursor of [{ after: busyPage.next }, { before: busyPage.next }])
      expect(
        await clinicianPage(busySession, (a) => listReleaseWorkList(counting.db, a, cursor)),
      ).toBe(small);
  });
});
