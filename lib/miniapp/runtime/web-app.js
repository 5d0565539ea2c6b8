// app.js of the W3C MiniApp package: the browser's host for core.js (fetch, storage,
// page-to-page links, payment in a new tab when framed), the tab bar, and the boot of a page:
// load the language's catalogue, create the app, run the page. Inside an embed it also tells
// the embedding page its height, by postMessage to exactly the origin embed.js named.
/* eslint-disable */
(function (root) {
  "use strict";
  var config = root.MINISHOP_CONFIG;
  var params = new URLSearchParams(location.search);
  var framed = root.top !== root;

  // The cart token and order tokens live in localStorage. A browser that denies storage to a
  // frame of another site (third-party storage blocked) gets them carried from page to page in
  // the URL's fragment instead, which is never sent to a server nor in a Referer.
  var persistent = (function () {
    try {
      localStorage.setItem("minishop.test", "1");
      localStorage.removeItem("minishop.test");
      return true;
    } catch (e) {
      return false;
    }
  })();
  var memory = {};
  try {
    var carried = /^#s=(.*)$/.exec(location.hash);
    if (carried) memory = JSON.parse(decodeURIComponent(carried[1])) || {};
  } catch (e) {}
  function carry() {
    return persistent || !Object.keys(memory).length ? "" : "#s=" + encodeURIComponent(JSON.stringify(memory));
  }
  function get(key) {
    return (persistent ? localStorage.getItem(key) : memory[key]) || "";
  }
  function set(key, value) {
    if (persistent) localStorage.setItem(key, value);
    else memory[key] = value;
  }

  // The embedding page's origin, passed by embed.js once and kept for the pages that follow.
  if (params.get("parent")) set("minishop.parent", params.get("parent"));
  var parentOrigin = get("minishop.parent");

  function query(values) {
    var out = new URLSearchParams();
    for (var key in values) if (values[key] !== undefined && values[key] !== "") out.set(key, values[key]);
    var text = out.toString();
    return text ? "?" + text : "";
  }

  var host = {
    request: function (o) {
      return fetch(o.url, { method: o.method, headers: o.headers, body: o.data === undefined ? undefined : JSON.stringify(o.data), credentials: "omit" }).then(
        function (res) {
          return res.text().then(function (text) {
            return { status: res.status, data: text };
          });
        },
      );
    },
    storage: { get: get, set: set },
    navigate: function (page, values) {
      location.href = "../" + page + "/" + page + ".html" + query(values) + carry();
    },
    openPayment: function (url) {
      // Inside another site's frame, payment gets a tab of its own (its address bar shows where the money goes).
      if (!framed) return location.assign(url);
      var opened = root.open(url, "_blank");
      if (!opened) return false;
      opened.opener = null;
    },
    // The page's own notice (role=status) says it already: no second message.
    toast: function () {},
    setTitle: function (text) {
      if (text) document.title = text;
    },
    language: function () {
      return params.get("lang") || navigator.language || "";
    },
  };

  function tabBar(app, current) {
    var nav = document.getElementById("tabs");
    if (!nav) return;
    var tabs = [
      ["home", app.t("shop.home")],
      ["cart", app.t("cart.link")],
      ["order", app.t("account.title")],
    ];
    nav.setAttribute("aria-label", app.t("shop.home"));
    tabs.forEach(function (tab) {
      var link = document.createElement("a");
      link.href = "../" + tab[0] + "/" + tab[0] + ".html";
      link.textContent = tab[1];
      if (tab[0] === current) link.setAttribute("aria-current", "page");
      // The state to carry is known only when the link is followed.
      link.addEventListener("click", function () {
        link.href = "../" + tab[0] + "/" + tab[0] + ".html" + carry();
      });
      nav.appendChild(link);
    });
  }

  function reportHeight() {
    if (!framed || !parentOrigin) return;
    // The content's own height: the frame's height (the viewport) must not feed back into it.
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === reportHeight.last) return;
    reportHeight.last = height;
    root.parent.postMessage({ type: "minishop:resize", height: height }, parentOrigin);
  }

  function run(name) {
    var lang = MinishopCore.pickLocale(host.language(), config);
    fetch("../../i18n/" + lang + ".json")
      .then(function (res) {
        return res.json();
      })
      .then(function (catalogue) {
        var catalogues = {};
        catalogues[lang] = catalogue;
        var app = MinishopCore.createApp(host, config, catalogues);
        document.documentElement.lang = app.locale;
        tabBar(app, name);
        var query = {};
        params.forEach(function (value, key) {
          query[key] = value;
        });
        MinishopPage.rendered = reportHeight;
        root.minishop = MinishopPage.Page(app.pages[name], query, document.getElementById("page"));
        if (root.ResizeObserver) new ResizeObserver(reportHeight).observe(document.body);
      });
  }

  root.MinishopApp = { run: run, host: host };
})(typeof self !== "undefined" ? self : this);
