/*! ГФСС/МӘСҚ calculator widget loader · protocol v1 · docs: embed.html */
(function () {
  var s = document.currentScript;
  if (!s || !s.src) return;
  var d = s.dataset;
  var u = new URL('widget.html', s.src);
  var p = u.searchParams;
  ['lang', 'theme', 'accent', 'bg'].forEach(function (k) {
    if (d[k]) p.set(k, d[k]);
  });
  if ('emitResults' in d) {
    p.set('emit', '1');
    p.set('origin', location.origin);
  }
  if (d.case) u.hash = 'case=' + d.case;
  var f = document.createElement('iframe');
  f.src = u.href;
  f.title = d.title || (d.lang == 'ru' ? 'Калькулятор выплат ГФСС' : 'МӘСҚ төлемдерінің калькуляторы');
  f.style.cssText = 'display:block;width:100%;height:640px;border:0;overflow:hidden';
  f.setAttribute('scrolling', 'no');
  s.parentNode.insertBefore(f, s);
  addEventListener('message', function (e) {
    var m = e.data;
    if (e.source != f.contentWindow || e.origin != u.origin || !m || m.source != 'gfss-calc' || m.version != 1) return;
    if (m.type == 'height' && m.height > 0 && m.height < 1e5) f.style.height = Math.ceil(m.height) + 'px';
    if (m.type == 'result') f.dispatchEvent(new CustomEvent('gfss-calc:result', { detail: m.result, bubbles: true }));
  });
})();
