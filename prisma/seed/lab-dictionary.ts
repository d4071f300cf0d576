/**
 * THE analysis dictionary of the demo region, in one file: Norwegian laboratory codes (NLK), names,
 * units, reference ranges by sex and age, the release category (which an organisation admin may change
 * in the database afterwards) and a curated plain-language explanation in bokmål and English.
 *
 * Where the codes come from (checked 2026-11-30 with the project's search tool; we could not open the
 * national code list itself, so each code is confirmed by a public Norwegian source that prints it):
 * - NOR05172 B-Hemoglobin, NPU02593 B-Leukocytter, NOR25909 eGFR (CKD-EPI kreatinin): the analysis
 *   pages of Fürst medisinsk laboratorium (furst.no, "NLK-kode: …"); NOR05172 also on labhandbok.no.
 * - NPU19748 CRP, NPU27300 HbA1c, NPU04998 kreatinin, NPU01566 totalkolesterol, NPU01568 LDL,
 *   NPU03577 TSH, NPU19763 ferritin, NPU10267 vitamin D, NPU19651 ALAT, NPU03429 natrium,
 *   NPU03230 kalium, NPU02192 glukose, NPU01448 CA 125, NPU08669 PSA: a Norwegian health-atlas
 *   script that selects analyses by NLK code in national reimbursement data (each listed under the
 *   analysis named). NPU04998 is "P—Creatininium; stofk.(enz.)" in the Danish NPU list (MedCom).
 *   UNVERIFIED DETAIL: for NPU10267 the atlas lists three vitamin D codes; that NPU10267 is the
 *   25-OH vitamin D (D2+D3) total is our reading, not confirmed. For NPU01448 (CA 125) and NPU08669
 *   (PSA) the atlas names the analysis only; the unit and range below are typical, not from that source.
 * Reference ranges are typical Norwegian adult ranges (NORIP-based, as Norwegian laboratories print
 * them), simplified for synthetic data; they are not clinical advice.
 */
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";

export type RangeDef = {
  sex?: "female" | "male";
  ageFrom?: number;
  /** Exclusive. */
  ageTo?: number;
  low?: number;
  high?: number;
  text?: string;
};

export type AnalysisDef = {
  code: string;
  name: string;
  shortName: string;
  unit: string;
  decimals: number;
  releaseCategory: LabReleaseCategory;
  ranges: RangeDef[];
  /** Only measured for this sex / from this age in the synthetic data. */
  onlySex?: "female" | "male";
  minAge?: number;
  explanation: { nb: { what: string; meaning: string }; en: { what: string; meaning: string } };
};

export const LAB_ANALYSES = {
  hb: {
    code: "NOR05172",
    name: "B-Hemoglobin",
    shortName: "Hemoglobin (Hb)",
    unit: "g/dL",
    decimals: 1,
    releaseCategory: "IMMEDIATE",
    ranges: [
      { ageFrom: 1, ageTo: 7, low: 10.0, high: 15.0 },
      { ageFrom: 7, ageTo: 11, low: 10.5, high: 15.0 },
      { ageFrom: 11, ageTo: 18, low: 11.0, high: 15.0 },
      { sex: "female", ageFrom: 18, low: 11.7, high: 15.3 },
      { sex: "male", ageFrom: 18, low: 13.4, high: 17.0 },
    ],
    explanation: {
      nb: {
        what: "Hemoglobin, ofte kalt «blodprosent», er stoffet i de røde blodcellene som frakter oksygen rundt i kroppen.",
        meaning:
          "Lav verdi kalles blodmangel (anemi) og kan gi tretthet og andpustenhet. Den vanligste årsaken er for lite jern. Litt høy verdi skyldes ofte at du har drukket lite før prøven, eller at du røyker.",
      },
      en: {
        what: "Haemoglobin is the substance in red blood cells that carries oxygen around the body.",
        meaning:
          "A low value is called anaemia and can make you tired and short of breath; the most common cause is too little iron. A slightly high value is often because you drank little before the test, or because you smoke.",
      },
    },
  },
  crp: {
    code: "NPU19748",
    name: "P-CRP",
    shortName: "CRP",
    unit: "mg/L",
    decimals: 0,
    releaseCategory: "IMMEDIATE",
    ranges: [{ high: 5 }],
    explanation: {
      nb: {
        what: "CRP (C-reaktivt protein) er et protein leveren lager når det er betennelse eller infeksjon i kroppen.",
        meaning:
          "Verdien stiger i løpet av et døgn ved infeksjon, mest ved bakterieinfeksjoner, og faller igjen når du blir frisk. En litt forhøyet verdi etter en forkjølelse er vanlig. CRP sier ikke hvor i kroppen betennelsen er.",
      },
      en: {
        what: "CRP (C-reactive protein) is a protein the liver makes when there is inflammation or infection in the body.",
        meaning:
          "It rises within a day of an infection, most with bacterial infections, and falls again as you recover. A slightly raised value after a cold is common. CRP does not say where in the body the inflammation is.",
      },
    },
  },
  leukocytes: {
    code: "NPU02593",
    name: "B-Leukocytter",
    shortName: "Hvite blodceller (leukocytter)",
    unit: "× 10⁹/L",
    decimals: 1,
    releaseCategory: "IMMEDIATE",
    ranges: [
      { ageFrom: 9, ageTo: 16, low: 4.5, high: 14.0 },
      { ageFrom: 16, low: 3.5, high: 10.0 },
      { ageTo: 9, low: 4.5, high: 14.5 },
    ],
    explanation: {
      nb: {
        what: "Leukocytter er de hvite blodcellene, som er en del av immunforsvaret.",
        meaning:
          "Tallet stiger ofte ved infeksjoner og betennelse, og også etter hard trening eller stress. Lave verdier kan komme av virusinfeksjoner eller enkelte medisiner. Legen vurderer tallet sammen med andre prøver.",
      },
      en: {
        what: "Leukocytes are the white blood cells, part of the immune system.",
        meaning:
          "The count often rises with infection and inflammation, and also after hard exercise or stress. Low values can come from viral infections or some medicines. Your doctor reads the count together with other tests.",
      },
    },
  },
  sodium: {
    code: "NPU03429",
    name: "P-Natrium",
    shortName: "Natrium",
    unit: "mmol/L",
    decimals: 0,
    releaseCategory: "IMMEDIATE",
    ranges: [{ low: 137, high: 145 }],
    explanation: {
      nb: {
        what: "Natrium er et salt i blodet som styrer væskebalansen i kroppen.",
        meaning:
          "Lav verdi kan komme av vanndrivende medisiner, mye drikke eller oppkast og diaré. Høy verdi ses oftest når kroppen har for lite væske. Små avvik har sjelden betydning.",
      },
      en: {
        what: "Sodium is a salt in the blood that controls the body's fluid balance.",
        meaning:
          "A low value can come from water tablets, drinking a lot, or vomiting and diarrhoea. A high value is most often seen when the body lacks fluid. Small deviations rarely matter.",
      },
    },
  },
  potassium: {
    code: "NPU03230",
    name: "P-Kalium",
    shortName: "Kalium",
    unit: "mmol/L",
    decimals: 1,
    releaseCategory: "IMMEDIATE",
    ranges: [{ low: 3.5, high: 4.4 }],
    explanation: {
      nb: {
        what: "Kalium er et salt som er viktig for at muskler og hjerte skal fungere.",
        meaning:
          "Både for lite og for mye kalium kan påvirke hjerterytmen. Enkelte blodtrykksmedisiner og vanndrivende medisiner endrer kaliumet. En falskt høy verdi kan komme av at prøven ble stående før den ble analysert.",
      },
      en: {
        what: "Potassium is a salt the muscles and heart need to work properly.",
        meaning:
          "Both too little and too much potassium can affect the heart rhythm. Some blood pressure medicines and water tablets change it. A falsely high value can happen if the sample stood too long before analysis.",
      },
    },
  },
  creatinine: {
    code: "NPU04998",
    name: "P-Kreatinin",
    shortName: "Kreatinin",
    unit: "µmol/L",
    decimals: 0,
    releaseCategory: "AFTER_REVIEW",
    ranges: [
      { ageTo: 18, low: 25, high: 80 },
      { sex: "female", ageFrom: 18, low: 45, high: 90 },
      { sex: "male", ageFrom: 18, low: 60, high: 105 },
    ],
    explanation: {
      nb: {
        what: "Kreatinin er et avfallsstoff fra musklene som skilles ut gjennom nyrene. Prøven viser hvor godt nyrene renser blodet.",
        meaning:
          "Høy verdi kan bety at nyrene arbeider dårligere. Verdien påvirkes også av muskelmasse og av kjøtt du har spist før prøven. Legen ser den sammen med eGFR.",
      },
      en: {
        what: "Creatinine is a waste product from the muscles that the kidneys remove. The test shows how well the kidneys clean the blood.",
        meaning:
          "A high value can mean the kidneys work less well. It also depends on muscle mass and on meat eaten before the test. Your doctor reads it together with eGFR.",
      },
    },
  },
  egfr: {
    code: "NOR25909",
    name: "Nyre-estimert GFR CKD-EPI Kreatinin (overfl.=1,73m2)",
    shortName: "eGFR (nyrefunksjon)",
    unit: "mL/min/1,73 m²",
    decimals: 0,
    releaseCategory: "AFTER_REVIEW",
    minAge: 18,
    ranges: [{ ageFrom: 18, low: 60 }],
    explanation: {
      nb: {
        what: "eGFR er et beregnet mål på hvor mye blod nyrene renser per minutt, regnet ut fra kreatinin, alder og kjønn.",
        meaning:
          "Over 60 regnes som normalt. Nyrefunksjonen går langsomt ned med alderen. Lav verdi over tid kan bety nedsatt nyrefunksjon, som legen følger opp. Én enkelt lav verdi betyr ikke alltid sykdom.",
      },
      en: {
        what: "eGFR is an estimate of how much blood the kidneys clean per minute, calculated from creatinine, age and sex.",
        meaning:
          "Above 60 is considered normal. Kidney function falls slowly with age. A low value over time can mean reduced kidney function, which your doctor will follow up. A single low value does not always mean disease.",
      },
    },
  },
  cholesterol: {
    code: "NPU01566",
    name: "P-Kolesterol",
    shortName: "Kolesterol (totalt)",
    unit: "mmol/L",
    decimals: 1,
    releaseCategory: "IMMEDIATE",
    ranges: [
      { ageTo: 30, low: 2.9, high: 6.1 },
      { ageFrom: 30, ageTo: 50, low: 3.3, high: 6.9 },
      { ageFrom: 50, low: 3.9, high: 7.8 },
    ],
    explanation: {
      nb: {
        what: "Kolesterol er et fettstoff i blodet. Totalkolesterol er summen av det «gode» (HDL) og det «dårlige» (LDL) kolesterolet.",
        meaning:
          "Høyt kolesterol over mange år øker risikoen for hjerte- og karsykdom. Legen vurderer tallet sammen med blodtrykk, røyking, alder og arv. Kosthold og mosjon påvirker verdien.",
      },
      en: {
        what: "Cholesterol is a fat in the blood. Total cholesterol is the sum of the 'good' (HDL) and the 'bad' (LDL) cholesterol.",
        meaning:
          "High cholesterol over many years raises the risk of heart and vascular disease. Your doctor weighs it with blood pressure, smoking, age and family history. Diet and exercise affect it.",
      },
    },
  },
  ldl: {
    code: "NPU01568",
    name: "P-LDL-kolesterol",
    shortName: "LDL-kolesterol",
    unit: "mmol/L",
    decimals: 1,
    releaseCategory: "IMMEDIATE",
    ranges: [
      { ageTo: 30, low: 1.2, high: 4.3 },
      { ageFrom: 30, ageTo: 50, low: 1.4, high: 4.7 },
      { ageFrom: 50, low: 2.0, high: 5.3 },
    ],
    explanation: {
      nb: {
        what: "LDL-kolesterol er det «dårlige» kolesterolet, som kan legge seg i veggene i blodårene.",
        meaning:
          "Jo lavere LDL, jo lavere risiko for hjerteinfarkt og hjerneslag. Hvis du har høy risiko av andre grunner, kan legen anbefale et lavere mål enn referanseområdet, og noen ganger medisin.",
      },
      en: {
        what: "LDL cholesterol is the 'bad' cholesterol, which can build up in the walls of blood vessels.",
        meaning:
          "The lower the LDL, the lower the risk of heart attack and stroke. If your risk is high for other reasons, your doctor may suggest a lower target than the reference range, and sometimes medicine.",
      },
    },
  },
  glucose: {
    code: "NPU02192",
    name: "P-Glukose",
    shortName: "Blodsukker (glukose)",
    unit: "mmol/L",
    decimals: 1,
    releaseCategory: "IMMEDIATE",
    ranges: [{ low: 4.0, high: 6.0, text: "Fastende" }],
    explanation: {
      nb: {
        what: "Glukose er sukkeret i blodet, kroppens viktigste energikilde.",
        meaning:
          "Verdien stiger etter måltider, så referanseområdet gjelder når du har fastet. Høy fastende verdi kan være tegn på diabetes og bør følges opp med flere prøver, som HbA1c.",
      },
      en: {
        what: "Glucose is the sugar in the blood, the body's main source of energy.",
        meaning:
          "It rises after meals, so the reference range applies when you have fasted. A high fasting value can be a sign of diabetes and is followed up with more tests, such as HbA1c.",
      },
    },
  },
  hba1c: {
    code: "NPU27300",
    name: "B-HbA1c",
    shortName: "HbA1c (langtidsblodsukker)",
    unit: "mmol/mol",
    decimals: 0,
    releaseCategory: "AFTER_REVIEW",
    ranges: [{ low: 20, high: 42 }],
    explanation: {
      nb: {
        what: "HbA1c, også kalt langtidsblodsukker, viser gjennomsnittet av blodsukkeret de siste 2–3 månedene.",
        meaning:
          "48 eller høyere, målt to ganger, betyr diabetes. Mellom 42 og 47 betyr økt risiko for å få diabetes, og mosjon, kosthold og vektnedgang kan ofte snu utviklingen. Har du diabetes, avtaler du et personlig mål med legen.",
      },
      en: {
        what: "HbA1c, or long-term blood sugar, shows the average blood sugar over the last 2–3 months.",
        meaning:
          "48 or higher, measured twice, means diabetes. Between 42 and 47 means a raised risk of diabetes, and exercise, diet and weight loss can often turn it around. If you have diabetes, you agree a personal target with your doctor.",
      },
    },
  },
  tsh: {
    code: "NPU03577",
    name: "P-TSH",
    shortName: "TSH (stoffskifte)",
    unit: "mIU/L",
    decimals: 2,
    releaseCategory: "AFTER_REVIEW",
    ranges: [{ low: 0.4, high: 4.0 }],
    explanation: {
      nb: {
        what: "TSH er et hormon fra hypofysen som styrer skjoldbruskkjertelen, og dermed stoffskiftet.",
        meaning:
          "Høy TSH betyr oftest lavt stoffskifte, lav TSH oftest høyt stoffskifte. Bruker du stoffskiftemedisin, brukes TSH til å justere dosen. Lett avvik uten plager følges ofte bare med en ny prøve.",
      },
      en: {
        what: "TSH is a hormone from the pituitary gland that controls the thyroid gland, and with it the metabolism.",
        meaning:
          "High TSH usually means an underactive thyroid, low TSH an overactive one. If you take thyroid medicine, TSH is used to adjust the dose. A slight deviation without symptoms is often just tested again later.",
      },
    },
  },
  ferritin: {
    code: "NPU19763",
    name: "P-Ferritin",
    shortName: "Ferritin (jernlager)",
    unit: "µg/L",
    decimals: 0,
    releaseCategory: "IMMEDIATE",
    ranges: [
      { sex: "female", low: 15, high: 200 },
      { sex: "male", low: 30, high: 400 },
    ],
    explanation: {
      nb: {
        what: "Ferritin viser hvor mye jern kroppen har lagret.",
        meaning:
          "Lav verdi betyr at jernlagrene er små, som er vanlig hos kvinner som har menstruasjon. Det kan gi blodmangel over tid. Høy verdi kan komme av betennelse, alkohol eller for mye jern i kroppen.",
      },
      en: {
        what: "Ferritin shows how much iron the body has stored.",
        meaning:
          "A low value means small iron stores, which is common in women who menstruate, and can lead to anaemia over time. A high value can come from inflammation, alcohol or too much iron in the body.",
      },
    },
  },
  vitaminD: {
    code: "NPU10267",
    name: "P-25-OH-Vitamin D",
    shortName: "Vitamin D",
    unit: "nmol/L",
    decimals: 0,
    releaseCategory: "IMMEDIATE",
    ranges: [{ low: 50, high: 150 }],
    explanation: {
      nb: {
        what: "Prøven måler vitamin D i blodet. Vitamin D trengs for sterke knokler og muskler.",
        meaning:
          "I Norge er verdien ofte lavere om vinteren, når det er lite sol. Under 50 regnes som lavt, og da kan tran eller tilskudd hjelpe. Svært høye verdier kommer nesten bare av for mye tilskudd.",
      },
      en: {
        what: "The test measures vitamin D in the blood. Vitamin D is needed for strong bones and muscles.",
        meaning:
          "In Norway the value is often lower in winter, with little sun. Below 50 is considered low, and cod liver oil or a supplement can help. Very high values almost only come from too much supplement.",
      },
    },
  },
  alat: {
    code: "NPU19651",
    name: "P-ALAT",
    shortName: "ALAT (leverprøve)",
    unit: "U/L",
    decimals: 0,
    releaseCategory: "AFTER_REVIEW",
    ranges: [
      { sex: "female", low: 10, high: 45 },
      { sex: "male", low: 10, high: 70 },
    ],
    explanation: {
      nb: {
        what: "ALAT er et enzym i levercellene. Når levercellene blir irritert eller skadet, lekker mer ALAT ut i blodet.",
        meaning:
          "Lett forhøyet ALAT er vanlig og kommer ofte av fettlever, overvekt, alkohol eller enkelte medisiner. Hard trening kan også gi høyere verdi. Legen vurderer om prøven bør tas på nytt.",
      },
      en: {
        what: "ALT (ALAT) is an enzyme in liver cells. When liver cells are irritated or damaged, more of it leaks into the blood.",
        meaning:
          "A slightly raised ALT is common and often comes from fatty liver, excess weight, alcohol or some medicines. Hard exercise can raise it too. Your doctor considers whether to repeat the test.",
      },
    },
  },
  ca125: {
    code: "NPU01448",
    name: "P-CA 125",
    shortName: "CA 125",
    unit: "kU/L",
    decimals: 0,
    releaseCategory: "AFTER_CONVERSATION",
    onlySex: "female",
    minAge: 18,
    ranges: [{ sex: "female", high: 35 }],
    explanation: {
      nb: {
        what: "CA 125 er et protein som brukes til å følge opp enkelte sykdommer i eggstokkene.",
        meaning:
          "Verdien kan være forhøyet av mange ufarlige grunner, som menstruasjon, graviditet og endometriose. Derfor viser vi svaret først etter at legen har snakket med deg om det.",
      },
      en: {
        what: "CA 125 is a protein used to follow up certain diseases of the ovaries.",
        meaning:
          "It can be raised for many harmless reasons, such as menstruation, pregnancy and endometriosis. That is why the result is shown only after your doctor has talked with you about it.",
      },
    },
  },
  psa: {
    code: "NPU08669",
    name: "P-PSA",
    shortName: "PSA",
    unit: "µg/L",
    decimals: 1,
    releaseCategory: "AFTER_CONVERSATION",
    onlySex: "male",
    minAge: 40,
    ranges: [
      { sex: "male", ageTo: 70, high: 4.0 },
      { sex: "male", ageFrom: 70, high: 6.5 },
    ],
    explanation: {
      nb: {
        what: "PSA er et protein fra prostata.",
        meaning:
          "PSA kan stige ved forstørret prostata, betennelse og prostatakreft, og etter sykling eller sædavgang. Et høyt svar betyr ikke at du har kreft. Svaret vises først etter at legen har snakket med deg om det.",
      },
      en: {
        what: "PSA is a protein made by the prostate.",
        meaning:
          "It can rise with an enlarged prostate, inflammation and prostate cancer, and after cycling or ejaculation. A high result does not mean you have cancer. It is shown only after your doctor has talked with you about it.",
      },
    },
  },
} as const satisfies Record<string, AnalysisDef>;

export type AnalysisKey = keyof typeof LAB_ANALYSES;

/** The laboratory that performs the region's analyses (invented). */
export const PERFORMING_LAB = "Fjordvik sykehus, Avdeling for medisinsk biokjemi";

/** The panels a GP or a hospital usually orders together. */
export const LAB_PANELS: readonly (readonly AnalysisKey[])[] = [
  ["hb", "crp", "leukocytes"],
  ["sodium", "potassium", "creatinine", "egfr"],
  ["cholesterol", "ldl", "glucose", "hba1c"],
  ["tsh", "ferritin", "vitaminD"],
  ["hb", "ferritin", "alat", "crp"],
];
