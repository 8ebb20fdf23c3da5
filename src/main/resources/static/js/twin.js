// The twin page's charts: the histogram of annual good output over the replications, and each
// line's hours per year by state. Both read the report on the histogram's element.
import {axisTooltip} from './text.js';

const STATES = [
  ['producing', 'producing', '#2da44e'], ['changeover', 'changeover', '#1f6feb'],
  ['down', 'down', '#cf222e'], ['off-shift', 'off shift', '#8c959f'],
  ['maintenance', 'planned maintenance', '#d4a72c'], ['idle', 'idle', '#d0d7de']];
const millions = v => (v / 1e6).toFixed(2);

export function drawOutput(el, chart) {
  const h = JSON.parse(el.dataset.report).output.histogram;
  const labels = h.counts.map((c, i) => millions(h.from + (i + 0.5) * h.width));
  chart.setOption({
    animation: false, tooltip: {trigger: 'axis', formatter: axisTooltip},
    grid: {left: 60, right: 30, top: 30, bottom: 50},
    xAxis: {type: 'category', data: labels, name: 'M rounds per year', nameLocation: 'middle', nameGap: 30},
    yAxis: {type: 'value', name: 'replications', minInterval: 1},
    series: [{type: 'bar', name: 'replications', data: h.counts, barCategoryGap: '5%', itemStyle: {color: '#1f6feb'}}]
  });
}

export function drawStates(el, chart) {
  const report = JSON.parse(document.getElementById(el.dataset.reportOf).dataset.report);
  chart.setOption({
    animation: false, tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: axisTooltip}, legend: {},
    grid: {left: 60, right: 30, top: 40, bottom: 50},
    xAxis: {type: 'value', name: 'hours per year (8,760 h)', max: 8760, nameLocation: 'middle', nameGap: 28},
    yAxis: {type: 'category', data: report.lines.map(l => l.id), inverse: true},
    series: STATES.map(([key, name, color]) => ({
      name: name, type: 'bar', stack: 'hours', itemStyle: {color: color},
      data: report.lines.map(l => Math.round(l.hoursPerYear[key]))}))
  });
}
