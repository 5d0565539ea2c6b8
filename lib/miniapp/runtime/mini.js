// Page() for the W3C MiniApp package's HTML pages: renders the page's <template> (the same
// markup as the WXML pages, see lib/miniapp/templates.ts) from its data, re-renders on setData
// by patching the DOM in place (so a field being typed in keeps its focus), and turns clicks,
// input and Enter into the handlers' events ({ currentTarget: { dataset }, detail: { value } }).
// No eval: {{path}} and {{!path}} are looked up, nothing is executed.
/* eslint-disable */
(function (root) {
  "use strict";
  var DIRECTIVES = /^(wx:|bind)/;

  function lookup(scope, path) {
    var parts = path.split(".");
    var value = scope;
    for (var i = 0; i < parts.length; i++) {
      if (value === null || value === undefined) return undefined;
      value = value[parts[i]];
    }
    return value;
  }

  function evaluate(expr, scope) {
    expr = expr.trim();
    if (expr[0] === "!") return !evaluate(expr.slice(1), scope);
    return lookup(scope, expr);
  }

  // "{{a}}" alone keeps its type (arrays, booleans); mixed with text it becomes a string.
  function interpolate(text, scope) {
    var whole = /^\s*\{\{([^}]+)\}\}\s*$/.exec(text);
    if (whole) return evaluate(whole[1], scope);
    return text.replace(/\{\{([^}]+)\}\}/g, function (_, expr) {
      var value = evaluate(expr, scope);
      return value === undefined || value === null ? "" : String(value);
    });
  }

  function child(scope, values) {
    var next = Object.create(scope);
    for (var key in values) next[key] = values[key];
    return next;
  }

  function renderNodes(nodes, scope, out) {
    var taken = false;
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node.nodeType === 3) {
        out.appendChild(document.createTextNode(String(interpolate(node.nodeValue, scope) ?? "")));
        continue;
      }
      if (node.nodeType !== 1) continue;
      if (node.hasAttribute("wx:if")) {
        taken = !!interpolate(node.getAttribute("wx:if"), scope);
        if (!taken) continue;
      } else if (node.hasAttribute("wx:elif")) {
        if (taken) continue;
        taken = !!interpolate(node.getAttribute("wx:elif"), scope);
        if (!taken) continue;
      } else if (node.hasAttribute("wx:else")) {
        if (taken) continue;
      }
      if (node.hasAttribute("wx:for")) {
        var list = interpolate(node.getAttribute("wx:for"), scope) || [];
        var itemName = node.getAttribute("wx:for-item") || "item";
        var indexName = node.getAttribute("wx:for-index") || "index";
        for (var j = 0; j < list.length; j++) {
          var values = {};
          values[itemName] = list[j];
          values[indexName] = j;
          renderElement(node, child(scope, values), out);
        }
        continue;
      }
      renderElement(node, scope, out);
    }
  }

  function renderElement(node, scope, out) {
    var tag = node.tagName.toLowerCase();
    if (tag === "template") return renderNodes(node.content.childNodes, scope, out);
    var el = document.createElement(tag);
    for (var i = 0; i < node.attributes.length; i++) {
      var attr = node.attributes[i];
      if (/^wx:/.test(attr.name)) continue;
      var value = interpolate(attr.value, scope);
      if (attr.name === "range" || attr.name === "value") {
        el["__" + attr.name] = value;
        continue;
      }
      if (value === false || value === null || value === undefined || (value === "" && /^(src|disabled|hidden)$/.test(attr.name))) continue;
      el.setAttribute(attr.name, value === true ? (/^aria-/.test(attr.name) ? "true" : "") : String(value));
    }
    if (tag === "select") {
      var range = el.__range || [];
      for (var k = 0; k < range.length; k++) {
        var option = document.createElement("option");
        option.value = String(k);
        option.textContent = String(range[k]);
        el.appendChild(option);
      }
    } else {
      renderNodes(node.childNodes, scope, el);
    }
    out.appendChild(el);
  }

  // Patches `target` to look like `source`, keeping the nodes (and focus) that stay.
  function morph(target, source) {
    var a = target.childNodes;
    var b = source.childNodes;
    var i = 0;
    for (; i < b.length; i++) {
      var next = b[i];
      var current = a[i];
      if (!current) {
        target.appendChild(next.cloneNode(true));
        copyProps(target.lastChild, next);
      } else if (current.nodeType !== next.nodeType || current.nodeName !== next.nodeName) {
        var clone = next.cloneNode(true);
        copyProps(clone, next);
        target.replaceChild(clone, current);
      } else if (current.nodeType === 3) {
        if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
      } else {
        syncAttributes(current, next);
        if (current.tagName === "SELECT") {
          if (current.options.length !== next.options.length || current.textContent !== next.textContent) current.innerHTML = next.innerHTML;
        } else morph(current, next);
        copyProps(current, next);
      }
    }
    while (a.length > b.length) target.removeChild(target.lastChild);
  }

  function syncAttributes(el, source) {
    for (var i = el.attributes.length - 1; i >= 0; i--) if (!source.hasAttribute(el.attributes[i].name)) el.removeAttribute(el.attributes[i].name);
    for (var j = 0; j < source.attributes.length; j++) {
      var attr = source.attributes[j];
      if (el.getAttribute(attr.name) !== attr.value) el.setAttribute(attr.name, attr.value);
    }
  }

  function copyProps(el, source) {
    if (el.nodeType !== 1) return;
    if (source.__value !== undefined) {
      if (el.tagName === "SELECT") el.selectedIndex = Number(source.__value);
      else if (el !== document.activeElement && el.value !== String(source.__value ?? "")) el.value = String(source.__value ?? "");
    }
    var from = source.querySelectorAll ? source.querySelectorAll("input,select") : [];
    var to = el.querySelectorAll ? el.querySelectorAll("input,select") : [];
    for (var i = 0; i < from.length && i < to.length; i++) copyProps(to[i], from[i]);
  }

  function datasetOf(el) {
    var out = {};
    for (var i = 0; i < el.attributes.length; i++) {
      var name = el.attributes[i].name;
      if (name.indexOf("data-") === 0)
        out[
          name.slice(5).replace(/-([a-z])/g, function (_, c) {
            return c.toUpperCase();
          })
        ] = el.attributes[i].value;
    }
    return out;
  }

  function Page(definition, query, container) {
    var template = document.getElementById("page-template");
    var page = {};
    for (var key in definition) if (key !== "data") page[key] = definition[key];
    page.data = JSON.parse(JSON.stringify(definition.data || {}));
    var scheduled = false;
    page.setData = function (patch) {
      for (var k in patch) page.data[k] = patch[k];
      if (!scheduled) {
        scheduled = true;
        Promise.resolve().then(render);
      }
    };
    function render() {
      scheduled = false;
      var fresh = document.createElement("div");
      renderNodes(template.content.childNodes, page.data, fresh);
      morph(container, fresh);
      if (root.MinishopPage && root.MinishopPage.rendered) root.MinishopPage.rendered();
    }
    function dispatch(type, event) {
      var el = event.target;
      while (el && el !== container && !(el.hasAttribute && el.hasAttribute("bind" + type))) el = el.parentNode;
      if (!el || el === container) return;
      var handler = page[el.getAttribute("bind" + type)];
      if (typeof handler !== "function") return;
      var value = el.tagName === "SELECT" ? String(el.selectedIndex) : el.value;
      handler.call(page, { type: type, currentTarget: { dataset: datasetOf(el) }, target: { dataset: datasetOf(el) }, detail: { value: value } });
    }
    container.addEventListener("click", function (e) {
      dispatch("tap", e);
    });
    container.addEventListener("input", function (e) {
      dispatch("input", e);
    });
    container.addEventListener("change", function (e) {
      dispatch("change", e);
    });
    container.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.tagName === "INPUT") dispatch("confirm", e);
    });
    window.addEventListener("scroll", function () {
      if (typeof page.onReachBottom === "function" && window.innerHeight + window.scrollY >= document.body.offsetHeight - 200) page.onReachBottom();
    });
    render();
    if (typeof page.onLoad === "function") page.onLoad.call(page, query);
    if (typeof page.onShow === "function") page.onShow.call(page);
    return page;
  }

  root.MinishopPage = { Page: Page, rendered: null };
})(typeof self !== "undefined" ? self : this);
