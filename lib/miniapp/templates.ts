// The pages' markup, written once in a small WXML dialect and turned into each output's own:
// WXML as is (WeChat), AXML (Alipay: a: directives, onTap handlers), HTML (the W3C MiniApp
// package, rendered by common/mini.js). The dialect keeps to what all three understand:
// view / text / image / button / input / label / picker / block, {{path}} or {{!path}} only
// (core.js computes every string and flag), wx:if / wx:elif / wx:else, wx:for with wx:for-item,
// and bindtap / bindinput / bindconfirm / bindchange on buttons, inputs and pickers.

export const PAGE_NAMES = ["home", "collection", "product", "search", "cart", "checkout", "order"] as const;
export type PageName = (typeof PAGE_NAMES)[number];
/** The super-apps open the payment page in a web-view page of its own. */
export type MiniProgramPage = PageName | "pay";
/** Bottom tabs: Shop / Cart / Orders. */
export const TAB_PAGES = ["home", "cart", "order"] as const satisfies readonly PageName[];

const status = `<view wx:if="{{loading}}" class="status" role="status">…</view>
<view wx:if="{{error}}" class="error" role="alert">{{error}}</view>`;

const grid = `<view class="grid">
  <button wx:for="{{products}}" wx:for-item="p" wx:key="handle" class="card" data-handle="{{p.handle}}" bindtap="openProduct">
    <image wx:if="{{p.hasImage}}" class="card-image" src="{{p.imageUrl}}" alt="{{p.imageAlt}}" mode="aspectFill" />
    <text class="card-title">{{p.title}}</text>
    <text class="price">{{p.priceText}}</text>
    <text wx:if="{{p.compareText}}" class="compare">{{p.compareText}}</text>
    <text wx:if="{{p.soldOut}}" class="badge">{{p.soldOutText}}</text>
  </button>
</view>
<view wx:if="{{empty}}" class="empty">{{labels.empty}}</view>
<button wx:if="{{hasMore}}" class="secondary" bindtap="loadMore">{{labels.more}}</button>`;

const searchBox = `<view class="search" role="search">
  <label class="field grow"><text class="sr-only">{{labels.searchLabel}}</text>
    <input type="text" confirm-type="search" value="{{query}}" placeholder="{{labels.searchLabel}}" bindinput="typeQuery" bindconfirm="search" />
  </label>
  <button class="primary" bindtap="search">{{labels.searchButton}}</button>
</view>`;

const templates: Record<MiniProgramPage, string> = {
  home: `<view class="page">
<view class="hero"><text class="title" role="heading" aria-level="1">{{title}}</text><text wx:if="{{description}}" class="muted">{{description}}</text></view>
${searchBox}
<view wx:if="{{hasCollections}}" class="chips" aria-label="{{labels.collectionsTitle}}">
  <button wx:for="{{collections}}" wx:for-item="c" wx:key="handle" class="chip" data-handle="{{c.handle}}" bindtap="openCollection">{{c.title}}</button>
</view>
${status}
${grid}
</view>`,
  collection: `<view class="page">
<text class="title" role="heading" aria-level="1">{{title}}</text>
${status}
${grid}
</view>`,
  search: `<view class="page">
${searchBox}
<text wx:if="{{resultText}}" class="muted" role="status">{{resultText}}</text>
${status}
${grid}
</view>`,
  product: `<view class="page">
${status}
<view wx:if="{{product}}" class="product">
  <view wx:if="{{product.hasImages}}" class="gallery">
    <image wx:for="{{product.images}}" wx:for-item="im" wx:key="url" class="photo" src="{{im.url}}" alt="{{im.alt}}" mode="widthFix" />
  </view>
  <text class="title" role="heading" aria-level="1">{{product.title}}</text>
  <view class="prices"><text class="price">{{product.priceText}}</text><text wx:if="{{product.compareText}}" class="compare">{{product.compareText}}</text></view>
  <view wx:if="{{product.hasOptions}}">
    <view wx:for="{{product.options}}" wx:for-item="o" wx:key="name" class="option" role="group" aria-label="{{o.name}}">
      <text class="label">{{o.name}}</text>
      <view class="chips">
        <button wx:for="{{o.values}}" wx:for-item="v" wx:key="value" class="{{v.className}}" aria-pressed="{{v.selected}}" data-option="{{v.optionIndex}}" data-value="{{v.value}}" bindtap="choose">{{v.value}}</button>
      </view>
    </view>
  </view>
  <text class="muted" role="status">{{product.stockText}}</text>
  <button class="primary" disabled="{{!product.canAdd}}" bindtap="addToCart">{{labels.add}}</button>
  <view wx:if="{{message}}" class="notice" role="status">{{message}}</view>
  <button wx:if="{{added}}" class="secondary" bindtap="openCart">{{cartText}}</button>
  <text wx:if="{{product.description}}" class="description">{{product.description}}</text>
</view>
</view>`,
  cart: `<view class="page">
<text class="title" role="heading" aria-level="1">{{labels.title}}</text>
${status}
<view wx:if="{{cart.empty}}" class="empty">
  <text>{{labels.empty}}</text>
  <button class="secondary" bindtap="shop">{{labels.continueShopping}}</button>
</view>
<view wx:else>
  <view wx:for="{{cart.lines}}" wx:for-item="l" wx:key="id" class="line">
    <image wx:if="{{l.hasImage}}" class="thumb" src="{{l.imageUrl}}" alt="" mode="aspectFill" />
    <view class="line-body">
      <text class="line-title">{{l.title}}</text>
      <text wx:if="{{l.variantTitle}}" class="muted">{{l.variantTitle}}</text>
      <text class="muted">{{l.unitText}}</text>
      <text wx:if="{{l.problem}}" class="error">{{l.problem}}</text>
      <view class="stepper">
        <button class="step" aria-label="{{l.decreaseLabel}}" data-id="{{l.id}}" data-quantity="{{l.less}}" bindtap="setQuantity">−</button>
        <text class="quantity">{{l.quantity}}</text>
        <button class="step" aria-label="{{l.increaseLabel}}" data-id="{{l.id}}" data-quantity="{{l.more}}" bindtap="setQuantity">+</button>
        <button class="link" data-id="{{l.id}}" bindtap="remove">{{l.removeLabel}}</button>
      </view>
    </view>
    <text class="price">{{l.totalText}}</text>
  </view>
  <view class="codes">
    <label class="field grow"><text class="label">{{labels.discountCode}}</text><input class="code-input" type="text" value="{{code}}" bindinput="typeCode" bindconfirm="applyCode" /></label>
    <button class="secondary" bindtap="applyCode">{{labels.apply}}</button>
  </view>
  <view wx:for="{{cart.codes}}" wx:for-item="c" wx:key="code" class="code-row">
    <text>{{c.code}}</text><text wx:if="{{c.note}}" class="muted">{{c.note}}</text>
    <button class="link" data-code="{{c.code}}" bindtap="removeCode">{{labels.remove}} {{c.code}}</button>
  </view>
  <view wx:if="{{message}}" class="notice" role="status">{{message}}</view>
  <view class="totals">
    <view class="row"><text>{{labels.subtotal}}</text><text>{{cart.subtotalText}}</text></view>
    <view wx:if="{{cart.discountText}}" class="row"><text>{{labels.discount}}</text><text>{{cart.discountText}}</text></view>
    <view class="row strong"><text>{{labels.total}}</text><text>{{cart.totalText}}</text></view>
  </view>
  <button class="primary" bindtap="checkout">{{labels.checkout}}</button>
</view>
</view>`,
  checkout: `<view class="page">
<text class="title" role="heading" aria-level="1">{{labels.title}}</text>
${status}
<view wx:if="{{cart.empty}}" class="empty">{{labels.empty}}</view>
<view wx:else class="form">
  <text class="subtitle" role="heading" aria-level="2">{{labels.contact}}</text>
  <label class="field"><text class="label">{{labels.email}}</text><input class="in-email" type="text" value="{{email}}" bindinput="typeEmail" /></label>
  <text wx:if="{{errors.email}}" class="error">{{errors.email}}</text>
  <text class="subtitle" role="heading" aria-level="2">{{labels.shippingAddress}}</text>
  <label class="field"><text class="label">{{labels.name}}</text><input class="in-name" type="text" value="{{address.name}}" data-field="name" bindinput="typeAddress" /></label>
  <text wx:if="{{errors.address.name}}" class="error">{{errors.address.name}}</text>
  <label class="field"><text class="label">{{labels.line1}}</text><input class="in-line1" type="text" value="{{address.line1}}" data-field="line1" bindinput="typeAddress" /></label>
  <text wx:if="{{errors.address.line1}}" class="error">{{errors.address.line1}}</text>
  <label class="field"><text class="label">{{labels.city}}</text><input class="in-city" type="text" value="{{address.city}}" data-field="city" bindinput="typeAddress" /></label>
  <text wx:if="{{errors.address.city}}" class="error">{{errors.address.city}}</text>
  <label class="field"><text class="label">{{labels.postalCode}}</text><input class="in-postalCode" type="text" value="{{address.postalCode}}" data-field="postalCode" bindinput="typeAddress" /></label>
  <text wx:if="{{errors.address.postalCode}}" class="error">{{errors.address.postalCode}}</text>
  <label class="field"><text class="label">{{labels.country}}</text>
    <picker class="in-country" range="{{countryNames}}" value="{{countryIndex}}" aria-label="{{labels.country}}" bindchange="chooseCountry"><view class="picker">{{countryText}}</view></picker>
  </label>
  <text wx:if="{{errors.address.country}}" class="error">{{errors.address.country}}</text>
  <text class="subtitle" role="heading" aria-level="2">{{labels.shippingMethod}}</text>
  <view wx:if="{{noRates}}" class="muted">{{labels.noShipping}}</view>
  <view class="chips" role="group" aria-label="{{labels.shippingMethod}}">
    <button wx:for="{{rates}}" wx:for-item="r" wx:key="id" class="{{r.className}}" aria-pressed="{{r.selected}}" data-id="{{r.id}}" bindtap="chooseRate">{{r.name}} · {{r.priceText}}</button>
  </view>
  <text wx:if="{{errors.shippingRateId}}" class="error">{{errors.shippingRateId}}</text>
  <view class="totals">
    <view class="row"><text>{{labels.subtotal}}</text><text>{{cart.subtotalText}}</text></view>
    <view class="row strong"><text>{{labels.total}}</text><text>{{cart.totalText}}</text></view>
  </view>
  <view wx:if="{{errors.form}}" class="error" role="alert">{{errors.form}}</view>
  <button class="primary" disabled="{{paying}}" bindtap="pay">{{labels.pay}}</button>
  <button wx:if="{{paymentUrl}}" class="secondary" bindtap="continueToPayment">{{labels.pay}} ↗</button>
</view>
</view>`,
  order: `<view class="page">
<text class="title" role="heading" aria-level="1">{{labels.title}}</text>
${status}
<view wx:if="{{empty}}" class="empty">{{labels.empty}}</view>
<view wx:for="{{orders}}" wx:for-item="o" wx:key="token" class="order">
  <text class="subtitle" role="heading" aria-level="2">{{o.numberText}}</text>
  <view class="row"><text>{{labels.status}}</text><text class="{{o.statusClass}}">{{o.statusText}}</text></view>
  <view class="row"><text>{{labels.delivery}}</text><text>{{o.fulfillmentText}}</text></view>
  <view wx:for="{{o.lines}}" wx:for-item="l" wx:key="key" class="row muted"><text>{{l.title}}</text><text>{{l.quantityText}}</text></view>
  <view class="row strong"><text>{{labels.total}}</text><text>{{o.totalText}}</text></view>
</view>
</view>`,
  pay: `<web-view src="{{url}}"></web-view>`,
};

export function pageTemplate(page: MiniProgramPage): string {
  return templates[page];
}

/** WXML → AXML: Alipay spells the directives a:…, and event handlers onTap / onInput / …. */
export function toAxml(wxml: string): string {
  return wxml.replace(/\bwx:/g, "a:").replace(/\bbind(tap|input|confirm|change)=/g, (_, event: string) => `on${event[0].toUpperCase()}${event.slice(1)}=`);
}

const HTML_TAGS: Record<string, string> = { view: "div", text: "span", image: "img", picker: "select", block: "template" };
const VOID = new Set(["img", "input"]);

/**
 * WXML → the HTML the MiniApp page carries in its <template>: the same directives, real HTML
 * elements (a view is a div, a picker a select), every tap target a button.
 */
export function toHtml(wxml: string): string {
  return wxml
    .replace(/<picker\b([^>]*)>[\s\S]*?<\/picker>/g, "<select$1></select>")
    .replace(/<(\/?)(view|text|image|picker|block)\b/g, (_, slash: string, tag: string) => `<${slash}${HTML_TAGS[tag]}`)
    .replace(/<(img|input)\b([^>]*?)\s*\/>/g, (_, tag: string, attrs: string) => (VOID.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}></${tag}>`))
    .replace(/<button\b/g, '<button type="button"')
    .replace(/\s(mode|confirm-type|wx:key)="[^"]*"/g, "");
}
