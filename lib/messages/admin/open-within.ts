/** Opening deadlines an admin may set, in hours (the database checks the same range). */
export const OPEN_WITHIN_MIN_HOURS = 1;
export const OPEN_WITHIN_MAX_HOURS = 336;
