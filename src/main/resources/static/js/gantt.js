// The schedule page's Gantt chart: per line the jobs (late ones red), changeovers and planned
// maintenance windows.
import {tooltipLines} from './text.js';

const COLORS = {maintenance: '#9e9e9e', changeover: '#f5a623', job: '#4a90e2', late: '#d0021b'};

export function tooltip(p) {
  return tooltipLines(p.name,
    new Date(p.value[1]).toLocaleString() + ' - ' + new Date(p.value[2]).toLocaleString());
}

export function draw(el, chart) {
  const g = JSON.parse(el.dataset.gantt);
  el.hidden = !g;
  if (!g) {
    return;
  }
  const t = s => new Date(s).getTime();
  const row = l => g.lines.indexOf(l);
  const data = [];
  g.maintenance.forEach(m => data.push({value: [row(m.line), t(m.start), t(m.end)],
    name: 'maintenance: ' + m.reason, itemStyle: {color: COLORS.maintenance}}));
  g.changeovers.forEach(c => data.push({value: [row(c.line), t(c.start), t(c.end)],
    name: 'changeover ' + c.from + ' -> ' + c.to + ' (' + c.minutes + ' min)',
    itemStyle: {color: COLORS.changeover}}));
  g.jobs.forEach(j => data.push({value: [row(j.line), t(j.start), t(j.end)],
    name: j.order + ' ' + j.product + ' x ' + j.quantity + (j.late ? ' (late)' : '')
      + (j.workOrder ? ' [' + j.workOrder + ']' : ''),
    itemStyle: {color: j.late ? COLORS.late : COLORS.job}}));
  chart.setOption({
    animation: false,
    // Confined, ECharts draws no arrow beside the tooltip: the arrow would be an inline style.
    tooltip: {formatter: tooltip, confine: true},
    dataZoom: [{type: 'slider', xAxisIndex: 0}, {type: 'inside', xAxisIndex: 0}],
    grid: {left: 60, right: 20},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: g.lines, inverse: true},
    series: [{type: 'custom', encode: {x: [1, 2], y: 0}, data: data,
      renderItem: (params, api) => {
        const start = api.coord([api.value(1), api.value(0)]);
        const end = api.coord([api.value(2), api.value(0)]);
        const h = api.size([0, 1])[1] * 0.6;
        return {type: 'rect', style: api.style(),
          shape: {x: start[0], y: start[1] - h / 2, width: Math.max(end[0] - start[0], 1), height: h}};
      }}]
  });
}
