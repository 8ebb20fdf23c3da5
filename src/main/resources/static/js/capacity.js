// Capacity against demand: per month and product family the demand (bars) and capacity (lines).
import {axisTooltip} from './text.js';

export function draw(el, chart) {
  const rows = JSON.parse(el.dataset.rows);
  const months = [...new Set(rows.map(r => r.month))];
  const families = [...new Set(rows.map(r => r.family))];
  const series = [];
  families.forEach(f => {
    const of = months.map(m => rows.find(r => r.month === m && r.family === f) || {});
    series.push({name: f + ' demand', type: 'bar', data: of.map(r => r.demand || 0)});
    series.push({name: f + ' capacity', type: 'line', data: of.map(r => r.capacity || 0)});
  });
  chart.setOption({tooltip: {trigger: 'axis', formatter: axisTooltip}, legend: {},
    xAxis: {type: 'category', data: months}, yAxis: {type: 'value', name: 'rounds'},
    series: series, animation: false});
}
