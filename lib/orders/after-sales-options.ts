// What a shopper chooses from in an after-sales request: shared by the form in the browser and
// the server's checks, so nothing here may import server code.
export const AFTER_SALES_KINDS = ["REFUND_ONLY", "RETURN_AND_REFUND", "EXCHANGE"] as const;
export const AFTER_SALES_REASONS = ["damaged", "wrong_item", "not_as_described", "missing_parts", "size_fit", "changed_mind", "late", "other"] as const;
export type AfterSalesReason = (typeof AFTER_SALES_REASONS)[number];

export const MAX_PHOTOS = 4;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
