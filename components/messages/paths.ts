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
    attachment: (threadId: string, attachmentId: string) => `${base}/${threadId}/vedlegg/${attachmentId}`,
  };
}

export const inboxPaths = {
  overview: "/behandler/innboks",
  inbox: (inboxId: string, query?: { vis?: string; etter?: string }) => {
    const q = new URLSearchParams(Object.entries(query ?? {}).filter(([, v]) => v !== undefined) as [string, string][]).toString();
    return q ? `/behandler/innboks/${inboxId}?${q}` : `/behandler/innboks/${inboxId}`;
  },
  thread: (threadId: string, query?: { utfort?: string }) =>
    query?.utfort ? `/behandler/melding/${threadId}?utfort=${query.utfort}` : `/behandler/melding/${threadId}`,
  attachment: (threadId: string, attachmentId: string) => `/behandler/melding/${threadId}/vedlegg/${attachmentId}`,
};
