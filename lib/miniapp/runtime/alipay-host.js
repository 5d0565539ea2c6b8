// common/host.js of the Alipay project: core.js's host on the my API (my.request answers
// HTTP errors through fail, with the status and body, which core.js reads like any reply).
/* eslint-disable */
var TABS = ["home", "cart", "order"];

function query(values) {
  var parts = [];
  for (var key in values) if (values[key] !== undefined && values[key] !== "") parts.push(key + "=" + encodeURIComponent(values[key]));
  return parts.length ? "?" + parts.join("&") : "";
}

module.exports = {
  request: function (o) {
    return new Promise(function (resolve, reject) {
      my.request({
        url: o.url,
        // No PATCH in the super-apps' request APIs: the Storefront API takes PUT for the same writes.
        method: o.method === "PATCH" ? "PUT" : o.method,
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
    });
  },
  storage: {
    get: function (key) {
      var res = my.getStorageSync({ key: key });
      return (res && res.data) || "";
    },
    set: function (key, value) {
      my.setStorageSync({ key: key, data: value });
    },
  },
  navigate: function (page, values) {
    var url = "/pages/" + page + "/" + page;
    if (TABS.indexOf(page) >= 0) my.switchTab({ url: url });
    else my.navigateTo({ url: url + query(values) });
  },
  openPayment: function (url) {
    my.navigateTo({ url: "/pages/pay/pay?url=" + encodeURIComponent(url) });
  },
  toast: function (text) {
    my.showToast({ content: text, type: "none" });
  },
  setTitle: function (text) {
    if (text) my.setNavigationBar({ title: text });
  },
  language: function () {
    try {
      return my.getSystemInfoSync().language || "";
    } catch (e) {
      return "";
    }
  },
};
