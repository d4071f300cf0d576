/** Who wrote a message, as the thread shows it to citizens and clinicians alike. */
export type MessageAuthor =
  | { kind: "citizen"; name: string; onBehalfOf: string | null }
  | { kind: "clinician"; name: string; profession: string }
  | { kind: "unit"; unitName: string; clinicianName: string };

type Row = {
  asUnit: boolean;
  authorPerson: { givenName: string; familyName: string } | null;
  onBehalfOf: { givenName: string; familyName: string } | null;
  authorClinician: { givenName: string; familyName: string; profession: string } | null;
};

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

export function messageAuthor(row: Row, unitName: string): MessageAuthor {
  if (row.authorClinician) {
    return row.asUnit
      ? { kind: "unit", unitName, clinicianName: fullName(row.authorClinician) }
      : {
          kind: "clinician",
          name: fullName(row.authorClinician),
          profession: row.authorClinician.profession,
        };
  }
  return {
    kind: "citizen",
    name: row.authorPerson ? fullName(row.authorPerson) : "",
    onBehalfOf: row.onBehalfOf ? fullName(row.onBehalfOf) : null,
  };
}

export const authorSelect = {
  asUnit: true,
  authorPerson: { select: { givenName: true, familyName: true } },
  onBehalfOf: { select: { givenName: true, familyName: true } },
  authorClinician: { select: { givenName: true, familyName: true, profession: true } },
} as const;
