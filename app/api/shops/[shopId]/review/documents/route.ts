// POST one supporting document for the shop's review (multipart, field "file"), owners only.
// Answers 201 { id, fileName, contentType, size, createdAt }, or { error } with a 4xx (413 too
// large, 415 not a PDF/JPEG/PNG/WebP, 409 too many or the case is with the reviewers).
import { merchantRoute } from "@/app/_entry/merchant";
import { reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { addReviewDocument } from "@/lib/shops/review-submission";

export const POST = merchantRoute("settings", async ({ actor, request }) => reply(201, await addReviewDocument(db, actor, request)));
