import type { VisitMode } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addOsloDays, osloDateKey, osloWallClock } from "@/lib/time/oslo";
import { buildResponse, parseQuestionnaire } from "@/lib/appointments/questionnaire-form";
import { chunks, type SeedStep } from "./context";
import { prng, seedId } from "./ids";
import { DEMO_PERSON_IDS } from "./demo-people";
import { UNIT_IDS, type UnitKey } from "./organisations";
import { checkInQuestionnaire } from "./questionnaires";

/** Opening hours and visit kinds per unit: what a citizen can book in the demo region. */
const SCHEDULES: Partial<
  Record<
    UnitKey,
    {
      from: number;
      to: number;
      minutes: number;
      visitType: string;
      mode: VisitMode;
      location: string;
      questionnaire?: string;
    }
  >
> = {
  gp1: {
    from: 8,
    to: 15,
    minutes: 20,
    visitType: "Konsultasjon hos fastlege",
    mode: "IN_PERSON",
    location: "Fjordvik legesenter, 2. etasje",
    questionnaire: "Før timen hos fastlegen",
  },
  gp2: {
    from: 8,
    to: 15,
    minutes: 20,
    visitType: "Konsultasjon hos fastlege",
    mode: "IN_PERSON",
    location: "Havnegata legekontor",
    questionnaire: "Før timen hos fastlegen",
  },
  physiotherapy: {
    from: 9,
    to: 15,
    minutes: 45,
    visitType: "Fysioterapi",
    mode: "IN_PERSON",
    location: "Fjordvik helsehus, 1. etasje",
    questionnaire: "Før fysioterapitimen",
  },
  healthStation: {
    from: 9,
    to: 14,
    minutes: 30,
    visitType: "Helsestasjonskonsultasjon",
    mode: "IN_PERSON",
    location: "Fjordvik helsehus, 3. etasje",
  },
  mentalHealth: {
    from: 9,
    to: 15,
    minutes: 60,
    visitType: "Samtale",
    mode: "VIDEO",
    location: "Video",
  },
  substanceAbuse: {
    from: 10,
    to: 14,
    minutes: 60,
    visitType: "Samtale",
    mode: "IN_PERSON",
    location: "Fjordvik helsehus, 4. etasje",
  },
  internalMedicine: {
    from: 8,
    to: 14,
    minutes: 30,
    visitType: "Poliklinisk time",
    mode: "IN_PERSON",
    location: "Fjordvik sykehus, poliklinikk A",
  },
  orthopaedics: {
    from: 8,
    to: 14,
    minutes: 30,
    visitType: "Poliklinisk time",
    mode: "IN_PERSON",
    location: "Fjordvik sykehus, poliklinikk B",
    questionnaire: "Før timen på ortopedisk poliklinikk",
  },
  paediatrics: {
    from: 8,
    to: 14,
    minutes: 30,
    visitType: "Poliklinisk time",
    mode: "IN_PERSON",
    location: "Fjordvik sykehus, barne- og ungdomsklinikken",
  },
};

export const SCHEDULE_DAYS_AHEAD = 21;

/**
 * Slots for the next three weeks (weekdays, Europe/Oslo wall clock), the units' pre-visit forms, a
 * history of past visits, and some booked times so the clinicians' day lists are not empty.
 */
export const schedulesStep: SeedStep = {
  name: "schedules and appointments",
  async run(db, ctx) {
    const today = osloDateKey(ctx.now);
    const memberships = await db.unitMembership.findMany({
      select: { unitId: true, clinicianId: true, clinician: { select: { profession: true } } },
      orderBy: { clinicianId: "asc" },
    });
    const questionnaires: Prisma.QuestionnaireCreateManyInput[] = [];
    const slots: Prisma.SlotCreateManyInput[] = [];
    const busy = new Map<string, [number, number][]>();
    for (const [key, s] of Object.entries(SCHEDULES) as [
      UnitKey,
      NonNullable<(typeof SCHEDULES)[UnitKey]>,
    ][]) {
      const unitId = UNIT_IDS[key];
      const clinicians = memberships.filter((m) => m.unitId === unitId).map((m) => m.clinicianId);
      if (s.questionnaire) {
        questionnaires.push({
          id: seedId(`questionnaire:${key}`),
          unitId,
          title: s.questionnaire,
          fhir: JSON.parse(
            JSON.stringify(checkInQuestionnaire(s.questionnaire)),
          ) as Prisma.InputJsonObject,
        });
      }
      for (let d = -60; d <= SCHEDULE_DAYS_AHEAD; d++) {
        const day = addOsloDays(today, d);
        const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        // Past days only need the slots that past visits used (added below), not full schedules.
        if (d < 0) continue;
        for (let m = s.from * 60, i = 0; m + s.minutes <= s.to * 60; m += s.minutes, i++) {
          const startsAt = osloWallClock(day, Math.floor(m / 60), m % 60);
          const endsAt = new Date(startsAt.getTime() + s.minutes * 60_000);
          slots.push({
            id: seedId(`slot:${key}:${day}:${m}`),
            unitId,
            clinicianId: takeFreeClinician(busy, clinicians, i, startsAt, endsAt),
            startsAt,
            endsAt,
            mode: s.mode,
            location: s.location,
            visitType: s.visitType,
          });
        }
      }
    }
    await db.questionnaire.createMany({ data: questionnaires });

    // Past visits: each demo adult and a share of the region had a GP visit some weeks ago.
    const random = prng("past-visits");
    const appointments: Prisma.AppointmentCreateManyInput[] = [];
    const relations: Prisma.CareRelationCreateManyInput[] = [];
    const people = ctx.people.filter((p) => !p.deathDate).slice(0, 400);
    const outcomes = [
      "Blodprøver tatt, kontroll om tre måneder",
      "Samtale og råd om behandling",
      "Resept fornyet",
      "Henvist til fysioterapi",
    ];
    // The visit summary the patient reads afterwards, one per outcome above, in plain language.
    const summaries = [
      "Du kom til kontroll. Vi snakket om hvordan du har det, og tok blodprøver.\n\nVi tar kontakt hvis prøvene viser noe som må følges opp. Bestill ny kontroll om tre måneder.",
      "Du kom til kontroll. Vi snakket om plagene dine og hva du selv kan gjøre.\n\nTa kontakt hvis plagene blir verre eller ikke går over i løpet av noen uker.",
      "Du kom til kontroll. Medisinene dine virker som de skal, og resepten er fornyet for ett år.\n\nDu henter medisinene på apoteket som før.",
      "Du kom til kontroll for smerter i kneet. Undersøkelsen viste ingen skade, men trening hos fysioterapeut vil hjelpe.\n\nDu er henvist til fysioterapitjenesten i kommunen, som tar kontakt med deg.",
    ];
    const notes: Prisma.ClinicalNoteCreateManyInput[] = [];
    const pastVisitTimes = new Set<string>();
    for (const [n, person] of people.entries()) {
      const isDemo = Object.values(DEMO_PERSON_IDS).includes(person.id);
      if (!isDemo && random() > 0.3) continue;
      const daysAgo = 7 + Math.floor(random() * 50);
      let day = addOsloDays(today, -daysAgo);
      while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addOsloDays(day, -1);
      const unitKey: UnitKey = person.gpUnit;
      // A GP visit is with one of the office's doctors (the office also has nurses and staff).
      const atUnit = memberships.filter((m) => m.unitId === UNIT_IDS[unitKey]);
      const doctors = atUnit.filter((m) => m.clinician.profession === "lege");
      const clinicians = (doctors.length > 0 ? doctors : atUnit).map((m) => m.clinicianId);
      const clinicianId = clinicians[n % Math.max(1, clinicians.length)] ?? null;
      // A clinician's open times never overlap (slot_clinician_no_overlap): take the next free 20 minutes.
      let minute = 8 * 60 + 20 * (n % 20);
      for (
        let tries = 0;
        tries < 20 && clinicianId && pastVisitTimes.has(`${clinicianId}:${day}:${minute}`);
        tries++
      ) {
        minute = 8 * 60 + ((minute - 8 * 60 + 20) % (20 * 20));
      }
      if (clinicianId) pastVisitTimes.add(`${clinicianId}:${day}:${minute}`);
      const startsAt = osloWallClock(day, Math.floor(minute / 60), minute % 60);
      const slotId = seedId(`slot:past:${person.id}`);
      slots.push({
        id: slotId,
        unitId: UNIT_IDS[unitKey],
        clinicianId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        mode: "IN_PERSON",
        location: SCHEDULES[unitKey]!.location,
        visitType: SCHEDULES[unitKey]!.visitType,
      });
      const appointmentId = seedId(`appointment:past:${person.id}`);
      appointments.push({
        id: appointmentId,
        slotId,
        personId: person.id,
        bookedById: person.id,
        reason: "Kontroll",
        status: "COMPLETED",
        holdsSlotId: slotId,
        outcome: outcomes[n % outcomes.length] ?? null,
      });
      const writtenAt = new Date(startsAt.getTime() + 2 * 3_600_000);
      notes.push({
        id: seedId(`note:visit:${appointmentId}`),
        personId: person.id,
        unitId: UNIT_IDS[unitKey],
        appointmentId,
        authorId: clinicians[n % Math.max(1, clinicians.length)] ?? null,
        kind: "VISIT_SUMMARY",
        title: "Notat fra konsultasjonen",
        body: summaries[n % summaries.length]!,
        writtenAt,
        visibleToPatientFrom: writtenAt,
      });
      relations.push({
        id: seedId(`care:appointment:${appointmentId}`),
        personId: person.id,
        unitId: UNIT_IDS[unitKey],
        kind: "APPOINTMENT",
        sourceId: appointmentId,
        validFrom: new Date(startsAt.getTime() - 14 * 86_400_000),
        validUntil: new Date(startsAt.getTime() + 90 * 86_400_000),
      });
    }
    for (const batch of chunks(slots, ctx.options.batchSize))
      await db.slot.createMany({ data: batch });

    // Booked upcoming times at the first GP office (not for the demo people, whose own journeys
    // start from an empty list), some with the pre-visit form answered.
    const demoIds = new Set(Object.values(DEMO_PERSON_IDS));
    const gpForm = questionnaires.find((q) => q.unitId === UNIT_IDS.gp1);
    const responses: Prisma.QuestionnaireResponseCreateManyInput[] = [];
    const bookable = slots.filter(
      (s) => s.unitId === UNIT_IDS.gp1 && new Date(s.startsAt) > ctx.now,
    );
    const patients = ctx.people.filter(
      (p) => !p.deathDate && !demoIds.has(p.id) && p.gpUnit === "gp1",
    );
    for (let i = 0; i < Math.min(30, patients.length); i++) {
      const slot = bookable[i * 3];
      const patient = patients[i];
      if (!slot || !patient) break;
      const appointmentId = seedId(`appointment:booked:${patient.id}`);
      appointments.push({
        id: appointmentId,
        slotId: slot.id!,
        personId: patient.id,
        bookedById: patient.id,
        reason: "Vondt i ryggen",
        status: "BOOKED",
        holdsSlotId: slot.id!,
      });
      relations.push({
        id: seedId(`care:appointment:${appointmentId}`),
        personId: patient.id,
        unitId: UNIT_IDS.gp1,
        kind: "APPOINTMENT",
        sourceId: appointmentId,
        validFrom: ctx.now,
        validUntil: new Date(new Date(slot.endsAt).getTime() + 90 * 86_400_000),
      });
      if (gpForm && i % 2 === 0) {
        const items = parseQuestionnaire(gpForm.fhir);
        const answers = {
          fever: "false",
          cough: i % 4 === 0 ? "true" : "false",
          "medication-change": "no",
          questions: "Ryggen har vært vond i to uker.",
        };
        responses.push({
          id: seedId(`qr:${appointmentId}`),
          appointmentId,
          questionnaireId: gpForm.id!,
          authoredById: patient.id,
          status: "SUBMITTED",
          fhir: JSON.parse(
            JSON.stringify(buildResponse(gpForm.id!, items, answers, "completed", ctx.now)),
          ) as Prisma.InputJsonObject,
          submittedAt: ctx.now,
        });
      }
    }
    for (const batch of chunks(appointments, ctx.options.batchSize))
      await db.appointment.createMany({ data: batch });
    for (const batch of chunks(relations, ctx.options.batchSize))
      await db.careRelation.createMany({ data: batch });
    for (const batch of chunks(notes, ctx.options.batchSize))
      await db.clinicalNote.createMany({ data: batch });
    await db.questionnaireResponse.createMany({ data: responses });
    return `${slots.length} slots, ${questionnaires.length} forms, ${appointments.length} appointments, ${notes.length} visit summaries, ${responses.length} answered forms`;
  },
};

/**
 * The unit's clinician for a time, taken in turn, skipping one who already has an overlapping time
 * at another unit (a clinician's open times never overlap: slot_clinician_no_overlap).
 */
function takeFreeClinician(
  busy: Map<string, [number, number][]>,
  clinicians: readonly string[],
  turn: number,
  startsAt: Date,
  endsAt: Date,
): string | null {
  const [from, to] = [startsAt.getTime(), endsAt.getTime()];
  for (let k = 0; k < clinicians.length; k++) {
    const id = clinicians[(turn + k) % clinicians.length]!;
    const times = busy.get(id) ?? [];
    if (times.some(([a, b]) => a < to && from < b)) continue;
    times.push([from, to]);
    busy.set(id, times);
    return id;
  }
  return null;
}
