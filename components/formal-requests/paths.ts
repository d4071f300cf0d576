/** URLs of the formal request pages; the subject ("meg" or a person id) is always in the path. */
export function formalRequestPaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/helseopplysninger/foresporsler`;
  return {
    list: base,
    new: `${base}/ny`,
    request: (id: string, query?: { sendt?: "1" }) => (query?.sendt ? `${base}/${id}?sendt=1` : `${base}/${id}`),
  };
}

export const formalRequestWorkPaths = {
  workList: (after?: string) => (after ? `/behandler/foresporsler?etter=${encodeURIComponent(after)}` : "/behandler/foresporsler"),
  /** The patient's id is in the path: the gate decides on it at once (one statement less per page). */
  request: (personId: string, id: string, query?: { utfort?: "startet" | "besvart"; feil?: "endret" | "uventet"; ref?: string }) => {
    const params = new URLSearchParams(Object.entries(query ?? {}).filter(([, v]) => v !== undefined) as [string, string][]);
    const q = params.toString();
    const base = `/behandler/foresporsler/${encodeURIComponent(personId)}/${encodeURIComponent(id)}`;
    return q ? `${base}?${q}` : base;
  },
};
