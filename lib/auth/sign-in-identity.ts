import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthMethod } from "@/lib/generated/prisma/enums";
import { isValidHprNumber, parseNationalId } from "@/lib/identity/national-id";
import { activeMembershipWhere, isHealthPersonnel } from "@/lib/access/health-personnel";
import { allowsRealNationalIds, type Env } from "./deployment";
import type { NewSession } from "./session-store";

/**
 * Maps what an identity provider (or the test sign-in form) says about a user to our Person or
 * Clinician. Each rejection has a reason the sign-in page can explain in plain language.
 */

export type CitizenRejection =
  "empty" | "format" | "checksum" | "date" | "not_synthetic" | "unknown_person" | "deceased";

export type ClinicianRejection =
  | "empty"
  | "hpr_format"
  | "unknown_clinician"
  | "not_admin"
  /** No HPR authorisation or no active unit: may sign in as an organisation admin at most. */
  | "not_health_personnel"
  /** The test sign-in never signs in as someone with a real (non-synthetic) identity number. */
  | "real_identity";

/** The provider did not vouch for the highest assurance level (ID-porten high, HelseID level 4). */
export type AssuranceRejection = "assurance";

export type SignInRejection = CitizenRejection | ClinicianRejection | AssuranceRejection;

export type Resolved<R> =
  { ok: true; identity: NewSession; displayName: string } | { ok: false; reason: R };

export type ClinicianRole = "CLINICIAN" | "ORG_ADMIN";

export function parseClinicianRole(value: unknown): ClinicianRole {
  return value === "ORG_ADMIN" ? "ORG_ADMIN" : "CLINICIAN";
}

/** A citizen by fødselsnummer. Outside production only synthetic numbers get this far. */
export async function resolveCitizenByNationalId(
  db: DbOrTx,
  input: string,
  authMethod: AuthMethod,
  env: Env = process.env,
  opts: { syntheticOnly?: boolean } = {},
): Promise<Resolved<CitizenRejection>> {
  if (input.trim() === "") return { ok: false, reason: "empty" };
  const parsed = parseNationalId(input, {
    allowReal: !opts.syntheticOnly && allowsRealNationalIds(env),
  });
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const person = await db.person.findUnique({
    where: { nationalId: parsed.value },
    select: { id: true, givenName: true, familyName: true, deathDate: true },
  });
  if (!person) return { ok: false, reason: "unknown_person" };
  if (person.deathDate) return { ok: false, reason: "deceased" };
  return {
    ok: true,
    identity: { kind: "CITIZEN", personId: person.id, authMethod },
    displayName: `${person.givenName} ${person.familyName}`,
  };
}

export type ClinicianKey = { hprNumber: string } | { clinicianId: string } | { nationalId: string };

/**
 * A clinician by HPR number, our id (test list) or fødselsnummer. CLINICIAN only for health
 * personnel (an HPR authorisation and an active unit membership); ORG_ADMIN only for admins.
 * HelseID without an HPR claim (key by fødselsnummer) can only ever give an admin session.
 */
export async function resolveClinician(
  db: DbOrTx,
  key: ClinicianKey,
  role: ClinicianRole,
  authMethod: AuthMethod,
  opts: { requireSynthetic?: boolean; now?: Date } = {},
): Promise<Resolved<ClinicianRejection>> {
  const now = opts.now ?? new Date();
  let where: Prisma.ClinicianWhereUniqueInput;
  if ("hprNumber" in key) {
    const hpr = key.hprNumber.replace(/\s+/g, "");
    if (hpr === "") return { ok: false, reason: "empty" };
    if (!isValidHprNumber(hpr)) return { ok: false, reason: "hpr_format" };
    where = { hprNumber: hpr };
  } else if ("clinicianId" in key) {
    if (!/^[0-9a-f-]{36}$/i.test(key.clinicianId))
      return { ok: false, reason: "unknown_clinician" };
    where = { id: key.clinicianId };
  } else {
    where = { nationalId: key.nationalId.replace(/\s+/g, "") };
  }
  const clinician = await db.clinician.findUnique({
    where,
    select: {
      id: true,
      givenName: true,
      familyName: true,
      nationalId: true,
      hprNumber: true,
      _count: { select: { adminOf: true, memberships: { where: activeMembershipWhere(now) } } },
    },
  });
  if (!clinician) return { ok: false, reason: "unknown_clinician" };
  if (opts.requireSynthetic && !parseNationalId(clinician.nationalId, { allowReal: false }).ok) {
    return { ok: false, reason: "real_identity" };
  }
  if (role === "ORG_ADMIN" && clinician._count.adminOf === 0)
    return { ok: false, reason: "not_admin" };
  if (role === "CLINICIAN") {
    const healthPersonnel =
      !("nationalId" in key) &&
      isHealthPersonnel({
        hprNumber: clinician.hprNumber,
        activeMemberships: clinician._count.memberships,
      });
    if (!healthPersonnel) return { ok: false, reason: "not_health_personnel" };
  }
  return {
    ok: true,
    identity: { kind: role, clinicianId: clinician.id, authMethod },
    displayName: `${clinician.givenName} ${clinician.familyName}`,
  };
}

/** ID-porten puts the fødselsnummer in the `pid` claim. */
export function pidFromIdportenClaims(claims: Record<string, unknown>): string | null {
  const pid = claims.pid;
  return typeof pid === "string" && pid.length > 0 ? pid : null;
}

export const HELSEID_HPR_CLAIM = "helseid://claims/hpr/hpr_number";
export const HELSEID_PID_CLAIM = "helseid://claims/identity/pid";

/**
 * HelseID gives the HPR number (a string, or an array when the person has several) and the
 * fødselsnummer. Staff without authorisation (e.g. office staff who administer) have no HPR number,
 * so the fødselsnummer is the fallback key.
 */
export function clinicianKeyFromHelseIdClaims(
  claims: Record<string, unknown>,
): ClinicianKey | null {
  const hpr = claims[HELSEID_HPR_CLAIM];
  const first = Array.isArray(hpr) ? hpr.find((v) => typeof v === "string" && v.length > 0) : hpr;
  if (typeof first === "string" && first.length > 0) return { hprNumber: first };
  const pid = claims[HELSEID_PID_CLAIM];
  if (typeof pid === "string" && pid.length > 0) return { nationalId: pid };
  return null;
}

/** Fields of the test sign-in form, as strings (missing fields are empty). */
export type TestSignInFields = {
  nationalId?: unknown;
  clinicianId?: unknown;
  hprNumber?: unknown;
  role?: unknown;
};

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * The test provider's lookup: a citizen by synthetic fødselsnummer, or a clinician by our id
 * (picked from the list) or HPR number (typed), in the chosen role.
 */
export async function resolveTestIdentity(
  db: DbOrTx,
  fields: TestSignInFields,
  env: Env = process.env,
): Promise<Resolved<SignInRejection>> {
  const role = parseClinicianRole(fields.role);
  // The test sign-in never reaches a clinician with a real identity number, whatever the deployment.
  const opts = { requireSynthetic: true };
  if (text(fields.clinicianId))
    return resolveClinician(
      db,
      { clinicianId: text(fields.clinicianId) },
      role,
      "TEST_IDENTITY",
      opts,
    );
  if (text(fields.hprNumber))
    return resolveClinician(db, { hprNumber: text(fields.hprNumber) }, role, "TEST_IDENTITY", opts);
  return resolveCitizenByNationalId(db, text(fields.nationalId), "TEST_IDENTITY", env, {
    syntheticOnly: true,
  });
}
