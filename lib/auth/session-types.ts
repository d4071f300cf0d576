/** The kinds of signed-in user the portal knows (the schema's ActorKind minus SYSTEM). */
export type SessionKind = "CITIZEN" | "CLINICIAN" | "ORG_ADMIN";

export const SESSION_KINDS: readonly SessionKind[] = ["CITIZEN", "CLINICIAN", "ORG_ADMIN"];

/** What a page or action learns about who is signed in. Built only from our UserSession row. */
export type SignedInSession = {
  sessionId: string;
  kind: SessionKind;
  /** Set for CITIZEN sessions only: a clinician session never carries citizen rights. */
  personId?: string;
  /** Set for CLINICIAN and ORG_ADMIN sessions. */
  clinicianId?: string;
  displayName: string;
  /** When the session ends unless there is another request (idle timeout), or the 12-hour cap. */
  expiresAt: Date;
  /**
   * For CLINICIAN and ORG_ADMIN sessions: the clinician's standing, read in the same statement as
   * the session (so a clinician page costs one statement for "who is this", not two). Checked by
   * actorFromSession on every request; absent on sessions built by hand, which then read it.
   */
  standing?: ClinicianStanding;
};

/** What makes a clinician health personnel now, and what they administer (see lib/access/current-actor.ts). */
export type ClinicianStanding = {
  profession: string;
  hprNumber: string | null;
  /** Active unit memberships, by unit name. */
  units: { id: string; name: string; organisationName: string }[];
  adminOrganisationIds: string[];
};
