"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, onlyFields, plainFormAction, refuse } from "@/app/_lib/form-action";
import type { AnswerFormState } from "@/components/formal-requests/form-state";
import { formalRequestWorkPaths } from "@/app/_lib/paths";
import { answerFormalRequest, formalAnswerInput } from "@/lib/formal-requests/answer-request";
import { FormalRequestStatusChangedError } from "@/lib/formal-requests/errors";
import { startFormalRequest } from "@/lib/formal-requests/start-request";
import { formText } from "@/lib/forms/form-text";

const requestId = z.uuid();

/** "Marker som under behandling": a plain button (POST-redirect-GET), so it works without JavaScript. */
export const startFormalRequestAction = plainFormAction({
  name: "startFormalRequestAction",
  actor: "CLINICIAN",
  schema: z.object({ requestId, personId: requestId }),
  read: (formData) => ({
    requestId: formText(formData, "requestId"),
    personId: formText(formData, "personId"),
  }),
  async work({ actor, input, db }) {
    try {
      await startFormalRequest(db, actor, input);
      return "started" as const;
    } catch (error) {
      if (error instanceof FormalRequestStatusChangedError) return "changed" as const;
      throw error;
    }
  },
  answer(outcome, { raw }) {
    // A hidden field: a bad id is a tampered post, which finds nothing.
    if (outcome.kind === "invalid") refuse();
    if (outcome.kind === "unexpected")
      return formalRequestWorkPaths.request(raw.personId, raw.requestId, {
        feil: "uventet",
        ref: outcome.errorId,
      });
    return formalRequestWorkPaths.request(
      raw.personId,
      raw.requestId,
      outcome.value === "started" ? { utfort: "startet" } : { feil: "endret" },
    );
  },
});

/** The answer or refusal; a missing choice or text is explained beside the field and kept. */
export const answerFormalRequestAction = formAction({
  name: "answerFormalRequestAction",
  actor: "CLINICIAN",
  schema: formalAnswerInput.extend({ requestId, personId: requestId }),
  read: (formData) => ({
    requestId: formText(formData, "requestId"),
    personId: formText(formData, "personId"),
    outcome: formText(formData, "outcome"),
    answer: formText(formData, "answer"),
  }),
  async work({ actor, input, db }) {
    try {
      await answerFormalRequest(db, actor, input);
      return "answered" as const;
    } catch (error) {
      if (error instanceof FormalRequestStatusChangedError) return "changed" as const;
      throw error;
    }
  },
  answer(outcome, { raw, previous }): AnswerFormState {
    const base = {
      attempt: previous.attempt + 1,
      values: { outcome: raw.outcome, answer: raw.answer },
      fieldErrors: {},
    };
    switch (outcome.kind) {
      case "invalid": {
        if (!onlyFields(outcome.issues, ["outcome", "answer"])) refuse();
        const answer = outcome.issues.answer;
        return {
          ...base,
          error: "invalid",
          fieldErrors: {
            ...(outcome.issues.outcome ? { outcome: "required" as const } : {}),
            ...(answer
              ? {
                  answer: answer.code === "too_big" ? ("too_long" as const) : ("required" as const),
                }
              : {}),
          },
        };
      }
      case "unexpected":
        return { ...base, error: "unexpected", errorId: outcome.errorId };
      case "done":
        redirect(
          formalRequestWorkPaths.request(
            raw.personId,
            raw.requestId,
            outcome.value === "answered" ? { utfort: "besvart" } : { feil: "endret" },
          ),
        );
    }
  },
});
