// Finn pasient (issue 12 item 12): every lookup is logged on the person's access log as "looked up
// by", and an unknown person, a shielded one and one without a care relation get the same answer.
import { readFileSync } from "node:fs";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { lookUpPatient, startEmergencyAccessByNationalId } from "@/lib/access/patient-lookup";
import { readAccessLog } from "@/lib/access-log/read-access-log";
import { describeEntry, type AccessLogT } from "@/components/access-log/describe-entry";
import { generateSyntheticNationalId } from "@/lib/identity/national-id";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();

const w = {} as {
  gp: Actor;
  own: { id: string; nationalId: string; givenName: string; familyName: string };
  other: { id: string; nationalId: string };
  shielding: { id: string; nationalId: string };
  unknownNationalId: string;
};

beforeAll(async () => {
  const { unit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fjordvik legesenter",
    name: "Fjordvik legesenter",
  });
  const c = await createClinician(t.db, {
    unitIds: [unit.id],
    givenName: "Lise",
    familyName: "Berg",
  });
  w.gp = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Lise Berg",
    profession: "lege",
    units: [{ id: unit.id, name: unit.name, organisationName: "Fjordvik legesenter" }],
  };
  w.own = await createPerson(t.db, { age: 50, givenName: "Kari", familyName: "Nordmann" });
  w.other = await createPerson(t.db, { age: 60 });
  w.shielding = await createPerson(t.db, { age: 40 });
  await createCareRelation(t.db, { personId: w.own.id, unitId: unit.id, kind: "GP_LIST" });
  await createCareRelation(t.db, { personId: w.shielding.id, unitId: unit.id, kind: "GP_LIST" });
  await t.db.shielding.create({ data: { personId: w.shielding.id, clinicianId: c.id } });
  // A valid synthetic number nobody has.
  for (let n = 499; ; n--) {
    const id = generateSyntheticNationalId(new Date(Date.UTC(1931, 4, 2)), n);
    if (id && !(await t.db.person.findUnique({ where: { nationalId: id } }))) {
      w.unknownNationalId = id;
      break;
    }
  }
});

const lookups = (personId: string) =>
  t.db.accessLogEntry.count({
    where: {
      personId,
      basis: "LOOKUP",
      actorClinicianId: (w.gp as Extract<Actor, { kind: "CLINICIAN" }>).clinicianId,
    },
  });

describe("Finn pasient", () => {
  it("a patient with a care relation opens, and the lookup is on their log", async () => {
    expect(await lookUpPatient(t.db, w.gp, w.own.nationalId)).toEqual({
      kind: "open",
      personId: w.own.id,
    });
    expect(await lookups(w.own.id)).toBe(1);
  });

  it("unknown, shielded and without a care relation get one and the same answer", async () => {
    const answers = [
      await lookUpPatient(t.db, w.gp, w.unknownNationalId),
      await lookUpPatient(t.db, w.gp, w.shielding.nationalId),
      await lookUpPatient(t.db, w.gp, w.other.nationalId),
    ];
    expect(answers[0]).toEqual({ kind: "no_access", emergency: "offered" });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // The ones that exist see the lookup in their log, shielded or not.
    expect(await lookups(w.shielding.id)).toBe(1);
    expect(await lookups(w.other.id)).toBe(1);
  });

  it("emergency access by the number: unknown and shielded are refused alike; without a relation it starts", async () => {
    const refusal = async (nationalId: string) =>
      startEmergencyAccessByNationalId(t.db, w.gp, {
        nationalId,
        reason: "Bevisstløs pasient på legevakten",
      }).then(
        () => null,
        (e: unknown) => (e instanceof AccessDeniedError ? "refused" : e),
      );
    expect(await refusal(w.unknownNationalId)).toBe("refused");
    expect(await refusal(w.shielding.nationalId)).toBe("refused");
    expect(await refusal(w.other.nationalId)).toBeNull();
    // While the emergency access runs, looking the patient up again opens the chart.
    expect(await lookUpPatient(t.db, w.gp, w.other.nationalId)).toEqual({
      kind: "open",
      personId: w.other.id,
    });
  });

  it("the person reads it in their Innsynslogg as a lookup, with who and where", async () => {
    const me: Actor = {
      kind: "CITIZEN",
      sessionId: "t",
      personId: w.own.id,
      name: "Kari Nordmann",
    };
    const page = await readAccessLog(t.db, me, "meg");
    const row = page.rows.find((r) => r.lookup);
    expect(row).toBeDefined();
    const tr = createTranslator({
      locale: "nb",
      namespace: "access-log",
      messages: {
        "access-log": JSON.parse(readFileSync("lib/i18n/messages/nb/access-log.json", "utf8")),
      },
    }) as unknown as AccessLogT;
    expect(describeEntry(tr, row!, { isSelf: true, subjectName: "Kari Nordmann" })).toBe(
      "Lise Berg, lege, Fjordvik legesenter, slo deg opp med fødselsnummeret ditt i Finn pasient",
    );
  });
});
