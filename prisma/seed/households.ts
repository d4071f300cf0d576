/**
 * Invented households of Fjordvik: families, single parents, singles, couples, elderly. Pure row
 * generation (no database), so the fixed population and the --patients load both use it, and each
 * household depends only on its key and the seed's today.
 */
import type { Faker } from "@faker-js/faker";
import { birthDateForAge } from "@/lib/identity/age";
import type { BulkColumn } from "./bulk-insert";
import type { SeedContext, SeededPerson } from "./context";
import { seedId } from "./ids";
import type { Sex } from "./national-ids";
import { FJORDVIK_MUNICIPALITY_CODE, FJORDVIK_POSTAL_CODES } from "./organisations";

export type HouseholdKind =
  "family" | "single_parent" | "single" | "couple" | "elderly_couple" | "elderly_single";

export interface AddressRow {
  id: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string;
}

export interface PersonRow {
  id: string;
  nationalId: string;
  givenName: string;
  familyName: string;
  birthDate: Date;
  email: string | null;
  phone: string | null;
  addressId: string;
}

export interface Household {
  kind: HouseholdKind;
  address: AddressRow;
  people: PersonRow[];
  seeded: SeededPerson[];
  responsibilities: Array<{ parentId: string; childId: string }>;
}

const KIND_WEIGHTS: ReadonlyArray<{ weight: number; value: HouseholdKind }> = [
  { weight: 30, value: "family" },
  { weight: 10, value: "single_parent" },
  { weight: 20, value: "single" },
  { weight: 15, value: "couple" },
  { weight: 13, value: "elderly_couple" },
  { weight: 12, value: "elderly_single" },
];

/** Oldest age generated, so every age band holds within 0-90. */
export const MAX_AGE = 90;

interface Member {
  sex: Sex;
  age: number;
  familyName: string;
  child: boolean;
}

function plan(f: Faker, kind: HouseholdKind): Member[] {
  const anySex = (): Sex => f.helpers.arrayElement(["female", "male"] as const);
  // Most couples are a woman and a man; about one in twenty is drawn freely.
  const sexes = (): [Sex, Sex] =>
    f.number.float() < 0.05 ? [anySex(), anySex()] : ["female", "male"];
  const surname = f.person.lastName();
  const adult = (sex: Sex, min: number, max: number, familyName = surname): Member => ({
    sex,
    age: f.number.int({ min, max }),
    familyName,
    child: false,
  });
  switch (kind) {
    case "single":
      return [adult(anySex(), 18, 66)];
    case "elderly_single":
      return [adult(anySex(), 67, MAX_AGE)];
    case "couple": {
      const [a, b] = sexes();
      const first = adult(a, 22, 66);
      const second = adult(
        b,
        Math.max(20, first.age - 6),
        Math.min(70, first.age + 6),
        f.number.float() < 0.3 ? f.person.lastName() : surname,
      );
      return [first, second];
    }
    case "elderly_couple": {
      const [a, b] = sexes();
      const first = adult(a, 70, MAX_AGE);
      return [first, adult(b, 67, Math.min(MAX_AGE, first.age + 4))];
    }
    case "family":
    case "single_parent": {
      const [a, b] = sexes();
      const parents = [adult(a, 26, 52)];
      if (kind === "family") {
        const p1 = parents[0] as Member;
        parents.push(
          adult(
            b,
            Math.max(22, p1.age - 5),
            Math.min(58, p1.age + 5),
            f.number.float() < 0.3 ? f.person.lastName() : surname,
          ),
        );
      }
      const youngest = Math.min(...parents.map((p) => p.age));
      const maxChildAge = Math.min(17, youngest - 20);
      const count = f.helpers.weightedArrayElement([
        { weight: 35, value: 1 },
        { weight: 45, value: 2 },
        { weight: 20, value: 3 },
      ]);
      const children = Array.from(
        { length: kind === "single_parent" ? Math.min(count, 2) : count },
        () => ({
          sex: anySex(),
          age: f.number.int({ min: 0, max: Math.max(0, maxChildAge) }),
          familyName: surname,
          child: true,
        }),
      );
      return [...parents, ...children];
    }
  }
}

/** Norwegian letters to ASCII for e-mail local parts. */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[øö]/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[^a-z]/g, "");
}

/** Invented mobile-like number; "+47 0…" is outside the Norwegian numbering plan, so it reaches no one. */
function phone(f: Faker): string {
  return `+470${f.string.numeric(7)}`;
}

/**
 * One household, from its key alone (plus today for ages). `maxPeople` caps its size: when the
 * drawn household would not fit, it becomes a single adult, so a run can hit an exact total.
 */
export function generateHousehold(
  ctx: SeedContext,
  key: string,
  maxPeople = Number.POSITIVE_INFINITY,
): Household {
  const f = ctx.faker(key);
  let kind = f.helpers.weightedArrayElement(KIND_WEIGHTS);
  let members = plan(f, kind);
  if (members.length > maxPeople) {
    kind = "single";
    members = plan(f, kind);
  }
  const addressId = seedId(`address:${key}`);
  const address: AddressRow = {
    id: addressId,
    street: `${f.location.street()} ${f.number.int({ min: 1, max: 140 })}`,
    postalCode: f.helpers.arrayElement(FJORDVIK_POSTAL_CODES),
    city: "Fjordvik",
    municipalityCode: FJORDVIK_MUNICIPALITY_CODE,
  };
  const gpUnit = f.number.float() < 0.55 ? "gp1" : "gp2";
  const people: PersonRow[] = [];
  const seeded: SeededPerson[] = [];
  members.forEach((m, i) => {
    const personKey = `person:${key}:${i}`;
    const birthDate = birthDateForAge(m.age, {
      today: ctx.now,
      daysSinceBirthday: f.number.int({ min: 0, max: 364 }),
    });
    const givenName = f.person.firstName(m.sex);
    const hasEmail = m.age >= 16 && f.number.float() < 0.85;
    const domain = f.number.float() < 0.5 ? "example.org" : "example.invalid";
    const id = seedId(personKey);
    people.push({
      id,
      nationalId: ctx.nationalIds.allocate(birthDate, m.sex),
      givenName,
      familyName: m.familyName,
      birthDate,
      email: hasEmail
        ? `${slug(givenName)}.${slug(m.familyName)}.${id.slice(0, 4)}@${domain}`
        : null,
      phone: m.age >= 12 && f.number.float() < 0.9 ? phone(f) : null,
      addressId,
    });
    seeded.push({
      id,
      key: personKey,
      sex: m.sex,
      birthDate,
      deathDate: null,
      addressId,
      gpUnit,
      consentCompetent: true,
    });
  });
  const parents = members.flatMap((m, i) => (m.child ? [] : [people[i]?.id ?? ""]));
  const responsibilities = members.flatMap((m, i) =>
    m.child ? parents.map((parentId) => ({ parentId, childId: people[i]?.id ?? "" })) : [],
  );
  return { kind, address, people, seeded, responsibilities };
}

const ADDRESS_COLUMNS: readonly BulkColumn<AddressRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "street", type: "text", value: (r) => r.street },
  { name: "postal_code", type: "text", value: (r) => r.postalCode },
  { name: "city", type: "text", value: (r) => r.city },
  { name: "municipality_code", type: "text", value: (r) => r.municipalityCode },
];

// Columns left out keep their database defaults (protection NONE, consent competent, locale nb, …).
const PERSON_COLUMNS: readonly BulkColumn<PersonRow & { updatedAt: Date }>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "national_id", type: "text", value: (r) => r.nationalId },
  { name: "given_name", type: "text", value: (r) => r.givenName },
  { name: "family_name", type: "text", value: (r) => r.familyName },
  { name: "birth_date", type: "date", value: (r) => r.birthDate },
  { name: "email", type: "text", value: (r) => r.email },
  { name: "phone", type: "text", value: (r) => r.phone },
  { name: "address_id", type: "uuid", value: (r) => r.addressId },
  { name: "updated_at", type: "timestamptz", value: (r) => r.updatedAt },
];

const RESPONSIBILITY_COLUMNS: readonly BulkColumn<{ parentId: string; childId: string }>[] = [
  { name: "parent_id", type: "uuid", value: (r) => r.parentId },
  { name: "child_id", type: "uuid", value: (r) => r.childId },
];

/** The tables writeHouseholds fills through ctx.bulk. */
export const HOUSEHOLD_TABLES = ["address", "person", "parental_responsibility"] as const;

/**
 * Generates households `${prefix}:${n}` until exactly `count` people exist and writes them with
 * batched bulk inserts. Returns the number of households.
 */
export async function writeHouseholds(
  ctx: SeedContext,
  prefix: string,
  count: number,
): Promise<number> {
  const size = ctx.options.batchSize;
  let addresses: AddressRow[] = [];
  let people: Array<PersonRow & { updatedAt: Date }> = [];
  let responsibilities: Array<{ parentId: string; childId: string }> = [];
  const flush = async () => {
    await ctx.bulk.insert("address", ADDRESS_COLUMNS, addresses);
    await ctx.bulk.insert("person", PERSON_COLUMNS, people);
    await ctx.bulk.insert("parental_responsibility", RESPONSIBILITY_COLUMNS, responsibilities);
    addresses = [];
    people = [];
    responsibilities = [];
  };
  let made = 0;
  let households = 0;
  while (made < count) {
    const h = generateHousehold(ctx, `${prefix}:${households}`, count - made);
    households++;
    made += h.people.length;
    addresses.push(h.address);
    for (const p of h.people) people.push({ ...p, updatedAt: ctx.now });
    responsibilities.push(...h.responsibilities);
    ctx.people.push(...h.seeded);
    if (people.length >= size) await flush();
  }
  await flush();
  return households;
}
