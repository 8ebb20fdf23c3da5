// Every page's script: draws each element marked data-chart with its chart, when the page loads
// and again when htmx swaps new content in. Pages carry their data in data-* attributes; no page
// has a script of its own, so the Content-Security-Policy can forbid inline script.
import * as capacity from './capacity.js';
import * as gantt from './gantt.js';
import * as genealogy from './genealogy.js';
import * as pareto from './pareto.js';
import * as twin from './twin.js';

const CHARTS = {
  'capacity': capacity.draw,
  'gantt': gantt.draw,
  'genealogy': genealogy.draw,
  'pareto': pareto.draw,
  'twin-output': twin.drawOutput,
  'twin-states': twin.drawStates
};

function drawAll(root) {
  root.querySelectorAll('[data-chart]').forEach(el => {
    const draw = CHARTS[el.dataset.chart];
    if (draw) {
      draw(el, echarts.getInstanceByDom(el) || echarts.init(el));
    }
  });
}

drawAll(document);
// htmx may have replaced the element it names as the event's target, so look at the whole page.
document.addEventListener('htmx:afterSettle', () => drawAll(document));
window.addEventListener('resize', () => document.querySelectorAll('[data-chart]').forEach(el => {
  const chart = echarts.getInstanceByDom(el);
  if (chart) {
    chart.resize();
  }
}));
