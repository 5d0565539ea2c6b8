// What the checkout's "Pay" action answers when it can't send the shopper on to pay: messages
// by field ("email", "shippingAddress.city", "shippingRateId", "discountCodes", "lines.<cartLineId>",
// "form"), and whether the order summary must be fetched again (stock or codes changed).
export type PlaceOrderState = { errors: Record<string, string>; refresh: boolean };

export const NOTHING_PLACED: PlaceOrderState = { errors: {}, refresh: false };
