// Minishop's web embed. Paste
//   <script src="https://<platform>/embed.js" async></script>
//   <minishop-shop shop="<slug>"></minishop-shop>            (the whole shop)
//   <minishop-shop shop="<slug>" product="<handle>"></minishop-shop>   (one product)
// The element shows the shop's mini-program (/embed/<slug>/…) in an iframe, which tells its
// height by postMessage: only messages from the platform's origin and from that very frame
// are read. Checkout opens in a new tab. The shop must list this page's origin in its settings.
(function () {
  "use strict";
  if (window.customElements.get("minishop-shop")) return;
  var script = document.currentScript;
  var platform = new URL(script ? script.src : "/", location.href).origin;

  class MinishopShop extends HTMLElement {
    static get observedAttributes() {
      return ["shop", "product"];
    }
    connectedCallback() {
      this.render();
      this.onMessage = (event) => {
        if (event.origin !== platform || !this.frame || event.source !== this.frame.contentWindow) return;
        var data = event.data;
        if (!data || data.type !== "minishop:resize" || typeof data.height !== "number") return;
        this.frame.style.height = Math.max(200, Math.min(Math.ceil(data.height), 10000)) + "px";
      };
      window.addEventListener("message", this.onMessage);
    }
    disconnectedCallback() {
      window.removeEventListener("message", this.onMessage);
    }
    attributeChangedCallback() {
      if (this.isConnected) this.render();
    }
    render() {
      var shop = this.getAttribute("shop");
      if (!shop) return;
      var product = this.getAttribute("product");
      var page = product ? "product" : "home";
      var src = platform + "/embed/" + encodeURIComponent(shop) + "/pages/" + page + "/" + page + ".html?parent=" + encodeURIComponent(location.origin);
      if (product) src += "&handle=" + encodeURIComponent(product);
      if (this.frame && this.frame.getAttribute("src") === src) return;
      var frame = document.createElement("iframe");
      frame.src = src;
      frame.title = this.getAttribute("title") || "Shop";
      frame.loading = "lazy";
      frame.style.cssText = "display:block;width:100%;max-width:480px;height:" + (product ? 560 : 640) + "px;border:0;border-radius:12px;background:#fff";
      this.replaceChildren(frame);
      this.frame = frame;
    }
  }

  window.customElements.define("minishop-shop", MinishopShop);
})();
