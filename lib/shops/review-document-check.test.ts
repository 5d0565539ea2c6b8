import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkDocument, cleanFileName, looksLikePdf } from "./review-document-check";

function pdf(xrefOffsetShift = 0) {
  const head = "%PDF-1.7\n";
  const object = "1 0 obj\n<< /Type /Catalog >>\nendobj\n";
  const at = head.length + object.length + xrefOffsetShift;
  return Buffer.from(`${head}${object}xref\n0 2\n0000000000 65535 f \ntrailer\n<< /Size 2 >>\nstartxref\n${at}\n%%EOF\n`, "latin1");
}

describe("checkDocument", () => {
  it("accepts a well-formed PDF and JPEG/PNG/WebP pictures, by their bytes", async () => {
    expect(await checkDocument(pdf())).toEqual({ contentType: "application/pdf", extension: "pdf" });
    const picture = sharp({ create: { width: 8, height: 8, channels: 3, background: "#123456" } });
    expect((await checkDocument(await picture.clone().png().toBuffer())).contentType).toBe("image/png");
    expect((await checkDocument(await picture.clone().jpeg().toBuffer())).extension).toBe("jpg");
    expect((await checkDocument(await picture.clone().webp().toBuffer())).contentType).toBe("image/webp");
  });

  it("refuses text, a PDF header over junk, a wrong xref pointer, other image formats and empty files", async () => {
    await expect(checkDocument(Buffer.from("hello, I am a PDF"))).rejects.toMatchObject({ code: "unsupported" });
    await expect(checkDocument(Buffer.from("%PDF-1.4\nnothing else"))).rejects.toMatchObject({ code: "unsupported" });
    expect(looksLikePdf(pdf(5))).toBe(false);
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#123456" } })
      .gif()
      .toBuffer();
    await expect(checkDocument(gif)).rejects.toMatchObject({ code: "unsupported" });
    await expect(checkDocument(Buffer.alloc(0))).rejects.toMatchObject({ code: "unsupported" });
    await expect(checkDocument(Buffer.alloc(10 * 1024 * 1024 + 1))).rejects.toMatchObject({ code: "too_large" });
  });
});

describe("cleanFileName", () => {
  it("keeps the base name without folders, quotes or control characters", () => {
    expect(cleanFileName('C:\\scans\\id\u0007 "front".png', "png")).toBe("id front.png");
    expect(cleanFileName("../../", "pdf")).toBe("document.pdf");
  });
});
