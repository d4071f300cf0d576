/** Paths under /for/[subject]/helseopplysninger. */
export function healthRecordPaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/helseopplysninger`;
  return {
    overview: () => base,
    diagnoses: () => `${base}/diagnoser`,
    allergies: () => `${base}/allergier`,
    vaccines: () => `${base}/vaksiner`,
    notes: (query?: URLSearchParams) => (query && query.size > 0 ? `${base}/notater?${query.toString()}` : `${base}/notater`),
    note: (id: string) => `${base}/notater/${id}`,
    documents: () => `${base}/dokumenter`,
    document: (id: string) => `${base}/dokumenter/${id}`,
  };
}
