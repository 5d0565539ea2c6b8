// The demo shop's catalogue: plain data, turned into rows by lib/seed/demo.ts.
// Prices are in euro cents.
import type { ArtKind } from "./demo-art";

export type DemoOption = { name: string; values: string[]; priceDelta?: number[] };

export type DemoProduct = {
  handle: string;
  title: string;
  collection: "tees" | "mugs" | "notebooks" | "posters";
  sku: string; // prefix of the variants' SKUs
  price: number;
  compareAt?: number;
  tags: string[];
  intro: string;
  details: string[];
  options?: DemoOption[];
  colour: string; // for the generated picture
  pictures: 1 | 2;
  soldOut?: "all" | string[]; // variant titles with no stock left
  stock?: number; // fixed stock for every variant (else a varied number)
  reserved?: Record<string, number>; // units held by open checkouts, by variant title
  untracked?: true; // made to order: stock is not counted
};

export const DEMO_COLLECTIONS = [
  { handle: "tees", title: "Tees", description: "Soft, organic cotton tees, printed in small batches.", featured: true, art: "tee" },
  { handle: "mugs", title: "Mugs", description: "Stoneware and enamel mugs for the first coffee of the day.", featured: true, art: "mug" },
  { handle: "notebooks", title: "Notebooks", description: "Notebooks and planners on recycled paper.", featured: false, art: "notebook" },
  { handle: "posters", title: "Posters", description: "Art prints on heavy matte paper, shipped rolled.", featured: false, art: "poster" },
] as const satisfies { handle: DemoProduct["collection"]; art: ArtKind; [k: string]: unknown }[];

const TEE_SIZES = { name: "Size", values: ["S", "M", "L", "XL"] };
const PAPER = { name: "Paper", values: ["Dotted", "Lined", "Blank"] };

export const DEMO_PRODUCTS: DemoProduct[] = [
  { handle: "organic-cotton-tee", title: "Organic Cotton Tee", collection: "tees", sku: "TEE-ORG", price: 2400, tags: ["organic", "bestseller"], colour: "#1e3a8a", pictures: 2,
    intro: "Our everyday tee, cut from **180 g/m² organic cotton** for a soft hand and a relaxed fit.", details: ["100 % GOTS-certified organic cotton", "Pre-shrunk, true to size", "Made in Portugal"],
    options: [TEE_SIZES, { name: "Colour", values: ["Black", "White", "Navy"] }], soldOut: ["XL / Navy"] },
  { handle: "heavyweight-pocket-tee", title: "Heavyweight Pocket Tee", collection: "tees", sku: "TEE-PKT", price: 3200, compareAt: 3900, tags: ["heavyweight", "sale"], colour: "#166534", pictures: 1,
    intro: "A boxy **240 g/m²** tee with a chest pocket. Gets better with every wash.", details: ["Heavyweight organic cotton jersey", "Boxy fit: size down for a closer fit", "Garment-dyed"],
    options: [{ name: "Size", values: ["S", "M", "L"] }, { name: "Colour", values: ["Sand", "Forest"] }] },
  { handle: "minishop-logo-tee", title: "Minishop Logo Tee", collection: "tees", sku: "TEE-LOGO", price: 2800, tags: ["logo"], colour: "#0f766e", pictures: 2,
    intro: "Show your support for independent shops. Water-based print, no plastisol.", details: ["Organic cotton", "Screen-printed by hand in Lisbon", "Unisex fit"],
    options: [TEE_SIZES, { name: "Colour", values: ["White", "Black"] }] },
  { handle: "striped-breton-tee", title: "Striped Breton Tee", collection: "tees", sku: "TEE-BRT", price: 3400, tags: ["stripes", "classic"], colour: "#1d4ed8", pictures: 1,
    intro: "The classic *marinière*, in a mid-weight cotton with a boat neck.", details: ["Yarn-dyed stripes that never fade", "Boat neck, three-quarter sleeves", "Made in France"],
    options: [{ name: "Size", values: ["S", "M", "L"] }, { name: "Colour", values: ["Navy stripe", "Red stripe"] }] },
  { handle: "kids-dino-tee", title: "Kids' Dino Tee", collection: "tees", sku: "TEE-KID", price: 1800, tags: ["kids"], colour: "#65a30d", pictures: 1, soldOut: "all",
    intro: "A friendly dinosaur for small explorers. Back soon!", details: ["Soft organic cotton", "Tagless neck label", "Machine wash at 40 °C"],
    options: [{ name: "Size", values: ["2–3 y", "4–5 y", "6–7 y"] }] },
  { handle: "long-sleeve-waffle-tee", title: "Long-Sleeve Waffle Tee", collection: "tees", sku: "TEE-WAF", price: 3600, compareAt: 4500, tags: ["winter", "sale"], colour: "#57534e", pictures: 2,
    intro: "A textured waffle knit for cooler days — layer it or wear it alone.", details: ["Cotton waffle knit", "Ribbed cuffs", "Relaxed fit"],
    options: [{ name: "Size", values: ["S", "M", "L"] }, { name: "Colour", values: ["Oat", "Charcoal"] }] },

  { handle: "stoneware-mug", title: "Stoneware Mug", collection: "mugs", sku: "MUG-STN", price: 1600, tags: ["handmade", "bestseller"], colour: "#9a3412", pictures: 2,
    intro: "Thrown by hand, so no two are quite the same. Holds a generous **350 ml**.", details: ["Dishwasher and microwave safe", "Lead-free glaze", "Handmade in Porto"],
    options: [{ name: "Colour", values: ["Speckled White", "Sage", "Terracotta"] }] },
  { handle: "enamel-camp-mug", title: "Enamel Camp Mug", collection: "mugs", sku: "MUG-ENM", price: 1400, tags: ["outdoor"], colour: "#2563eb", pictures: 1,
    intro: "Light, tough and ready for the campfire.", details: ["Enamelled steel, 300 ml", "Not microwave safe", "Rolled stainless rim"],
    options: [{ name: "Colour", values: ["White", "Black", "Blue"] }], reserved: { Blue: 3 }, stock: 3 },
  { handle: "insulated-travel-tumbler", title: "Insulated Travel Tumbler", collection: "mugs", sku: "MUG-TRV", price: 2400, compareAt: 2900, tags: ["travel", "sale"], colour: "#0e7490", pictures: 1,
    intro: "Keeps coffee hot for 6 hours and water cold for 12.", details: ["Double-walled stainless steel", "Leak-proof lid", "Fits most cup holders"],
    options: [{ name: "Size", values: ["350 ml", "500 ml"], priceDelta: [0, 400] }] },
  { handle: "espresso-cup-set", title: "Espresso Cup Set", collection: "mugs", sku: "MUG-ESP", price: 2200, tags: ["gift"], colour: "#7c2d12", pictures: 2,
    intro: "Two porcelain espresso cups with saucers, boxed and ready to gift.", details: ["Set of 2, 80 ml each", "Dishwasher safe", "Gift box included"] },
  { handle: "not-before-coffee-mug", title: "Not Before Coffee Mug", collection: "mugs", sku: "MUG-NBC", price: 1500, tags: ["funny"], colour: "#a16207", pictures: 1, stock: 2,
    intro: "For the colleague who needs a minute. Or three.", details: ["Ceramic, 330 ml", "Dishwasher safe", "Printed in the EU"] },

  { handle: "a5-linen-notebook", title: "A5 Linen Notebook", collection: "notebooks", sku: "NB-LIN", price: 1600, tags: ["stationery", "bestseller"], colour: "#b45309", pictures: 2,
    intro: "A linen-bound notebook that lies flat, with **192 pages** of 100 g/m² paper.", details: ["Fountain-pen friendly paper", "Lay-flat binding", "Ribbon marker and back pocket"],
    options: [PAPER, { name: "Colour", values: ["Rust", "Olive"] }] },
  { handle: "pocket-notebook-3-pack", title: "Pocket Notebook 3-Pack", collection: "notebooks", sku: "NB-PKT", price: 990, tags: ["stationery"], colour: "#4d7c0f", pictures: 1,
    intro: "Three slim notebooks that fit any pocket.", details: ["9 × 14 cm, 48 pages each", "Recycled kraft covers", "Saddle-stitched"],
    options: [{ name: "Paper", values: ["Dotted", "Lined", "Grid"] }] },
  { handle: "undated-weekly-planner", title: "Undated Weekly Planner", collection: "notebooks", sku: "NB-PLN", price: 1900, compareAt: 2400, tags: ["planner", "sale"], colour: "#334155", pictures: 1,
    intro: "Start any week of the year. 52 spreads plus monthly overviews.", details: ["A5, 160 pages", "Undated: start any time", "Two ribbon markers"],
    options: [{ name: "Colour", values: ["Sand", "Black"] }] },
  { handle: "recycled-sketchbook-a4", title: "Recycled Sketchbook A4", collection: "notebooks", sku: "NB-SKT", price: 1400, tags: ["art"], colour: "#6d28d9", pictures: 1,
    intro: "Heavy 140 g/m² recycled paper that takes pencil, ink and light washes.", details: ["A4, 80 pages", "100 % recycled paper", "Sturdy board covers"] },
  { handle: "recipe-journal", title: "Recipe Journal", collection: "notebooks", sku: "NB-RCP", price: 2200, tags: ["kitchen", "gift"], colour: "#be123c", pictures: 2, untracked: true,
    intro: "Keep the family recipes in one place. Bound to order in our workshop.", details: ["Indexed sections", "Wipe-clean cover", "Ships in 5–7 days (made to order)"] },

  { handle: "mountain-sunrise-print", title: "Mountain Sunrise Print", collection: "posters", sku: "PST-MTN", price: 1900, tags: ["art", "nature"], colour: "#c2410c", pictures: 2,
    intro: "A calm sunrise over the Serra da Estrela, printed on **200 g/m² matte** paper.", details: ["Giclée print, archival inks", "Frame not included", "Shipped rolled in a tube"],
    options: [{ name: "Size", values: ["A3", "A2", "A1"], priceDelta: [0, 1000, 2000] }], soldOut: ["A1"] },
  { handle: "lisbon-city-map-print", title: "Lisbon City Map Print", collection: "posters", sku: "PST-MAP", price: 2400, compareAt: 2900, tags: ["map", "sale"], colour: "#0369a1", pictures: 1,
    intro: "Every street of Lisbon, from Belém to Parque das Nações.", details: ["Minimal line style", "Matte 200 g/m² paper", "Frame not included"],
    options: [{ name: "Size", values: ["A3", "A2"], priceDelta: [0, 1000] }] },
  { handle: "botanical-study-no-4", title: "Botanical Study No. 4", collection: "posters", sku: "PST-BOT", price: 1900, tags: ["art", "botanical"], colour: "#15803d", pictures: 1,
    intro: "A fern study inspired by 19th-century herbarium plates.", details: ["Giclée print", "Cream paper", "Signed on the back"],
    options: [{ name: "Size", values: ["A3", "A2"], priceDelta: [0, 1000] }] },
  { handle: "risograph-waves-print", title: "Risograph Waves Print", collection: "posters", sku: "PST-RSO", price: 2900, tags: ["art", "risograph"], colour: "#1d4ed8", pictures: 1, untracked: true,
    intro: "Two-colour risograph print, printed to order — slight misregistration is part of the charm.", details: ["A3, risograph on 120 g/m² paper", "Printed to order", "Ships in 3–5 days"] },
];

export function descriptionMarkdown(p: DemoProduct) {
  return `${p.intro}\n\n## Details\n\n${p.details.map((d) => `- ${d}`).join("\n")}\n\nQuestions? [Write to us](mailto:hello@demo.minishop.local).`;
}
