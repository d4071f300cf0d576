import type {
  AllergyKind,
  AllergySeverity,
  DiagnosisCodeSystem,
} from "@/lib/generated/prisma/enums";

/**
 * The curated dictionary of common conditions with real codes: ICPC-2 (GPs, municipalities) and
 * ICD-10 (hospitals), each with a plain-language text in bokmål and English. Kept in one file, like
 * the lab dictionary, so what the seed writes and what the patient reads agree.
 */
export const DIAGNOSIS_DICTIONARY = [
  { codeSystem: "ICPC2", code: "K86", nb: "Høyt blodtrykk", en: "High blood pressure" },
  { codeSystem: "ICPC2", code: "T90", nb: "Diabetes type 2", en: "Type 2 diabetes" },
  { codeSystem: "ICPC2", code: "T93", nb: "Høyt kolesterol", en: "High cholesterol" },
  { codeSystem: "ICPC2", code: "T86", nb: "Lavt stoffskifte", en: "Underactive thyroid" },
  { codeSystem: "ICPC2", code: "R96", nb: "Astma", en: "Asthma" },
  {
    codeSystem: "ICPC2",
    code: "R97",
    nb: "Høysnue (allergisk snue)",
    en: "Hay fever (allergic rhinitis)",
  },
  { codeSystem: "ICPC2", code: "R74", nb: "Forkjølelse", en: "Common cold" },
  { codeSystem: "ICPC2", code: "R78", nb: "Akutt bronkitt", en: "Acute bronchitis" },
  { codeSystem: "ICPC2", code: "H71", nb: "Mellomørebetennelse", en: "Middle ear infection" },
  { codeSystem: "ICPC2", code: "S87", nb: "Atopisk eksem", en: "Atopic eczema" },
  {
    codeSystem: "ICPC2",
    code: "U71",
    nb: "Blærekatarr (urinveisinfeksjon)",
    en: "Bladder infection",
  },
  { codeSystem: "ICPC2", code: "D84", nb: "Sure oppstøt (refluks)", en: "Acid reflux" },
  {
    codeSystem: "ICPC2",
    code: "L84",
    nb: "Ryggsmerter uten utstråling",
    en: "Back pain without radiating pain",
  },
  {
    codeSystem: "ICPC2",
    code: "L90",
    nb: "Slitasjegikt i kneet",
    en: "Osteoarthritis of the knee",
  },
  {
    codeSystem: "ICPC2",
    code: "K78",
    nb: "Atrieflimmer (uregelmessig hjerterytme)",
    en: "Atrial fibrillation (irregular heartbeat)",
  },
  { codeSystem: "ICPC2", code: "K77", nb: "Hjertesvikt", en: "Heart failure" },
  { codeSystem: "ICPC2", code: "P74", nb: "Angst", en: "Anxiety" },
  { codeSystem: "ICPC2", code: "P76", nb: "Depresjon", en: "Depression" },
  {
    codeSystem: "ICD10",
    code: "I48.9",
    nb: "Atrieflimmer (uregelmessig hjerterytme)",
    en: "Atrial fibrillation (irregular heartbeat)",
  },
  {
    codeSystem: "ICD10",
    code: "I50.0",
    nb: "Hjertesvikt med væske i kroppen",
    en: "Congestive heart failure",
  },
  { codeSystem: "ICD10", code: "J18.9", nb: "Lungebetennelse", en: "Pneumonia" },
  {
    codeSystem: "ICD10",
    code: "S83.2",
    nb: "Skade på menisken i kneet",
    en: "Torn meniscus in the knee",
  },
  { codeSystem: "ICD10", code: "K35.8", nb: "Blindtarmbetennelse", en: "Appendicitis" },
  { codeSystem: "ICD10", code: "J45.9", nb: "Astma", en: "Asthma" },
] as const satisfies readonly {
  codeSystem: DiagnosisCodeSystem;
  code: string;
  nb: string;
  en: string;
}[];

export type DiagnosisKey =
  `${(typeof DIAGNOSIS_DICTIONARY)[number]["codeSystem"]}:${(typeof DIAGNOSIS_DICTIONARY)[number]["code"]}`;

/** Common allergies and intolerances, with the ATC group when the substance is a medicine. */
export const ALLERGY_CATALOGUE = {
  penicillin: {
    substance: "Penicillin",
    atcCode: "J01CE",
    kind: "ALLERGY",
    reaction: "Utslett og kløe over hele kroppen",
    severity: "MODERATE",
  },
  birchPollen: {
    substance: "Bjørkepollen",
    atcCode: null,
    kind: "ALLERGY",
    reaction: "Rennende nese og kløe i øynene om våren",
    severity: "MILD",
  },
  peanut: {
    substance: "Peanøtter",
    atcCode: null,
    kind: "ALLERGY",
    reaction: "Hevelse i lepper og svelg, pustevansker",
    severity: "SEVERE",
  },
  waspSting: {
    substance: "Vepsestikk",
    atcCode: null,
    kind: "ALLERGY",
    reaction: "Stor hevelse rundt stikket og svimmelhet",
    severity: "SEVERE",
  },
  lactose: {
    substance: "Laktose (melkesukker)",
    atcCode: null,
    kind: "INTOLERANCE",
    reaction: "Vondt i magen og diaré",
    severity: "MILD",
  },
  sulfonamide: {
    substance: "Trimetoprim-sulfa",
    atcCode: "J01EE01",
    kind: "ALLERGY",
    reaction: "Utslett",
    severity: "MODERATE",
  },
  nickel: {
    substance: "Nikkel",
    atcCode: null,
    kind: "ALLERGY",
    reaction: "Eksem der metallet ligger mot huden",
    severity: "MILD",
  },
  cat: {
    substance: "Katt",
    atcCode: null,
    kind: "ALLERGY",
    reaction: "Tett nese og astmaanfall",
    severity: "MODERATE",
  },
  codeine: {
    substance: "Kodein",
    atcCode: "R05DA04",
    kind: "INTOLERANCE",
    reaction: "Kvalme og oppkast",
    severity: "MILD",
  },
} as const satisfies Record<
  string,
  {
    substance: string;
    atcCode: string | null;
    kind: AllergyKind;
    reaction: string;
    severity: AllergySeverity;
  }
>;

export type AllergyKey = keyof typeof ALLERGY_CATALOGUE;

/** Vaccines with their ATC codes (J07…) and what they protect against, in words. */
export const VACCINE_CATALOGUE = {
  rotarix: { name: "Rotarix", atcCode: "J07BH01", disease: "Rotavirus (omgangssyke)" },
  infanrixHexa: {
    name: "Infanrix hexa",
    atcCode: "J07CA09",
    disease: "Difteri, stivkrampe, kikhoste, polio, Hib og hepatitt B",
  },
  prevenar13: { name: "Prevenar 13", atcCode: "J07AL02", disease: "Pneumokokker" },
  priorix: { name: "Priorix", atcCode: "J07BD52", disease: "Meslinger, kusma og røde hunder" },
  tetravac: {
    name: "Tetravac",
    atcCode: "J07CA02",
    disease: "Difteri, stivkrampe, kikhoste og polio",
  },
  gardasil9: { name: "Gardasil 9", atcCode: "J07BM03", disease: "Humant papillomavirus (HPV)" },
  boostrixPolio: {
    name: "Boostrix Polio",
    atcCode: "J07CA02",
    disease: "Difteri, stivkrampe, kikhoste og polio",
  },
  engerixB: { name: "Engerix-B", atcCode: "J07BC01", disease: "Hepatitt B" },
  influvacTetra: { name: "Influvac Tetra", atcCode: "J07BB02", disease: "Influensa" },
  comirnaty: { name: "Comirnaty", atcCode: "J07BN01", disease: "Covid-19" },
  pneumovax: { name: "Pneumovax", atcCode: "J07AL01", disease: "Pneumokokker" },
} as const satisfies Record<string, { name: string; atcCode: string; disease: string }>;

export type VaccineKey = keyof typeof VACCINE_CATALOGUE;

/**
 * The Norwegian childhood immunisation programme (barnevaksinasjonsprogrammet), by age in days:
 * given at the health station (helsestasjon) and the school health service.
 */
export const CHILDHOOD_PROGRAMME: readonly {
  vaccine: VaccineKey;
  dose: number;
  ageDays: number;
}[] = [
  { vaccine: "rotarix", dose: 1, ageDays: 42 },
  { vaccine: "infanrixHexa", dose: 1, ageDays: 91 },
  { vaccine: "prevenar13", dose: 1, ageDays: 91 },
  { vaccine: "rotarix", dose: 2, ageDays: 91 },
  { vaccine: "infanrixHexa", dose: 2, ageDays: 152 },
  { vaccine: "prevenar13", dose: 2, ageDays: 152 },
  { vaccine: "infanrixHexa", dose: 3, ageDays: 365 },
  { vaccine: "prevenar13", dose: 3, ageDays: 365 },
  { vaccine: "priorix", dose: 1, ageDays: 456 },
  { vaccine: "tetravac", dose: 4, ageDays: 7 * 365 + 60 },
  { vaccine: "priorix", dose: 2, ageDays: 11 * 365 + 60 },
  { vaccine: "gardasil9", dose: 1, ageDays: 12 * 365 + 60 },
  { vaccine: "boostrixPolio", dose: 5, ageDays: 15 * 365 + 60 },
];
