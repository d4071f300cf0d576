import type { Patient } from "@medplum/fhirtypes";
import { FHIR_SYSTEMS } from "./systems";
import { fhirDate, exportMapper, type ExportMapper } from "./types";

/** Patient: who the export is about, and how to reach them (PROFILE). */
export const patientMapper: ExportMapper<Patient> = exportMapper({
  category: "PROFILE",
  resourceTypes: ["Patient"],
  read: async (tx, access) => [
    await tx.person.findUniqueOrThrow({
      where: { id: access.subject.id },
      select: {
        id: true,
        nationalId: true,
        givenName: true,
        familyName: true,
        birthDate: true,
        deathDate: true,
        phone: true,
        email: true,
        preferredLocale: true,
      },
    }),
  ],
  toResource: (p): Patient => ({
    resourceType: "Patient",
    id: p.id,
    identifier: [{ system: FHIR_SYSTEMS.nationalId, value: p.nationalId }],
    name: [{ use: "official", family: p.familyName, given: [p.givenName] }],
    birthDate: fhirDate(p.birthDate),
    ...(p.deathDate ? { deceasedDateTime: fhirDate(p.deathDate) } : {}),
    telecom: [
      ...(p.phone ? [{ system: "phone" as const, value: p.phone }] : []),
      ...(p.email ? [{ system: "email" as const, value: p.email }] : []),
    ],
    communication: [
      {
        language: { coding: [{ system: "urn:ietf:bcp:47", code: p.preferredLocale }] },
        preferred: true,
      },
    ],
  }),
});
