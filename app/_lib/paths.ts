/** URLs of the appointment pages; the subject ("meg" or a person id) is always in the path. */
export function appointmentPaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/timeavtaler`;
  const withQuery = (path: string, query?: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) q.set(k, v);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return {
    list: (query?: Record<string, string | undefined>) => withQuery(base, query),
    book: (query?: { enhet?: string; dag?: string; tid?: string }) =>
      withQuery(`${base}/ny`, query),
    appointment: (id: string, query?: { bekreftet?: string }) => withQuery(`${base}/${id}`, query),
    calendar: (id: string) => `${base}/${id}/kalender`,
    change: (id: string, query?: { dag?: string }) => withQuery(`${base}/${id}/endre`, query),
    cancel: (id: string) => `${base}/${id}/avbestill`,
    questionnaire: (id: string, query?: { sendt?: string }) =>
      withQuery(`${base}/${id}/skjema`, query),
    /** The visit summary is a note in the health record. */
    visitSummary: (visitSummaryId: string) =>
      `/for/${encodeURIComponent(subject)}/helseopplysninger/notater/${visitSummaryId}`,
  };
}

export const clinicianPaths = {
  units: "/behandler/enhet",
  findPatient: "/behandler/pasient",
  patient: (personId: string) => `/behandler/pasient/${personId}`,
  dayList: (unitId: string, day?: string) =>
    day ? `/behandler/enhet/${unitId}?dag=${day}` : `/behandler/enhet/${unitId}`,
  slots: (unitId: string, query?: Record<string, string>) => {
    const q = new URLSearchParams(query).toString();
    return q ? `/behandler/enhet/${unitId}/timer?${q}` : `/behandler/enhet/${unitId}/timer`;
  },
};

/** URLs of the message pages; the subject ("meg" or a person id) is always in the path. */
export function messagePaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/meldinger`;
  const withQuery = (path: string, query?: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) q.set(k, v);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return {
    list: (query?: { etter?: string }) => withQuery(base, query),
    compose: (query?: { enhet?: string }) => withQuery(`${base}/ny`, query),
    thread: (id: string, query?: { sendt?: string }) => withQuery(`${base}/${id}`, query),
    attachment: (threadId: string, attachmentId: string) =>
      `${base}/${threadId}/vedlegg/${attachmentId}`,
  };
}

export const inboxPaths = {
  overview: "/behandler/innboks",
  inbox: (inboxId: string, query?: { vis?: string; etter?: string }) => {
    const q = new URLSearchParams(
      Object.entries(query ?? {}).filter(([, v]) => v !== undefined) as [string, string][],
    ).toString();
    return q ? `/behandler/innboks/${inboxId}?${q}` : `/behandler/innboks/${inboxId}`;
  },
  thread: (threadId: string, query?: { utfort?: string }) =>
    query?.utfort
      ? `/behandler/melding/${threadId}?utfort=${query.utfort}`
      : `/behandler/melding/${threadId}`,
  attachment: (threadId: string, attachmentId: string) =>
    `/behandler/melding/${threadId}/vedlegg/${attachmentId}`,
};

/** URLs of the medication pages; the subject ("meg" or a person id) is always in the path. */
export function medicationPaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/legemidler`;
  return {
    list: (query?: { sendt?: string }) =>
      query?.sendt ? `${base}?sendt=${encodeURIComponent(query.sendt)}` : base,
    renew: (medicationId?: string) =>
      medicationId ? `${base}/forny?legemiddel=${medicationId}` : `${base}/forny`,
  };
}

export const renewalPaths = {
  workList: "/behandler/fornyelser",
  request: (id: string, query?: { besvart?: "RENEWED" | "DECLINED" }) =>
    query?.besvart
      ? `/behandler/fornyelser/${id}?besvart=${query.besvart}`
      : `/behandler/fornyelser/${id}`,
};

/**
 * The clinician's release work list: a keyset page after (etter, next) or before (foer, previous) a
 * row, and after a release how many were released (frigitt) and skipped (hoppet).
 */
export const releaseWorkPaths = {
  workList: (query: { etter?: string; foer?: string; frigitt?: number; hoppet?: number } = {}) => {
    const params = new URLSearchParams();
    if (query.etter) params.set("etter", query.etter);
    else if (query.foer) params.set("foer", query.foer);
    if (query.frigitt !== undefined) params.set("frigitt", String(query.frigitt));
    if (query.hoppet !== undefined) params.set("hoppet", String(query.hoppet));
    const q = params.toString();
    return q ? `/behandler/provesvar?${q}` : "/behandler/provesvar";
  },
};

export const labPaths = (subject: string) => ({
  list: (cursor?: string) =>
    `/for/${encodeURIComponent(subject)}/provesvar${cursor ? `?fra=${encodeURIComponent(cursor)}` : ""}`,
  analysis: (code: string) =>
    `/for/${encodeURIComponent(subject)}/provesvar/analyse/${encodeURIComponent(code)}`,
});

/** Paths under /for/[subject]/helseopplysninger. */
export function healthRecordPaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/helseopplysninger`;
  return {
    overview: () => base,
    diagnoses: () => `${base}/diagnoser`,
    allergies: () => `${base}/allergier`,
    vaccines: () => `${base}/vaksiner`,
    notes: (query?: URLSearchParams) =>
      query && query.size > 0 ? `${base}/notater?${query.toString()}` : `${base}/notater`,
    note: (id: string) => `${base}/notater/${id}`,
    documents: () => `${base}/dokumenter`,
    document: (id: string) => `${base}/dokumenter/${id}`,
  };
}

/** URLs of the formal request pages; the subject ("meg" or a person id) is always in the path. */
export function formalRequestPaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/helseopplysninger/foresporsler`;
  return {
    list: base,
    new: `${base}/ny`,
    request: (id: string, query?: { sendt?: "1" }) =>
      query?.sendt ? `${base}/${id}?sendt=1` : `${base}/${id}`,
  };
}

export const formalRequestWorkPaths = {
  workList: (after?: string) =>
    after
      ? `/behandler/foresporsler?etter=${encodeURIComponent(after)}`
      : "/behandler/foresporsler",
  /** The patient's id is in the path: the gate decides on it at once (one statement less per page). */
  request: (
    personId: string,
    id: string,
    query?: { utfort?: "startet" | "besvart"; feil?: "endret" | "uventet"; ref?: string },
  ) => {
    const params = new URLSearchParams(
      Object.entries(query ?? {}).filter(([, v]) => v !== undefined) as [string, string][],
    );
    const q = params.toString();
    const base = `/behandler/foresporsler/${encodeURIComponent(personId)}/${encodeURIComponent(id)}`;
    return q ? `${base}?${q}` : base;
  },
};
