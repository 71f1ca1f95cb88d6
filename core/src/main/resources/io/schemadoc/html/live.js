// Only in `schemadoc serve`: asks the server which version of the site it holds and reloads the page when
// the schema changed; a failed re-read keeps the last good site and shows a banner saying so.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="schemadoc-version"]');
  var mine = meta ? meta.getAttribute('content') : null;
  var banner = document.getElementById('live-banner');
  var EVERY = 1500;

  function show(text) {
    if (banner) {
      banner.textContent = text;
      banner.hidden = false;
    }
  }

  function poll() {
    fetch('/__schemadoc/version', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (v) {
        if (v.version && v.version !== mine) {
          window.location.reload();
          return;
        }
        if (v.error) {
          show('The schema could not be re-read: ' + v.error + ' Showing the last good version.');
        } else if (banner) {
          banner.hidden = true;
        }
      })
      .catch(function () {
        show('The schemadoc server is not answering; this page may be out of date.');
      })
      .then(function () { window.setTimeout(poll, EVERY); });
  }

  window.setTimeout(poll, EVERY);
})();
