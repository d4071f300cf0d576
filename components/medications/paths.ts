/** URLs of the medication pages; the subject ("meg" or a person id) is always in the path. */
export function medicationPaths(subject: string) {
  const base = `/for/${encodeURIComponent(subject)}/legemidler`;
  return {
    list: (query?: { sendt?: string }) => (query?.sendt ? `${base}?sendt=${encodeURIComponent(query.sendt)}` : base),
    renew: (medicationId?: string) => (medicationId ? `${base}/forny?legemiddel=${medicationId}` : `${base}/forny`),
  };
}

export const renewalPaths = {
  workList: "/behandler/fornyelser",
  request: (id: string, query?: { besvart?: "RENEWED" | "DECLINED" }) =>
    query?.besvart ? `/behandler/fornyelser/${id}?besvart=${query.besvart}` : `/behandler/fornyelser/${id}`,
};
