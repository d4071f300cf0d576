import { DATA_CATEGORIES } from "@/lib/access/categories";
import {
  decodeCursor,
  type AccessLogFilter,
  type AccessLogWho,
} from "@/lib/access-log/read-access-log";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { osloDaySchema } from "@/lib/forms/oslo-day";

/** Norwegian words in the URL (the user sees and shares them), mapped to the domain's values. */
export const WHO_PARAM: Record<AccessLogWho, string> = {
  self: "meg",
  relatives: "fullmektiger",
  health: "helsepersonell",
};

export const CATEGORY_PARAM: Record<DataCategory, string> = {
  APPOINTMENTS: "timeavtaler",
  MESSAGES: "meldinger",
  LAB_RESULTS: "provesvar",
  MEDICATIONS: "legemidler",
  DIAGNOSES: "diagnoser",
  ALLERGIES: "allergier",
  VACCINES: "vaksiner",
  NOTES: "notater",
  DOCUMENTS: "dokumenter",
  ACCESS_LOG: "innsynslogg",
  PROFILE: "profil",
  FORMAL_REQUESTS: "foresporsler",
};

// The log reaches back to whenever: any day since 1900 can be asked for.
const osloDay = osloDaySchema({ fromYear: 1900 });

export type AccessLogQuery = {
  filter: AccessLogFilter;
  /** The filter as the form shows it (URL words). */
  form: { fra: string; til: string; hvem: string; kategori: string };
  notices: ("invalidDate" | "swapped")[];
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/**
 * Reads the GET form's query. Anything unknown is dropped (and a bad date is said so): a hand-edited
 * URL gives the unfiltered log, never an error page.
 */
export function parseAccessLogQuery(
  params: Record<string, string | string[] | undefined>,
): AccessLogQuery {
  const notices: AccessLogQuery["notices"] = [];
  const date = (raw: string) => {
    if (raw === "") return "";
    if (osloDay.safeParse(raw).success) return raw;
    notices.push("invalidDate");
    return "";
  };
  let fra = date(first(params.fra));
  let til = date(first(params.til));
  if (fra && til && fra > til) {
    [fra, til] = [til, fra];
    notices.push("swapped");
  }
  const hvemRaw = first(params.hvem);
  const who = (Object.keys(WHO_PARAM) as AccessLogWho[]).find((k) => WHO_PARAM[k] === hvemRaw);
  const kategoriRaw = first(params.kategori);
  const category = DATA_CATEGORIES.find((c) => CATEGORY_PARAM[c] === kategoriRaw);
  const before = decodeCursor(first(params.eldre));
  const after = before ? null : decodeCursor(first(params.nyere));

  return {
    filter: {
      ...(fra ? { from: fra } : {}),
      ...(til ? { to: til } : {}),
      ...(who ? { who } : {}),
      ...(category ? { category } : {}),
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
    },
    form: {
      fra,
      til,
      hvem: who ? WHO_PARAM[who] : "",
      kategori: category ? CATEGORY_PARAM[category] : "",
    },
    notices: [...new Set(notices)],
  };
}

/** The page URL for the same filter at another position in the log. */
export function accessLogHref(
  basePath: string,
  form: AccessLogQuery["form"],
  position: { eldre?: string; nyere?: string } = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...form, ...position }))
    if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}
