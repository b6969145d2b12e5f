// selfassess embed helper: sizes each <iframe data-selfassess> to its content, so there is no
// scroll bar inside. It reads only one thing from the frame: its height. It checks that each
// message comes from the frame's own origin and window, and holds a plain number. Written for
// selfassess (MIT); no dependencies.
(function () {
  'use strict';
  var MAX = 100000;
  function frames() { return Array.prototype.slice.call(document.querySelectorAll('iframe[data-selfassess]')); }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'selfassess:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX) return;
    frames().forEach(function (frame) {
      var origin;
      try { origin = new URL(frame.src, document.baseURI).origin; } catch (e) { return; }
      if (event.origin === origin && event.source === frame.contentWindow) {
        frame.style.height = Math.ceil(height) + 'px';
      }
    });
  });
})();
