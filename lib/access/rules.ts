import type {
  AccessAction,
  AccessBasis,
  AddressProtection,
  CareRelationKind,
  DataCategory,
  ProxyLevel,
} from "@/lib/generated/prisma/enums";
import { ageOn } from "@/lib/time/oslo";
import type { Actor } from "./actor";
import type { EmergencyEligibility } from "./health-personnel";
import {
  CLINICIAN_CATEGORIES,
  DATA_CATEGORIES,
  PARENTAL_LIMITED_CATEGORIES,
  levelCovers,
  requiredProxyLevel,
} from "./categories";

/** The facts about a person that access rules depend on. */
export type PersonFacts = {
  id: string;
  birthDate: Date;
  deathDate: Date | null;
  addressProtection: AddressProtection;
  addressId: string | null;
  /** Samtykkekompetanse: a grant holds only while its grantor still has it. */
  consentCompetent: boolean;
};

/** Proxy grants from the subject to the acting citizen that are active now. */
export type GrantFacts = { id: string; level: ProxyLevel; categories: readonly DataCategory[] };

export type CitizenFacts = {
  kind: "CITIZEN";
  actorPerson: PersonFacts;
  grants: readonly GrantFacts[];
  /** The subject's parents with parental responsibility, with their registered addresses. */
  responsibleParents: readonly { personId: string; addressId: string | null }[];
};

export type ClinicianFacts = {
  kind: "CLINICIAN";
  /** Active care relations between the clinician's units and the subject, each with its kind. */
  careUnits: readonly CareUnitFacts[];
  /** The subject has shielded their record from this clinician (sperring). */
  shielded: boolean;
  /** The reason of the clinician's emergency access to the subject that is active now, if any. */
  emergencyReason: string | null;
  /**
   * Whether this clinician may take emergency access at all (loaded only when there is no care
   * relation). Missing means no: emergency access fails closed.
   */
  emergency?: EmergencyEligibility;
};

export type Decision =
  | {
      allowed: true;
      basis: AccessBasis;
      proxyGrantId: string | null;
      unit: { unitName: string; organisationName: string } | null;
      /** For the EMERGENCY basis: the reason stated, which the log keeps (never shown to the patient). */
      emergencyReason?: string;
      /** For CARE_RELATION: whose items in the category the relation opens (need-to-know); absent = all. */
      itemScope?: ItemScope;
    }
  | { allowed: false; reason: DenyReason };

export type DenyReason =
  | "admin_no_health_data"
  | "subject_deceased"
  | "grant_unusable"
  | "no_relation"
  | "category_out_of_scope"
  | "level_too_low"
  | "no_care_relation"
  | "shielded"
  | "emergency_reason_missing"
  /** No HPR authorisation or no active unit: not health personnel. */
  | "not_health_personnel"
  /** The clinician's profession does not give emergency care. */
  | "emergency_profession"
  /** None of the clinician's units is of a kind that may use emergency access. */
  | "emergency_unit_kind";

/** Refusals a clinician is told plainly (about themselves, not about the patient). */
export const EMERGENCY_INELIGIBLE: readonly DenyReason[] = [
  "not_health_personnel",
  "emergency_profession",
  "emergency_unit_kind",
];

export const MIN_EMERGENCY_REASON_LENGTH = 10;

const deny = (reason: DenyReason): Decision => ({ allowed: false, reason });

export function isProtected(p: Pick<PersonFacts, "addressProtection">): boolean {
  return p.addressProtection !== "NONE";
}

/** A parent sees everything before the child's 12th birthday (see parentalCategories). */
export const PARENTAL_FULL_UNTIL_AGE = 12;
/** From the 16th birthday the young person decides alone; parents need a proxy like anyone else. */
export const PARENTAL_ENDS_AT_AGE = 16;

/**
 * Which categories a parent may see for a child today, by the Norwegian age rules: everything under
 * 12 (if a responsible parent lives at the child's address), practical things 12–15, nothing from 16.
 */
export function parentalCategories(
  child: PersonFacts,
  responsibleParents: CitizenFacts["responsibleParents"],
  parentId: string,
  now: Date,
): readonly DataCategory[] {
  if (!responsibleParents.some((p) => p.personId === parentId)) return [];
  if (child.deathDate || isProtected(child)) return [];
  const age = ageOn(child.birthDate, now);
  if (age >= PARENTAL_ENDS_AT_AGE) return [];
  if (age < PARENTAL_FULL_UNTIL_AGE) {
    const atAddress =
      child.addressId !== null && responsibleParents.some((p) => p.addressId === child.addressId);
    return atAddress ? DATA_CATEGORIES : [];
  }
  return PARENTAL_LIMITED_CATEGORIES;
}

/**
 * Whether a proxy grant can be used now: both alive, no confidential address, the grantee an adult
 * and the grantor still someone who could give it (16+, consent competence). Checked at every use,
 * since any of these can change after the grant was given.
 */
export function proxyUsable(
  grantor: Pick<PersonFacts, "birthDate" | "deathDate" | "addressProtection" | "consentCompetent">,
  grantee: Pick<PersonFacts, "birthDate" | "deathDate" | "addressProtection">,
  now: Date,
): boolean {
  if (grantor.deathDate || grantee.deathDate) return false;
  if (isProtected(grantor) || isProtected(grantee)) return false;
  if (!grantor.consentCompetent || ageOn(grantor.birthDate, now) < 16) return false;
  return ageOn(grantee.birthDate, now) >= 18;
}

/** The one decision: may this actor do this action on this category of the subject's data? */
export function decide(input: {
  actor: Actor;
  subject: PersonFacts;
  facts: CitizenFacts | ClinicianFacts | null;
  category: DataCategory;
  action: AccessAction;
  emergencyReason?: string | undefined;
  now: Date;
}): Decision {
  const { actor, subject, facts, category, action, now } = input;
  if (actor.kind === "ORG_ADMIN") return deny("admin_no_health_data");

  if (actor.kind === "CITIZEN") {
    if (actor.personId === subject.id) {
      return { allowed: true, basis: "SELF", proxyGrantId: null, unit: null };
    }
    if (!facts || facts.kind !== "CITIZEN") return deny("no_relation");
    if (subject.deathDate) return deny("subject_deceased");

    const parental = parentalCategories(subject, facts.responsibleParents, actor.personId, now);
    if (parental.includes(category)) {
      return { allowed: true, basis: "PARENTAL", proxyGrantId: null, unit: null };
    }
    if (facts.grants.length === 0)
      return deny(parental.length > 0 ? "category_out_of_scope" : "no_relation");
    if (!proxyUsable(subject, facts.actorPerson, now)) return deny("grant_unusable");
    const inScope = facts.grants.filter((g) => g.categories.includes(category));
    if (inScope.length === 0) return deny("category_out_of_scope");
    const needed = requiredProxyLevel(category, action);
    const grant = inScope.find((g) => levelCovers(g.level, needed));
    if (!grant) return deny("level_too_low");
    return { allowed: true, basis: "PROXY_GRANT", proxyGrantId: grant.id, unit: null };
  }

  // Clinician: need-to-know through a care relation of one of their units, or a stated emergency.
  if (!facts || facts.kind !== "CLINICIAN") return deny("no_care_relation");
  if (actor.units.length === 0) return deny("not_health_personnel");
  if (!CLINICIAN_CATEGORIES.includes(category)) return deny("category_out_of_scope");
  if (facts.shielded) return deny("shielded");
  const care = careRelationAccess(facts.careUnits, category);
  if (care) {
    return {
      allowed: true,
      basis: "CARE_RELATION",
      proxyGrantId: null,
      unit: { unitName: care.relation.unitName, organisationName: care.relation.organisationName },
      ...(care.scope ? { itemScope: care.scope } : {}),
    };
  }
  // Emergency access is for health personnel who give emergency care, in a unit that may use it;
  // checked at every use, so an access begun before a membership ended stops working with it.
  // A reason stated with this request, or the one given when an emergency access began.
  const emergencyReason = input.emergencyReason ?? facts.emergencyReason ?? undefined;
  // A relation that does not reach this category is not a care relation for it.
  const noRelation = deny(
    facts.careUnits.length > 0 ? "category_out_of_scope" : "no_care_relation",
  );
  // Work lists load no eligibility and state no reason: plainly no care relation.
  if (emergencyReason === undefined && !facts.emergency) return noRelation;
  const ineligible = emergencyIneligibility(facts.emergency);
  if (ineligible) return deny(ineligible);
  if (emergencyReason !== undefined) {
    if (emergencyReason.trim().length < MIN_EMERGENCY_REASON_LENGTH) {
      return deny("emergency_reason_missing");
    }
    const unit = facts.emergency!.emergencyUnits[0]!;
    return {
      allowed: true,
      basis: "EMERGENCY",
      proxyGrantId: null,
      unit: { unitName: unit.unitName, organisationName: unit.organisationName },
      emergencyReason: emergencyReason.trim(),
    };
  }
  return noRelation;
}

// ---------------------------------------------------------------------------------------------
// Need-to-know: what a care relation of each kind opens, and whose items within it
// ---------------------------------------------------------------------------------------------

/** One active care relation of one of the clinician's units with the subject. */
export type CareUnitFacts = {
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  kind: CareRelationKind;
};

/**
 * Whose items a relation lets its unit see within a category: the unit's own (its appointments, its
 * answers, its notes), its organisation's (a GP office's own record), or every unit's (the lists
 * any clinician needs to treat safely: medications, allergies, vaccines; and who the patient is).
 */
export type ItemReach = "unit" | "organisation" | "all";

/** Units and organisations whose items are in scope; null means every item of the category. */
export type ItemScope = { unitIds: readonly string[]; organisationIds: readonly string[] } | null;

const SAFETY_LISTS = {
  MEDICATIONS: "all",
  ALLERGIES: "all",
  VACCINES: "all",
  PROFILE: "all",
} as const;

/**
 * A formal request (innsyn, retting, sletting) is addressed to one unit, and any unit the person has
 * a care relation with can be asked: each relation opens the requests addressed to its own unit.
 */
const FORMAL_REQUESTS = { FORMAL_REQUESTS: "unit" } as const;

/**
 * Tjenstlig behov per relation kind. A category missing from a kind is closed to that relation: a
 * self-booked visit or a message thread opens that contact, not the rest of the record.
 */
export const CARE_RELATION_REACH: Record<
  CareRelationKind,
  Partial<Record<DataCategory, ItemReach>>
> = {
  // The patient's GP: the GP office's own record, and the shared safety lists.
  GP_LIST: {
    APPOINTMENTS: "organisation",
    MESSAGES: "organisation",
    NOTES: "organisation",
    DOCUMENTS: "organisation",
    LAB_RESULTS: "organisation",
    DIAGNOSES: "organisation",
    ...SAFETY_LISTS,
    ...FORMAL_REQUESTS,
  },
  // Referred or enrolled: the unit's own contact, plus what it needs to treat safely.
  REFERRAL: {
    APPOINTMENTS: "unit",
    MESSAGES: "unit",
    NOTES: "unit",
    DOCUMENTS: "unit",
    LAB_RESULTS: "unit",
    DIAGNOSES: "unit",
    ...SAFETY_LISTS,
    ...FORMAL_REQUESTS,
  },
  ENROLMENT: {
    APPOINTMENTS: "unit",
    MESSAGES: "unit",
    NOTES: "unit",
    DOCUMENTS: "unit",
    LAB_RESULTS: "unit",
    DIAGNOSES: "unit",
    ...SAFETY_LISTS,
    ...FORMAL_REQUESTS,
  },
  // A booked visit: the appointment with its answers, and the unit's own notes from it.
  APPOINTMENT: { APPOINTMENTS: "unit", NOTES: "unit", PROFILE: "all", ...FORMAL_REQUESTS },
  // A message thread: the messages, and the unit's own notes.
  MESSAGE_THREAD: { MESSAGES: "unit", NOTES: "unit", PROFILE: "all", ...FORMAL_REQUESTS },
};

/**
 * The care relations that reach this category, joined into one item scope (the widest wins), and
 * the relation the log names. Null when no relation of the clinician's units reaches it.
 */
export function careRelationAccess(
  careUnits: readonly CareUnitFacts[],
  category: DataCategory,
): { relation: CareUnitFacts; scope: ItemScope } | null {
  const reaching = careUnits.filter((c) => CARE_RELATION_REACH[c.kind][category] !== undefined);
  const first = reaching[0];
  if (!first) return null;
  const unitIds = new Set<string>();
  const organisationIds = new Set<string>();
  for (const c of reaching) {
    const reach = CARE_RELATION_REACH[c.kind][category];
    if (reach === "all") return { relation: c, scope: null };
    if (reach === "organisation") organisationIds.add(c.organisationId);
    else unitIds.add(c.unitId);
  }
  return {
    relation: first,
    scope: { unitIds: [...unitIds], organisationIds: [...organisationIds] },
  };
}

/**
 * The relation kinds that open a category: lets a work list ask the database for only the patients
 * a care relation could open, so its pages are full. The gate still decides each one.
 */
export function careRelationKindsReaching(category: DataCategory): CareRelationKind[] {
  return (Object.keys(CARE_RELATION_REACH) as CareRelationKind[]).filter(
    (kind) => CARE_RELATION_REACH[kind][category] !== undefined,
  );
}

/** Why this clinician may not take emergency access, or null if they may. */
export function emergencyIneligibility(
  e: EmergencyEligibility | undefined,
): Extract<
  DenyReason,
  "not_health_personnel" | "emergency_profession" | "emergency_unit_kind"
> | null {
  if (!e || !e.healthPersonnel) return "not_health_personnel";
  if (!e.professionGivesEmergencyCare) return "emergency_profession";
  if (e.emergencyUnits.length === 0) return "emergency_unit_kind";
  return null;
}

/** Whether one of these relations reaches every category a clinician may read (GP list, referral, enrolment). */
export function relationsReachEveryCategory(careUnits: readonly CareUnitFacts[]): boolean {
  return careUnits.some((c) =>
    CLINICIAN_CATEGORIES.every((category) => CARE_RELATION_REACH[c.kind][category] !== undefined),
  );
}
