// Renders a page component as Next.js would, to HTML: inside the router context Next.js mounts,
// which client components on the page (forms calling useRouter) need. The pages only render here.
import { createElement, type ReactNode } from "react";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { renderToStaticMarkup } from "react-dom/server";

const router = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} } as unknown as AppRouterInstance;

export async function renderPage(page: Promise<ReactNode>) {
  return renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router }, createElement("div", null, await page)));
}
