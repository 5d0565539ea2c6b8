// common/superapp-host.js of the WeChat and Alipay projects: core.js's host on the super-app's
// API (wx or my). Their requests keep no cookies, so the cart travels as a token header; tab
// pages are reached with switchTab; payment opens in the web-view page.
/* eslint-disable */
var TABS = ["home", "cart", "order"];

function query(values) {
  var parts = [];
  for (var key in values) if (values[key] !== undefined && values[key] !== "") parts.push(key + "=" + encodeURIComponent(values[key]));
  return parts.length ? "?" + parts.join("&") : "";
}

// What differs between the two: how a request, the storage, a toast and the title are called.
var FLAVOURS = {
  wechat: {
    request: function (sdk, o, resolve, reject) {
      sdk.request({
        url: o.url,
        method: o.method,
        data: o.data,
        header: o.headers,
        success: function (res) {
          resolve({ status: res.statusCode, data: res.data });
        },
        fail: function (err) {
          reject(new Error((err && err.errMsg) || "request failed"));
        },
      });
    },
    get: function (sdk, key) {
      return sdk.getStorageSync(key) || "";
    },
    set: function (sdk, key, value) {
      sdk.setStorageSync(key, value);
    },
    toast: function (sdk, text) {
      sdk.showToast({ title: text, icon: "none" });
    },
    setTitle: function (sdk, text) {
      sdk.setNavigationBarTitle({ title: text });
    },
    info: function (sdk) {
      return sdk.getAppBaseInfo ? sdk.getAppBaseInfo() : sdk.getSystemInfoSync();
    },
  },
  // my.request answers HTTP errors through fail, with the status and body.
  alipay: {
    request: function (sdk, o, resolve, reject) {
      sdk.request({
        url: o.url,
        method: o.method,
        data: o.data === undefined ? undefined : JSON.stringify(o.data),
        headers: o.headers,
        dataType: "json",
        success: function (res) {
          resolve({ status: res.status || res.statusCode, data: res.data });
        },
        fail: function (err) {
          if (err && err.status) resolve({ status: err.status, data: err.data });
          else reject(new Error((err && err.errorMessage) || "request failed"));
        },
      });
    },
    get: function (sdk, key) {
      var res = sdk.getStorageSync({ key: key });
      return (res && res.data) || "";
    },
    set: function (sdk, key, value) {
      sdk.setStorageSync({ key: key, data: value });
    },
    toast: function (sdk, text) {
      sdk.showToast({ content: text, type: "none" });
    },
    setTitle: function (sdk, text) {
      sdk.setNavigationBar({ title: text });
    },
    info: function (sdk) {
      return sdk.getSystemInfoSync();
    },
  },
};

module.exports = function superAppHost(sdk, name) {
  var flavour = FLAVOURS[name];
  return {
    request: function (o) {
      // No PATCH in the super-apps' request APIs: the Storefront API takes PUT for the same writes.
      var options = { url: o.url, method: o.method === "PATCH" ? "PUT" : o.method, data: o.data, headers: o.headers };
      return new Promise(function (resolve, reject) {
        flavour.request(sdk, options, resolve, reject);
      });
    },
    storage: {
      get: function (key) {
        return flavour.get(sdk, key);
      },
      set: function (key, value) {
        flavour.set(sdk, key, value);
      },
    },
    navigate: function (page, values) {
      var url = "/pages/" + page + "/" + page;
      if (TABS.indexOf(page) >= 0) sdk.switchTab({ url: url });
      else sdk.navigateTo({ url: url + query(values) });
    },
    openPayment: function (url) {
      sdk.navigateTo({ url: "/pages/pay/pay?url=" + encodeURIComponent(url) });
    },
    toast: function (text) {
      flavour.toast(sdk, text);
    },
    setTitle: function (text) {
      if (text) flavour.setTitle(sdk, text);
    },
    language: function () {
      try {
        return flavour.info(sdk).language || "";
      } catch (e) {
        return "";
      }
    },
  };
};
