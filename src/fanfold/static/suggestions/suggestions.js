// "Suggest tags" on the posting pages: one click adds a suggestion to the form.
// The panel works without this file (suggestions are shown, the buttons stay hidden).
(function () {
  "use strict";

  // Choosing a real warning unticks these two (the form refuses them together).
  var OPT_OUTS = ["No Archive Warnings Apply", "Creator Chose Not To Use Archive Warnings"];

  function key(name) {
    return name.replace(/\s+/g, " ").trim().toLocaleLowerCase();
  }

  function tagNames(input) {
    return input.value.split(",").map(function (part) { return part.trim(); }).filter(Boolean);
  }

  function choices(form, name) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]'));
  }

  function isPresent(form, field, value) {
    if (field === "rating" || field === "warnings") {
      return choices(form, field).some(function (box) { return box.value === value && box.checked; });
    }
    var input = form.elements[field];
    if (!input || input.tagName === undefined) return false;
    return tagNames(input).some(function (name) { return key(name) === key(value); });
  }

  function canAdd(form, field) {
    if (field === "rating" || field === "warnings") return choices(form, field).length > 0;
    var input = form.elements[field];
    return Boolean(input && input.tagName);
  }

  function changed(element) {
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function add(form, field, value) {
    if (field === "rating" || field === "warnings") {
      choices(form, field).forEach(function (box) {
        if (box.value === value && !box.checked) {
          box.checked = true;
          changed(box);
        } else if (field === "warnings" && OPT_OUTS.indexOf(value) < 0 &&
                   OPT_OUTS.indexOf(box.value) >= 0 && box.checked) {
          box.checked = false;
          changed(box);
        }
      });
      return;
    }
    var input = form.elements[field];
    var names = tagNames(input);
    if (!names.some(function (name) { return key(name) === key(value); })) {
      names.push(value);
      input.value = names.join(", ");
      changed(input);
    }
  }

  function showAdded(button) {
    var item = button.closest("[data-suggestion]");
    button.disabled = true;
    button.hidden = true;
    if (item) {
      item.classList.add("is-added");
      var label = item.querySelector(".suggestion-added");
      if (label) label.hidden = false;
    }
  }

  function moveNote(form, button) {
    var text = form.elements.chapter_text;
    var target = form.elements[button.getAttribute("data-target")];
    var raw = button.getAttribute("data-raw");
    if (!text || !target || !raw) return false;
    var start = parseInt(button.getAttribute("data-start"), 10);
    var at = text.value.slice(start, start + raw.length) === raw ? start : text.value.indexOf(raw);
    if (at < 0) return false;
    var before = text.value.slice(0, at);
    var after = text.value.slice(at + raw.length);
    // A note cut out of its own paragraph leaves "<p></p>" behind: take that too.
    var open = before.match(/<p(\s[^>]*)?>\s*$/i);
    var close = after.match(/^\s*<\/p>/i);
    if (open && close) {
      before = before.slice(0, open.index);
      after = after.slice(close[0].length);
    }
    before = before.replace(/\s+$/, "");
    after = after.replace(/^\s+/, "");
    text.value = before + (before && after ? "\n\n" : "") + after;
    var note = raw.trim();
    target.value = target.value.trim() ? target.value.replace(/\s+$/, "") + "\n\n" + note : note;
    changed(text);
    changed(target);
    return true;
  }

  function setUp(root) {
    var panels = root.querySelectorAll ? root.querySelectorAll("[data-suggestions]") : [];
    if (root.matches && root.matches("[data-suggestions]")) panels = [root];
    Array.prototype.forEach.call(panels, function (panel) {
      var form = panel.closest("form");
      if (!form) return;
      panel.querySelectorAll(".suggestion-add").forEach(function (button) {
        var field = button.getAttribute("data-field");
        var value = button.getAttribute("data-value");
        if (!canAdd(form, field)) return;
        if (isPresent(form, field, value)) {
          showAdded(button);
        } else {
          button.hidden = false;
        }
      });
      panel.querySelectorAll("[data-move-note]").forEach(function (button) {
        var target = form.elements[button.getAttribute("data-target")];
        if (form.elements.chapter_text && target) button.hidden = false;
      });
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".suggestion-add, [data-move-note]");
    if (!button) return;
    var form = button.closest("form");
    if (!form) return;
    event.preventDefault();
    if (button.hasAttribute("data-move-note")) {
      if (moveNote(form, button)) {
        button.hidden = true;
        var moved = button.parentNode.querySelector(".suggestion-moved");
        if (moved) moved.hidden = false;
      }
      return;
    }
    add(form, button.getAttribute("data-field"), button.getAttribute("data-value"));
    showAdded(button);
    if (button.getAttribute("data-field") === "rating") {
      // "You chose ..." is no longer true.
      var panel = button.closest("[data-suggestions]");
      var notice = panel && panel.querySelector(".suggestion-rating-notice");
      if (notice) notice.hidden = true;
    }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    setUp(event.target);
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  } else {
    setUp(document);
  }
})();
