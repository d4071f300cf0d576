// Statements per page for Innsyn og retting (issue 17), counted like tests/integration/query-count.test.ts:
// the signed-in session, the citizen layout and the page's domain call, with few and with many requests.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeCitizenAccess } from "@/lib/access/acting-for";
import type { Actor } from "@/lib/access/actor";
import { actorFromSession } from "@/lib/access/current-actor";
import { createUserSession, lookUpSession } from "@/lib/auth/session-store";
import type { Db } from "@/lib/db/client";
import { fileFormalRequest } from "@/lib/formal-requests/file-request";
import { getFilingOptions } from "@/lib/formal-requests/filing-options";
import { getFormalRequestForClinician } from "@/lib/formal-requests/get-request-for-clinician";
import { getOwnFormalRequest } from "@/lib/formal-requests/get-own-request";
import { listOwnFormalRequests } from "@/lib/formal-requests/list-own-requests";
import { startFormalRequest } from "@/lib/formal-requests/start-request";
import { listFormalRequestWorkList } from "@/lib/formal-requests/work-list";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;
const LIMIT = 6;

let counting: { db: Db; statements: string[] };
const sessions: Record<"few" | "many" | "clinician", string> = { few: "", many: "", clinician: "" };
const requestOf: Record<"few" | "many", string> = { few: "", many: "" };
const personOf: Record<"few" | "many", string> = { few: "", many: "" };

async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  counting.statements.length = 0;
  await work();
  if (process.env.SHOW_QUERIES)
    console.log(counting.statements.map((q) => q.slice(0, 100)).join("\n"));
  if (process.env.SHOW_COUNTS)
    console.log(`[statements] ${expect.getState().currentTestName}: ${counting.statements.length}`);
  return counting.statements.length;
}

async function signedIn(sessionId: string): Promise<Actor> {
  const found = await lookUpSession(counting.db, sessionId, new Date(), { touch: true });
  if (found.status !== "active") throw new Error("test session is not active");
  const actor = await actorFromSession(counting.db, found.session);
  if (!actor) throw new Error("no actor");
  return actor;
}

/** The citizen layout (subjectAccess + the switcher, one statement) and then the page. */
function citizenPage(who: "few" | "many", page: (actor: Actor) => Promise<unknown>) {
  return statementsOf(async () => {
    const actor = await signedIn(sessions[who]);
    if (actor.kind !== "CITIZEN") throw new Error("not a citizen");
    const { overview } = await describeCitizenAccess(counting.db, actor, "meg");
    if (!overview) throw new Error("layout would answer not found");
    await page(actor);
  });
}

function clinicianPage(page: (actor: Actor) => Promise<unknown>) {
  return statementsOf(async () => page(await signedIn(sessions.clinician)));
}

beforeAll(async () => {
  const { unit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  });
  const c = await createClinician(t.db, { unitIds: [unit.id] });
  const since = new Date(Date.now() - 400 * DAY);
  const person = async (requests: number) => {
    const p = await createPerson(t.db, { age: 50 });
    await createCareRelation(t.db, {
      personId: p.id,
      unitId: unit.id,
      kind: "GP_LIST",
      validFrom: since,
    });
    const me: Actor = { kind: "CITIZEN", sessionId: "t", personId: p.id, name: "Test" };
    let last = "";
    for (let i = 0; i < requests; i++) {
      const kind = i % 3 === 0 ? "ACCESS" : i % 3 === 1 ? "CORRECTION" : "DELETION";
      last = (
        await fileFormalRequest(
          t.db,
          me,
          {
            subject: "meg",
            kind,
            unitId: unit.id,
            concerns: `Forespørsel ${i}`,
            correction: kind === "CORRECTION" ? "Riktig tekst" : undefined,
            reason: kind === "ACCESS" ? undefined : "Fordi",
          },
          new Date(Date.now() - (i % 60) * DAY),
        )
      ).id;
    }
    return { p, last };
  };
  const few = await person(1);
  const many = await person(40);
  requestOf.few = few.last;
  requestOf.many = many.last;
  personOf.few = few.p.id;
  personOf.many = many.p.id;
  const clinicianActor: Actor = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Dr",
    profession: "lege",
    units: [{ id: unit.id, name: unit.name, organisationName: "Org" }],
  };
  await startFormalRequest(t.db, clinicianActor, { requestId: many.last });
  sessions.few = await createUserSession(t.db, {
    kind: "CITIZEN",
    personId: few.p.id,
    authMethod: "TEST_IDENTITY",
  });
  sessions.many = await createUserSession(t.db, {
    kind: "CITIZEN",
    personId: many.p.id,
    authMethod: "TEST_IDENTITY",
  });
  sessions.clinician = await createUserSession(t.db, {
    kind: "CLINICIAN",
    clinicianId: c.id,
    authMethod: "TEST_IDENTITY",
  });
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

describe("Innsyn og retting: statements per signed-in page, with 1 and with 40 requests", () => {
  it("the citizen's list", async () => {
    const small = await citizenPage("few", (a) => listOwnFormalRequests(counting.db, a, "meg"));
    const large = await citizenPage("many", (a) => listOwnFormalRequests(counting.db, a, "meg"));
    expect(large).toBe(small);
    // Session, layout, the gate's facts, the list, the log entry, COMMIT.
    expect(small).toBeLessThanOrEqual(LIMIT);
  });

  it("one request with its history", async () => {
    const small = await citizenPage("few", (a) =>
      getOwnFormalRequest(counting.db, a, "meg", requestOf.few),
    );
    const large = await citizenPage("many", (a) =>
      getOwnFormalRequest(counting.db, a, "meg", requestOf.many),
    );
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(LIMIT);
  });

  it("Ny forespørsel", async () => {
    const n = await citizenPage("many", (a) =>
      getFilingOptions(counting.db, a, { subject: "meg" }),
    );
    expect(n).toBeLessThanOrEqual(LIMIT);
  });

  it("the clinician's work list (a page of 25 of 41 open requests, and the last page)", async () => {
    let next: Awaited<ReturnType<typeof listFormalRequestWorkList>>["next"] = null;
    const first = await clinicianPage(async (a) => {
      ({ next } = await listFormalRequestWorkList(counting.db, a));
    });
    expect(next).not.toBeNull();
    const last = await clinicianPage((a) =>
      listFormalRequestWorkList(counting.db, a, { after: next }),
    );
    expect(last).toBe(first);
    // Session, the page of requests, the gate's facts for those patients, their log entries, COMMIT.
    expect(first).toBeLessThanOrEqual(LIMIT);
  });

  it("one request for the clinician", async () => {
    const small = await clinicianPage((a) =>
      getFormalRequestForClinician(counting.db, a, requestOf.few, new Date(), personOf.few),
    );
    const large = await clinicianPage((a) =>
      getFormalRequestForClinician(counting.db, a, requestOf.many, new Date(), personOf.many),
    );
    expect(large).toBe(small);
    // Session, the clinician, the gate's facts (the patient id is in the URL), the request with its history, the log entry, COMMIT.
    expect(small).toBeLessThanOrEqual(LIMIT);
  });
});
