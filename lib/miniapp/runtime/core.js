// The shop's mini-program: every page's data and actions, written once for the three outputs
// (WeChat, Alipay, W3C MiniApp HTML). It talks to the world only through `host` (request,
// storage, navigation, payment, toast), which each platform implements in common/host.js,
// and reaches the shop only through the Storefront API. Plain ES2017 with no dependencies:
// it runs as a CommonJS module in the super-apps and as a <script> in a browser.
/* eslint-disable */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.MinishopCore = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // ---------- messages (ICU subset: {name}, plural with =N / one / other and #, select) ----------

  function formatMessage(pattern, values, locale) {
    var out = "";
    var i = 0;
    while (i < pattern.length) {
      var ch = pattern[i];
      if (ch !== "{") {
        out += ch;
        i++;
        continue;
      }
      var end = matching(pattern, i);
      out += argument(pattern.slice(i + 1, end), values || {}, locale);
      i = end + 1;
    }
    return out;
  }

  function matching(text, open) {
    var depth = 0;
    for (var j = open; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) return j;
    }
    return text.length - 1;
  }

  function argument(body, values, locale) {
    var parts = body.split(",");
    var name = parts[0].trim();
    var value = values[name];
    if (parts.length < 3) return value === undefined ? "{" + name + "}" : String(value);
    var kind = parts[1].trim();
    var rest = parts.slice(2).join(",");
    var options = {};
    var re = /\s*(=?[\w-]+)\s*\{/g;
    var m;
    while ((m = re.exec(rest))) {
      var close = matching(rest, re.lastIndex - 1);
      options[m[1]] = rest.slice(re.lastIndex, close);
      re.lastIndex = close + 1;
    }
    var chosen;
    if (kind === "plural") {
      var rule = "other";
      try {
        rule = new Intl.PluralRules(locale).select(Number(value));
      } catch (e) {
        rule = Number(value) === 1 ? "one" : "other";
      }
      chosen = options["=" + value] !== undefined ? options["=" + value] : options[rule] !== undefined ? options[rule] : options.other;
      return formatMessage((chosen || "").replace(/#/g, String(value)), values, locale);
    }
    chosen = options[String(value)] !== undefined ? options[String(value)] : options.other;
    return formatMessage(chosen || "", values, locale);
  }

  function translator(catalogue, locale) {
    return function t(key, values) {
      var node = catalogue;
      var path = key.split(".");
      for (var i = 0; i < path.length && node; i++) node = node[path[i]];
      return typeof node === "string" ? formatMessage(node, values, locale) : key;
    };
  }

  // ---------- money ----------

  function money(amount, currency, locale) {
    if (amount === null || amount === undefined) return "";
    try {
      var format = new Intl.NumberFormat(locale, { style: "currency", currency: currency });
      var digits = format.resolvedOptions().maximumFractionDigits;
      return format.format(amount / Math.pow(10, digits));
    } catch (e) {
      return (amount / 100).toFixed(2) + " " + currency;
    }
  }

  // ---------- the Storefront API ----------

  function createApi(host, config) {
    var base = config.apiBase.replace(/\/$/, "") + "/api/storefront/v1/shops/" + encodeURIComponent(config.shop);
    var cartKey = "minishop.cart." + config.shop;
    var ordersKey = "minishop.orders." + config.shop;
    var pendingKey = "minishop.pending." + config.shop;

    function call(method, path, body, locale) {
      var headers = { Accept: "application/json", "Accept-Language": locale || config.defaultLocale };
      var token = host.storage.get(cartKey);
      if (token) headers[config.cartHeader] = token;
      if (body !== undefined) headers["Content-Type"] = "application/json";
      return host.request({ method: method, url: base + path, data: body, headers: headers }).then(function (res) {
        var data = res.data;
        if (typeof data === "string" && data) {
          try {
            data = JSON.parse(data);
          } catch (e) {}
        }
        if (res.status >= 200 && res.status < 300) return data || {};
        var error = new Error((data && data.error && data.error.message) || "HTTP " + res.status);
        error.status = res.status;
        error.code = data && data.error && data.error.code;
        error.fields = (data && data.error && data.error.fields) || {};
        throw error;
      });
    }

    function query(params) {
      var parts = [];
      for (var key in params) {
        if (params[key] !== undefined && params[key] !== null && params[key] !== "") parts.push(key + "=" + encodeURIComponent(params[key]));
      }
      return parts.length ? "?" + parts.join("&") : "";
    }

    function keepCart(data) {
      var cart = data && (data.cart || data);
      if (cart && cart.token) host.storage.set(cartKey, cart.token);
      return cart;
    }

    // The API keeps a cart after its checkout (a declined payment leaves it as it was): once
    // the order is paid, the pages drop its token and the next add starts a new cart.
    function settlePending() {
      var token = host.storage.get(pendingKey);
      if (!token) return Promise.resolve();
      return call("GET", "/orders/" + encodeURIComponent(token)).then(
        function (order) {
          if (order.status === "pending") return;
          host.storage.set(pendingKey, "");
          if (order.status === "paid") host.storage.set(cartKey, "");
        },
        function () {},
      );
    }

    // A cart token the API no longer knows (expired, another shop's) is dropped and a new cart made.
    function withCart(fn) {
      var make = function () {
        return call("POST", "/carts", {}).then(keepCart);
      };
      var ready = settlePending().then(function () {
        return host.storage.get(cartKey) ? null : make();
      });
      return ready.then(fn).catch(function (error) {
        if (error.status !== 404 || !host.storage.get(cartKey)) throw error;
        host.storage.set(cartKey, "");
        return make().then(fn);
      });
    }

    return {
      shop: function (l) {
        return call("GET", "", undefined, l);
      },
      products: function (params, l) {
        return call("GET", "/products" + query(params), undefined, l);
      },
      product: function (handle, l) {
        return call("GET", "/products/" + encodeURIComponent(handle), undefined, l);
      },
      collections: function (l) {
        return call("GET", "/collections", undefined, l);
      },
      collection: function (handle, l) {
        return call("GET", "/collections/" + encodeURIComponent(handle), undefined, l);
      },
      cart: function (l) {
        return settlePending().then(function () {
          if (!host.storage.get(cartKey)) return null;
          return readCart(l);
        });
      },
      addLine: function (variantId, quantity, l) {
        return withCart(function () {
          return call("POST", "/cart/lines", { variantId: variantId, quantity: quantity }, l).then(keepCart);
        });
      },
      setQuantity: function (lineId, quantity, l) {
        return call("PATCH", "/cart/lines/" + encodeURIComponent(lineId), { quantity: quantity }, l).then(keepCart);
      },
      removeLine: function (lineId, l) {
        return call("DELETE", "/cart/lines/" + encodeURIComponent(lineId), undefined, l).then(keepCart);
      },
      applyCode: function (code, l) {
        return call("POST", "/cart/discount-codes", { code: code }, l).then(keepCart);
      },
      removeCode: function (code, l) {
        return call("DELETE", "/cart/discount-codes/" + encodeURIComponent(code), undefined, l).then(keepCart);
      },
      shippingRates: function (country, l) {
        return call("GET", "/cart/shipping-rates" + query({ country: country }), undefined, l);
      },
      setBuyer: function (buyer, l) {
        return call("PATCH", "/cart", buyer, l).then(keepCart);
      },
      checkout: function (input, l) {
        return call("POST", "/cart/checkout", input || {}, l).then(function (data) {
          rememberOrder(data.orderToken);
          host.storage.set(pendingKey, data.orderToken);
          return data;
        });
      },
      order: function (token, l) {
        return call("GET", "/orders/" + encodeURIComponent(token), undefined, l);
      },
      orderTokens: function () {
        var saved = host.storage.get(ordersKey);
        return saved ? saved.split(",").filter(Boolean) : [];
      },
      rememberOrder: rememberOrder,
    };

    function readCart(l) {
      return call("GET", "/cart", undefined, l)
        .then(keepCart)
        .catch(function (error) {
          if (error.status === 404) {
            host.storage.set(cartKey, "");
            return null;
          }
          throw error;
        });
    }

    function rememberOrder(token) {
      var saved = host.storage.get(ordersKey);
      var tokens = (saved ? saved.split(",") : []).filter(function (t) {
        return t && t !== token;
      });
      tokens.unshift(token);
      host.storage.set(ordersKey, tokens.slice(0, 20).join(","));
    }
  }

  // ---------- view models (what the templates show: every string ready, every flag a boolean) ----------
  // Shapes are the Storefront API's (lib/storefront-api/schemas.ts): money is { amount, currency }.

  function amountOf(m) {
    return m ? m.amount : null;
  }

  function productCard(p, ctx) {
    var min = amountOf(p.priceRange.min);
    var max = amountOf(p.priceRange.max);
    var compare = amountOf(p.compareAtPrice);
    return {
      handle: p.handle,
      title: p.title,
      imageUrl: p.image ? p.image.url : "",
      imageAlt: p.image ? p.image.alt || p.title : "",
      hasImage: !!p.image,
      priceText: min !== max ? ctx.t("card.priceRange", { min: ctx.money(min), max: ctx.money(max) }) : ctx.money(min),
      compareText: compare && compare > min ? ctx.money(compare) : "",
      soldOut: !p.available,
      soldOutText: ctx.t("card.soldOut"),
    };
  }

  function chosenVariant(p, selected) {
    var variants = p.variants || [];
    return (
      variants.filter(function (v) {
        return v.options.every(function (value, i) {
          return value === selected[i];
        });
      })[0] || null
    );
  }

  function productDetail(p, selected, ctx) {
    var options = p.options.map(function (o, i) {
      return {
        name: o.name,
        values: o.values.map(function (value) {
          var on = selected[i] === value;
          return { value: value, optionIndex: i, className: on ? "choice choice-on" : "choice", selected: on };
        }),
      };
    });
    var variant = chosenVariant(p, selected);
    var price = variant ? amountOf(variant.price) : amountOf(p.priceRange.min);
    var compare = variant ? amountOf(variant.compareAtPrice) : null;
    var available = !!variant && variant.available;
    var left = variant ? variant.quantityAvailable : null;
    return {
      handle: p.handle,
      title: p.title,
      description: p.description || "",
      images: p.images.map(function (im) {
        return { url: im.url, alt: im.alt || p.title };
      }),
      hasImages: p.images.length > 0,
      options: options,
      // A product without options has one variant and nothing to choose.
      hasOptions: p.variants.length > 1,
      variantId: variant ? variant.id : "",
      priceText: ctx.money(price),
      compareText: compare && compare > price ? ctx.money(compare) : "",
      canAdd: available,
      stockText: !variant
        ? ""
        : !available
          ? ctx.t("picker.soldOut")
          : left === null
            ? ctx.t("picker.madeToOrder")
            : left <= 5
              ? ctx.t("picker.onlyLeft", { count: left })
              : ctx.t("picker.inStock"),
    };
  }

  function cartView(cart, ctx) {
    var lines = ((cart && cart.lines) || []).map(function (l) {
      return {
        id: l.id,
        title: l.title,
        variantTitle: l.variantTitle && l.variantTitle !== "Default" ? l.variantTitle : "",
        quantity: l.quantity,
        less: l.quantity - 1,
        more: l.quantity + 1,
        unitText: ctx.money(amountOf(l.unitPrice)),
        totalText: ctx.money(amountOf(l.subtotal)),
        imageUrl: l.imageUrl || "",
        hasImage: !!l.imageUrl,
        problem: l.problem ? l.problem.message : "",
        removeLabel: ctx.t("cart.remove"),
        decreaseLabel: ctx.t("cart.decrease", { item: l.title }),
        increaseLabel: ctx.t("cart.increase", { item: l.title }),
      };
    });
    var totals = (cart && cart.totals) || null;
    var codes = ((cart && cart.discountCodes) || []).map(function (c) {
      return { code: c.code, note: c.applied ? "" : c.message || "" };
    });
    return {
      lines: lines,
      empty: lines.length === 0,
      itemCount: (cart && cart.itemCount) || 0,
      codes: codes,
      subtotalText: totals ? ctx.money(totals.subtotal.amount) : "",
      discountText: totals && totals.discount.amount ? "−" + ctx.money(totals.discount.amount) : "",
      shippingText: totals ? ctx.money(totals.shipping.amount) : "",
      taxText: totals && totals.tax.amount ? ctx.money(totals.tax.amount) : "",
      totalText: totals ? ctx.money(totals.total.amount) : "",
    };
  }

  function orderView(order, token, ctx) {
    return {
      token: token,
      numberText: ctx.t("orders.number", { number: order.number }),
      statusText: ctx.t("orders.status", { status: order.status.toUpperCase() }),
      statusClass: order.status === "paid" ? "ok" : "",
      fulfillmentText: ctx.t("orders.fulfillment", { status: order.fulfillment.toUpperCase() }),
      totalText: ctx.money(order.total.amount),
      lines: order.lines.map(function (l, i) {
        return {
          key: String(i),
          title: l.variantTitle && l.variantTitle !== "Default" ? l.title + " · " + l.variantTitle : l.title,
          quantityText: ctx.t("orders.quantityAt", { count: l.quantity, price: ctx.money(l.unitPrice.amount) }),
        };
      }),
    };
  }

  function fieldErrors(error, t) {
    var fields = (error && error.fields) || {};
    var out = { address: {} };
    var any = false;
    for (var key in fields) {
      any = true;
      if (key.indexOf("shippingAddress.") === 0) out.address[key.slice(16)] = String(fields[key]);
      else out[key] = String(fields[key]);
    }
    // A message no field shows goes above the Pay button.
    if (!any || !(out.email || out.shippingRateId || Object.keys(out.address).length)) out.form = (error && error.message) || t("errors.internal");
    return out;
  }

  // ---------- pages ----------
  // Each returns a page definition for Page(): `data`, lifecycle methods and event handlers.
  // Handlers read `e.currentTarget.dataset` and `e.detail.value`, the same in every output.

  function createApp(host, config, catalogues) {
    var locale = pickLocale(host.language ? host.language() : "", config);
    var t = translator(catalogues[locale] || catalogues[config.defaultLocale] || {}, locale);
    var api = createApi(host, config);
    var ctx = {
      t: t,
      locale: locale,
      money: function (amount) {
        return money(amount, config.currency, locale);
      },
      absolute: function (url) {
        if (!url) return "";
        return /^https?:/.test(url) ? url : config.apiBase.replace(/\/$/, "") + url;
      },
    };
    var labels = function (keys) {
      var out = {};
      for (var k in keys) out[k] = t(keys[k]);
      return out;
    };
    var common = labels({ searchLabel: "shop.searchLabel", searchButton: "shop.searchButton", cart: "cart.link", home: "shop.home" });

    function failed(page, error) {
      page.setData({ loading: false, error: (error && error.message) || t("errors.internal") });
    }

    function listPage(kind) {
      return {
        data: { loading: true, error: "", title: "", products: [], empty: false, hasMore: false, cursor: "", query: "", collections: [], labels: common },
        onLoad: function (query) {
          this.params = query || {};
          this.setData({
            query: this.params.q || "",
            labels: Object.assign(
              {},
              common,
              labels({ more: "pagination.next", empty: kind === "collection" ? "collection.empty" : "home.empty", collectionsTitle: "shop.collections" }),
            ),
          });
          this.load(false);
          var page = this;
          if (kind === "home") {
            api.shop(locale).then(function (shop) {
              host.setTitle(shop.name);
              page.setData({ title: shop.name, description: shop.description || "" });
            });
            api
              .collections(locale)
              .then(function (data) {
                var list = data.collections.map(function (c) {
                  return { handle: c.handle, title: c.title };
                });
                page.setData({ collections: list, hasCollections: list.length > 0 });
              })
              .catch(function () {});
          }
          if (kind === "collection" && this.params.handle) {
            api
              .collection(this.params.handle, locale)
              .then(function (c) {
                host.setTitle(c.title);
                page.setData({ title: c.title });
              })
              .catch(function () {});
          }
          if (kind === "search") host.setTitle(t("search.title"));
        },
        load: function (more) {
          var page = this;
          var params = { limit: 20, cursor: more ? this.data.cursor : "" };
          if (kind === "collection") params.collection = this.params.handle;
          if (kind === "search") {
            if (!this.data.query) return this.setData({ loading: false, products: [], empty: false, resultText: "" });
            params.q = this.data.query;
          }
          this.setData({ loading: true, error: "" });
          return api
            .products(params, locale)
            .then(function (data) {
              var items = data.products.map(function (p) {
                return productCard(p, ctx);
              });
              var products = more ? page.data.products.concat(items) : items;
              var cursor = data.nextCursor || "";
              page.setData({
                loading: false,
                products: products,
                empty: products.length === 0,
                cursor: cursor,
                hasMore: !!cursor,
                resultText:
                  kind !== "search"
                    ? ""
                    : !products.length
                      ? t("search.noResults", { query: page.data.query })
                      : data.fuzzy
                        ? t("search.fuzzy", { query: page.data.query })
                        : t("search.resultsFor", { query: page.data.query }),
              });
            })
            .catch(function (error) {
              failed(page, error);
            });
        },
        loadMore: function () {
          this.load(true);
        },
        onReachBottom: function () {
          if (this.data.hasMore && !this.data.loading) this.load(true);
        },
        openProduct: function (e) {
          host.navigate("product", { handle: e.currentTarget.dataset.handle });
        },
        openCollection: function (e) {
          host.navigate("collection", { handle: e.currentTarget.dataset.handle });
        },
        typeQuery: function (e) {
          this.setData({ query: e.detail.value });
        },
        search: function () {
          if (kind === "search") this.load(false);
          else host.navigate("search", { q: this.data.query });
        },
        openCart: function () {
          host.navigate("cart", {}, { tab: true });
        },
      };
    }

    var product = {
      data: { loading: true, error: "", product: null, selected: [], message: "", adding: false, labels: {} },
      onLoad: function (query) {
        var page = this;
        this.handle = (query && query.handle) || "";
        this.setData({
          labels: labels({ add: "cart.add", adding: "cart.adding", viewCart: "cart.viewCart", description: "product.description", soldOut: "cart.soldOut" }),
        });
        return api
          .product(this.handle, locale)
          .then(function (p) {
            page.raw = p;
            // The first variant that can be bought is chosen to start with.
            var first =
              p.variants.filter(function (v) {
                return v.available;
              })[0] || p.variants[0];
            var selected = first ? first.options.slice() : [];
            host.setTitle(page.raw.title);
            page.setData({ loading: false, selected: selected, product: productDetail(page.raw, selected, ctx) });
          })
          .catch(function (error) {
            failed(page, error);
          });
      },
      choose: function (e) {
        var selected = this.data.selected.slice();
        selected[Number(e.currentTarget.dataset.option)] = e.currentTarget.dataset.value;
        this.setData({ selected: selected, product: productDetail(this.raw, selected, ctx), message: "" });
      },
      addToCart: function () {
        var page = this;
        if (!this.data.product || !this.data.product.canAdd || this.data.adding) return Promise.resolve();
        this.setData({ adding: true, message: "" });
        return api
          .addLine(this.data.product.variantId, 1, locale)
          .then(function (cart) {
            var count = cart.itemCount;
            page.setData({ adding: false, added: true, message: t("cart.added"), cartText: t("cart.linkWithCount", { count: count }) });
            host.toast(t("cart.added"));
          })
          .catch(function (error) {
            page.setData({ adding: false, message: error.message || t("cart.addFailed") });
          });
      },
      openCart: function () {
        host.navigate("cart", {}, { tab: true });
      },
    };

    // Until the API answers, the cart is neither empty nor full.
    var unloadedCart = Object.assign(cartView(null, ctx), { empty: false });

    var cart = {
      data: { loading: true, error: "", cart: unloadedCart, code: "", message: "", labels: {} },
      onLoad: function () {
        this.setData({
          labels: labels({
            title: "cart.title",
            empty: "cart.empty",
            continueShopping: "cart.continueShopping",
            subtotal: "cart.subtotal",
            checkout: "cart.checkout",
            discountCode: "checkout.discountCode",
            apply: "checkout.apply",
            remove: "checkout.remove",
            discount: "orders.discount",
            total: "checkout.total",
          }),
        });
        host.setTitle(t("cart.title"));
      },
      onShow: function () {
        return this.refresh();
      },
      refresh: function () {
        var page = this;
        return api
          .cart(locale)
          .then(function (c) {
            page.setData({ loading: false, cart: cartView(c, ctx) });
          })
          .catch(function (error) {
            failed(page, error);
          });
      },
      change: function (promise, message) {
        var page = this;
        page.setData({ message: "" });
        return promise
          .then(function (c) {
            page.setData({ cart: cartView(c, ctx), message: message || "", code: message ? "" : page.data.code });
          })
          .catch(function (error) {
            page.setData({ message: error.message || t("cart.updateFailed") });
          });
      },
      setQuantity: function (e) {
        var d = e.currentTarget.dataset;
        var quantity = Number(d.quantity);
        return this.change(quantity > 0 ? api.setQuantity(d.id, quantity, locale) : api.removeLine(d.id, locale));
      },
      remove: function (e) {
        return this.change(api.removeLine(e.currentTarget.dataset.id, locale));
      },
      typeCode: function (e) {
        this.setData({ code: e.detail.value });
      },
      applyCode: function () {
        var code = (this.data.code || "").trim();
        if (!code) return this.setData({ message: t("checkout.enterCode") });
        return this.change(api.applyCode(code, locale), t("checkout.codeApplied", { code: code.toUpperCase() }));
      },
      removeCode: function (e) {
        var code = e.currentTarget.dataset.code;
        return this.change(api.removeCode(code, locale), t("checkout.codeRemoved", { code: code }));
      },
      checkout: function () {
        host.navigate("checkout", {});
      },
      shop: function () {
        host.navigate("home", {}, { tab: true });
      },
    };

    var addressFields = ["name", "line1", "line2", "city", "region", "postalCode", "phone"];
    var checkout = {
      data: {
        loading: true,
        error: "",
        cart: unloadedCart,
        email: "",
        address: {},
        countries: [],
        countryIndex: -1,
        rates: [],
        rateId: "",
        errors: {},
        paying: false,
        labels: {},
      },
      onLoad: function () {
        var page = this;
        var l = labels({
          title: "checkout.title",
          contact: "checkout.contact",
          email: "checkout.email",
          shippingAddress: "checkout.shippingAddress",
          name: "checkout.addressName",
          line1: "checkout.addressLine1",
          line2: "checkout.addressLine2",
          city: "checkout.addressCity",
          region: "checkout.addressRegion",
          postalCode: "checkout.addressPostalCode",
          country: "checkout.addressCountry",
          phone: "checkout.addressPhone",
          chooseCountry: "checkout.chooseCountry",
          shippingMethod: "checkout.shippingMethod",
          noShipping: "checkout.noShipping",
          summary: "checkout.summary",
          subtotal: "checkout.subtotal",
          shipping: "checkout.shipping",
          total: "checkout.total",
          pay: "checkout.payNow",
          paying: "checkout.paying",
          empty: "cart.empty",
        });
        host.setTitle(l.title);
        this.setData({
          labels: l,
          countries: config.countries || [],
          countryNames: (config.countries || []).map(function (c) {
            return c.name;
          }),
        });
        return api
          .cart(locale)
          .then(function (c) {
            var view = cartView(c, ctx);
            // What the shopper typed while the cart loaded wins over what the cart had saved.
            var address = Object.assign({}, (c && c.shippingAddress) || {}, page.data.address);
            var index = (config.countries || [])
              .map(function (x) {
                return x.code;
              })
              .indexOf(address.country || "");
            page.setData({
              loading: false,
              cart: view,
              email: page.data.email || (c && c.email) || "",
              address: address,
              countryIndex: index,
              countryText: index >= 0 ? config.countries[index].name : l.chooseCountry,
            });
            if (address.country) page.loadRates(address.country);
          })
          .catch(function (error) {
            failed(page, error);
          });
      },
      typeEmail: function (e) {
        this.setData({ email: e.detail.value });
      },
      typeAddress: function (e) {
        var address = Object.assign({}, this.data.address);
        address[e.currentTarget.dataset.field] = e.detail.value;
        this.setData({ address: address });
      },
      chooseCountry: function (e) {
        var index = Number(e.detail.value);
        var country = (config.countries || [])[index];
        if (!country) return;
        var address = Object.assign({}, this.data.address, { country: country.code });
        this.setData({ address: address, countryIndex: index, countryText: country.name });
        return this.loadRates(country.code);
      },
      loadRates: function (country) {
        var page = this;
        return api
          .shippingRates(country, locale)
          .then(function (data) {
            var rates = data.rates.map(function (r) {
              return { id: r.id, name: r.name, priceText: r.price.amount ? ctx.money(r.price.amount) : t("checkout.free") };
            });
            var rateId = rates.some(function (r) {
              return r.id === page.data.rateId;
            })
              ? page.data.rateId
              : rates.length
                ? rates[0].id
                : "";
            page.setData({ rates: markRates(rates, rateId), rateId: rateId, noRates: rates.length === 0 });
          })
          .catch(function (error) {
            page.setData({ rates: [], noRates: true, errors: { form: error.message } });
          });
      },
      continueToPayment: function () {
        host.openPayment(this.data.paymentUrl);
      },
      chooseRate: function (e) {
        var id = e.currentTarget.dataset.id;
        this.setData({ rateId: id, rates: markRates(this.data.rates, id) });
      },
      pay: function () {
        var page = this;
        if (this.data.paying) return Promise.resolve();
        var address = {};
        for (var i = 0; i < addressFields.length; i++) if (this.data.address[addressFields[i]]) address[addressFields[i]] = this.data.address[addressFields[i]];
        address.country = this.data.address.country || "";
        this.setData({ paying: true, errors: {} });
        return api
          .setBuyer({ email: this.data.email, shippingAddress: address, shippingRateId: this.data.rateId || null }, locale)
          .then(function (c) {
            page.setData({ cart: cartView(c, ctx) });
            return api.checkout({}, locale);
          })
          .then(function (result) {
            // A host that can't open the payment page now (a blocked pop-up) gets a button for it.
            var opened = host.openPayment(result.paymentUrl) !== false;
            page.setData({ paying: false, paymentUrl: opened ? "" : result.paymentUrl });
          })
          .catch(function (error) {
            page.setData({ paying: false, errors: fieldErrors(error, t) });
          });
      },
    };

    function markRates(rates, id) {
      return rates.map(function (r) {
        return Object.assign({}, r, { className: "choice" + (r.id === id ? " choice-on" : ""), selected: r.id === id });
      });
    }

    var order = {
      data: { loading: true, error: "", orders: [], empty: false, labels: {} },
      onLoad: function (query) {
        if (query && query.token) api.rememberOrder(query.token);
        this.setData({
          labels: labels({
            title: "account.title",
            empty: "account.empty",
            status: "orders.statusLabel",
            total: "orders.total",
            delivery: "orders.fulfillmentLabel",
          }),
        });
        host.setTitle(t("account.title"));
      },
      onShow: function () {
        return this.refresh();
      },
      refresh: function () {
        var page = this;
        var tokens = api.orderTokens();
        return Promise.all(
          tokens.map(function (token) {
            return api.order(token, locale).then(
              function (o) {
                return orderView(o, token, ctx);
              },
              function () {
                return null;
              },
            );
          }),
        ).then(function (orders) {
          var list = orders.filter(Boolean);
          page.setData({ loading: false, orders: list, empty: list.length === 0 });
        });
      },
    };

    var pay = {
      data: { url: "" },
      onLoad: function (query) {
        this.setData({ url: decodeURIComponent((query && query.url) || "") });
      },
    };

    return {
      t: t,
      locale: locale,
      api: api,
      pages: {
        home: listPage("home"),
        collection: listPage("collection"),
        search: listPage("search"),
        product: product,
        cart: cart,
        checkout: checkout,
        order: order,
        pay: pay,
      },
    };
  }

  function pickLocale(preferred, config) {
    var locales = config.locales || [config.defaultLocale];
    var tag = String(preferred || "");
    if (locales.indexOf(tag) >= 0) return tag;
    var language = tag.toLowerCase().split(/[-_]/)[0];
    for (var i = 0; i < locales.length; i++) if (locales[i].toLowerCase().split("-")[0] === language) return locales[i];
    return config.defaultLocale;
  }

  return { createApp: createApp, formatMessage: formatMessage, money: money, pickLocale: pickLocale };
});
