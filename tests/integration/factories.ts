/**
 * Small builders for integration tests. Every person gets a valid synthetic national id, unique per
 * call; ages are counted on the Oslo calendar day of `today` (default now), as the access rules do.
 */
import { randomInt } from "node:crypto";
import type { DbOrTx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  Address,
  CareRelation,
  Clinician,
  Organisation,
  ParentalResponsibility,
  Person,
  ProxyGrant,
  Unit,
} from "@/lib/generated/prisma/client";
import type {
  AddressProtection,
  CareRelationKind,
  DataCategory,
  OrganisationKind,
  ProxyLevel,
  UnitKind,
  UnitRole,
} from "@/lib/generated/prisma/enums";
import type { ActorKindOf } from "@/lib/access/actor";
import { birthDateForAge, osloToday } from "@/lib/identity/age";
import { completeOrgNumber } from "@/lib/identity/org-number";
import { NationalIdAllocator, type Sex } from "@/prisma/seed/national-ids";

// Walks individual numbers upwards, while the seed walks down, so factories rarely meet seeded ids.
const nationalIds = new NationalIdAllocator("up");

const DAY = 86_400_000;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Retries a create whose random or allocated unique value collided (another worker, a seeded row). */
async function withUniqueRetry<T>(create: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await create();
    } catch (error) {
      if (!isUniqueViolation(error) || i >= attempts) throw error;
    }
  }
}

async function freeNationalId(db: DbOrTx, birthDate: Date, sex: Sex): Promise<string> {
  for (;;) {
    const id = nationalIds.allocate(birthDate, sex);
    // Sequential: a transaction client runs one statement at a time anyway.
    const person = await db.person.findUnique({ where: { nationalId: id }, select: { id: true } });
    const clinician = person
      ? null
      : await db.clinician.findUnique({ where: { nationalId: id }, select: { id: true } });
    if (!person && !clinician) return id;
  }
}

export interface CreatePersonOptions {
  /** Exact birth date (UTC midnight of the calendar date); wins over `age`. */
  birthDate?: Date;
  /** Age on the Oslo day of `today`; default 40. */
  age?: number;
  /** Days since the last birthday when `age` is used; default 100, far from either birthday. */
  daysSinceBirthday?: number;
  /** Reference instant for `age`; default now. */
  today?: Date;
  givenName?: string;
  familyName?: string;
  sex?: Sex;
  /** An existing address; null for none. Default: a new address of their own. */
  addressId?: string | null;
  addressProtection?: AddressProtection;
  /** true: died ten days before `today`; a Date: that death date. */
  deceased?: boolean | Date;
  consentCompetent?: boolean;
  email?: string | null;
  phone?: string | null;
}

let counter = 0;

export async function createAddress(db: DbOrTx, street?: string): Promise<Address> {
  counter++;
  return db.address.create({
    data: {
      street: street ?? `Testveien ${counter}`,
      postalCode: "7190",
      city: "Fjordvik",
      municipalityCode: "5099",
    },
  });
}

export async function createPerson(db: DbOrTx, opts: CreatePersonOptions = {}): Promise<Person> {
  const now = opts.today ?? new Date();
  const birthDate =
    opts.birthDate ??
    birthDateForAge(opts.age ?? 40, {
      today: now,
      daysSinceBirthday: opts.daysSinceBirthday ?? 100,
    });
  const sex = opts.sex ?? (counter % 2 === 0 ? "female" : "male");
  // A strictly confidential (kode 6) address is not disclosed, so such a person has none by default.
  const addressId =
    opts.addressId !== undefined
      ? opts.addressId
      : opts.addressProtection === "STRICTLY_CONFIDENTIAL"
        ? null
        : (await createAddress(db)).id;
  const deathDate =
    opts.deceased instanceof Date
      ? opts.deceased
      : opts.deceased
        ? new Date(osloToday(now).getTime() - 10 * DAY)
        : null;
  counter++;
  const n = counter;
  return withUniqueRetry(async () =>
    db.person.create({
      data: {
        nationalId: await freeNationalId(db, birthDate, sex),
        givenName: opts.givenName ?? (sex === "female" ? `Testkvinne${n}` : `Testmann${n}`),
        familyName: opts.familyName ?? "Testesen",
        birthDate,
        deathDate,
        addressProtection: opts.addressProtection ?? "NONE",
        consentCompetent: opts.consentCompetent ?? true,
        addressId,
        email: opts.email !== undefined ? opts.email : `test${n}@example.invalid`,
        phone: opts.phone !== undefined ? opts.phone : null,
      },
    }),
  );
}

export interface Family {
  /** The children's address. */
  address: Address;
  /** The parents' own address when they do not live with the children, else the same as `address`. */
  parentAddress: Address;
  parents: Person[];
  children: Person[];
  responsibilities: ParentalResponsibility[];
}

/**
 * Two parents (or one) with parental responsibility for children of the given ages. With
 * `parentAtChildAddress: false` the children live at an address where no responsible parent lives.
 */
export async function createFamily(
  db: DbOrTx,
  opts: {
    childAges: number[];
    parentAtChildAddress?: boolean;
    parentCount?: 1 | 2;
    today?: Date;
    familyName?: string;
  },
): Promise<Family> {
  const familyName = opts.familyName ?? `Familie${counter + 1}`;
  const address = await createAddress(db);
  const together = opts.parentAtChildAddress ?? true;
  const parentAddress = together ? address : await createAddress(db);
  const parents: Person[] = [];
  for (let i = 0; i < (opts.parentCount ?? 2); i++) {
    parents.push(
      await createPerson(db, {
        age: 38 + i * 2,
        sex: i === 0 ? "female" : "male",
        familyName,
        addressId: parentAddress.id,
        today: opts.today,
      }),
    );
  }
  const children: Person[] = [];
  for (const age of opts.childAges) {
    children.push(
      await createPerson(db, {
        age,
        familyName,
        addressId: address.id,
        email: null,
        today: opts.today,
      }),
    );
  }
  const responsibilities: ParentalResponsibility[] = [];
  for (const parent of parents) {
    for (const child of children) {
      responsibilities.push(
        await db.parentalResponsibility.create({
          data: { parentId: parent.id, childId: child.id },
        }),
      );
    }
  }
  return { address, parentAddress, parents, children, responsibilities };
}

/** A fresh organisation number: random base starting with 2 (never a real one: those start 8/9). */
function randomOrgNumber(): string {
  for (;;) {
    const n = completeOrgNumber(`2${String(randomInt(0, 10_000_000)).padStart(7, "0")}`);
    if (n) return n;
  }
}

export async function createOrganisationWithUnit(
  db: DbOrTx,
  opts: {
    kind: OrganisationKind;
    unitKind: UnitKind;
    selfBooking?: boolean;
    name?: string;
    unitName?: string;
    replyWorkingDays?: number;
    cancellationDeadlineHours?: number;
  },
): Promise<{ organisation: Organisation; unit: Unit }> {
  counter++;
  const n = counter;
  const organisation = await withUniqueRetry(() =>
    db.organisation.create({
      data: {
        kind: opts.kind,
        name: opts.name ?? `Testorganisasjon ${n}`,
        orgNumber: randomOrgNumber(),
        municipalityCode: "5099",
      },
    }),
  );
  const unit = await db.unit.create({
    data: {
      organisationId: organisation.id,
      kind: opts.unitKind,
      name: opts.unitName ?? `Testenhet ${n}`,
      selfBooking: opts.selfBooking ?? false,
      replyWorkingDays: opts.replyWorkingDays ?? 5,
      cancellationDeadlineHours: opts.cancellationDeadlineHours ?? 24,
    },
  });
  return { organisation, unit };
}

export async function createClinician(
  db: DbOrTx,
  opts: {
    unitIds: string[];
    role?: UnitRole;
    profession?: string;
    givenName?: string;
    familyName?: string;
    /** null for administrative staff; default a random invented 9-digit number. */
    hprNumber?: string | null;
    /** Organisation ids this person administers. */
    adminOf?: string[];
    personId?: string;
  },
): Promise<Clinician> {
  counter++;
  const n = counter;
  const sex: Sex = n % 2 === 0 ? "female" : "male";
  const birthDate = birthDateForAge(45, { daysSinceBirthday: 100 });
  const clinician = await withUniqueRetry(async () =>
    db.clinician.create({
      data: {
        hprNumber:
          opts.hprNumber !== undefined
            ? opts.hprNumber
            : String(randomInt(980_000_000, 990_000_000)),
        nationalId: await freeNationalId(db, birthDate, sex),
        givenName: opts.givenName ?? `Behandler${n}`,
        familyName: opts.familyName ?? "Testesen",
        profession: opts.profession ?? "lege",
        personId: opts.personId ?? null,
      },
    }),
  );
  for (const unitId of opts.unitIds) {
    await db.unitMembership.create({
      data: { clinicianId: clinician.id, unitId, role: opts.role ?? "MEMBER" },
    });
  }
  for (const organisationId of opts.adminOf ?? []) {
    await db.organisationAdmin.create({ data: { clinicianId: clinician.id, organisationId } });
  }
  return clinician;
}

export async function createCareRelation(
  db: DbOrTx,
  opts: {
    personId: string;
    unitId: string;
    kind: CareRelationKind;
    /** Default: one day ago. */
    validFrom?: Date;
    validUntil?: Date | null;
    sourceId?: string | null;
  },
): Promise<CareRelation> {
  return db.careRelation.create({
    data: {
      personId: opts.personId,
      unitId: opts.unitId,
      kind: opts.kind,
      validFrom: opts.validFrom ?? new Date(Date.now() - DAY),
      validUntil: opts.validUntil ?? null,
      sourceId: opts.sourceId ?? null,
    },
  });
}

/**
 * A proxy grant (fullmakt) from grantor to grantee at `level` for `categories`, valid from
 * `validFrom` (default: a minute ago; tests that read at a fixed past instant give an earlier one).
 */
export async function createProxyGrant(
  db: DbOrTx,
  opts: {
    grantorId: string;
    granteeId: string;
    level: ProxyLevel;
    categories: DataCategory[];
    validFrom?: Date;
  },
): Promise<ProxyGrant> {
  return db.proxyGrant.create({
    data: {
      grantorId: opts.grantorId,
      granteeId: opts.granteeId,
      level: opts.level,
      categories: opts.categories,
      validFrom: opts.validFrom ?? new Date(Date.now() - 60_000),
    },
  });
}

/** A person of `age` and an adult (`proxyAge`, default 50) who holds a proxy grant from them. */
export async function createPersonWithProxy(
  db: DbOrTx,
  opts: {
    age: number;
    proxyAge?: number;
    level: ProxyLevel;
    categories: DataCategory[];
    validFrom?: Date;
  },
): Promise<{ person: Person; proxy: Person }> {
  const person = await createPerson(db, { age: opts.age });
  const proxy = await createPerson(db, { age: opts.proxyAge ?? 50 });
  await createProxyGrant(db, {
    grantorId: person.id,
    granteeId: proxy.id,
    level: opts.level,
    categories: opts.categories,
    ...(opts.validFrom ? { validFrom: opts.validFrom } : {}),
  });
  return { person, proxy };
}

/** Birth date for someone `age` on the Oslo day of `today`; re-exported so tests need one import. */
export { birthDateForAge, osloToday };

// --- actors -----------------------------------------------------------------------------------
// The actor a signed-in session gives the gate. Tests build them directly: the gate reads who is
// acting from the actor, never from the session row.

/** A citizen acting as themself; named "<given> <family>" when the person's names are given. */
export function citizenActor(
  p: { id: string; givenName?: string; familyName?: string },
  name?: string,
): ActorKindOf<"CITIZEN"> {
  return {
    kind: "CITIZEN",
    sessionId: "t",
    personId: p.id,
    name: name ?? (p.givenName && p.familyName ? `${p.givenName} ${p.familyName}` : "Test"),
  };
}

/** A clinician working in these units (the session's view: HPR and memberships already checked). */
export function clinicianActor(
  clinicianId: string,
  units: readonly { id: string; name: string; organisationName?: string }[],
  opts: { name?: string; profession?: string } = {},
): ActorKindOf<"CLINICIAN"> {
  return {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId,
    name: opts.name ?? "Dr Test",
    profession: opts.profession ?? "lege",
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      organisationName: u.organisationName ?? "Org",
    })),
  };
}
