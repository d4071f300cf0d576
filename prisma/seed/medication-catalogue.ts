/**
 * Medicines commonly used in Norway, with their WHO ATC codes (checked against the WHO ATC index
 * and public code lists), the names and forms a Norwegian patient sees, and a typical use. The seed
 * draws every medication from here; the demo people's lists pick by key.
 */
export interface CatalogueEntry {
  name: string;
  atcCode: string;
  strength: string;
  form: string;
  dosage: string;
  instruction: string | null;
  reason: string;
  /** Taken for a short course (a cure) rather than long term. */
  course?: boolean;
  /** Usually started by a hospital department rather than the GP. */
  hospital?: boolean;
}

export const MEDICATION_CATALOGUE = {
  metformin: { name: "Metformin", atcCode: "A10BA02", strength: "500 mg", form: "tablett", dosage: "1 tablett morgen og kveld", instruction: "Tas sammen med mat.", reason: "Diabetes type 2" },
  atorvastatin: { name: "Atorvastatin", atcCode: "C10AA05", strength: "20 mg", form: "tablett", dosage: "1 tablett om kvelden", instruction: null, reason: "Høyt kolesterol" },
  simvastatin: { name: "Simvastatin", atcCode: "C10AA01", strength: "20 mg", form: "tablett", dosage: "1 tablett om kvelden", instruction: null, reason: "Høyt kolesterol" },
  levothyroxine: { name: "Levaxin", atcCode: "H03AA01", strength: "50 mikrogram", form: "tablett", dosage: "1 tablett om morgenen", instruction: "Tas på tom mage, en halv time før frokost.", reason: "Lavt stoffskifte" },
  amlodipine: { name: "Amlodipin", atcCode: "C08CA01", strength: "5 mg", form: "tablett", dosage: "1 tablett daglig", instruction: null, reason: "Høyt blodtrykk" },
  omeprazole: { name: "Omeprazol", atcCode: "A02BC01", strength: "20 mg", form: "enterokapsel", dosage: "1 kapsel daglig", instruction: "Svelges hel, før frokost.", reason: "Sure oppstøt" },
  paracetamol: { name: "Paracetamol", atcCode: "N02BE01", strength: "1 g", form: "tablett", dosage: "1 tablett inntil 3 ganger daglig ved behov", instruction: "Ikke mer enn 3 tabletter i døgnet.", reason: "Smerter" },
  ramipril: { name: "Ramipril", atcCode: "C09AA05", strength: "5 mg", form: "tablett", dosage: "1 tablett om morgenen", instruction: null, reason: "Høyt blodtrykk" },
  losartan: { name: "Losartan", atcCode: "C09CA01", strength: "50 mg", form: "tablett", dosage: "1 tablett daglig", instruction: null, reason: "Høyt blodtrykk" },
  metoprolol: { name: "Metoprolol", atcCode: "C07AB02", strength: "50 mg", form: "depottablett", dosage: "1 tablett om morgenen", instruction: "Svelges hel.", reason: "Hjertebank og høyt blodtrykk" },
  acetylsalicylicAcid: { name: "Albyl-E", atcCode: "B01AC06", strength: "75 mg", form: "enterotablett", dosage: "1 tablett daglig", instruction: null, reason: "Forebygge blodpropp" },
  apixaban: { name: "Eliquis", atcCode: "B01AF02", strength: "5 mg", form: "tablett", dosage: "1 tablett morgen og kveld", instruction: "Ikke stopp uten å snakke med legen.", reason: "Forebygge blodpropp ved atrieflimmer", hospital: true },
  furosemide: { name: "Furosemid", atcCode: "C03CA01", strength: "40 mg", form: "tablett", dosage: "1 tablett om morgenen", instruction: null, reason: "Væske i kroppen (hjertesvikt)", hospital: true },
  salbutamol: { name: "Ventoline", atcCode: "R03AC02", strength: "0,1 mg/dose", form: "inhalasjonsaerosol", dosage: "1–2 drag ved behov", instruction: "Bruk inhalasjonskammer.", reason: "Astma" },
  budesonideFormoterol: { name: "Symbicort", atcCode: "R03AK07", strength: "160/4,5 mikrogram/dose", form: "inhalasjonspulver", dosage: "1 inhalasjon morgen og kveld", instruction: "Skyll munnen etter bruk.", reason: "Astma" },
  cetirizine: { name: "Cetirizin", atcCode: "R06AE07", strength: "10 mg", form: "tablett", dosage: "1 tablett daglig i pollensesongen", instruction: null, reason: "Pollenallergi" },
  escitalopram: { name: "Escitalopram", atcCode: "N06AB10", strength: "10 mg", form: "tablett", dosage: "1 tablett daglig", instruction: null, reason: "Depresjon og angst" },
  sertraline: { name: "Sertralin", atcCode: "N06AB06", strength: "50 mg", form: "tablett", dosage: "1 tablett daglig", instruction: null, reason: "Depresjon" },
  zopiclone: { name: "Zopiklon", atcCode: "N05CF01", strength: "5 mg", form: "tablett", dosage: "1 tablett ved sengetid ved behov", instruction: "Ikke kjør bil dagen etter.", reason: "Søvnvansker" },
  ibuprofen: { name: "Ibux", atcCode: "M01AE01", strength: "400 mg", form: "tablett", dosage: "1 tablett inntil 3 ganger daglig", instruction: "Tas sammen med mat.", reason: "Smerter i kneet", course: true },
  phenoxymethylpenicillin: { name: "Apocillin", atcCode: "J01CE02", strength: "1 g", form: "tablett", dosage: "1 tablett 4 ganger daglig i 10 dager", instruction: "Ta hele kuren.", reason: "Halsbetennelse", course: true },
  amoxicillin: { name: "Amoxicillin", atcCode: "J01CA04", strength: "500 mg", form: "kapsel", dosage: "1 kapsel 3 ganger daglig i 7 dager", instruction: "Ta hele kuren.", reason: "Lungebetennelse", course: true },
  alendronicAcid: { name: "Alendronat", atcCode: "M05BA04", strength: "70 mg", form: "tablett", dosage: "1 tablett én gang i uken", instruction: "Tas fastende med et fullt glass vann; bli sittende eller stående i 30 minutter.", reason: "Benskjørhet" },
  colecalciferol: { name: "Vitamin D3", atcCode: "A11CC05", strength: "20 mikrogram", form: "tablett", dosage: "1 tablett daglig", instruction: null, reason: "Lite vitamin D" },
  insulinGlargine: { name: "Lantus", atcCode: "A10AE04", strength: "100 enheter/ml", form: "injeksjonsvæske i penn", dosage: "20 enheter om kvelden", instruction: "Sett sprøyten under huden; bytt stikksted.", reason: "Diabetes", hospital: true },
  contraceptive: { name: "Microgynon", atcCode: "G03AA07", strength: "0,15 mg/0,03 mg", form: "tablett", dosage: "1 tablett daglig i 21 dager, så 7 dager pause", instruction: null, reason: "Prevensjon" },
  tamsulosin: { name: "Tamsulosin", atcCode: "G04CA02", strength: "0,4 mg", form: "depotkapsel", dosage: "1 kapsel daglig etter frokost", instruction: null, reason: "Forstørret prostata" },
  pregabalin: { name: "Pregabalin", atcCode: "N03AX16", strength: "75 mg", form: "kapsel", dosage: "1 kapsel morgen og kveld", instruction: null, reason: "Nervesmerter" },
} as const satisfies Record<string, CatalogueEntry>;

export type MedicationKey = keyof typeof MEDICATION_CATALOGUE;

/** What ordinary citizens are drawn from, by life stage. */
export const ADULT_LONG_TERM: readonly MedicationKey[] = [
  "atorvastatin", "simvastatin", "levothyroxine", "amlodipine", "omeprazole", "ramipril", "losartan",
  "metoprolol", "cetirizine", "escitalopram", "sertraline", "salbutamol", "budesonideFormoterol", "colecalciferol", "paracetamol",
];
export const ELDERLY_LONG_TERM: readonly MedicationKey[] = [
  "metformin", "atorvastatin", "amlodipine", "acetylsalicylicAcid", "apixaban", "furosemide", "alendronicAcid",
  "paracetamol", "omeprazole", "tamsulosin", "levothyroxine", "colecalciferol", "zopiclone", "pregabalin",
];
export const CHILD_LONG_TERM: readonly MedicationKey[] = ["salbutamol", "cetirizine", "budesonideFormoterol"];
export const COURSES: readonly MedicationKey[] = ["phenoxymethylpenicillin", "amoxicillin", "ibuprofen"];
