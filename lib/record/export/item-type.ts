/** The item type each category's log entry of "Last ned mine data" names (no imports: the access-log view reads it too). */
export const EXPORT_ITEM_TYPE = "fhir_export";
