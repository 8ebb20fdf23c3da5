// Text for ECharts tooltips. ECharts puts a formatter's string into the page as HTML, so every
// value that came from a person (supplier names, order ids, reasons) goes through escapeHtml.

const ENTITIES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ENTITIES[c]);
}

/** Tooltip HTML of several lines of plain text: each line escaped, joined by line breaks. */
export function tooltipLines(...lines) {
  return lines.filter(l => l !== null && l !== undefined && l !== '').map(escapeHtml).join('<br>');
}

/** An axis tooltip: the category, then one line per series, all escaped. */
export function axisTooltip(params) {
  const rows = Array.isArray(params) ? params : [params];
  if (rows.length === 0) {
    return '';
  }
  return tooltipLines(rows[0].name, ...rows.map(p => p.seriesName + ': ' + format(p.value)));
}

export function format(n) {
  return typeof n === 'number' ? n.toLocaleString('en') : String(n ?? '');
}
