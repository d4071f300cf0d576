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
  request: (id: string, query?: { utfort?: "startet" | "besvart"; feil?: "endret" | "uventet"; ref?: string }) => {
    const params = new URLSearchParams(Object.entries(query ?? {}).filter(([, v]) => v !== undefined) as [string, string][]);
    const q = params.toString();
    return q ? `/behandler/foresporsler/${id}?${q}` : `/behandler/foresporsler/${id}`;
  },
};
