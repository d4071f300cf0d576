// Helseopplysninger's pages cost a constant, small number of SQL statements whatever the size of
// the record: each list is one joined query inside the gate, and a whole signed-in page (session,
// the shell's one query, the gate's person read, the data, the log entry, COMMIT) stays within six.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeCitizenAccess } from "@/lib/access/acting-for";
import type { Actor } from "@/lib/access/actor";
import { actorFromSession } from "@/lib/access/current-actor";
import { createUserSession, lookUpSession } from "@/lib/auth/session-store";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { listAllergies } from "@/lib/record/health-record/list-allergies";
import { listDiagnoses } from "@/lib/record/health-record/list-diagnoses";
import { listDocuments } from "@/lib/record/health-record/list-documents";
import { listClinicalNotes } from "@/lib/record/health-record/list-notes";
import { listVaccinations } from "@/lib/record/health-record/list-vaccinations";
import { readDocument } from "@/lib/record/health-record/read-document";
import { useTestDatabase } from "./harness";
import { createCareRelation, createOrganisationWithUnit, createPerson } from "./factories";
import {
  createAllergy,
  createDiagnosis,
  createDocument,
  createVaccination,
} from "./health-record-factories";

const t = useTestDatabase();
const DAY = 86_400_000;
const LIMIT = 6;

let counting: { db: Db; statements: string[] };
let unitIds: string[];

async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  counting.statements.length = 0;
  await work();
  if (process.env.SHOW_QUERIES)
    console.log(counting.statements.map((q) => q.slice(0, 100)).join("\n"));
  if (process.env.SHOW_COUNTS)
    console.log(`[statements] ${expect.getState().currentTestName}: ${counting.statements.length}`);
  return counting.statements.length;
}

/** A person with `n` of everything, spread over the units, and a session of their own. */
async function personWith(n: number) {
  const person = await createPerson(t.db, { age: 60 });
  for (const unitId of unitIds)
    await createCareRelation(t.db, { personId: person.id, unitId, kind: "GP_LIST" });
  let document = "";
  for (let i = 0; i < n; i++) {
    const unitId = unitIds[i % unitIds.length]!;
    await createDiagnosis(t.db, {
      personId: person.id,
      unitId,
      code: `K8${i % 10}`,
      daysAgo: i + 1,
      status: i % 3 ? "ACTIVE" : "RESOLVED",
    });
    await createAllergy(t.db, { personId: person.id, unitId, substance: `Stoff ${i}` });
    await createVaccination(t.db, {
      personId: person.id,
      unitId,
      doseNumber: i + 1,
      daysAgo: i + 1,
    });
    document = (await createDocument(t.db, { personId: person.id, unitId, daysAgo: i + 1 })).id;
    const writtenAt = new Date(Date.now() - (i + 1) * DAY);
    await t.db.clinicalNote.create({
      data: {
        personId: person.id,
        unitId,
        kind: i % 2 ? "VISIT_SUMMARY" : "PROGRESS_NOTE",
        title: `Notat ${i}`,
        body: "Tekst",
        writtenAt,
        visibleToPatientFrom: writtenAt,
      },
    });
  }
  const session = await createUserSession(t.db, {
    kind: "CITIZEN",
    personId: person.id,
    authMethod: "TEST_IDENTITY",
  });
  return { person, session, document };
}

beforeAll(async () => {
  unitIds = [];
  for (const name of ["Fastlegen", "Sykehuset", "Legevakten"]) {
    unitIds.push(
      (
        await createOrganisationWithUnit(t.db, {
          kind: "GP_OFFICE",
          unitKind: "GP_PRACTICE",
          unitName: name,
        })
      ).unit.id,
    );
  }
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

/** A signed-in citizen page: the session, the layout's one query, then the page's own call. */
function citizenPage(sessionId: string, page: (actor: Actor) => Promise<unknown>) {
  return statementsOf(async () => {
    const found = await lookUpSession(counting.db, sessionId, new Date(), { touch: true });
    if (found.status !== "active") throw new Error("test session is not active");
    const actor = await actorFromSession(counting.db, found.session);
    if (!actor || actor.kind !== "CITIZEN") throw new Error("no citizen");
    const { overview } = await describeCitizenAccess(counting.db, actor, "meg");
    if (!overview) throw new Error("layout would answer not found");
    await page(actor);
  });
}

describe("Helseopplysninger: statements per page, with 1 and with 45 items of each kind", () => {
  let few: Awaited<ReturnType<typeof personWith>>;
  let many: Awaited<ReturnType<typeof personWith>>;
  beforeAll(async () => {
    few = await personWith(1);
    many = await personWith(45);
  }, 240_000);

  const pages: [string, (db: Db, actor: Actor, ctx: { document: string }) => Promise<unknown>][] = [
    ["Diagnoser", (db, a) => listDiagnoses(db, a, "meg")],
    ["Allergier", (db, a) => listAllergies(db, a, "meg")],
    ["Vaksiner", (db, a) => listVaccinations(db, a, "meg")],
    ["Journalnotater", (db, a) => listClinicalNotes(db, a, "meg", {})],
    [
      "Journalnotater, filtered",
      (db, a) => listClinicalNotes(db, a, "meg", { enhet: unitIds[1], type: "VISIT_SUMMARY" }),
    ],
    ["Dokumenter", (db, a) => listDocuments(db, a, "meg")],
    ["one document (download)", (db, a, ctx) => readDocument(db, a, "meg", ctx.document)],
  ];

  it.each(pages)("%s", async (_name, call) => {
    const small = await citizenPage(few.session, (a) => call(counting.db, a, few));
    const large = await citizenPage(many.session, (a) => call(counting.db, a, many));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(LIMIT);
    // The gate alone: the person read, the data (one statement), the log entry, COMMIT.
    const gate = await statementsOf(() =>
      call(
        counting.db,
        { kind: "CITIZEN", sessionId: "t", personId: many.person.id, name: "x" },
        many,
      ),
    );
    expect(gate).toBe(4);
  });

  it("the second page of notes costs what the first does", async () => {
    const actor: Actor = { kind: "CITIZEN", sessionId: "t", personId: many.person.id, name: "x" };
    const first = await listClinicalNotes(t.db, actor, "meg", {});
    expect(first.next).not.toBeNull();
    expect(
      await statementsOf(() =>
        listClinicalNotes(counting.db, actor, "meg", { etter: first.next! }),
      ),
    ).toBe(4);
  });
});
