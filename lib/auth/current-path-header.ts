/** Set by proxy.ts on every page request (and server action POST): the path and query shown. */
export const CURRENT_PATH_HEADER = "x-helsami-path";
