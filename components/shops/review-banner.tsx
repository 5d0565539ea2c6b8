// The dashboard's banner while a shop is in review: where its case stands and the way to the
// Review page (owners; staff only read the state).
import Link from "next/link";

type Props = { state: "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED"; href: string | null };

const SAY: Record<Props["state"], { title: string; body: string }> = {
  DRAFT: { title: "Your shop is in review: shoppers can't see it yet.", body: "Submit your business details and documents so the platform can approve it." },
  SUBMITTED: {
    title: "Your shop is in review: shoppers can't see it yet.",
    body: "Your details are with the reviewers. Keep building: you'll get an email with their answer.",
  },
  REJECTED: { title: "Changes needed before your shop can go live.", body: "The reviewers sent your details back: see what to fix, then resubmit." },
  APPROVED: { title: "Your shop is approved.", body: "It goes live in a moment." },
};

export function ReviewBanner({ state, href }: Props) {
  const say = SAY[state];
  const urgent = state === "REJECTED";
  return (
    <section
      aria-label="Shop review"
      className={`mb-6 rounded-lg border px-4 py-3 text-sm ${urgent ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-950"}`}
    >
      <p className="font-semibold">{say.title}</p>
      <p className="mt-1">
        {say.body}{" "}
        {href && (
          <Link href={href} className="font-medium underline underline-offset-2">
            {state === "REJECTED" ? "See what to fix" : state === "DRAFT" ? "Submit for review" : "Review status"}
          </Link>
        )}
      </p>
    </section>
  );
}
