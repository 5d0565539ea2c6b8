// common/host.js of the WeChat project: core.js's host on the wx API. wx.request keeps no
// cookies, so the cart travels as a token header; tab pages are reached with switchTab.
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
      wx.request({
        url: o.url,
        // No PATCH in the super-apps' request APIs: the Storefront API takes PUT for the same writes.
        method: o.method === "PATCH" ? "PUT" : o.method,
        data: o.data,
        header: o.headers,
        success: function (res) {
          resolve({ status: res.statusCode, data: res.data });
        },
        fail: function (err) {
          reject(new Error((err && err.errMsg) || "request failed"));
        },
      });
    });
  },
  storage: {
    get: function (key) {
      return wx.getStorageSync(key) || "";
    },
    set: function (key, value) {
      wx.setStorageSync(key, value);
    },
  },
  navigate: function (page, values) {
    var url = "/pages/" + page + "/" + page;
    if (TABS.indexOf(page) >= 0) wx.switchTab({ url: url });
    else wx.navigateTo({ url: url + query(values) });
  },
  openPayment: function (url) {
    wx.navigateTo({ url: "/pages/pay/pay?url=" + encodeURIComponent(url) });
  },
  toast: function (text) {
    wx.showToast({ title: text, icon: "none" });
  },
  setTitle: function (text) {
    if (text) wx.setNavigationBarTitle({ title: text });
  },
  language: function () {
    try {
      return (wx.getAppBaseInfo ? wx.getAppBaseInfo() : wx.getSystemInfoSync()).language || "";
    } catch (e) {
      return "";
    }
  },
};
