// Fonts for the Open Graph pictures, read from disk, never fetched: next/og (satori) draws
// only glyphs it has font data for, and asks a font service on the internet for the rest.
// @fontsource/noto-sans-sc (OFL) covers Latin, Cyrillic, Vietnamese, Chinese, Japanese kana
// and Korean; it comes cut into ~100 slices by character, so a picture loads only the slices
// its text uses (a few 20–80 KB files) instead of the whole 10 MB font.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const OG_FONT_FAMILY = "Noto Sans SC";
export type OgWeight = 400 | 700;
export type OgFont = { name: string; data: Buffer; weight: OgWeight; style: "normal" };

type Slice = { file: string; ranges: [number, number][] };

// Read from the installed package where the app runs (like uploads under DATA_DIR), not
// bundled: the slices of every weight add up to 76 MB.
const fontDir = () => path.resolve("node_modules", "@fontsource", "noto-sans-sc");

let slices: Promise<Slice[]> | undefined;
const files = new Map<string, Promise<Buffer>>(); // at most ~100 slices × 2 weights

function parseRanges(list: string): [number, number][] {
  return list.split(",").map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** unicode.json: { "latin": "U+0000-00ff,…", "[4]": "U+1f1e9-1f1f5,…" }; named subsets first, as they hold the common Latin. */
function loadSlices(): Promise<Slice[]> {
  slices ??= readFile(path.join(fontDir(), "unicode.json"), "utf8").then((text) => {
    const entries = Object.entries(JSON.parse(text) as Record<string, string>);
    entries.sort(([a], [b]) => Number(a.startsWith("[")) - Number(b.startsWith("[")));
    return entries.map(([name, ranges]) => ({ file: name.replace(/[[\]]/g, ""), ranges: parseRanges(ranges) }));
  });
  return slices;
}

function sliceOf(all: Slice[], codePoint: number): Slice | undefined {
  return all.find((s) => s.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
}

/**
 * `text` without the characters no slice can draw (emoji, Greek, Arabic…): satori would
 * try to download a font for them.
 */
export async function drawable(text: string): Promise<string> {
  const all = await loadSlices();
  return Array.from(text)
    .filter((ch) => /\s/.test(ch) || sliceOf(all, ch.codePointAt(0)!))
    .join("")
    .replace(/ {2,}/g, " "); // "tea 🍵 shop": one space where the emoji was
}

/** The slices that draw `texts` at `weight`, as satori fonts (Latin first: satori's default for the rest). */
export async function fontsFor(texts: string[], weight: OgWeight): Promise<OgFont[]> {
  const all = await loadSlices();
  const needed = new Set<Slice>();
  for (const ch of new Set(Array.from(texts.join("")))) {
    const slice = sliceOf(all, ch.codePointAt(0)!);
    if (slice) needed.add(slice);
  }
  return Promise.all(
    [...needed].map(async (slice) => {
      const name = `noto-sans-sc-${slice.file}-${weight}-normal.woff`; // satori reads WOFF, not WOFF2
      if (!files.has(name)) files.set(name, readFile(path.join(fontDir(), "files", name)));
      // One name per slice: satori keeps one font per name and weight, and falls back across names.
      return { name: `${OG_FONT_FAMILY} ${slice.file}`, data: await files.get(name)!, weight, style: "normal" as const };
    }),
  );
}
