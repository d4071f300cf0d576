/** Builders for the rest of the record: diagnoses, allergies, vaccines, documents. */
import type { DbOrTx } from "@/lib/db/client";
import type { DiagnosisCodeSystem } from "@/lib/generated/prisma/enums";
import { documentPdf } from "@/prisma/seed/document-pdf";
import { dayFromToday } from "./medication-factories";

type Item = { personId: string; unitId: string; hiddenFromGuardians?: boolean };

export async function createDiagnosis(
  db: DbOrTx,
  opts: Item & {
    codeSystem?: DiagnosisCodeSystem;
    code?: string;
    textNb?: string;
    status?: "ACTIVE" | "RESOLVED";
    daysAgo?: number;
    recordedById?: string | null;
  },
) {
  const codeSystem = opts.codeSystem ?? "ICPC2";
  const code = opts.code ?? "K86";
  const textNb = opts.textNb ?? "Høyt blodtrykk";
  await db.diagnosisCode.upsert({
    where: { codeSystem_code: { codeSystem, code } },
    create: { codeSystem, code, textNb, textEn: `${textNb} (en)` },
    update: {},
  });
  return db.diagnosis.create({
    data: {
      personId: opts.personId,
      unitId: opts.unitId,
      recordedById: opts.recordedById ?? null,
      codeSystem,
      code,
      status: opts.status ?? "ACTIVE",
      diagnosedOn: dayFromToday(-(opts.daysAgo ?? 100)),
      resolvedOn: opts.status === "RESOLVED" ? dayFromToday(-(opts.daysAgo ?? 100) + 30) : null,
      hiddenFromGuardians: opts.hiddenFromGuardians ?? false,
    },
  });
}

export async function createAllergy(
  db: DbOrTx,
  opts: Item & {
    substance?: string;
    severity?: "MILD" | "MODERATE" | "SEVERE";
    verified?: boolean;
  },
) {
  return db.allergyIntolerance.create({
    data: {
      personId: opts.personId,
      unitId: opts.unitId,
      kind: "ALLERGY",
      substance: opts.substance ?? "Penicillin",
      atcCode: "J01CE",
      reaction: "Elveblest",
      severity: opts.severity ?? "MODERATE",
      verified: opts.verified ?? true,
      recordedAt: new Date(Date.now() - 200 * 86_400_000),
      hiddenFromGuardians: opts.hiddenFromGuardians ?? false,
    },
  });
}

export async function createVaccination(
  db: DbOrTx,
  opts: Item & { vaccineName?: string; atcCode?: string; doseNumber?: number; daysAgo?: number },
) {
  return db.vaccination.create({
    data: {
      personId: opts.personId,
      unitId: opts.unitId,
      vaccineName: opts.vaccineName ?? "Priorix",
      atcCode: opts.atcCode ?? "J07BD52",
      disease: "Meslinger, kusma og røde hunder",
      doseNumber: opts.doseNumber ?? 1,
      givenOn: dayFromToday(-(opts.daysAgo ?? 400)),
      hiddenFromGuardians: opts.hiddenFromGuardians ?? false,
    },
  });
}

export async function createDocument(
  db: DbOrTx,
  opts: Item & { title?: string; daysAgo?: number },
) {
  const title = opts.title ?? "Brev etter timen";
  const sentAt = new Date(Date.now() - (opts.daysAgo ?? 5) * 86_400_000);
  const bytes = await documentPdf({
    title,
    from: "Testenheten",
    lines: ["Hei.", "Dette er et brev."],
    date: sentAt,
  });
  return db.clinicalDocument.create({
    data: {
      personId: opts.personId,
      unitId: opts.unitId,
      kind: "LETTER",
      title,
      fileName: "brev.pdf",
      contentType: "application/pdf",
      size: bytes.byteLength,
      bytes: new Uint8Array(bytes),
      sentAt,
      hiddenFromGuardians: opts.hiddenFromGuardians ?? false,
    },
  });
}
