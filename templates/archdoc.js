// archdoc's default theme behaviour: dark mode, the phone drawer, search, filters, literate levels.
// Plain script, no network: the search index is a script file beside this one, so it loads from file:// too.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";

  function remember(key, value) { try { localStorage.setItem(key, value); } catch (e) {} }
  function recall(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }

  // ---- dark mode: follows the system until the reader chooses, then remembers the choice
  function currentTheme() {
    var chosen = document.documentElement.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  function toggleTheme() {
    var next = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.setAttribute("data-theme", next);
    remember("archdoc-theme", next);
  }
  var themeButton = document.querySelector(".theme-toggle");
  if (themeButton) themeButton.addEventListener("click", toggleTheme);

  // ---- the sidebar drawer on narrow screens
  var menuButton = document.querySelector(".menu-toggle");
  if (menuButton) {
    menuButton.addEventListener("click", function () {
      var open = document.body.classList.toggle("nav-open");
      menuButton.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // ---- a long sidebar starts scrolled to the page shown, not to its top
  var sidebar = document.getElementById("sidebar");
  var here = sidebar && sidebar.querySelector("li[class*='nav-d'] > [aria-current='page']");
  if (here && sidebar.scrollHeight > sidebar.clientHeight) {
    var top = here.getBoundingClientRect().top - sidebar.getBoundingClientRect().top;
    if (top > sidebar.clientHeight * 0.7) sidebar.scrollTop = top - sidebar.clientHeight / 3;
  }

  // ---- search over the index the generator wrote (window.ARCHDOC_SEARCH)
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var waiting = null; // callbacks for when the index arrives; null until it is requested
  var selected = -1;

  // Keystrokes typed while the index loads are not lost: every caller is answered once it is here.
  function loadIndex(then) {
    if (window.ARCHDOC_SEARCH) { then(); return; }
    if (waiting) { waiting.push(then); return; }
    waiting = [then];
    var script = document.createElement("script");
    script.src = root + "_archdoc/search-index.js";
    script.onload = function () {
      var callbacks = waiting;
      waiting = null;
      callbacks.forEach(function (callback) { callback(); });
    };
    document.head.appendChild(script);
  }

  function terms(query) {
    return query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  // Decisions and pages people wrote rank before generated code pages; an exact name wins over both.
  var TIER = { decision: 5, page: 4, tour: 4, diagrams: 3, "package": 2, type: 2, member: 2, source: 1 };

  function score(entry, words) {
    var title = entry.lt || (entry.lt = entry.t.toLowerCase());
    var text = entry.lx || (entry.lx = entry.x.toLowerCase());
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var inTitle = title.indexOf(w) >= 0;
      if (!inTitle && text.indexOf(w) < 0) return 0;
      total += inTitle ? 10 : 1;
    }
    return total;
  }

  // The members of a type page whose name holds a word of the query, every other word in it or in the type's name.
  function memberHits(entry, words, query) {
    var hits = [];
    if (!entry.m) return hits;
    var title = entry.lt || (entry.lt = entry.t.toLowerCase());
    entry.m.forEach(function (member) {
      var name = member[0].toLowerCase();
      for (var i = 0; i < words.length; i++) {
        if (name.indexOf(words[i]) < 0 && title.indexOf(words[i]) < 0) return;
      }
      if (!words.some(function (w) { return name.indexOf(w) >= 0; })) return;
      // a member of a type its package page shows in full is named Type.member there: its own name matches exactly too
      var own = member[2] === "member" ? name.slice(name.lastIndexOf(".") + 1) : name;
      hits.push({ entry: entry, member: member, tier: TIER.member, score: name === query || own === query ? 30 : 10,
        exact: name === query || own === query || (title + "." + name) === query });
    });
    return hits;
  }

  function rank(a, b) {
    return (b.exact - a.exact) || (b.tier - a.tier) || (b.score - a.score) || titleOf(a).localeCompare(titleOf(b));
  }

  function titleOf(hit) {
    if (!hit.member) return hit.entry.t;
    return hit.entry.k === "package" ? hit.member[0] : hit.entry.t + "." + hit.member[0];
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function excerpt(entry, words) {
    var text = entry.x;
    var at = entry.lx.indexOf(words[0]);
    if (at < 0) return escapeHtml(text.slice(0, 120));
    var start = Math.max(0, at - 50);
    var piece = (start > 0 ? "…" : "") + text.slice(start, at + 90) + "…";
    var html = escapeHtml(piece);
    words.forEach(function (w) {
      var pattern = new RegExp("(" + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")", "ig");
      html = html.replace(pattern, "<mark>$1</mark>");
    });
    return html;
  }

  function showResults() {
    var words = terms(input.value);
    list.innerHTML = "";
    selected = -1;
    if (words.length === 0) { list.hidden = true; return; }
    var query = words.join(" ");
    var hits = [];
    window.ARCHDOC_SEARCH.entries.forEach(function (entry) {
      var s = score(entry, words);
      if (s > 0) hits.push({ entry: entry, tier: TIER[entry.k] || 3, score: s, exact: entry.lt === query });
      memberHits(entry, words, query).forEach(function (hit) { hits.push(hit); });
    });
    hits.sort(rank);
    if (hits.length === 0) {
      list.innerHTML = '<li class="muted" role="status">No match for “' + escapeHtml(input.value) + '”</li>';
    }
    hits.slice(0, 20).forEach(function (hit) {
      var li = document.createElement("li");
      var href = root + "./" + hit.entry.u.split("/").map(encodeURIComponent).join("/") + (hit.member ? "#" + hit.member[1] : "");
      var excerptHtml = hit.member ? "in " + escapeHtml(hit.entry.t) : excerpt(hit.entry, words);
      li.innerHTML = '<a href="' + escapeHtml(href) + '"><span class="kind">' + escapeHtml(hit.member ? (hit.member[2] || (hit.entry.k === "package" ? "type" : "member")) : hit.entry.k) +
        "</span>" + escapeHtml(titleOf(hit)) + '<span class="excerpt">' + excerptHtml + "</span></a>";
      list.appendChild(li);
    });
    list.hidden = false;
  }

  function move(delta) {
    var links = list.querySelectorAll("a");
    if (links.length === 0) return;
    if (selected >= 0) links[selected].removeAttribute("aria-selected");
    selected = (selected + delta + links.length) % links.length;
    links[selected].setAttribute("aria-selected", "true");
    links[selected].scrollIntoView({ block: "nearest" });
  }

  if (input) {
    input.addEventListener("focus", function () { loadIndex(function () {}); });
    input.addEventListener("input", function () { loadIndex(showResults); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { move(1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { move(-1); event.preventDefault(); }
      else if (event.key === "Enter") {
        var links = list.querySelectorAll("a");
        var target = links[selected >= 0 ? selected : 0];
        if (target) { window.location.href = target.getAttribute("href"); event.preventDefault(); }
      } else if (event.key === "Escape") { input.value = ""; list.hidden = true; input.blur(); }
    });
    document.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest(".search")) list.hidden = true;
    });
  }

  // ---- keyboard: "/" searches, "d" switches dark mode, anywhere outside a text field
  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "/" && input) { input.focus(); event.preventDefault(); }
    else if (event.key === "d") { toggleTheme(); }
    else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      // tour steps: the arrow keys walk the tour
      var link = document.querySelector(event.key === "ArrowLeft" ? 'a[rel="prev"]' : 'a[rel="next"]');
      if (link) { window.location.href = link.getAttribute("href"); }
    }
  });

  // ---- decision index: filter rows by status and by tag
  var wantedStatus = "all";
  var wantedTag = "";
  function applyFilters() {
    document.querySelectorAll("table.decisions tbody tr").forEach(function (row) {
      var statusOk = wantedStatus === "all" || row.getAttribute("data-status") === wantedStatus;
      var tagOk = wantedTag === "" || (row.getAttribute("data-tags") || "").indexOf(" " + wantedTag + " ") >= 0;
      row.hidden = !(statusOk && tagOk);
    });
  }
  function pressOnly(group, button) {
    group.forEach(function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); });
  }
  var statusFilters = document.querySelectorAll(".filter[data-filter]");
  statusFilters.forEach(function (button) {
    button.addEventListener("click", function () {
      wantedStatus = button.getAttribute("data-filter");
      pressOnly(statusFilters, button);
      applyFilters();
    });
  });
  var tagFilters = document.querySelectorAll(".filter[data-tag]");
  tagFilters.forEach(function (button) {
    button.addEventListener("click", function () {
      wantedTag = button.getAttribute("data-tag");
      pressOnly(tagFilters, button);
      applyFilters();
    });
  });

  // ---- literate views: how much documentation to show, remembered across files
  var literate = document.querySelector(".literate");
  if (literate) {
    var level = recall("archdoc-literate-level") || "types";
    literate.setAttribute("data-level", level);
    literate.querySelectorAll('input[name="level"]').forEach(function (radio) {
      radio.checked = radio.value === level;
      radio.addEventListener("change", function () {
        literate.setAttribute("data-level", radio.value);
        remember("archdoc-literate-level", radio.value);
      });
    });
  }

  // ---- versions: when the site is one version of a published set (archdoc publish: <set>/<version>/...),
  // a switcher that keeps the page, and a banner on versions older than the default. The list comes from
  // ../versions.js, a script, so it loads from file:// as well as over http.
  var badge = document.querySelector(".topbar .version");
  var depth = (root.match(/\.\.\//g) || []).length;
  var segments = window.location.pathname.split("/");
  var folderAt = segments.length - 2 - depth;
  var thisVersion = badge && folderAt >= 0 ? decodeURIComponent(segments[folderAt]) : null;
  if (badge && thisVersion === badge.textContent.trim()) {
    var pagePath = segments.slice(folderAt + 1).join("/") || "index.html";
    var versionsScript = document.createElement("script");
    versionsScript.src = root + "../versions.js";
    versionsScript.onload = function () { if (window.ARCHDOC_VERSIONS) showVersions(window.ARCHDOC_VERSIONS); };
    document.head.appendChild(versionsScript);
  }
  function samePageIn(version, then) {
    var target = root + "../" + encodeURIComponent(version) + "/" + pagePath;
    var home = root + "../" + encodeURIComponent(version) + "/index.html";
    if (!/^https?:$/.test(window.location.protocol) || !window.fetch) { then(target); return; }
    fetch(target, { method: "HEAD" }).then(function (r) { then(r.ok ? target : home); }, function () { then(home); });
  }
  function showVersions(set) {
    var select = document.createElement("select");
    select.className = "version-switcher";
    select.setAttribute("aria-label", "Version");
    set.versions.forEach(function (v) {
      var option = document.createElement("option");
      option.value = v.version;
      option.textContent = v.title + (v.aliases.length ? " (" + v.aliases.join(", ") + ")" : "");
      option.selected = v.version === thisVersion;
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      samePageIn(select.value, function (url) { window.location.href = url; });
    });
    badge.replaceWith(select);
    // the root page of decisions across versions (versions.js names it when the set has one)
    var across = set.decisions ? root + "../" + set.decisions : null;
    var navFooter = document.querySelector(".sidebar .nav-footer");
    if (across && navFooter) {
      var item = document.createElement("li");
      var acrossLink = document.createElement("a");
      acrossLink.className = "version-decisions";
      acrossLink.href = across + "#v-" + encodeURIComponent(thisVersion);
      acrossLink.textContent = "Decisions by version";
      item.appendChild(acrossLink);
      navFooter.appendChild(item);
    }
    var names = set.versions.map(function (v) { return v.version; });
    var newest = set.defaultVersion;
    if (newest && names.indexOf(thisVersion) > names.indexOf(newest)) {
      var banner = document.createElement("p");
      banner.className = "banner banner-retired version-banner";
      banner.setAttribute("role", "note");
      banner.appendChild(document.createTextNode("You are reading version " + thisVersion + "; the " +
        (set["default"] !== newest ? set["default"] : "latest") + " is " + newest + " → "));
      var link = document.createElement("a");
      link.href = root + "../" + encodeURIComponent(newest) + "/index.html";
      link.textContent = "same page in " + newest;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        samePageIn(newest, function (url) { window.location.href = url; });
      });
      banner.appendChild(link);
      if (across) {
        banner.appendChild(document.createTextNode(" · "));
        var changes = document.createElement("a");
        changes.className = "version-banner-decisions";
        changes.href = across + "#v-" + encodeURIComponent(newest);
        changes.textContent = "how decisions changed since";
        banner.appendChild(changes);
      }
      var main = document.getElementById("main");
      if (main) main.insertBefore(banner, main.firstChild);
    }
  }
})();
