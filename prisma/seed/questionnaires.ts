import type { Questionnaire } from "@medplum/fhirtypes";

/** Invented pre-visit forms (FHIR R4 Questionnaire). Content is the service's, in plain bokmål. */
export function checkInQuestionnaire(title: string): Questionnaire {
  return {
    resourceType: "Questionnaire",
    status: "active",
    title,
    item: [
      {
        linkId: "fever",
        text: "Har du hatt feber (over 38 °C) de siste tre dagene?",
        type: "boolean",
        required: true,
      },
      { linkId: "cough", text: "Har du hoste nå?", type: "boolean", required: true },
      {
        linkId: "medication-change",
        text: "Har du begynt med, sluttet med eller endret noen medisiner siden sist?",
        type: "choice",
        required: true,
        answerOption: [
          { valueCoding: { code: "no", display: "Nei" } },
          { valueCoding: { code: "yes", display: "Ja" } },
          { valueCoding: { code: "unsure", display: "Vet ikke" } },
        ],
      },
      {
        linkId: "medication-details",
        text: "Hvis ja: hvilke medisiner, og hva er endret?",
        type: "text",
      },
      {
        linkId: "questions",
        text: "Er det noe du vil at vi skal vite eller ta opp på timen?",
        type: "text",
      },
    ],
  };
}
