import type { Actor } from "@/lib/access/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { openThread } from "@/lib/messages/open-thread";
import { markThreadDone } from "@/lib/messages/mark-done";
import { replyAsClinician } from "@/lib/messages/reply-as-clinician";
import { startThread } from "@/lib/messages/start-thread";
import type { SeedStep } from "./context";
import { DEMO_CLINICIAN_IDS, DEMO_PERSON_IDS } from "./demo-people";
import { STAFF_IDS } from "./clinicians";
import { seedId } from "./ids";
import { UNIT_IDS } from "./organisations";

/** Topics a citizen can choose, by kind of unit (data: an admin can change them per unit). */
export const TOPICS_BY_KIND: Readonly<Record<UnitKind, readonly string[]>> = {
  GP_PRACTICE: ["Spørsmål om time", "Resept", "Prøvesvar", "Sykmelding", "Annet"],
  HOME_NURSING: ["Spørsmål om besøk", "Legemidler", "Annet"],
  PHYSIOTHERAPY: ["Spørsmål om time", "Spørsmål om behandling", "Annet"],
  MENTAL_HEALTH: ["Spørsmål om time", "Spørsmål om behandling", "Annet"],
  SUBSTANCE_ABUSE: ["Spørsmål om time", "Spørsmål om behandling", "Annet"],
  HEALTH_STATION: ["Spørsmål om time", "Vaksine", "Annet"],
  // The emergency ward does not take messages: the not-for-emergencies notice points to the phone.
  EMERGENCY_WARD: [],
  HOSPITAL_DEPARTMENT: ["Spørsmål om time", "Prøvesvar", "Annet"],
};

/** Units whose messages go straight to the patient's responsible employee when there is one. */
export const DIRECT_TO_RESPONSIBLE: readonly UnitKind[] = [
  "PHYSIOTHERAPY",
  "MENTAL_HEALTH",
  "SUBSTANCE_ABUSE",
];

/** Units anyone may write to, care relation or not. */
const OPEN_TO_ALL: readonly UnitKind[] = ["HEALTH_STATION"];

export const sharedInboxId = (unitId: string) => seedId(`inbox:shared:${unitId}`);
export const personalInboxId = (unitId: string, clinicianId: string) =>
  seedId(`inbox:personal:${unitId}:${clinicianId}`);
const topicId = (unitId: string, label: string) => seedId(`topic:${unitId}:${label}`);

/** Who is responsible for whom (primærkontakt), among the demo people. */
const RESPONSIBLE = [
  {
    person: DEMO_PERSON_IDS.kari,
    unit: UNIT_IDS.physiotherapy,
    clinician: STAFF_IDS["fysioterapi-2"]!,
  },
];

const HOUR = 3_600_000;

/**
 * Every unit gets a shared inbox (its clinicians as members) and each clinician a personal inbox
 * in each unit they work in; topics; one routing rule per topic; and an acyclic backup chain:
 * personal → the unit's shared inbox → the unit lead's personal inbox (the end of the line), all
 * with opening deadlines. Then a few demo threads, written through the same use cases as the app.
 */
export const messagingStep: SeedStep = {
  name: "messaging",
  async run(db, ctx) {
    const units = await db.unit.findMany({
      select: {
        id: true,
        kind: true,
        name: true,
        organisationId: true,
        memberships: {
          select: {
            clinicianId: true,
            role: true,
            clinician: { select: { givenName: true, familyName: true } },
          },
        },
      },
      orderBy: { id: "asc" },
    });
    await db.unit.updateMany({
      where: { kind: { in: [...OPEN_TO_ALL] } },
      data: { messagesFromAnyone: true },
    });

    const inboxes = [];
    const members = [];
    const backups: { id: string; backupInboxId: string }[] = [];
    const topics: Prisma.MessageTopicCreateManyInput[] = [];
    const rules: Prisma.RoutingRuleCreateManyInput[] = [];
    for (const u of units) {
      const shared = sharedInboxId(u.id);
      inboxes.push({
        id: shared,
        organisationId: u.organisationId,
        unitId: u.id,
        kind: "SHARED" as const,
        name: `${u.name} – felles innboks`,
        openWithinHours: u.kind === "EMERGENCY_WARD" ? 2 : 24,
      });
      const lead = u.memberships.find((m) => m.role === "LEAD");
      for (const m of u.memberships) {
        const personal = personalInboxId(u.id, m.clinicianId);
        inboxes.push({
          id: personal,
          organisationId: u.organisationId,
          unitId: u.id,
          kind: "PERSONAL" as const,
          ownerClinicianId: m.clinicianId,
          name: `${m.clinician.givenName} ${m.clinician.familyName} (${u.name})`,
          openWithinHours: 24,
        });
        members.push(
          { inboxId: shared, clinicianId: m.clinicianId },
          { inboxId: personal, clinicianId: m.clinicianId },
        );
        if (m !== lead) backups.push({ id: personal, backupInboxId: shared });
      }
      if (lead)
        backups.push({ id: shared, backupInboxId: personalInboxId(u.id, lead.clinicianId) });
      TOPICS_BY_KIND[u.kind].forEach((label, i) => {
        const id = topicId(u.id, label);
        topics.push({ id, unitId: u.id, label, sortOrder: i });
        rules.push({
          id: seedId(`rule:${u.id}:${label}`),
          organisationId: u.organisationId,
          unitId: u.id,
          topicId: id,
          inboxId: shared,
          preferResponsible: DIRECT_TO_RESPONSIBLE.includes(u.kind),
        });
      });
    }
    await db.inbox.createMany({ data: inboxes });
    await db.inboxMember.createMany({ data: members });
    for (const b of backups)
      await db.inbox.update({ where: { id: b.id }, data: { backupInboxId: b.backupInboxId } });
    await db.messageTopic.createMany({ data: topics });
    await db.routingRule.createMany({ data: rules });
    await db.responsibleClinician.createMany({
      data: RESPONSIBLE.map((r) => ({
        personId: r.person,
        unitId: r.unit,
        clinicianId: r.clinician,
      })),
    });

    const threads = await demoThreads(db, ctx.now);
    return `${inboxes.length} inboxes, ${topics.length} topics, ${rules.length} routing rules, ${threads} demo threads`;
  },
};

async function demoThreads(db: Parameters<SeedStep["run"]>[0], now: Date): Promise<number> {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const citizen = (key: keyof typeof DEMO_PERSON_IDS, name: string): Actor => ({
    kind: "CITIZEN",
    sessionId: "seed",
    personId: DEMO_PERSON_IDS[key],
    name,
  });
  const kari = citizen("kari", "Kari Nordmann");
  const per = citizen("perHansen", "Per Hansen");
  const lise: Actor = {
    kind: "CLINICIAN",
    sessionId: "seed",
    clinicianId: DEMO_CLINICIAN_IDS.liseBerg,
    name: "Lise Berg",
    profession: "lege",
    units: [
      { id: UNIT_IDS.gp1, name: "Fjordvik legesenter", organisationName: "Fjordvik legesenter" },
    ],
  };
  const topic = (unitId: string, label: string) => topicId(unitId, label);

  // Kari asked about a prescription ten days ago; Dr. Berg answered and closed it.
  const { threadId: resept } = await startThread(
    db,
    kari,
    {
      subject: "meg",
      topicId: topic(UNIT_IDS.gp1, "Resept"),
      body: "Hei! Jeg trenger ny resept på allergimedisinen min før sommeren. Kan den sendes til apoteket?",
    },
    at(240),
  );
  await openThread(db, lise, { threadId: resept }, at(236));
  await replyAsClinician(
    db,
    lise,
    {
      threadId: resept,
      body: "Hei Kari. Ny resept er sendt elektronisk, og du kan hente den på et hvilket som helst apotek.",
      asUnit: false,
    },
    at(235),
  );
  await markThreadDone(db, lise, { threadId: resept }, at(235));
  // Kari asked the physiotherapy service about her exercises: straight to her physiotherapist.
  await startThread(
    db,
    kari,
    {
      subject: "meg",
      topicId: topic(UNIT_IDS.physiotherapy, "Spørsmål om behandling"),
      body: "Kneet er bedre, men det verker etter trappetrening. Skal jeg fortsette med øvelsene?",
    },
    at(20),
  );
  // Per Hansen wrote to home nursing this morning.
  await startThread(
    db,
    per,
    {
      subject: "meg",
      topicId: topic(UNIT_IDS.homeNursing, "Spørsmål om besøk"),
      body: "Kan dere komme litt senere på torsdag? Jeg skal til frisøren klokken ti.",
    },
    at(3),
  );
  return 3;
}
