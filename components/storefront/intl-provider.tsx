"use client";
// The shopper's language for client components (useTranslations), with only the message
// namespaces they use. Also sets <html lang>: the root layout is shared with the rest of the
// app and says "en", while the storefront renders in the shop's or the shopper's language.
import { useEffect, type ReactNode } from "react";
import { IntlProvider } from "use-intl/react";
import type { AbstractIntlMessages } from "use-intl/core";

export function StorefrontIntl({ locale, messages, children }: { locale: string; messages: AbstractIntlMessages; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
