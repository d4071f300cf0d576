import type {
  ClinicalDocumentKind,
  ClinicalNoteKind,
  DiagnosisCodeSystem,
} from "@/lib/generated/prisma/enums";
import { ageOn } from "@/lib/time/oslo";
import type { BulkColumn } from "./bulk-insert";
import { STAFF_IDS } from "./clinicians";
import type { SeedContext, SeedStep, SeededPerson } from "./context";
import { DEMO_CLINICIAN_IDS, DEMO_PERSON_IDS, type DemoCitizenKey } from "./demo-people";
import { documentPdf } from "./document-pdf";
import {
  ALLERGY_CATALOGUE,
  CHILDHOOD_PROGRAMME,
  DIAGNOSIS_DICTIONARY,
  VACCINE_CATALOGUE,
  type AllergyKey,
  type DiagnosisKey,
  type VaccineKey,
} from "./health-record-dictionary";
import { prng, seedId } from "./ids";
import { UNIT_IDS, type UnitKey } from "./organisations";

const DAY = 86_400_000;
const dayOffset = (today: Date, days: number) => new Date(today.getTime() + days * DAY);

/** Who records at each unit (the first is the demo's face of that unit). */
const RECORDERS: Partial<Record<UnitKey, string>> = {
  gp1: DEMO_CLINICIAN_IDS.liseBerg,
  gp2: STAFF_IDS["gp2-lege-1"],
  internalMedicine: STAFF_IDS["indremedisin-1"],
  orthopaedics: STAFF_IDS["ortopedi-1"],
  paediatrics: STAFF_IDS["barn-1"],
  healthStation: STAFF_IDS["helsestasjon-1"],
  homeNursing: STAFF_IDS["hjemmesykepleie-leder"],
  physiotherapy: STAFF_IDS["fysioterapi-1"],
  emergencyWard: STAFF_IDS["legevakt-1"],
};

type DiagnosisRow = {
  id: string;
  personId: string;
  unitId: string;
  recordedById: string | null;
  key: DiagnosisKey;
  resolvedDaysAgo: number | null;
  diagnosedOn: Date;
  resolvedOn: Date | null;
  hidden: boolean;
};
type AllergyRow = {
  id: string;
  personId: string;
  unitId: string;
  recordedById: string | null;
  key: AllergyKey;
  verified: boolean;
  recordedAt: Date;
  hidden: boolean;
};
type VaccinationRow = {
  id: string;
  personId: string;
  unitId: string;
  key: VaccineKey;
  dose: number;
  givenOn: Date;
  hidden: boolean;
};

type DemoDiagnosis = {
  key: DiagnosisKey;
  unit: UnitKey;
  daysAgo: number;
  resolvedDaysAgo?: number;
  hidden?: boolean;
};
type DemoAllergy = {
  key: AllergyKey;
  unit: UnitKey;
  daysAgo: number;
  verified: boolean;
  hidden?: boolean;
};
type DemoVaccine = {
  key: VaccineKey;
  dose: number;
  unit: UnitKey;
  daysAgo: number;
  hidden?: boolean;
};

const DEMO_DIAGNOSES: Partial<Record<DemoCitizenKey, readonly DemoDiagnosis[]>> = {
  perHansen: [
    { key: "ICPC2:T90", unit: "gp1", daysAgo: 9 * 365 },
    { key: "ICPC2:K86", unit: "gp1", daysAgo: 6 * 365 },
    { key: "ICPC2:T93", unit: "gp1", daysAgo: 3 * 365 },
    { key: "ICD10:I48.9", unit: "internalMedicine", daysAgo: 62 },
    { key: "ICD10:I50.0", unit: "internalMedicine", daysAgo: 62 },
    { key: "ICD10:J18.9", unit: "internalMedicine", daysAgo: 500, resolvedDaysAgo: 480 },
  ],
  kari: [
    { key: "ICPC2:T86", unit: "gp1", daysAgo: 3 * 365 },
    { key: "ICPC2:R97", unit: "gp1", daysAgo: 2 * 365 },
    { key: "ICD10:S83.2", unit: "orthopaedics", daysAgo: 35 },
    { key: "ICPC2:U71", unit: "gp1", daysAgo: 250, resolvedDaysAgo: 240 },
  ],
  emma: [
    { key: "ICPC2:R96", unit: "gp1", daysAgo: 500 },
    { key: "ICPC2:H71", unit: "gp1", daysAgo: 120, resolvedDaysAgo: 110 },
  ],
  jonas: [
    { key: "ICPC2:R97", unit: "gp1", daysAgo: 400 },
    // Something the young person keeps to himself: a clinician marked it not shown to guardians.
    { key: "ICPC2:P74", unit: "healthStation", daysAgo: 90, hidden: true },
  ],
  sofie: [{ key: "ICD10:K35.8", unit: "paediatrics", daysAgo: 60, resolvedDaysAgo: 50 }],
  ingridHansen: [{ key: "ICPC2:K86", unit: "gp1", daysAgo: 700 }],
  solveigMoen: [
    { key: "ICPC2:L90", unit: "gp1", daysAgo: 1500 },
    { key: "ICPC2:K86", unit: "gp1", daysAgo: 1500 },
  ],
};

const DEMO_ALLERGIES: Partial<Record<DemoCitizenKey, readonly DemoAllergy[]>> = {
  perHansen: [
    { key: "penicillin", unit: "gp1", daysAgo: 20 * 365, verified: true },
    { key: "codeine", unit: "homeNursing", daysAgo: 300, verified: false },
  ],
  kari: [
    { key: "birchPollen", unit: "gp1", daysAgo: 2 * 365, verified: true },
    { key: "nickel", unit: "gp1", daysAgo: 5 * 365, verified: false },
  ],
  emma: [{ key: "peanut", unit: "paediatrics", daysAgo: 6 * 365, verified: true }],
  jonas: [{ key: "cat", unit: "gp1", daysAgo: 400, verified: true }],
  ingridHansen: [{ key: "lactose", unit: "gp1", daysAgo: 900, verified: true }],
};

/** Adults' vaccines beyond the childhood programme (the demo children get the programme itself). */
const DEMO_VACCINES: Partial<Record<DemoCitizenKey, readonly DemoVaccine[]>> = {
  perHansen: [
    { key: "influvacTetra", dose: 1, unit: "gp1", daysAgo: 50 },
    { key: "influvacTetra", dose: 1, unit: "gp1", daysAgo: 415 },
    { key: "comirnaty", dose: 5, unit: "gp1", daysAgo: 60 },
    { key: "pneumovax", dose: 1, unit: "gp1", daysAgo: 3 * 365 },
  ],
  kari: [
    { key: "influvacTetra", dose: 1, unit: "gp1", daysAgo: 45 },
    { key: "boostrixPolio", dose: 1, unit: "gp1", daysAgo: 4 * 365 },
  ],
  // Given at the youth health station; the young person asked that parents not see it.
  jonas: [{ key: "engerixB", dose: 1, unit: "healthStation", daysAgo: 40, hidden: true }],
  ingridHansen: [{ key: "influvacTetra", dose: 1, unit: "gp1", daysAgo: 48 }],
};

/** The demo people's notes beyond the visit summaries the schedules step writes. */
const DEMO_NOTES: Partial<
  Record<
    DemoCitizenKey,
    readonly {
      unit: UnitKey;
      kind: ClinicalNoteKind;
      daysAgo: number;
      title: string;
      body: string;
      hidden?: boolean;
    }[]
  >
> = {
  perHansen: [
    {
      unit: "internalMedicine",
      kind: "DISCHARGE_SUMMARY",
      daysAgo: 58,
      title: "Epikrise fra indremedisinsk avdeling",
      body: "Innlagt med tungpust og hovne ben. Vi fant atrieflimmer og hjertesvikt. Du har fått vanndrivende (furosemid) og blodfortynnende (apixaban). Fastlegen følger opp blodprøver om fire uker.",
    },
    {
      unit: "homeNursing",
      kind: "PROGRESS_NOTE",
      daysAgo: 30,
      title: "Hjemmebesøk: vekt og hevelse",
      body: "Vekten er stabil. Mindre hevelse i bena enn ved forrige besøk. Medisinene er tatt som avtalt.",
    },
    {
      unit: "gp1",
      kind: "PROGRESS_NOTE",
      daysAgo: 20,
      title: "Kontroll etter sykehusopphold",
      body: "Blodtrykket er 138/82. Nyreprøvene er fine. Vi fortsetter med samme medisiner og tar ny kontroll om tre måneder.",
    },
  ],
  kari: [
    {
      unit: "orthopaedics",
      kind: "PROGRESS_NOTE",
      daysAgo: 33,
      title: "Vurdering av kneet",
      body: "MR viser en liten skade på menisken. Vi anbefaler opptrening hos fysioterapeut før vi vurderer operasjon.",
    },
    {
      unit: "physiotherapy",
      kind: "PROGRESS_NOTE",
      daysAgo: 10,
      title: "Fysioterapi: første time",
      body: "God bevegelighet i kneet. Du har fått et treningsprogram med tre øvelser, to ganger om dagen.",
    },
  ],
  jonas: [
    {
      unit: "healthStation",
      kind: "PROGRESS_NOTE",
      daysAgo: 90,
      title: "Samtale på helsestasjon for ungdom",
      body: "Samtale om uro og søvn. Vi avtalte en ny samtale om to uker.",
      hidden: true,
    },
  ],
};

/** The demo people's documents: small PDFs made with pdf-lib at seed time. */
const DEMO_DOCUMENTS: Partial<
  Record<
    DemoCitizenKey,
    readonly {
      unit: UnitKey;
      kind: ClinicalDocumentKind;
      daysAgo: number;
      title: string;
      fileName: string;
      lines: string[];
    }[]
  >
> = {
  perHansen: [
    {
      unit: "internalMedicine",
      kind: "DISCHARGE",
      daysAgo: 58,
      title: "Epikrise",
      fileName: "epikrise-indremedisin.pdf",
      lines: [
        "Innlagt med tungpust og hovne ben.",
        "Diagnoser: atrieflimmer (I48.9), hjertesvikt (I50.0).",
        "Nye medisiner: apixaban 5 mg x 2, furosemid 40 mg x 1.",
        "Oppfølging hos fastlegen om fire uker.",
      ],
    },
    {
      unit: "gp1",
      kind: "EDUCATION",
      daysAgo: 20,
      title: "Om blodfortynnende medisin",
      fileName: "blodfortynnende.pdf",
      lines: [
        "Apixaban hindrer blodpropp.",
        "Ta medisinen til faste tider morgen og kveld.",
        "Si fra til tannlege og annet helsepersonell at du bruker den.",
        "Kontakt lege ved blødning som ikke stopper.",
      ],
    },
  ],
  kari: [
    {
      unit: "orthopaedics",
      kind: "LETTER",
      daysAgo: 33,
      title: "Brev etter vurdering av kneet",
      fileName: "brev-ortopedi.pdf",
      lines: [
        "Du var til vurdering av kneet.",
        "Vi anbefaler opptrening hos fysioterapeut i tolv uker.",
        "Du får ny time hos oss om tre måneder.",
      ],
    },
  ],
};

function parseKey(key: DiagnosisKey): { codeSystem: DiagnosisCodeSystem; code: string } {
  const [codeSystem, code] = key.split(":") as [DiagnosisCodeSystem, string];
  return { codeSystem, code };
}

/** A few diagnoses, maybe an allergy, and vaccines (the programme for children) for one citizen. */
export function healthRecordFor(p: SeededPerson, ctx: SeedContext) {
  const diagnoses: DiagnosisRow[] = [];
  const allergies: AllergyRow[] = [];
  const vaccinations: VaccinationRow[] = [];
  if (p.deathDate) return { diagnoses, allergies, vaccinations };
  const rand = prng(`health-record:${p.key}`);
  const age = ageOn(p.birthDate, ctx.now);
  const ageDays = Math.floor((ctx.today.getTime() - p.birthDate.getTime()) / DAY);
  const gp = UNIT_IDS[p.gpUnit];
  const recorder = RECORDERS[p.gpUnit] ?? null;
  const pool: DiagnosisKey[] =
    age < 18
      ? ["ICPC2:R96", "ICPC2:H71", "ICPC2:S87", "ICPC2:R74", "ICPC2:R97"]
      : age < 67
        ? [
            "ICPC2:K86",
            "ICPC2:T86",
            "ICPC2:R97",
            "ICPC2:L84",
            "ICPC2:D84",
            "ICPC2:U71",
            "ICPC2:P76",
            "ICPC2:R78",
          ]
        : ["ICPC2:K86", "ICPC2:T90", "ICPC2:T93", "ICPC2:K78", "ICPC2:L90", "ICPC2:K77"];
  const count = Math.floor(rand() * 4);
  const picked = new Set<DiagnosisKey>();
  for (let i = 0; i < count; i++) {
    const key = pool[Math.floor(rand() * pool.length)]!;
    if (picked.has(key)) continue;
    picked.add(key);
    const daysAgo = Math.min(ageDays, 30 + Math.floor(rand() * 8 * 365));
    // Infections and short-lived complaints are resolved; chronic conditions stay active.
    const acute =
      key === "ICPC2:H71" || key === "ICPC2:R74" || key === "ICPC2:U71" || key === "ICPC2:R78";
    diagnoses.push({
      id: seedId(`diagnosis:${p.key}:${key}`),
      personId: p.id,
      unitId: gp,
      recordedById: recorder,
      key,
      resolvedDaysAgo: acute ? Math.max(0, daysAgo - 10) : null,
      diagnosedOn: dayOffset(ctx.today, -daysAgo),
      resolvedOn: acute ? dayOffset(ctx.today, -Math.max(0, daysAgo - 10)) : null,
      hidden: false,
    });
  }
  if (rand() < 0.3) {
    const keys = Object.keys(ALLERGY_CATALOGUE) as AllergyKey[];
    const key = keys[Math.floor(rand() * keys.length)]!;
    allergies.push({
      id: seedId(`allergy:${p.key}:${key}`),
      personId: p.id,
      unitId: gp,
      recordedById: recorder,
      key,
      verified: rand() < 0.7,
      recordedAt: new Date(
        ctx.now.getTime() - Math.min(ageDays, 30 + Math.floor(rand() * 10 * 365)) * DAY,
      ),
      hidden: false,
    });
  }
  if (age < 18) {
    vaccinations.push(...programmeFor(p, ctx));
  } else if (rand() < 0.5 || age >= 65) {
    vaccinations.push({
      id: seedId(`vaccination:${p.key}:flu`),
      personId: p.id,
      unitId: gp,
      key: "influvacTetra",
      dose: 1,
      givenOn: dayOffset(ctx.today, -(30 + Math.floor(rand() * 60))),
      hidden: false,
    });
  }
  return { diagnoses, allergies, vaccinations };
}

/** The childhood programme doses a child has reached by today's age, at the health station. */
function programmeFor(p: SeededPerson, ctx: SeedContext): VaccinationRow[] {
  const rows: VaccinationRow[] = [];
  for (const v of CHILDHOOD_PROGRAMME) {
    const givenOn = new Date(p.birthDate.getTime() + v.ageDays * DAY);
    if (givenOn >= ctx.today) continue;
    rows.push({
      id: seedId(`vaccination:${p.key}:${v.vaccine}:${v.dose}`),
      personId: p.id,
      unitId: UNIT_IDS.healthStation,
      key: v.vaccine,
      dose: v.dose,
      givenOn,
      hidden: false,
    });
  }
  return rows;
}

function demoRows(ctx: SeedContext) {
  const diagnoses: DiagnosisRow[] = [];
  const allergies: AllergyRow[] = [];
  const vaccinations: VaccinationRow[] = [];
  const demo = (who: DemoCitizenKey) => ctx.people.find((p) => p.id === DEMO_PERSON_IDS[who]);
  for (const [who, list] of Object.entries(DEMO_DIAGNOSES) as [
    DemoCitizenKey,
    readonly DemoDiagnosis[],
  ][]) {
    const p = demo(who);
    if (!p) continue;
    for (const d of list) {
      diagnoses.push({
        id: seedId(`diagnosis:demo:${who}:${d.key}`),
        personId: p.id,
        unitId: UNIT_IDS[d.unit],
        recordedById: RECORDERS[d.unit] ?? null,
        key: d.key,
        resolvedDaysAgo: d.resolvedDaysAgo ?? null,
        diagnosedOn: dayOffset(ctx.today, -d.daysAgo),
        resolvedOn:
          d.resolvedDaysAgo !== undefined ? dayOffset(ctx.today, -d.resolvedDaysAgo) : null,
        hidden: d.hidden ?? false,
      });
    }
  }
  for (const [who, list] of Object.entries(DEMO_ALLERGIES) as [
    DemoCitizenKey,
    readonly DemoAllergy[],
  ][]) {
    const p = demo(who);
    if (!p) continue;
    for (const a of list) {
      allergies.push({
        id: seedId(`allergy:demo:${who}:${a.key}`),
        personId: p.id,
        unitId: UNIT_IDS[a.unit],
        recordedById: RECORDERS[a.unit] ?? null,
        key: a.key,
        verified: a.verified,
        recordedAt: new Date(ctx.now.getTime() - a.daysAgo * DAY),
        hidden: a.hidden ?? false,
      });
    }
  }
  for (const who of Object.keys(DEMO_PERSON_IDS) as DemoCitizenKey[]) {
    const p = demo(who);
    if (!p || p.deathDate) continue;
    if (ageOn(p.birthDate, ctx.now) < 18) vaccinations.push(...programmeFor(p, ctx));
    for (const v of DEMO_VACCINES[who] ?? []) {
      vaccinations.push({
        id: seedId(`vaccination:demo:${who}:${v.key}:${v.daysAgo}`),
        personId: p.id,
        unitId: UNIT_IDS[v.unit],
        key: v.key,
        dose: v.dose,
        givenOn: dayOffset(ctx.today, -v.daysAgo),
        hidden: v.hidden ?? false,
      });
    }
  }
  return { diagnoses, allergies, vaccinations };
}

const DIAGNOSIS_COLUMNS: readonly BulkColumn<DiagnosisRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "person_id", type: "uuid", value: (r) => r.personId },
  { name: "unit_id", type: "uuid", value: (r) => r.unitId },
  { name: "recorded_by_id", type: "uuid", value: (r) => r.recordedById },
  { name: "code_system", type: '"DiagnosisCodeSystem"', value: (r) => parseKey(r.key).codeSystem },
  { name: "code", type: "text", value: (r) => parseKey(r.key).code },
  {
    name: "status",
    type: '"DiagnosisStatus"',
    value: (r) => (r.resolvedOn ? "RESOLVED" : "ACTIVE"),
  },
  { name: "diagnosed_on", type: "date", value: (r) => r.diagnosedOn },
  { name: "resolved_on", type: "date", value: (r) => r.resolvedOn },
  { name: "hidden_from_guardians", type: "boolean", value: (r) => r.hidden },
];

const ALLERGY_COLUMNS: readonly BulkColumn<AllergyRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "person_id", type: "uuid", value: (r) => r.personId },
  { name: "unit_id", type: "uuid", value: (r) => r.unitId },
  { name: "recorded_by_id", type: "uuid", value: (r) => r.recordedById },
  { name: "kind", type: '"AllergyKind"', value: (r) => ALLERGY_CATALOGUE[r.key].kind },
  { name: "substance", type: "text", value: (r) => ALLERGY_CATALOGUE[r.key].substance },
  { name: "atc_code", type: "text", value: (r) => ALLERGY_CATALOGUE[r.key].atcCode },
  { name: "reaction", type: "text", value: (r) => ALLERGY_CATALOGUE[r.key].reaction },
  { name: "severity", type: '"AllergySeverity"', value: (r) => ALLERGY_CATALOGUE[r.key].severity },
  { name: "verified", type: "boolean", value: (r) => r.verified },
  { name: "recorded_at", type: "timestamptz", value: (r) => r.recordedAt },
  { name: "hidden_from_guardians", type: "boolean", value: (r) => r.hidden },
];

const VACCINATION_COLUMNS: readonly BulkColumn<VaccinationRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "person_id", type: "uuid", value: (r) => r.personId },
  { name: "unit_id", type: "uuid", value: (r) => r.unitId },
  { name: "vaccine_name", type: "text", value: (r) => VACCINE_CATALOGUE[r.key].name },
  { name: "atc_code", type: "text", value: (r) => VACCINE_CATALOGUE[r.key].atcCode },
  { name: "disease", type: "text", value: (r) => VACCINE_CATALOGUE[r.key].disease },
  { name: "dose_number", type: "int", value: (r) => r.dose },
  { name: "given_on", type: "date", value: (r) => r.givenOn },
  { name: "hidden_from_guardians", type: "boolean", value: (r) => r.hidden },
];

/**
 * The rest of the record: the diagnosis dictionary; the demo people's diagnoses, allergies,
 * vaccines (the childhood programme for the children), notes and PDF documents; and for every other
 * citizen (the region and `--patients N`) a few diagnoses, maybe an allergy, and vaccines, written
 * through the shared bulk writer.
 */
export const healthRecordStep: SeedStep = {
  name: "health record",
  bulkTables: ["diagnosis", "allergy_intolerance", "vaccination"],
  async run(db, ctx) {
    // Reference data, not a person's: a re-seed into emptied person tables finds it already there.
    await db.diagnosisCode.createMany({
      data: DIAGNOSIS_DICTIONARY.map((d) => ({
        codeSystem: d.codeSystem,
        code: d.code,
        textNb: d.nb,
        textEn: d.en,
      })),
      skipDuplicates: true,
    });
    const demoIds = new Set<string>(Object.values(DEMO_PERSON_IDS));
    const demo = demoRows(ctx);
    const counts = {
      diagnoses: await ctx.bulk.insert("diagnosis", DIAGNOSIS_COLUMNS, demo.diagnoses),
      allergies: await ctx.bulk.insert("allergy_intolerance", ALLERGY_COLUMNS, demo.allergies),
      vaccinations: await ctx.bulk.insert("vaccination", VACCINATION_COLUMNS, demo.vaccinations),
    };
    // A person at a time through the shared writer (COPY on PostgreSQL), never all rows in memory.
    for (const p of ctx.people) {
      if (demoIds.has(p.id)) continue;
      const r = healthRecordFor(p, ctx);
      counts.diagnoses += await ctx.bulk.insert("diagnosis", DIAGNOSIS_COLUMNS, r.diagnoses);
      counts.allergies += await ctx.bulk.insert(
        "allergy_intolerance",
        ALLERGY_COLUMNS,
        r.allergies,
      );
      counts.vaccinations += await ctx.bulk.insert(
        "vaccination",
        VACCINATION_COLUMNS,
        r.vaccinations,
      );
    }

    const notes = [];
    const documents = [];
    for (const who of Object.keys(DEMO_PERSON_IDS) as DemoCitizenKey[]) {
      const personId = DEMO_PERSON_IDS[who];
      for (const [i, n] of (DEMO_NOTES[who] ?? []).entries()) {
        const writtenAt = new Date(ctx.now.getTime() - n.daysAgo * DAY);
        notes.push({
          id: seedId(`note:demo:${who}:${i}`),
          personId,
          unitId: UNIT_IDS[n.unit],
          authorId: RECORDERS[n.unit] ?? null,
          kind: n.kind,
          title: n.title,
          body: n.body,
          writtenAt,
          visibleToPatientFrom: writtenAt,
          hiddenFromGuardians: n.hidden ?? false,
        });
      }
      for (const [i, d] of (DEMO_DOCUMENTS[who] ?? []).entries()) {
        const sentAt = new Date(ctx.now.getTime() - d.daysAgo * DAY);
        const bytes = await documentPdf({
          title: d.title,
          from: unitLabel(d.unit),
          lines: d.lines,
          date: sentAt,
        });
        documents.push({
          id: seedId(`document:demo:${who}:${i}`),
          personId,
          unitId: UNIT_IDS[d.unit],
          sentById: RECORDERS[d.unit] ?? null,
          kind: d.kind,
          title: d.title,
          fileName: d.fileName,
          contentType: "application/pdf",
          size: bytes.byteLength,
          bytes: new Uint8Array(bytes),
          sentAt,
        });
      }
    }
    await db.clinicalNote.createMany({ data: notes });
    await db.clinicalDocument.createMany({ data: documents });
    return `${counts.diagnoses} diagnoses, ${counts.allergies} allergies, ${counts.vaccinations} vaccinations, ${notes.length} notes, ${documents.length} documents`;
  },
};

const UNIT_LABELS: Partial<Record<UnitKey, string>> = {
  gp1: "Fjordvik legesenter",
  internalMedicine: "Fjordvik sykehus, indremedisinsk avdeling",
  orthopaedics: "Fjordvik sykehus, ortopedisk avdeling",
};
const unitLabel = (u: UnitKey) => UNIT_LABELS[u] ?? "Fjordvik";
