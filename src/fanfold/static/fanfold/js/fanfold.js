// Fanfold's small enhancements. Every page works without them.
(function () {
  "use strict";

  // Autocomplete for comma-separated tag fields: suggests existing tags for the
  // part after the last comma. Keyboard: Up/Down to move, Enter/Tab to choose, Esc to close.
  function setupTagInput(input) {
    var type = input.getAttribute("data-autocomplete");
    // Someone may have started typing before this script ran (a slow connection): moving
    // the field into its wrapper takes the focus away, so give it back where it was.
    var typing = document.activeElement === input;
    var caret = input.selectionStart;
    var wrapper = document.createElement("div");
    wrapper.className = "autocomplete";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    if (typing) {
      input.focus();
      try { input.setSelectionRange(caret, caret); } catch (e) { /* not a text field */ }
    }
    var list = document.createElement("ul");
    list.className = "autocomplete-list";
    list.id = input.id + "-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    wrapper.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    var active = -1;
    var timer = null;
    var lastTerm = null;

    function currentTerm() {
      var parts = input.value.split(",");
      return parts[parts.length - 1].trim();
    }
    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function choose(name) {
      var parts = input.value.split(",");
      parts[parts.length - 1] = " " + name;
      input.value = parts.map(function (p) { return p.trim(); }).filter(Boolean).join(", ") + ", ";
      close();
      input.focus();
    }
    function highlight(index) {
      var items = list.querySelectorAll("li");
      items.forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (items[index]) input.setAttribute("aria-activedescendant", items[index].id);
    }
    function show(results) {
      list.innerHTML = "";
      results.forEach(function (result, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("data-name", result.name);
        // A synonym shows the canonical tag it stands for: "Sherlock → Sherlock Holmes".
        li.textContent = result.name + (result.synonym_of ? " \u2192 " + result.synonym_of : "") + " ";
        var uses = document.createElement("span");
        uses.className = "uses";
        uses.textContent = "(" + result.uses + ")";
        li.appendChild(uses);
        li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(result.name); });
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
      active = -1;
    }
    function fetchSuggestions() {
      var term = currentTerm();
      if (term === lastTerm) return;
      lastTerm = term;
      if (!term) { close(); return; }
      var url = "/autocomplete/tags?type=" + encodeURIComponent(type) + "&term=" + encodeURIComponent(term);
      // Suggest the tags of the fandoms already typed in the same form first.
      var fandomInput = input.form && input.form.querySelector('input[data-autocomplete="fandom"]');
      if (fandomInput && fandomInput !== input && fandomInput.value.trim()) {
        url += "&fandoms=" + encodeURIComponent(fandomInput.value);
      }
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (term === currentTerm()) show(data.results || []); })
        .catch(close);
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (event) {
      var items = list.querySelectorAll("li");
      if (list.hidden || !items.length) return;
      if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % items.length); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight((active - 1 + items.length) % items.length); }
      else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
        event.preventDefault();
        choose(items[active].getAttribute("data-name"));
      } else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    if (typing) fetchSuggestions();  // what was typed before the script ran
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-autocomplete]").forEach(setupTagInput);
    // Leave empty fields out of a filtered list's address, so it stays short to share.
    document.querySelectorAll("form.filter-form").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("input[name], select[name]").forEach(function (field) {
          if (field.type !== "hidden" && field.type !== "checkbox" && !field.value.trim()) {
            field.disabled = true;
          }
        });
        // A reload from the back button shows the fields again.
        setTimeout(function () {
          form.querySelectorAll("[disabled]").forEach(function (f) { f.disabled = false; });
        }, 0);
      });
    });
    // The sort-and-filter sidebar starts open where there is room beside the list.
    if (window.matchMedia("(min-width: 56rem)").matches) {
      document.querySelectorAll("details[data-open-wide]").forEach(function (d) { d.open = true; });
    }
  });
})();
