type Bar = { label: string; value: number; tone?: 'good' | 'bad' | 'neutral' };

/**
 * A small horizontal bar chart in inline SVG, with the numbers also written out so it reads
 * without the picture.
 *
 * @example
 * <BarChart title="Outcomes" bars={[{ label: 'Offer', value: 1, tone: 'good' }]} />
 */
export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 220;
  const width = 520;
  const barSpace = width - labelWidth - 40;
  const summary = bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${bars.length * rowHeight + 4}`}
        width="100%"
        role="img"
        aria-label={`${title}. ${summary}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((b, i) => {
          const y = i * rowHeight + 4;
          const w = Math.round((b.value / max) * barSpace);
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end" className="chart-label">
                {b.label}
              </text>
              <rect
                x={labelWidth}
                y={y}
                width={Math.max(w, b.value ? 3 : 0)}
                height={rowHeight - 10}
                rx="3"
                className={`chart-bar chart-bar--${b.tone ?? 'neutral'}`}
              />
              <text x={labelWidth + Math.max(w, 3) + 6} y={y + 14} className="chart-value">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
