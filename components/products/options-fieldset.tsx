"use client";
// Up to three options (Size, Colour…), each with its values; the variant table below is
// rebuilt from them as the merchant types.
import { type OptionDraft, addValues, removeValue, renameValue, usableOptions } from "@/lib/catalog/editor-variants";
import { MAX_OPTIONS, MAX_VARIANTS } from "@/lib/catalog/variants";
import { firstEnabled, useFocusAfterRender } from "./use-focus-after-render";
import { ValueChips } from "./value-chips";

type Props = {
  options: OptionDraft[];
  /** `renamed`: a value renamed in place, so the table renames its rows instead of replacing them. */
  onChange: (options: OptionDraft[], renamed?: { key: string; from: string; to: string }) => void;
  newKey: () => string;
  errors: Record<string, string>;
};

const input =
  "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900 shadow-sm focus:border-teal-700 aria-[invalid=true]:border-red-700";
const button = "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-50";

export function OptionsFieldset({ options, onChange, newKey, errors }: Props) {
  const focusAfterRender = useFocusAfterRender();
  const combinations = usableOptions(options).reduce((n, o) => n * o.values.length, 1);
  const update = (key: string, change: Partial<OptionDraft>) => onChange(options.map((o) => (o.key === key ? { ...o, ...change } : o)));
  const edit = (key: string, change: (o: OptionDraft) => OptionDraft, renamed?: { from: string; to: string }) =>
    onChange(
      options.map((o) => (o.key === key ? change(o) : o)),
      renamed && { key, ...renamed },
    );

  function addOption() {
    const key = newKey();
    onChange([...options, { key, name: "", values: [] }]);
    // The new option's name field, once rendered: the merchant types there next.
    focusAfterRender(() => firstEnabled(`option-${key}-name`));
  }

  function removeOption(key: string, index: number) {
    onChange(options.filter((o) => o.key !== key));
    focusAfterRender(() => firstEnabled(index > 0 ? `option-${options[index - 1].key}-name` : "add-option"));
  }

  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-5">
      <legend className="px-1 text-lg font-semibold">Options</legend>
      <p className="text-sm text-slate-600">Like Size or Colour. Every combination of their values becomes a variant with its own price and stock.</p>
      {errors.options && (
        <p tabIndex={-1} data-error-focus className="text-sm font-medium text-red-700">
          {errors.options}
        </p>
      )}
      {options.map((option, i) => (
        <fieldset key={option.key} className="space-y-3 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">Option {i + 1}</legend>
          <div>
            <label htmlFor={`option-${option.key}-name`} className="block text-sm font-medium text-slate-900">
              Option {i + 1} name
            </label>
            <input
              id={`option-${option.key}-name`}
              value={option.name}
              maxLength={50}
              placeholder={["Size", "Colour", "Material"][i]}
              onChange={(e) => update(option.key, { name: e.target.value })}
              aria-invalid={errors[`options.${i}.name`] ? true : undefined}
              aria-describedby={errors[`options.${i}.name`] ? `option-${option.key}-name-error` : undefined}
              className={input}
            />
            {errors[`options.${i}.name`] && (
              <p id={`option-${option.key}-name-error`} className="mt-1 text-sm font-medium text-red-700">
                {errors[`options.${i}.name`]}
              </p>
            )}
          </div>
          <ValueChips
            id={`option-${option.key}-values`}
            label={`Option ${i + 1} values`}
            values={option.values}
            onAdd={(values) => edit(option.key, (o) => addValues(o, values))}
            onRemove={(index) => edit(option.key, (o) => removeValue(o, index))}
            onRename={(index, to) => edit(option.key, (o) => renameValue(o, index, to), { from: option.values[index], to })}
            error={errors[`options.${i}.values`]}
          />
          <button type="button" onClick={() => removeOption(option.key, i)} className={button}>
            Remove option {i + 1}
          </button>
        </fieldset>
      ))}
      {combinations > MAX_VARIANTS && (
        <p role="alert" className="text-sm font-medium text-red-700">
          These options make {combinations.toLocaleString("en")} variants; a product can have at most {MAX_VARIANTS.toLocaleString("en")}.
        </p>
      )}
      <button id="add-option" type="button" onClick={addOption} disabled={options.length >= MAX_OPTIONS} className={button}>
        {options.length ? "Add another option" : "Add an option"}
      </button>
      {options.length >= MAX_OPTIONS && <p className="text-sm text-slate-600">A product can have up to {MAX_OPTIONS} options.</p>}
    </fieldset>
  );
}
