"use client";
// The product's pictures: uploaded one at a time with a progress bar (ImageUpload), then
// ordered with Move up / Move down, described with alt text, or removed. Nothing reaches the
// product until Save, so a new product can collect its pictures before it exists.
import { useState } from "react";
import { ImageUpload } from "@/components/upload/image-upload";
import { MAX_FORM_IMAGES } from "@/lib/catalog/product-form";
import { firstEnabled, useFocusAfterRender } from "./use-focus-after-render";
import type { ImageDraft } from "./use-product-draft";

type Props = { shopId: string; images: ImageDraft[]; onChange: (images: ImageDraft[]) => void; newKey: () => string; errors: Record<string, string> };

const button = "rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-40";

export function ImageList({ shopId, images, onChange, newKey, errors }: Props) {
  const [uploader, setUploader] = useState(0); // a fresh uploader after each picture
  const [note, setNote] = useState("");
  const focusAfterRender = useFocusAfterRender();
  const focusLater = (...ids: string[]) => focusAfterRender(() => firstEnabled(...ids));

  function move(index: number, by: -1 | 1) {
    const next = [...images];
    const [image] = next.splice(index, 1);
    next.splice(index + by, 0, image);
    onChange(next);
    setNote(`Picture moved to position ${index + by + 1} of ${images.length}`);
    // Keep focus on the same button as the picture moves; at either end, on the other one.
    const [same, other] = by < 0 ? ["up", "down"] : ["down", "up"];
    focusLater(`image-${image.key}-${same}`, `image-${image.key}-${other}`);
  }

  function remove(index: number) {
    const next = images.filter((_, i) => i !== index);
    onChange(next);
    setNote(`Picture removed. ${next.length} left.`);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? `image-${neighbour.key}-remove` : "images-title");
  }

  return (
    <section aria-labelledby="images-title" className="space-y-4 rounded-lg border border-slate-200 p-5">
      <h2 id="images-title" tabIndex={-1} className="text-lg font-semibold">
        Pictures
      </h2>
      {errors.images && (
        <p tabIndex={-1} data-error-focus className="text-sm font-medium text-red-700">
          {errors.images}
        </p>
      )}
      {images.length > 0 && (
        <ol className="space-y-3">
          {images.map((image, i) => (
            <li key={image.key} className="flex flex-wrap items-start gap-3 rounded-md border border-slate-200 p-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- already a resized WebP from our own storage */}
              <img
                src={image.url}
                alt={i === 0 ? "Picture 1, shown first" : `Picture ${i + 1}`}
                width={image.width}
                height={image.height}
                className="size-20 rounded border border-slate-200 bg-slate-50 object-cover"
              />
              <div className="min-w-48 flex-1">
                <label htmlFor={`image-${image.key}-alt`} className="block text-sm font-medium text-slate-900">
                  Alt text for picture {i + 1}
                </label>
                <input
                  id={`image-${image.key}-alt`}
                  value={image.alt}
                  maxLength={512}
                  placeholder="What the picture shows, for people who can't see it"
                  onChange={(e) => onChange(images.map((img) => (img.key === image.key ? { ...img, alt: e.target.value } : img)))}
                  aria-invalid={errors[`images.${i}`] ? true : undefined}
                  aria-describedby={errors[`images.${i}`] ? `image-${image.key}-error` : undefined}
                  className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-1.5 text-sm text-slate-900 focus:border-teal-700 aria-[invalid=true]:border-red-700"
                />
                {errors[`images.${i}`] && (
                  <p id={`image-${image.key}-error`} className="mt-1 text-sm font-medium text-red-700">
                    {errors[`images.${i}`]}
                  </p>
                )}
                <div className="mt-2 flex flex-wrap gap-2">
                  <button id={`image-${image.key}-up`} type="button" disabled={i === 0} onClick={() => move(i, -1)} className={button}>
                    Move up<span className="sr-only">{` picture ${i + 1}`}</span>
                  </button>
                  <button id={`image-${image.key}-down`} type="button" disabled={i === images.length - 1} onClick={() => move(i, 1)} className={button}>
                    Move down<span className="sr-only">{` picture ${i + 1}`}</span>
                  </button>
                  <button id={`image-${image.key}-remove`} type="button" onClick={() => remove(i)} className={button}>
                    Remove<span className="sr-only">{` picture ${i + 1}`}</span>
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      {images.length < MAX_FORM_IMAGES ? (
        <ImageUpload
          key={uploader}
          shopId={shopId}
          label="Add a picture"
          hint="JPEG, PNG, WebP or GIF up to 10 MB. The first picture shows in lists; pictures are saved with the product."
          onChange={(image) => {
            if (!image) return;
            const key = newKey();
            onChange([...images, { key, id: null, ...image, alt: "" }]);
            setNote(`Picture ${images.length + 1} added. Describe it in its alt text.`);
            setUploader((n) => n + 1);
            focusLater(`image-${key}-alt`); // the file input it came from is replaced
          }}
        />
      ) : (
        <p className="text-sm text-slate-600">A product can have up to {MAX_FORM_IMAGES} pictures.</p>
      )}
      <p role="status" className="text-sm text-slate-700">
        {note}
      </p>
    </section>
  );
}
