/** Limits shared by forms, server validation and the database's own checks. */
export const MESSAGE_MAX = 5000;
export const FORWARD_NOTE_MAX = 500;
export const PAGE_SIZE = 20;
/** How long a message thread keeps the unit's care relation alive after the last message. */
export const THREAD_RELATION_DAYS = 90;
