// archdoc: the "compare two versions" form of decisions.html, the root page of a published set.
// It follows the rules of the generator's DecisionChanges (a browser test holds the two to the same
// answers) over the records the page carries. It writes no markup of its own: it clones the parts
// the page's template keeps in <template id="compare-parts"> (a list item per kind of change, in
// the generator's order, with its label) and fills their slots with text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("decisions-data").textContent);
  var section = document.getElementById("compare");
  var parts = document.getElementById("compare-parts");
  if (!section || !parts || !parts.content) return;
  var from = document.getElementById("compare-from");
  var to = document.getElementById("compare-to");
  var result = document.getElementById("compare-result");
  var KINDS = [];
  parts.content.querySelectorAll("[data-part^='change-']").forEach(function (item) {
    KINDS.push(item.getAttribute("data-part").substring("change-".length));
  });

  function statusLabel(d) {
    if (d.superseded) return "superseded";
    if (d.status === "unrecognised") return d.statusText;
    return d.status === "missing" ? "no status" : d.status;
  }
  function inForce(d) { return d.status === "accepted" && !d.superseded; }
  function setAside(d) { return d.status === "rejected" || d.status === "deprecated"; }
  function find(system, id) {
    for (var i = 0; system && i < system.decisions.length; i++) {
      if (system.decisions[i].id === id) return system.decisions[i];
    }
    return null;
  }
  function kindOf(before, after) {
    if (!before) return "added";
    if (after.superseded && !before.superseded) return "superseded";
    if (setAside(after) && !after.superseded && !setAside(before)) return "retired";
    if (inForce(after) && !inForce(before)) return "accepted";
    if (statusLabel(after) !== statusLabel(before)) return "status-changed";
    if (after.title !== before.title) return "retitled";
    return null;
  }
  function detail(kind, before, after) {
    switch (kind) {
      case "added": return "added as " + statusLabel(after) +
        (after.supersedes.length ? ", superseding " + after.supersedes.join(", ") : "");
      case "removed": return "no longer in the docs (was " + statusLabel(before) + ")";
      case "superseded": return after.supersededBy.length
        ? "superseded by " + after.supersededBy.join(", ") + " (was " + statusLabel(before) + ")"
        : "superseded (was " + statusLabel(before) + ")";
      case "retitled": return "renamed from \u201c" + before.title + "\u201d";
      default: return statusLabel(after) + " (was " + statusLabel(before) + ")";
    }
  }
  function systemChanges(earlier, later) {
    var changes = [];
    var unchanged = 0;
    later.decisions.forEach(function (after) {
      var before = find(earlier, after.id);
      var kind = kindOf(before, after);
      if (kind) changes.push({ kind: kind, before: before, after: after }); else unchanged++;
    });
    (earlier ? earlier.decisions : []).forEach(function (before) {
      if (!find(later, before.id)) changes.push({ kind: "removed", before: before, after: null });
    });
    var ordered = [];
    KINDS.forEach(function (k) { changes.forEach(function (c) { if (c.kind === k) ordered.push(c); }); });
    return { changes: ordered, unchanged: unchanged };
  }
  function bySystem(record) {
    var map = {};
    record.systems.forEach(function (s) { map[s.name] = s; });
    return map;
  }
  // A copy of a part, each slot filled with its value as text (a link's slot also gets its href)
  // or dropped when the values have none for it.
  function part(name, values) {
    var node = parts.content.querySelector("[data-part='" + name + "']").cloneNode(true);
    node.removeAttribute("data-part");
    node.querySelectorAll("[data-slot]").forEach(function (slot) {
      var value = values[slot.getAttribute("data-slot")];
      if (value === undefined || value === null) {
        slot.remove();
      } else if (slot.tagName === "A") {
        slot.removeAttribute("data-slot");
        slot.textContent = value.text;
        slot.href = value.href;
      } else {
        slot.replaceWith(document.createTextNode(String(value)));
      }
    });
    return node;
  }
  function changeList(changes, earlier, later) {
    var box = document.createDocumentFragment();
    if (!changes.changes.length) {
      box.appendChild(part("none", { unchanged: changes.unchanged }));
      return box;
    }
    var list = part("changes", {});
    changes.changes.forEach(function (c) {
      var shown = c.after || c.before;
      var version = c.after ? later : earlier;
      list.appendChild(part("change-" + c.kind, {
        link: shown.page ? { text: shown.id, href: version + "/" + shown.page } : null,
        id: shown.page ? null : shown.id,
        title: shown.title,
        detail: detail(c.kind, c.before, c.after)
      }));
    });
    box.appendChild(list);
    box.appendChild(part("count", {
      count: changes.changes.length === 1 ? "1 change" : changes.changes.length + " changes",
      unchanged: changes.unchanged
    }));
    return box;
  }
  function versionOf(name) {
    return data.filter(function (v) { return v.version === name; })[0];
  }
  function show() {
    var earlier = versionOf(from.value);
    var later = versionOf(to.value);
    result.textContent = "";
    result.appendChild(part("title", { from: earlier.label, to: later.label }));
    if (!earlier.record || !later.record) {
      result.appendChild(part("no-record", { version: (earlier.record ? later : earlier).version }));
      return;
    }
    var before = bySystem(earlier.record);
    var systems = later.record.systems.slice();
    earlier.record.systems.forEach(function (s) {
      if (!bySystem(later.record)[s.name]) systems.push({ name: s.name, title: s.title, decisions: [] });
    });
    var several = systems.length > 1;
    systems.forEach(function (system) {
      if (several) result.appendChild(part("system", { title: system.title }));
      result.appendChild(changeList(systemChanges(before[system.name], system), earlier.version, later.version));
    });
  }
  from.addEventListener("change", show);
  to.addEventListener("change", show);
  section.hidden = false;
  show();
})();
