// The laboratory's later messages about a result (issue 16: status preliminary, final, corrected):
// a preliminary result made final starts its release rules from that moment; a corrected result
// shows the corrected value where the old one showed, marked "Rettet svar" with the time, and keeps
// waiting where the old one waited; what it was before is kept, and two revisions take turns.
import { beforeAll, describe, expect, it } from "vitest";
import { getAnalysisTrend } from "@/lib/record/lab-results/get-analysis-trend";
import { listLabResults } from "@/lib/record/lab-results/list-lab-results";
import { notifyNewResults } from "@/lib/record/lab-results/notify-new-results";
import { receiveLabResults } from "@/lib/record/lab-results/receive-lab-results";
import {
  LabRevisionRefusedError,
  reviseLabResult,
  type LabRevision,
} from "@/lib/record/lab-results/revise-lab-result";
import type { ResultView } from "@/lib/record/lab-results/result-view";
import { useTestDatabase } from "./harness";
import type { Actor } from "@/lib/access/actor";
import { getPatientLabResults } from "@/lib/record/lab-results/patient-lab-results";
import {
  citizenActor,
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;
const IMMEDIATE = "RVT00001";
const AFTER_REVIEW = "RVT00002";

let unitId: string;

beforeAll(async () => {
  const { unit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
  });
  unitId = unit.id;
  await t.db.labAnalysis.createMany({
    data: [
      {
        code: IMMEDIATE,
        name: "P-Rettetest",
        shortName: "Rettetest",
        releaseCategory: "IMMEDIATE",
      },
      {
        code: AFTER_REVIEW,
        name: "P-Vurderingstest",
        shortName: "Vurderingstest",
        releaseCategory: "AFTER_REVIEW",
      },
    ],
  });
});

/** One result for a new person, arrived two days ago: final (value 5.2) unless preliminary. */
async function oneResult(code: string, status: "FINAL" | "PRELIMINARY") {
  const person = await createPerson(t.db, { age: 45, phone: "+4709000201" });
  const finalAt = status === "FINAL" ? new Date(Date.now() - 2 * DAY) : null;
  const { observationIds } = await receiveLabResults(t.db, {
    requisition: {
      personId: person.id,
      orderingUnitId: unitId,
      performingLab: "Testlaboratoriet",
      takenAt: new Date(Date.now() - 3 * DAY),
    },
    results: [
      {
        analysisCode: code,
        valueQuantity: status === "FINAL" ? 5.2 : null,
        unit: "mmol/L",
        referenceLow: 4,
        referenceHigh: 6,
        interpretation: status === "FINAL" ? "NORMAL" : null,
        status,
        takenAt: new Date(Date.now() - 3 * DAY),
        issuedAt: finalAt,
        finalAt,
      },
    ],
  });
  return { person, id: observationIds[0]! };
}

const revision = (id: string, over: Partial<LabRevision> = {}): LabRevision => ({
  observationId: id,
  status: "CORRECTED",
  valueQuantity: 7.9,
  valueText: null,
  unit: "mmol/L",
  referenceLow: 4,
  referenceHigh: 6,
  referenceText: null,
  interpretation: "HIGH",
  issuedAt: new Date(),
  ...over,
});

async function seenBy(personId: string): Promise<ResultView> {
  const page = await listLabResults(t.db, citizenActor({ id: personId }), "meg");
  return page.requisitions[0]!.results[0]!;
}

describe("a lab result revised by the laboratory", () => {
  it("made final: the preliminary result shows by its rule from that moment, and what it was is kept", async () => {
    const { person, id } = await oneResult(IMMEDIATE, "PRELIMINARY");
    expect(await seenBy(person.id)).toMatchObject({ state: "pending", reason: "not_final" });

    const at = new Date();
    expect(
      await reviseLabResult(
        t.db,
        revision(id, { status: "FINAL", interpretation: "NORMAL", valueQuantity: 5.0 }),
        at,
      ),
    ).toEqual({ from: "PRELIMINARY", to: "FINAL" });

    const seen = await seenBy(person.id);
    expect(seen).toMatchObject({ state: "visible", value: 5, status: "FINAL", correctedAt: null });
    const row = await t.db.labObservation.findUniqueOrThrow({ where: { id } });
    expect(row.finalAt).toEqual(at);
    const kept = await t.db.labObservationRevision.findMany({ where: { observationId: id } });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      fromStatus: "PRELIMINARY",
      toStatus: "FINAL",
      previousValueQuantity: null,
      previousInterpretation: null,
    });
  });

  it("corrected after the patient saw it: the new value at once, marked with the time, in the list and the trend", async () => {
    const { person, id } = await oneResult(IMMEDIATE, "FINAL");
    expect(await seenBy(person.id)).toMatchObject({ state: "visible", value: 5.2 });
    const before = await t.db.labObservation.findUniqueOrThrow({ where: { id } });

    const at = new Date();
    await reviseLabResult(t.db, revision(id), at);
    const seen = await seenBy(person.id);
    expect(seen).toMatchObject({
      state: "visible",
      value: 7.9,
      interpretation: "HIGH",
      status: "CORRECTED",
    });
    expect(seen.state === "visible" && seen.correctedAt?.getTime()).toBe(at.getTime());
    const trend = await getAnalysisTrend(t.db, citizenActor({ id: person.id }), "meg", IMMEDIATE, {
      locale: "nb",
    });
    expect(
      trend.points.map((p) => [p.value, p.state === "visible" && p.correctedAt !== null]),
    ).toEqual([[7.9, true]]);

    // The 14-day net and any release count from when it first became final: unchanged.
    const after = await t.db.labObservation.findUniqueOrThrow({ where: { id } });
    expect(after.finalAt).toEqual(before.finalAt);
    const [kept] = await t.db.labObservationRevision.findMany({ where: { observationId: id } });
    expect(kept).toMatchObject({
      fromStatus: "FINAL",
      toStatus: "CORRECTED",
      previousInterpretation: "NORMAL",
    });
    expect(kept!.previousValueQuantity?.toString()).toBe("5.2");
  });

  it("corrected while it waits for review: it keeps waiting, with the same latest date", async () => {
    const { person, id } = await oneResult(AFTER_REVIEW, "FINAL");
    const waiting = await seenBy(person.id);
    expect(waiting).toMatchObject({ state: "pending", reason: "awaiting_review" });
    await reviseLabResult(t.db, revision(id));
    const still = await seenBy(person.id);
    expect(still).toEqual(waiting);
  });

  it("refuses what a laboratory cannot send, and writes nothing", async () => {
    const { id: finalId } = await oneResult(IMMEDIATE, "FINAL");
    const { id: preliminaryId } = await oneResult(IMMEDIATE, "PRELIMINARY");
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => "accepted",
        (e: unknown) => (e instanceof LabRevisionRefusedError ? e.reason : String(e)),
      );
    expect(await refusal(reviseLabResult(t.db, revision(finalId, { status: "FINAL" })))).toBe(
      "already_final",
    );
    expect(await refusal(reviseLabResult(t.db, revision(preliminaryId)))).toBe("not_final_yet");
    expect(
      await refusal(reviseLabResult(t.db, revision("00000000-0000-4000-8000-000000000000"))),
    ).toBe("unknown_result");
    expect(await refusal(reviseLabResult(t.db, revision("ikke-en-id")))).toBe("unknown_result");
    expect(
      await t.db.labObservationRevision.count({
        where: { observationId: { in: [finalId, preliminaryId] } },
      }),
    ).toBe(0);
    const untouched = await t.db.labObservation.findUniqueOrThrow({ where: { id: finalId } });
    expect(untouched.status).toBe("FINAL");
    expect(untouched.valueQuantity?.toString()).toBe("5.2");
  });

  it("two corrections at once take turns: each keeps the value the one before it left", async () => {
    const { id } = await oneResult(IMMEDIATE, "FINAL");
    const values = [6.1, 6.2, 6.3, 6.4];
    await Promise.all(values.map((v) => reviseLabResult(t.db, revision(id, { valueQuantity: v }))));
    const kept = await t.db.labObservationRevision.findMany({
      where: { observationId: id },
      orderBy: { id: "asc" },
    });
    expect(kept).toHaveLength(values.length);
    const final = await t.db.labObservation.findUniqueOrThrow({ where: { id } });
    // A chain: the first kept value is the original; each next one is what the one before set.
    const previous = kept.map((k) => k.previousValueQuantity?.toString());
    expect(previous[0]).toBe("5.2");
    const set = new Set(values.map(String));
    for (const p of previous.slice(1)) expect(set.has(p!)).toBe(true);
    expect(new Set([...previous.slice(1), final.valueQuantity?.toString()])).toEqual(set);
  });

  it("tells the patient of a correction only when they were told of the result, naming nothing of it", async () => {
    const told = await oneResult(IMMEDIATE, "FINAL");
    const notYet = await oneResult(IMMEDIATE, "FINAL");
    // The sweep tells `told` of the result; `notYet` arrived after that sweep.
    await notifyNewResults(t.db, new Date());
    await t.db.labResultNotice.deleteMany({ where: { observationId: notYet.id } });
    await t.db.notification.deleteMany({
      where: { personId: { in: [told.person.id, notYet.person.id] } },
    });

    await reviseLabResult(t.db, revision(told.id));
    await reviseLabResult(t.db, revision(notYet.id));
    const sent = await t.db.notification.findMany({
      where: { personId: { in: [told.person.id, notYet.person.id] } },
    });
    expect(sent.map((n) => [n.personId, n.template, n.channel]).sort()).toEqual(
      [
        [told.person.id, "lab_result_corrected", "EMAIL"],
        [told.person.id, "lab_result_corrected", "SMS"],
      ].sort(),
    );
    // A second correction is a new change: told again, once per channel.
    await reviseLabResult(t.db, revision(told.id, { valueQuantity: 8.1 }));
    expect(await t.db.notification.count({ where: { personId: told.person.id } })).toBe(4);
  });

  it("shows the clinician in the chart what the laboratory first reported, and when it corrected it", async () => {
    const { person, id } = await oneResult(IMMEDIATE, "FINAL");
    await createCareRelation(t.db, { personId: person.id, unitId, kind: "GP_LIST" });
    const c = await createClinician(t.db, { unitIds: [unitId] });
    const doctor: Actor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: c.id,
      name: "Dr Test",
      profession: "lege",
      units: [{ id: unitId, name: "Legekontoret", organisationName: "Legekontoret" }],
    };
    expect((await getPatientLabResults(t.db, doctor, person.id))[0]!.correction).toBeNull();
    const first = new Date(Date.now() - 60_000);
    await reviseLabResult(t.db, revision(id), first);
    const last = new Date();
    await reviseLabResult(t.db, revision(id, { valueQuantity: 8.4 }), last);
    const [row] = await getPatientLabResults(t.db, doctor, person.id);
    expect(row).toMatchObject({
      value: 8.4,
      status: "CORRECTED",
      correction: {
        at: last,
        first: { value: 5.2, valueText: null, unit: "mmol/L", decimals: expect.any(Number) },
      },
    });
  });

  it("changes the value only: hidden from guardians and not released stay as they were", async () => {
    const { id } = await oneResult(IMMEDIATE, "FINAL");
    await t.db.labObservation.update({ where: { id }, data: { hiddenFromGuardians: true } });
    await reviseLabResult(t.db, revision(id));
    const row = await t.db.labObservation.findUniqueOrThrow({ where: { id } });
    expect(row.hiddenFromGuardians).toBe(true);
    expect(row.releasedAt).toBeNull();
    expect(row.releaseCategory).toBe("IMMEDIATE");
  });
});
