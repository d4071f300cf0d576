import Link from "next/link";

export type DayOption = { day: string; label: string; free: string; href: string };

/** Days with free times as links (a plain GET): works without JavaScript and can be bookmarked. */
export function DayLinks({
  label,
  days,
  current,
}: {
  label: string;
  days: readonly DayOption[];
  current: string | null;
}) {
  return (
    <nav aria-label={label} className="my-4">
      <ul
        role="list"
        className="plain-list grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-2"
      >
        {days.map((d) => {
          const selected = d.day === current;
          return (
            <li key={d.day}>
              <Link
                href={d.href}
                aria-current={selected ? "page" : undefined}
                className={`block rounded border-2 p-2 ${selected ? "border-primary font-bold" : "border-line-subtle"}`}
              >
                <span className="block">{d.label}</span>
                <span className="block text-base text-muted">{d.free}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
