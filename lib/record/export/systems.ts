/** Code systems and identifier systems the export uses, in one place. */
export const FHIR_SYSTEMS = {
  /** Fødselsnummer (the Norwegian national identity number), as in HL7 Norway's no-basis. */
  nationalId: "urn:oid:2.16.578.1.12.4.1.4.1",
  /** WHO ATC, the standard FHIR system for ATC codes. */
  atc: "http://www.whocc.no/atc",
  /** NPU codes (the NLK analyses named NPU…), HL7's system for NPU. */
  npu: "http://npu-terminology.org",
  /** Our own id space for codes that are not NPU (Norwegian NOR… codes): local, not a registry URL. */
  localLab: "urn:helsami:nlk",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  interpretation: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
  documentClass: "urn:helsami:clinical-note-kind",
  /** Kinds of documents a clinician sent (letter, discharge papers, education material): local. */
  sentDocumentKind: "urn:helsami:clinical-document-kind",
  /** ICPC-2 (the GP's diagnoses), by its Norwegian code-system OID (Volven 7170), as HL7 Norway uses it. */
  icpc2: "urn:oid:2.16.578.1.12.4.1.1.7170",
  /** ICD-10 (the hospitals' diagnoses), HL7's canonical URI. */
  icd10: "http://hl7.org/fhir/sid/icd-10",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  allergyClinical: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
  allergyVerification: "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
} as const;
