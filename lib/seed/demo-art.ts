// Placeholder pictures for the demo shop, drawn as SVG and rasterised with sharp, so the
// seed needs no network and no binary assets in the repository.
export type ArtKind = "tee" | "mug" | "notebook" | "poster" | "logo";

const SIZE = 1000;
const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

// Drawn on a 1000 × 1000 canvas, centred.
const SHAPES: Record<Exclude<ArtKind, "logo">, (fill: string) => string> = {
  tee: (fill) =>
    `<path d="M350 190 L430 160 Q500 215 570 160 L650 190 L820 300 L750 430 L680 395 L680 820 L320 820 L320 395 L250 430 L180 300 Z" fill="${fill}" stroke="#00000022" stroke-width="6"/>`,
  mug: (fill) =>
    `<circle cx="700" cy="520" r="110" fill="none" stroke="${fill}" stroke-width="50"/><rect x="260" y="300" width="420" height="460" rx="40" fill="${fill}"/>`,
  notebook: (fill) =>
    `<rect x="290" y="180" width="440" height="640" rx="28" fill="${fill}"/><rect x="290" y="180" width="60" height="640" rx="20" fill="#00000033"/><rect x="640" y="180" width="26" height="640" fill="#ffffff55"/>`,
  poster: (fill) =>
    `<rect x="250" y="150" width="500" height="700" fill="#ffffff" stroke="#1f2937" stroke-width="24"/><rect x="300" y="200" width="400" height="600" fill="${fill}"/><circle cx="560" cy="360" r="70" fill="#fde68a"/><path d="M300 800 L430 520 L520 650 L600 560 L700 800 Z" fill="#00000044"/>`,
};

function escapeXml(text: string) {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Initials of a title: "Organic Cotton Tee" → "OC". */
export function initials(title: string) {
  const words = title
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * `view` 0 is the product on a light tint of its colour; view 1 a close-up on the colour
 * itself, so products with two pictures show two different ones.
 */
export function artSvg(kind: ArtKind, colour: string, label: string, view: 0 | 1 = 0): string {
  const text = escapeXml(label);
  if (kind === "logo") {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" rx="56" fill="${colour}"/><text x="128" y="170" font-family="${FONT}" font-size="130" font-weight="bold" text-anchor="middle" fill="#ffffff">${text}</text></svg>`;
  }
  const background =
    view === 0
      ? `<rect width="${SIZE}" height="${SIZE}" fill="${colour}"/><rect width="${SIZE}" height="${SIZE}" fill="#ffffff" opacity="0.82"/>`
      : `<rect width="${SIZE}" height="${SIZE}" fill="${colour}"/>`;
  const shape = view === 0 ? SHAPES[kind](colour) : `<g transform="translate(500 500) scale(1.3) translate(-500 -500)">${SHAPES[kind]("#ffffff")}</g>`;
  const ink = view === 0 ? "#ffffff" : colour;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">${background}${shape}<text x="500" y="${kind === "poster" ? 740 : 600}" font-family="${FONT}" font-size="120" font-weight="bold" text-anchor="middle" fill="${ink}">${text}</text></svg>`;
}
