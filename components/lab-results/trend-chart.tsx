import type { VisibleResult } from "@/lib/record/lab-results/get-analysis-trend";

const W = 640;
const H = 260;
const M = { left: 64, right: 20, top: 16, bottom: 44 };

/**
 * One analysis over time as a server-rendered SVG: the reference range as a shaded band (each
 * result's own range, since ranges change with age), a line through the values, and points; a value
 * outside the range is a square, not only another colour. No client JavaScript. The summary and the
 * table beside it carry the same data for screen readers, so the picture itself is named briefly.
 */
export function TrendChart(props: {
  points: readonly VisibleResult[];
  title: string;
  summaryId: string;
  formatValue: (v: number) => string;
  formatDate: (d: Date) => string;
}) {
  const { points } = props;
  const values = points.map((p) => p.value ?? 0);
  const bounds = points.flatMap((p) => [p.low, p.high].filter((v): v is number => v !== null));
  let min = Math.min(...values, ...bounds);
  let max = Math.max(...values, ...bounds);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.1;
  min = Math.max(0, min - pad);
  max += pad;
  const t0 = points[0]!.takenAt.getTime();
  const t1 = points[points.length - 1]!.takenAt.getTime();
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (d: Date) =>
    t1 === t0 ? M.left + plotW / 2 : M.left + ((d.getTime() - t0) / (t1 - t0)) * plotW;
  const y = (v: number) => M.top + (1 - (v - min) / (max - min)) * plotH;
  const xs = points.map((p) => x(p.takenAt));
  const edges = xs.map((_, i) => ({
    from: i === 0 ? M.left : (xs[i - 1]! + xs[i]!) / 2,
    to: i === xs.length - 1 ? W - M.right : (xs[i]! + xs[i + 1]!) / 2,
  }));
  const ticks = [min, (min + max) / 2, max];
  const titleId = `${props.summaryId}-tittel`;

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={props.summaryId}
      className="h-auto w-full max-w-[40rem] text-ink"
    >
      <title id={titleId}>{props.title}</title>
      <g aria-hidden="true">
        {points.map((p, i) => {
          if (p.low === null && p.high === null) return null;
          const top = y(p.high ?? max);
          const bottom = y(p.low ?? min);
          return (
            <rect
              key={`band-${p.id}`}
              x={edges[i]!.from}
              width={edges[i]!.to - edges[i]!.from}
              y={top}
              height={Math.max(0, bottom - top)}
              className="chart-band"
            />
          );
        })}
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke="currentColor" />
        <line
          x1={M.left}
          x2={W - M.right}
          y1={H - M.bottom}
          y2={H - M.bottom}
          stroke="currentColor"
        />
        {ticks.map((v) => (
          <g key={`tick-${v}`}>
            <line x1={M.left - 5} x2={M.left} y1={y(v)} y2={y(v)} stroke="currentColor" />
            <text
              x={M.left - 8}
              y={y(v)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="13"
              fill="currentColor"
            >
              {props.formatValue(v)}
            </text>
          </g>
        ))}
        <text x={M.left} y={H - M.bottom + 22} fontSize="13" fill="currentColor">
          {props.formatDate(points[0]!.takenAt)}
        </text>
        {points.length > 1 ? (
          <text
            x={W - M.right}
            y={H - M.bottom + 22}
            textAnchor="end"
            fontSize="13"
            fill="currentColor"
          >
            {props.formatDate(points[points.length - 1]!.takenAt)}
          </text>
        ) : null}
        <polyline
          points={points.map((p, i) => `${xs[i]},${y(p.value ?? 0)}`).join(" ")}
          fill="none"
          className="chart-line"
          strokeWidth="2"
        />
        {points.map((p, i) => {
          const out = p.interpretation !== null && p.interpretation !== "NORMAL";
          const cx = xs[i]!;
          const cy = y(p.value ?? 0);
          return out ? (
            <rect
              key={p.id}
              x={cx - 6}
              y={cy - 6}
              width="12"
              height="12"
              className="chart-point-out"
            />
          ) : (
            <circle key={p.id} cx={cx} cy={cy} r="5" className="chart-point" />
          );
        })}
      </g>
    </svg>
  );
}
