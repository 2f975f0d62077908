// Upload with progress. Without this script the form posts as usual and the server redirects when done.
// With it, the browser shows the bytes sent, then the bids checked so far (the server streams one JSON line per step).
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var box = form.querySelector('.voortgang');
  var bar = box.querySelector('progress');
  var text = box.querySelector('.voortgang-tekst');
  var button = form.querySelector('button[type="submit"]');

  function say(template, values) {
    text.textContent = template.replace(/\{(\w)\}/g, function (_, k) { return values[k] === undefined ? '' : String(values[k]); });
  }

  function fail(detail) {
    bar.removeAttribute('value');
    bar.hidden = true;
    say(form.dataset.tekstFout, { d: detail });
    text.classList.add('foutmelding');
    button.disabled = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var xhr = new XMLHttpRequest();
    var seen = 0;
    var last = null;
    box.hidden = false;
    bar.hidden = false;
    bar.max = 100;
    bar.value = 0;
    text.classList.remove('foutmelding');
    button.disabled = true;
    say(form.dataset.tekstVersturen, { p: 0 });

    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) return;
      var p = Math.round((e.loaded / e.total) * 100);
      bar.value = p;
      say(form.dataset.tekstVersturen, { p: p });
    });

    function readLines() {
      var body = xhr.responseText;
      var end = body.lastIndexOf('\n');
      if (end < seen) return;
      body.slice(seen, end).split('\n').forEach(function (line) {
        if (!line) return;
        try { last = JSON.parse(line); } catch (e) { return; }
        if (last.fase === 'toetsen') {
          bar.max = last.totaal;
          bar.value = last.klaar;
          say(last.klaar === last.totaal ? form.dataset.tekstOpslaan : form.dataset.tekstToetsen, { n: last.klaar, m: last.totaal });
        }
      });
      seen = end + 1;
    }

    xhr.addEventListener('progress', function () { if (xhr.status === 200) readLines(); });
    xhr.addEventListener('load', function () {
      if (xhr.status !== 200) {
        var detail = form.dataset.tekstOnbekend;
        try { var p = JSON.parse(xhr.responseText); detail = p.detail || p.title || detail; } catch (e) { /* not JSON */ }
        fail(detail);
        return;
      }
      readLines();
      if (last && last.fase === 'klaar') {
        bar.value = bar.max;
        say(form.dataset.tekstKlaar, { n: last.ontvangen });
        window.location.assign(last.pagina);
      } else {
        // A 200 without a last line is not ours (a log-in page after a redirect, a proxy page): say so, not "OK".
        fail(last && last.detail ? last.detail : form.dataset.tekstOnbekend);
      }
    });
    xhr.addEventListener('error', function () { fail(form.dataset.tekstOnbekend); });
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    xhr.setRequestHeader('X-CSRF-Token', form.querySelector('input[name="_csrf"]').value);
    xhr.send(data);
  });
})();
