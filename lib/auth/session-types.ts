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
};
