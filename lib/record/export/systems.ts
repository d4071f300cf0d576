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
} as const;
