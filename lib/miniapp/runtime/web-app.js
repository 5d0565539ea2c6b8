// app.js of the W3C MiniApp package: the browser's host for core.js (fetch, localStorage,
// page-to-page links, payment in a new tab when framed), the tab bar, and the boot of a page:
// load the language's catalogue, create the app, run the page. Inside an embed it also tells
// the embedding page its height, by postMessage to exactly the origin embed.js named.
/* eslint-disable */
(function (root) {
  "use strict";
  var config = root.MINISHOP_CONFIG;
  var memory = {};
  var params = new URLSearchParams(location.search);
  var framed = root.top !== root;
  // The embedding page's origin, passed by embed.js once and kept for the pages that follow.
  var parentOrigin = params.get("parent") || sessionGet("minishop.parent") || "";
  if (params.get("parent")) sessionSet("minishop.parent", parentOrigin);

  function sessionGet(key) {
    try {
      return sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  function sessionSet(key, value) {
    try {
      sessionStorage.setItem(key, value);
    } catch (e) {}
  }

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
    storage: {
      get: function (key) {
        try {
          return localStorage.getItem(key) || "";
        } catch (e) {
          return memory[key] || "";
        }
      },
      set: function (key, value) {
        try {
          localStorage.setItem(key, value);
        } catch (e) {
          memory[key] = value;
        }
      },
    },
    navigate: function (page, values) {
      location.href = "../" + page + "/" + page + ".html" + query(values);
    },
    openPayment: function (url) {
      // Inside another site's frame, payment gets a tab of its own (its address bar shows where the money goes).
      if (!framed) return location.assign(url);
      var opened = root.open(url, "_blank");
      if (!opened) return false;
      opened.opener = null;
    },
    toast: function (text) {
      var box = document.getElementById("toast");
      if (!box) return;
      box.textContent = text;
      clearTimeout(host.toastTimer);
      host.toastTimer = setTimeout(function () {
        box.textContent = "";
      }, 2500);
    },
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
      nav.appendChild(link);
    });
  }

  function reportHeight() {
    if (!framed || !parentOrigin) return;
    var height = Math.ceil(document.documentElement.scrollHeight);
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
