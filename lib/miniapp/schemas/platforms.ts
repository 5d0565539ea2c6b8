// JSON Schemas of the WeChat and Alipay project files, written from their documentation: the
// members Minishop writes, typed and constrained as documented, and what each requires
// (WeChat app.json: pages and sitemapLocation; tabBar: colours and 2-5 list items with
// pagePath and text; sitemap.json: rules of action + page; project.config.json: appid and
// compileType; Alipay app.json: pages, tabBar items with pagePath and name; mini.project.json:
// format 2). Unknown members are refused, so a misspelt key fails the test.
const hexColor = { type: "string", pattern: "^#[0-9a-fA-F]{6}$" } as const;
const pagePath = { type: "string", pattern: "^pages/[a-z-]+/[a-z-]+$" } as const;

export const wechatAppSchema = {
  type: "object",
  required: ["pages", "sitemapLocation"],
  additionalProperties: false,
  properties: {
    entryPagePath: pagePath,
    pages: { type: "array", minItems: 1, uniqueItems: true, items: pagePath },
    window: {
      type: "object",
      additionalProperties: false,
      properties: {
        navigationBarBackgroundColor: hexColor,
        navigationBarTextStyle: { enum: ["black", "white"] },
        navigationBarTitleText: { type: "string" },
        navigationStyle: { enum: ["default", "custom"] },
        backgroundColor: hexColor,
        backgroundTextStyle: { enum: ["dark", "light"] },
        enablePullDownRefresh: { type: "boolean" },
        onReachBottomDistance: { type: "number" },
      },
    },
    tabBar: {
      type: "object",
      required: ["color", "selectedColor", "backgroundColor", "list"],
      additionalProperties: false,
      properties: {
        color: hexColor,
        selectedColor: hexColor,
        backgroundColor: hexColor,
        borderStyle: { enum: ["black", "white"] },
        position: { enum: ["bottom", "top"] },
        list: {
          type: "array",
          minItems: 2,
          maxItems: 5,
          items: {
            type: "object",
            required: ["pagePath", "text"],
            additionalProperties: false,
            properties: { pagePath, text: { type: "string", minLength: 1 }, iconPath: { type: "string" }, selectedIconPath: { type: "string" } },
          },
        },
      },
    },
    networkTimeout: {
      type: "object",
      additionalProperties: false,
      properties: {
        request: { type: "integer", minimum: 1 },
        connectSocket: { type: "integer", minimum: 1 },
        uploadFile: { type: "integer", minimum: 1 },
        downloadFile: { type: "integer", minimum: 1 },
      },
    },
    debug: { type: "boolean" },
    sitemapLocation: { type: "string", pattern: "\\.json$" },
    style: { const: "v2" },
    lazyCodeLoading: { const: "requiredComponents" },
  },
} as const;

export const wechatPageSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    navigationBarTitleText: { type: "string" },
    navigationBarBackgroundColor: hexColor,
    navigationBarTextStyle: { enum: ["black", "white"] },
    enablePullDownRefresh: { type: "boolean" },
    onReachBottomDistance: { type: "number" },
    usingComponents: { type: "object" },
  },
} as const;

export const wechatProjectSchema = {
  type: "object",
  required: ["appid", "compileType"],
  additionalProperties: false,
  properties: {
    appid: { type: "string", pattern: "^(wx[0-9a-f]{16}|touristappid)$" },
    projectname: { type: "string", minLength: 1 },
    description: { type: "string" },
    compileType: { enum: ["miniprogram", "plugin", "game"] },
    libVersion: { type: "string", pattern: "^\\d+\\.\\d+\\.\\d+$" },
    miniprogramRoot: { type: "string" },
    srcMiniprogramRoot: { type: "string" },
    setting: {
      type: "object",
      additionalProperties: false,
      properties: {
        urlCheck: { type: "boolean" },
        es6: { type: "boolean" },
        enhance: { type: "boolean" },
        postcss: { type: "boolean" },
        minified: { type: "boolean" },
      },
    },
    condition: { type: "object" },
    editorSetting: { type: "object" },
  },
} as const;

export const wechatSitemapSchema = {
  type: "object",
  required: ["rules"],
  additionalProperties: false,
  properties: {
    desc: { type: "string" },
    rules: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["action", "page"],
        additionalProperties: false,
        properties: {
          action: { enum: ["allow", "disallow"] },
          page: { anyOf: [{ const: "*" }, pagePath] },
          params: { type: "array", items: { type: "string" } },
          matching: { enum: ["exact", "inclusive", "exclusive", "partial"] },
          priority: { type: "integer", minimum: 0 },
        },
      },
    },
  },
} as const;

export const alipayAppSchema = {
  type: "object",
  required: ["pages"],
  additionalProperties: false,
  properties: {
    pages: { type: "array", minItems: 1, uniqueItems: true, items: pagePath },
    window: {
      type: "object",
      additionalProperties: false,
      properties: {
        defaultTitle: { type: "string" },
        titleBarColor: hexColor,
        backgroundColor: hexColor,
        pullRefresh: { type: "boolean" },
        allowsBounceVertical: { enum: ["YES", "NO"] },
        transparentTitle: { enum: ["always", "auto", "none"] },
      },
    },
    tabBar: {
      type: "object",
      required: ["items"],
      additionalProperties: false,
      properties: {
        textColor: hexColor,
        selectedColor: hexColor,
        backgroundColor: hexColor,
        items: {
          type: "array",
          minItems: 2,
          maxItems: 5,
          items: {
            type: "object",
            required: ["pagePath", "name"],
            additionalProperties: false,
            properties: { pagePath, name: { type: "string", minLength: 1 }, icon: { type: "string" }, activeIcon: { type: "string" } },
          },
        },
      },
    },
  },
} as const;

export const alipayPageSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    defaultTitle: { type: "string" },
    pullRefresh: { type: "boolean" },
    allowsBounceVertical: { enum: ["YES", "NO"] },
    titleBarColor: hexColor,
    usingComponents: { type: "object" },
  },
} as const;

export const alipayProjectSchema = {
  type: "object",
  required: ["format", "compileType"],
  additionalProperties: false,
  properties: {
    format: { const: 2 },
    compileType: { enum: ["mini", "plugin"] },
    miniprogramRoot: { type: "string" },
    compileOptions: {
      type: "object",
      additionalProperties: false,
      properties: {
        component2: { type: "boolean" },
        typescript: { type: "boolean" },
        less: { type: "boolean" },
        enableNodeModuleBabelTransform: { type: "boolean" },
      },
    },
    uploadExclude: { type: "array", items: { type: "string" } },
    assetsInclude: { type: "array", items: { type: "string" } },
    developOptions: { type: "object" },
  },
} as const;
