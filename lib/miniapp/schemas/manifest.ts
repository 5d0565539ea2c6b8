// JSON Schema of the W3C MiniApp manifest, written from the specification's prose (the schema
// linked from the draft is defective: a "$schema " key with a trailing space, pages / window /
// widgets / req_permissions / platform_version nested under version, "min" for "minimum", so
// it accepts invalid documents). Required: app_id, name, icons (each with src), pages,
// platform_version.min_code, version.code and version.name. Other members are optional, but
// typed as the specification types them when present.
const hexColor = { type: "string", pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$" } as const;

export const manifestSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://minishop.dev/schemas/miniapp-manifest.json",
  title: "W3C MiniApp manifest",
  type: "object",
  required: ["app_id", "name", "icons", "pages", "platform_version", "version"],
  properties: {
    app_id: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$" },
    name: { type: "string", minLength: 1 },
    short_name: { type: "string" },
    description: { type: "string" },
    lang: { type: "string", pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
    dir: { enum: ["ltr", "rtl", "auto"] },
    color_scheme: { enum: ["auto", "light", "dark"] },
    device_type: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
    icons: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["src"],
        properties: {
          src: { type: "string", minLength: 1 },
          sizes: { type: "string", pattern: "^(any|[0-9]+[xX][0-9]+)( (any|[0-9]+[xX][0-9]+))*$" },
          type: { type: "string" },
          label: { type: "string" },
        },
      },
    },
    version: {
      type: "object",
      required: ["code", "name"],
      properties: {
        code: { type: "integer", minimum: 1 },
        name: { type: "string", minLength: 1 },
      },
    },
    platform_version: {
      type: "object",
      required: ["min_code"],
      properties: {
        min_code: { type: "integer", minimum: 1 },
        target_code: { type: "integer", minimum: 1 },
        release_type: { type: "string", minLength: 1 },
      },
    },
    pages: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", pattern: "^[^/\\s][^\\s]*$" } },
    window: {
      type: "object",
      properties: {
        auto_design_width: { type: "boolean" },
        background_color: hexColor,
        background_text_style: { enum: ["light", "dark"] },
        design_width: { type: "number", exclusiveMinimum: 0 },
        enable_pull_down_refresh: { type: "boolean" },
        fullscreen: { type: "boolean" },
        navigation_bar_background_color: hexColor,
        navigation_bar_text_style: { enum: ["black", "white"] },
        navigation_bar_title_text: { type: "string" },
        navigation_style: { enum: ["default", "custom"] },
        on_reach_bottom_distance: { type: "number", minimum: 0 },
        orientation: { enum: ["landscape", "portrait", "auto"] },
      },
    },
    req_permissions: {
      type: "array",
      items: { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 }, reason: { type: "string" } } },
    },
    widgets: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "path"],
        properties: { name: { type: "string", minLength: 1 }, path: { type: "string", minLength: 1 }, min_platform_version: { type: "integer", minimum: 1 } },
      },
    },
    // Web App Manifest members, so one document serves both.
    start_url: { type: "string" },
    scope: { type: "string" },
    display: { enum: ["fullscreen", "standalone", "minimal-ui", "browser"] },
    theme_color: hexColor,
    background_color: hexColor,
  },
} as const;
