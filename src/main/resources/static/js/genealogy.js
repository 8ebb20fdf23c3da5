// The lot page's genealogy graph: component lots, finished and rework lots, packaging units,
// shipments and customers in columns, left to right.
import {format, tooltipLines} from './text.js';

const LABELS = {COMPONENT_LOT: 'Component lot', FINISHED_LOT: 'Finished lot', REWORK_LOT: 'Rework lot',
  UNIT: 'Packaging unit', SHIPMENT: 'Shipment', CUSTOMER: 'Customer'};
/** Lots and packaging units have a lot page of their own; shipments and customers do not. */
const TRACEABLE = ['COMPONENT_LOT', 'FINISHED_LOT', 'REWORK_LOT', 'UNIT'];

export function tooltip(p) {
  if (p.dataType === 'edge') {
    const moved = p.data.quantity ? ': ' + format(p.data.quantity) : '';
    return tooltipLines(p.data.source + ' -> ' + p.data.target + moved);
  }
  return tooltipLines(p.name, p.data.detail);
}

export function draw(el, chart) {
  const g = JSON.parse(el.dataset.graph);
  const subject = el.dataset.subject;
  const cols = g.categories;
  const perCol = cols.map(() => 0);
  g.nodes.forEach(n => perCol[cols.indexOf(n.kind)]++);
  const seen = cols.map(() => 0);
  const nodes = g.nodes.map(n => {
    const c = cols.indexOf(n.kind);
    const i = seen[c]++;
    return {name: n.id, category: c, kind: n.kind, value: [c, (i + 1) / (perCol[c] + 1)],
      detail: n.detail || '', symbolSize: n.id === subject ? 26 : 16};
  });
  const links = g.links.map(l => ({source: l.source, target: l.target, quantity: l.quantity,
    label: {show: l.quantity > 0, formatter: format(l.quantity)}}));
  chart.setOption({
    animation: false,
    grid: {left: 70, right: 90, top: 50, bottom: 30},
    xAxis: {type: 'value', min: -0.2, max: cols.length - 0.8, show: false},
    yAxis: {type: 'value', min: 0, max: 1, inverse: true, show: false},
    // Confined, ECharts draws no arrow beside the tooltip: the arrow would be an inline style.
    tooltip: {formatter: tooltip, confine: true},
    legend: {data: cols.map(c => LABELS[c])},
    series: [{type: 'graph', coordinateSystem: 'cartesian2d', edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
      categories: cols.map(c => ({name: LABELS[c]})),
      label: {show: true, position: 'bottom', fontSize: 11},
      edgeLabel: {fontSize: 10},
      lineStyle: {color: 'source', width: 1.5, curveness: 0.1},
      data: nodes, links: links}]
  });
  chart.off('click');
  chart.on('click', p => {
    if (p.dataType === 'node' && TRACEABLE.includes(p.data.kind)) {
      location.href = '/lots/' + encodeURIComponent(p.name);
    }
  });
}
