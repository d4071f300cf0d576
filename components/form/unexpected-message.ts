/** The friendly text for an unexpected error, with the logged error id when there is one. */
export function unexpectedMessage(
  t: (key: "common.unexpected" | "common.unexpectedWithId", values?: { id: string }) => string,
  errorId: string | undefined,
): string {
  return errorId ? t("common.unexpectedWithId", { id: errorId }) : t("common.unexpected");
}
