import { EditorSkeleton } from "@/components/products/editor-skeleton";

// Without it, the product list's skeleton (../loading.tsx) would show while the editor loads.
export default function Loading() {
  return <EditorSkeleton title="Add product" />;
}
