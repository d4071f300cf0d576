import type { ActorKind } from "@/lib/generated/prisma/enums";

/** Who is signed in. Built from the server-side session, never from request input. */
export type Actor =
  | { kind: "CITIZEN"; sessionId: string; personId: string; name: string }
  | {
      kind: "CLINICIAN";
      sessionId: string;
      clinicianId: string;
      name: string;
      profession: string;
      /** The units the clinician works in; care relations are per unit. */
      units: readonly { id: string; name: string; organisationName: string }[];
    }
  | {
      kind: "ORG_ADMIN";
      sessionId: string;
      clinicianId: string;
      name: string;
      organisationIds: readonly string[];
    };

export type ActorKindOf<K extends ActorKind> = Extract<Actor, { kind: K }>;

/** The path segment that means "myself" in /for/[subject]. */
export const SELF_SUBJECT = "meg";
