// archdoc serve: injected into every served page (never into the built files). Reloads the page
// after a rebuild and shows build problems, with file and line, over the page.
(function () {
  var box = null;
  function show(state) {
    if (box) { box.remove(); box = null; }
    if (!state.problems.length) { return; }
    box = document.createElement('div');
    box.id = 'archdoc-serve-problems';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:2147483647;'
      + 'background:#2a0d0d;color:#ffd9d9;font:13px/1.5 ui-monospace,monospace;padding:12px 16px;'
      + 'border-top:3px solid #e5484d;white-space:pre-wrap';
    var close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', 'hide');
    close.style.cssText = 'float:right;background:none;border:0;color:inherit;font-size:18px;cursor:pointer';
    close.onclick = function () { box.remove(); box = null; };
    var head = document.createElement('strong');
    head.textContent = state.stale
      ? 'archdoc serve: the last build failed; this is the last good site.'
      : 'archdoc serve: the build has errors.';
    box.appendChild(close);
    box.appendChild(head);
    state.problems.forEach(function (p) {
      var line = document.createElement('div');
      line.textContent = p.file + ':' + p.line + ': ' + p.severity + ': ' + p.message + ' [' + p.rule + ']';
      box.appendChild(line);
    });
    document.body.appendChild(box);
  }
  var events = new EventSource('/_archdoc/events');
  events.addEventListener('state', function (e) {
    document.documentElement.setAttribute('data-archdoc-serve', 'connected');
    show(JSON.parse(e.data));
  });
  events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('reload', function () { location.reload(); });
})();
