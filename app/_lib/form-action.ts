import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import type { SessionKind } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { logError } from "@/lib/log/log-error";
import { showNotFound } from "./or-not-found";

/**
 * The one way to write a server action behind a form. Each action is its schema, the kind of actor
 * it is for, and its work; this runs the chain they all share:
 *
 * - the actor from the session (else off to sign-in);
 * - zod on the server: issues come back per field, with what was typed, never as an error page;
 * - a refusal by the access gate (or an item that is not there) is "not found": a 303 to
 *   NOT_FOUND_PATH (app/_lib/or-not-found.ts), which shows the not-found page with status 404 in the full layout, with or
 *   without JavaScript. Not `notFound()`: thrown inside a plain (no-JavaScript) action post, Next 16
 *   renders the not-found page without the root layout, so its providers are missing and the post
 *   ends in a 500 with an error in the log (anyone could flood it by replaying a form);
 * - anything unexpected is logged by lib/log/log-error.ts (an error id and its class, never the
 *   message, which can hold what a citizen typed), and the form shows a friendly message with that id.
 */

/** Ends an action as "not found": a 303 to the not-found page, for plain posts and JavaScript alike. */
export function refuse(): never {
  showNotFound();
}

/**
 * For a form whose page has no place for an error message: the error page (app/error.tsx), as
 * for any failed request. The error was already logged under this id by the action.
 */
export function unexpectedFormError(errorId: string): never {
  throw new Error(`unexpected error in a form action (error id ${errorId})`);
}

/** The first zod issue per top-level field, by field name. */
export type FieldIssues = Partial<Record<string, z.core.$ZodIssue>>;

export type FormOutcome<Done> =
  | { kind: "done"; value: Done }
  | { kind: "invalid"; issues: FieldIssues }
  | { kind: "unexpected"; errorId: string };

export type FormActionSpec<Kind extends SessionKind, Raw, Input, Done, State> = {
  /** For the log line. */
  name: string;
  actor: Kind;
  schema: z.ZodType<Input>;
  /** The posted values as typed (strings), kept so a form with errors shows them again. */
  read: (formData: FormData) => Raw;
  /** The use case. Throwing a gate refusal (AccessDeniedError / NotFoundError) means "not found". */
  work: (args: {
    actor: Extract<Actor, { kind: Kind }>;
    input: Input;
    db: Db;
    raw: Raw;
  }) => Promise<Done>;
  /** Turns the outcome into the form's next state, or redirects (e.g. to the result on success). */
  answer: (
    outcome: FormOutcome<Done>,
    args: { raw: Raw; previous: State },
  ) => State | Promise<State>;
};

/** An action for `useActionState`: (previous state, form data) → next state. */
export function formAction<Kind extends SessionKind, Raw, Input, Done, State>(
  spec: FormActionSpec<Kind, Raw, Input, Done, State>,
): (previous: State, formData: FormData) => Promise<State> {
  return async (previous, formData) => {
    const raw = spec.read(formData);
    const outcome = await runForm(spec, raw);
    return spec.answer(outcome, { raw, previous });
  };
}

/**
 * An action for a plain form without state (a button that does one thing): the answer is the path
 * to send the browser to (POST-redirect-GET).
 */
export function plainFormAction<Kind extends SessionKind, Raw, Input, Done>(
  spec: Omit<FormActionSpec<Kind, Raw, Input, Done, never>, "answer"> & {
    answer: (outcome: FormOutcome<Done>, args: { raw: Raw }) => string;
  },
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const raw = spec.read(formData);
    const outcome = await runForm(spec, raw);
    redirect(spec.answer(outcome, { raw }));
  };
}

async function runForm<Kind extends SessionKind, Raw, Input, Done>(
  spec: Pick<FormActionSpec<Kind, Raw, Input, Done, unknown>, "name" | "actor" | "schema" | "work">,
  raw: Raw,
): Promise<FormOutcome<Done>> {
  const actor = await requireActor(spec.actor);
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", issues: issuesByField(parsed.error.issues) };
  try {
    return {
      kind: "done",
      value: await spec.work({ actor, input: parsed.data, db: getDb(), raw }),
    };
  } catch (error) {
    unstable_rethrow(error); // redirect() or notFound() from the work: Next's own, not a failure
    if (isNotFound(error)) refuse();
    const errorId = logError(spec.name, error);
    return { kind: "unexpected", errorId };
  }
}

function issuesByField(issues: readonly z.core.$ZodIssue[]): FieldIssues {
  const byField: FieldIssues = {};
  for (const issue of issues) {
    const field = issue.path[0];
    const key = typeof field === "string" || typeof field === "number" ? String(field) : "";
    byField[key] ??= issue;
  }
  return byField;
}

/** True when every invalid field is one the person can fix (the rest are hidden fields: tampering). */
export function onlyFields(issues: FieldIssues, fields: readonly string[]): boolean {
  return Object.keys(issues).every((f) => fields.includes(f));
}
