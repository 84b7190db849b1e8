// Plumbline architecture site: search and zoom. Everything else works without this script.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var root = document.body.getAttribute("data-root") || "";

  function entries() {
    return window.PLUMBLINE_SEARCH || [];
  }

  function find(query, limit) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    if (words.length === 0) {
      return [];
    }
    var scored = [];
    entries().forEach(function (entry) {
      var title = entry.t.toLowerCase();
      var all = title + " " + entry.x.toLowerCase();
      if (words.every(function (w) { return all.indexOf(w) >= 0; })) {
        var score = title === query.toLowerCase() ? 0 : words.every(function (w) { return title.indexOf(w) >= 0; }) ? 1 : 2;
        scored.push({ score: score, entry: entry });
      }
    });
    scored.sort(function (a, b) { return a.score - b.score || a.entry.t.localeCompare(b.entry.t); });
    return scored.slice(0, limit).map(function (s) { return s.entry; });
  }

  function item(entry) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + entry.u;
    a.textContent = entry.t;
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = entry.k;
    li.appendChild(a);
    li.appendChild(kind);
    return li;
  }

  function show(list, results) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    results.forEach(function (entry) { list.appendChild(item(entry)); });
  }

  document.querySelectorAll("form.search").forEach(function (form) {
    var input = form.querySelector("input[type=search]");
    var list = form.querySelector(".search-results");
    input.addEventListener("input", function () { show(list, find(input.value, 12)); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        show(list, []);
      }
    });
  });

  var page = document.getElementById("search-page-results");
  if (page) {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var input = document.querySelector("form.search input[type=search]");
    if (input) {
      input.value = query;
    }
    var results = find(query, 200);
    show(page, results);
    document.getElementById("search-summary").textContent = query
      ? results.length + " results for \u201c" + query + "\u201d" : "Type in the search box above.";
  }

  // Zoom and pan: diagrams start at their natural size (legible); zoom changes the drawn width, drag scrolls.
  document.querySelectorAll("figure.diagram").forEach(function (figure) {
    var frame = figure.querySelector(".zoom");
    var svg = frame && frame.querySelector("svg");
    if (!svg) {
      return;
    }
    var natural = svg.getBoundingClientRect().width || (svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width) || 800;
    var scale = 1;
    function apply() {
      svg.style.width = Math.round(natural * scale) + "px";
      svg.style.height = "auto";
    }
    function zoom(factor, x, y) {
      var before = scale;
      scale = Math.min(8, Math.max(0.1, scale * factor));
      var ratio = scale / before;
      var left = frame.scrollLeft, top = frame.scrollTop;
      apply();
      frame.scrollLeft = (left + x) * ratio - x;
      frame.scrollTop = (top + y) * ratio - y;
    }
    figure.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var how = button.getAttribute("data-zoom");
        if (how === "reset") {
          scale = 1;
          apply();
        } else {
          zoom(how === "in" ? 1.25 : 0.8, frame.clientWidth / 2, frame.clientHeight / 2);
        }
      });
    });
    frame.addEventListener("wheel", function (event) {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        var box = frame.getBoundingClientRect();
        zoom(event.deltaY < 0 ? 1.1 : 0.9, event.clientX - box.left, event.clientY - box.top);
      }
    }, { passive: false });
    var drag = null;
    frame.addEventListener("mousedown", function (event) {
      drag = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop };
      frame.classList.add("dragging");
    });
    window.addEventListener("mousemove", function (event) {
      if (drag) {
        frame.scrollLeft = drag.left - (event.clientX - drag.x);
        frame.scrollTop = drag.top - (event.clientY - drag.y);
      }
    });
    window.addEventListener("mouseup", function () {
      drag = null;
      frame.classList.remove("dragging");
    });
    frame.addEventListener("keydown", function (event) {
      if (event.key === "+" || event.key === "=") {
        zoom(1.25, frame.clientWidth / 2, frame.clientHeight / 2);
      } else if (event.key === "-") {
        zoom(0.8, frame.clientWidth / 2, frame.clientHeight / 2);
      }
    });
  });
})();
