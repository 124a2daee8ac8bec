// archdoc: the "compare two versions" form of decisions.html, the root page of a published set.
// It follows the rules of the generator's DecisionChanges (a browser test holds the two to the same
// answers) over the records the page carries, and writes the same markup as the page's own lists.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("decisions-data").textContent);
  var section = document.getElementById("compare");
  if (!section) return;
  var from = document.getElementById("compare-from");
  var to = document.getElementById("compare-to");
  var result = document.getElementById("compare-result");
  var KINDS = [
    ["added", "added"], ["accepted", "accepted"], ["superseded", "superseded"], ["retired", "retired"],
    ["removed", "removed"], ["status-changed", "status changed"], ["retitled", "renamed"]
  ];

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
    KINDS.forEach(function (k) { changes.forEach(function (c) { if (c.kind === k[0]) ordered.push(c); }); });
    return { changes: ordered, unchanged: unchanged };
  }
  function bySystem(record) {
    var map = {};
    record.systems.forEach(function (s) { map[s.name] = s; });
    return map;
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function idNode(d, version) {
    if (!d.page) return el("span", "decision-id", d.id);
    var a = el("a", "decision-id", d.id);
    a.href = version + "/" + d.page;
    return a;
  }
  function changeList(changes, earlier, later) {
    var box = document.createDocumentFragment();
    var summary = el("p", changes.changes.length ? "unchanged" : "no-changes");
    if (changes.changes.length) {
      var list = el("ul", "changes");
      changes.changes.forEach(function (c) {
        var shown = c.after || c.before;
        var li = el("li", "change change-" + c.kind);
        var label = KINDS.filter(function (k) { return k[0] === c.kind; })[0][1];
        li.appendChild(el("span", "badge", label));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(idNode(shown, c.after ? later : earlier));
        li.appendChild(document.createTextNode(" " + shown.title + " \u2014 " + detail(c.kind, c.before, c.after)));
        list.appendChild(li);
      });
      box.appendChild(list);
      summary.textContent = (changes.changes.length === 1 ? "1 change" : changes.changes.length + " changes") +
        "; " + changes.unchanged + " unchanged.";
    } else {
      summary.textContent = "No decision changed; " + changes.unchanged + " unchanged.";
    }
    box.appendChild(summary);
    return box;
  }
  function versionOf(name) {
    return data.filter(function (v) { return v.version === name; })[0];
  }
  function show() {
    var earlier = versionOf(from.value);
    var later = versionOf(to.value);
    result.textContent = "";
    result.appendChild(el("h3", null, "From " + earlier.label + " to " + later.label));
    if (!earlier.record || !later.record) {
      result.appendChild(el("p", "no-record", "Unknown: version " + (earlier.record ? later : earlier).version +
        " has no record of its decisions."));
      return;
    }
    var before = bySystem(earlier.record);
    var systems = later.record.systems.slice();
    earlier.record.systems.forEach(function (s) {
      if (!bySystem(later.record)[s.name]) systems.push({ name: s.name, title: s.title, decisions: [] });
    });
    var several = systems.length > 1;
    systems.forEach(function (system) {
      if (several) result.appendChild(el("h4", null, system.title));
      result.appendChild(changeList(systemChanges(before[system.name], system), earlier.version, later.version));
    });
  }
  from.addEventListener("change", show);
  to.addEventListener("change", show);
  section.hidden = false;
  show();
})();
