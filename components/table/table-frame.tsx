import type { ReactNode } from "react";

/**
 * A data table that may scroll sideways inside its own frame on a narrow screen (WCAG 1.4.10
 * allows that for tables), never the page. The frame is the containing block (`relative`), so the
 * absolutely positioned sr-only texts inside cells stay inside it instead of widening the page;
 * cells keep whole words (.table-frame in globals.css), so a narrow column never breaks a heading
 * letter by letter. The frame can take focus, so it can be scrolled with the keyboard.
 */
export function TableFrame({
  labelledBy,
  label,
  caption,
  children,
}: (
  | { /** The id of the heading that names the table. */ labelledBy: string; label?: never }
  | { /** The table's name, where no heading names it. */ label: string; labelledBy?: never }
) & {
  caption?: string;
  children: ReactNode;
}) {
  return (
    <div
      className="table-frame relative overflow-x-auto"
      role="region"
      aria-labelledby={labelledBy}
      aria-label={label}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-left">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

/** A table's header row: one column heading each, in the order given. */
export function ColumnHeads({ columns }: { columns: ReactNode[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-line">
        {columns.map((column, i) => (
          <th key={i} scope="col" className="p-2">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
