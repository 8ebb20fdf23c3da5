package io.tally.web;

/** Scripts the XSS regression test runs in the page through WebDriver (never part of a page). */
final class ChartTooltips {
  private ChartTooltips() {}

  /** Waits until the page has loaded and htmx has no request in flight. */
  static final String SETTLE =
      """
      const done = arguments[arguments.length - 1];
      const check = () => document.readyState === 'complete' && !document.querySelector('.htmx-request')
        ? setTimeout(done, 300) : setTimeout(check, 50);
      check();
      """;

  /**
   * Shows the tooltip of every data item of every chart on the page, the way hovering it would, and
   * returns what each tooltip said.
   */
  static final String SHOW_ALL =
      """
      const texts = [];
      document.querySelectorAll('[data-chart]').forEach(el => {
        const chart = echarts.getInstanceByDom(el);
        if (!chart) {
          return;
        }
        chart.getOption().series.forEach((s, seriesIndex) => {
          const n = Array.isArray(s.data) ? s.data.length : 0;
          for (let dataIndex = 0; dataIndex < n; dataIndex++) {
            chart.dispatchAction({type: 'showTip', seriesIndex: seriesIndex, dataIndex: dataIndex});
            texts.push(el.textContent);
          }
        });
        chart.dispatchAction({type: 'hideTip'});
      });
      return texts;
      """;

  /**
   * Calls each tooltip formatter of the chart modules with markup and returns, for each, the
   * elements its tooltip would hold besides line breaks, and its text.
   */
  static final String CALL_FORMATTERS =
      """
      const done = arguments[arguments.length - 1];
      const p = "<img src=x onerror=window.__xss='formatter'>";
      const described = el => [...el.querySelectorAll('*')].map(e => e.tagName)
        .filter(t => t !== 'BR').join(' ') + '|' + el.textContent;
      Promise.all([import('/js/genealogy.js'), import('/js/gantt.js'), import('/js/text.js')])
        .then(([genealogy, gantt, text]) => done([
          genealogy.tooltip({dataType: 'node', name: p, data: {detail: p}}),
          genealogy.tooltip({dataType: 'edge', data: {source: p, target: p, quantity: 5}}),
          gantt.tooltip({name: p, value: [0, 0, 0]}),
          text.axisTooltip([{name: p, seriesName: p, value: 1}])].map(described)))
        .catch(e => done(['import failed: ' + e]));
      """;

  /**
   * Fetches a page as the signed-in user and lists the inline code in its HTML as sent: scripts
   * with a body or without a source, style elements, and on* and style attributes.
   */
  static final String INLINE_CODE =
      """
      const url = arguments[0];
      const done = arguments[arguments.length - 1];
      fetch(url, {credentials: 'same-origin'}).then(r => r.text().then(html => {
        if (r.url.includes('/login')) {
          done(['redirected to the sign-in page']);
          return;
        }
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const found = [];
        doc.querySelectorAll('script').forEach(s => {
          if (!s.hasAttribute('src') || s.textContent.trim() !== '') {
            found.push('inline script ' + s.outerHTML.slice(0, 120));
          }
        });
        doc.querySelectorAll('style').forEach(s => found.push('style element ' + s.outerHTML.slice(0, 120)));
        doc.querySelectorAll('*').forEach(e => {
          for (const a of e.attributes) {
            if (a.name.startsWith('on') || a.name === 'style') {
              found.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 80));
            }
          }
        });
        done(found);
      })).catch(e => done(['fetch failed: ' + e]));
      """;
}
