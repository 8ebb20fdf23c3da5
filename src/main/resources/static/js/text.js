// Tooltip content for ECharts. A formatter that returns a string has it parsed as HTML, so a
// supplier name or an order id holding markup would become markup. These return DOM built from
// text nodes instead: whatever a value holds, it is shown as text.

/** A tooltip of several lines of plain text; empty lines are left out. */
export function tooltipLines(...lines) {
  const box = document.createElement('div');
  lines.filter(l => l !== null && l !== undefined && l !== '').forEach((line, i) => {
    if (i > 0) {
      box.append(document.createElement('br'));
    }
    box.append(String(line));
  });
  return box;
}

/** An axis tooltip: the category, then one line per series. */
export function axisTooltip(params) {
  const rows = Array.isArray(params) ? params : [params];
  if (rows.length === 0) {
    return tooltipLines();
  }
  return tooltipLines(rows[0].name, ...rows.map(p => p.seriesName + ': ' + format(p.value)));
}

export function format(n) {
  return typeof n === 'number' ? n.toLocaleString('en') : String(n ?? '');
}
