import { answerDueDate } from "@/lib/formal-requests/limits";
import type { SeedStep } from "./context";
import { DEMO_CLINICIAN_IDS, DEMO_PERSON_IDS } from "./demo-people";
import { seedId } from "./ids";
import { UNIT_IDS } from "./organisations";

const DAY = 86_400_000;

/**
 * Two demo formal requests to Fjordvik legesenter: Kari Nordmann's innsyn, answered by Dr. Lise Berg,
 * and Marte Berntsen's retting, waiting with three days left, so Lise's work list is not empty.
 * Per Hansen has none: the e2e journey files his.
 */
export const formalRequestsStep: SeedStep = {
  name: "formal requests",
  async run(db, ctx) {
    const lise = DEMO_CLINICIAN_IDS.liseBerg;
    const kariAt = new Date(ctx.now.getTime() - 45 * DAY);
    const kariAnswered = new Date(kariAt.getTime() + 15 * DAY);
    const marteAt = new Date(ctx.now.getTime() - 27 * DAY);
    const kari = seedId("formal-request:demo:kari");
    const marte = seedId("formal-request:demo:marte");
    await db.formalRequest.createMany({
      data: [
        {
          id: kari,
          personId: DEMO_PERSON_IDS.kari,
          unitId: UNIT_IDS.gp1,
          kind: "ACCESS",
          status: "ANSWERED",
          concerns: "Jeg ønsker en kopi av journalnotatene fra de siste tre årene.",
          filedById: DEMO_PERSON_IDS.kari,
          receivedAt: kariAt,
          answerDue: answerDueDate(kariAt),
          startedAt: new Date(kariAt.getTime() + 2 * DAY),
          startedById: lise,
          answeredAt: kariAnswered,
          answeredById: lise,
          answer:
            "Kopien av journalnotatene fra de siste tre årene er sendt til din digitale postkasse. Ta kontakt hvis noe er uklart.",
        },
        {
          id: marte,
          personId: DEMO_PERSON_IDS.marteBerntsen,
          unitId: UNIT_IDS.gp1,
          kind: "CORRECTION",
          status: "RECEIVED",
          concerns: "I notatet fra konsultasjonen i vår står det at jeg røyker.",
          correction: "Jeg har aldri røykt.",
          reason: "Opplysningen er feil og kan påvirke behandlingen min.",
          filedById: DEMO_PERSON_IDS.marteBerntsen,
          receivedAt: marteAt,
          answerDue: answerDueDate(marteAt),
        },
      ],
      skipDuplicates: true,
    });
    await db.formalRequestEvent.createMany({
      data: [
        { requestId: kari, kind: "FILED", at: kariAt, actorPersonId: DEMO_PERSON_IDS.kari },
        {
          requestId: kari,
          kind: "STARTED",
          at: new Date(kariAt.getTime() + 2 * DAY),
          actorClinicianId: lise,
        },
        { requestId: kari, kind: "ANSWERED", at: kariAnswered, actorClinicianId: lise },
        {
          requestId: marte,
          kind: "FILED",
          at: marteAt,
          actorPersonId: DEMO_PERSON_IDS.marteBerntsen,
        },
      ],
    });
    return "2 formal requests (Kari answered, Marte waiting)";
  },
};
