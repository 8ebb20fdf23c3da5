// The overview's stop-reason Pareto: hours lost per reason this month and the cumulative share.
import {axisTooltip} from './text.js';

export function draw(el, chart) {
  const rows = JSON.parse(el.dataset.rows);
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis', formatter: axisTooltip},
    legend: {data: ['hours', 'cumulative %']},
    grid: {left: 50, right: 50, bottom: 40, top: 40},
    xAxis: {type: 'category', data: rows.map(r => r.reason + ' ' + r.name)},
    yAxis: [{type: 'value', name: 'h'}, {type: 'value', name: '%', max: 100}],
    series: [
      {name: 'hours', type: 'bar', data: rows.map(r => +r.hours.toFixed(1))},
      {name: 'cumulative %', type: 'line', yAxisIndex: 1, data: rows.map(r => +(r.cumulativeShare * 100).toFixed(1))}
    ]
  });
}
