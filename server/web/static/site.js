// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // The error summary takes focus, so a screen reader announces it and the keyboard starts there.
  var summary = document.querySelector('[data-foutoverzicht]');
  if (summary) {
    summary.focus();
    // A summary link focuses its field and scrolls its label or legend into view.
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link) return;
      var target = document.getElementById(link.getAttribute('href').slice(1));
      if (!target) return;
      event.preventDefault();
      var fieldset = target.closest('fieldset');
      var label = document.querySelector('label[for="' + target.id + '"]');
      var legend = fieldset && fieldset.querySelector('legend');
      var anchor = (target.type === 'radio' || target.type === 'checkbox') && legend ? legend : label || target;
      anchor.scrollIntoView();
      target.focus({ preventScroll: true });
    });
  }

  // "Nog een medewerker toevoegen" adds a row here instead of a round trip to the server.
  document.querySelectorAll('[data-rij-toevoegen]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      var fieldset = button.closest('fieldset');
      var list = fieldset && fieldset.querySelector('[data-lijst]');
      var counter = fieldset && fieldset.querySelector('[data-rijen]');
      var rows = list ? list.querySelectorAll('[data-rij]') : [];
      if (!list || !counter || rows.length === 0 || rows.length >= 50) return;
      event.preventDefault();
      var last = rows[rows.length - 1];
      var from = Number(last.getAttribute('data-rij'));
      var to = from + 1;
      var clone = last.cloneNode(true);
      var name = list.getAttribute('data-naam');
      var id = list.getAttribute('data-id');
      clone.setAttribute('data-rij', String(to));
      clone.querySelectorAll('[name]').forEach(function (el) {
        el.name = el.name.replace(name + '.' + from + '.', name + '.' + to + '.');
      });
      clone.querySelectorAll('[id]').forEach(function (el) {
        el.id = el.id.replace(id + '-' + from + '-', id + '-' + to + '-');
      });
      clone.querySelectorAll('label[for]').forEach(function (el) {
        el.htmlFor = el.htmlFor.replace(id + '-' + from + '-', id + '-' + to + '-');
      });
      clone.querySelectorAll('.foutmelding').forEach(function (el) {
        el.remove();
      });
      clone.querySelectorAll('.veld--fout').forEach(function (el) {
        el.classList.remove('veld--fout');
      });
      // In the rooster a new row is usually another person in the same dienst: days and times stay.
      clone.querySelectorAll('input[type="text"]:not([data-behoud])').forEach(function (el) {
        el.value = '';
      });
      clone.querySelectorAll('select:not([data-behoud])').forEach(function (el) {
        el.selectedIndex = 0;
      });
      // A clone keeps what was typed but not what was chosen in a list: copy the dienst's choices over.
      var kept = last.querySelectorAll('select[data-behoud]');
      clone.querySelectorAll('select[data-behoud]').forEach(function (el, i) {
        if (kept[i]) el.value = kept[i].value;
      });
      clone.querySelectorAll('select, input[type="text"]').forEach(function (el) {
        el.classList.remove('invoer--fout');
        el.removeAttribute('aria-invalid');
        el.removeAttribute('aria-describedby');
      });
      clone.querySelectorAll('input[type="checkbox"]').forEach(function (el) {
        el.checked = false;
      });
      var legend = clone.querySelector('legend');
      if (legend) legend.textContent = list.getAttribute('data-legenda').replace('{n}', String(to + 1));
      list.appendChild(clone);
      counter.value = String(to + 1);
      var first = clone.querySelector('select:not([data-behoud]), input:not([data-behoud])');
      if (first) first.focus();
    });
  });
})();
