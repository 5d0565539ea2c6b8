// The platform's hold on a product as its merchant sees it: a line in the product list, and a
// panel on the product's page with the reason and, for a takedown, the one appeal.
import { FormAlert } from "@/components/forms/fields";
import type { FormState } from "@/lib/core/form-state";
import type { ProductHold } from "@/lib/moderation/merchant";
import { ReasonForm } from "./reason-form";

export function holdLabel(hold: ProductHold | undefined): string | undefined {
  if (!hold) return undefined;
  if (hold.state === "PENDING") return "Awaiting review";
  if (hold.state === "REJECTED") return `Not approved: ${hold.reason}`;
  return `Taken down: ${hold.reason}`;
}

export function ProductHoldPanel({ hold, appeal }: { hold: ProductHold; appeal: (state: FormState, data: FormData) => Promise<FormState> }) {
  return (
    <section aria-labelledby="hold-title" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
      <h2 id="hold-title" className="text-lg font-semibold">
        {hold.state === "PENDING" ? "Awaiting review" : hold.state === "REJECTED" ? "Not approved" : "Taken down by Minishop"}
      </h2>
      {hold.state === "PENDING" && (
        <p>
          This product contains something Minishop reviews before it is published: {hold.reason}. It stays unpublished until a reviewer approves it; you&apos;ll
          get an email.
        </p>
      )}
      {hold.state === "REJECTED" && (
        <p>
          The review did not approve this product. The reviewer wrote: <q>{hold.reason}</q> Change it, then publish it again to send it for a new review.
        </p>
      )}
      {hold.state === "TAKEN_DOWN" && (
        <>
          <p>
            Shoppers can no longer see or buy this product. The reason: <q>{hold.reason}</q>
          </p>
          {!hold.appeal && (
            <ReasonForm
              action={appeal}
              kind="appeal"
              label="Your appeal"
              hint="You can appeal once. Say why the product should be restored; the decision on your appeal is final."
              submit="Send appeal"
              pendingLabel="Sending…"
            />
          )}
          {hold.appeal?.status === "OPEN" && <p className="font-medium">Your appeal is waiting for a decision.</p>}
          {hold.appeal?.status === "REJECTED" && (
            <FormAlert
              message={`Your appeal was refused; this decision is final.${hold.appeal.resolution ? ` The reviewer wrote: ${hold.appeal.resolution}` : ""}`}
            />
          )}
        </>
      )}
    </section>
  );
}
