// Next.js's data cache as the integration tests see it: unstable_cache keeps each result (as
// JSON, like Next's) under its key and tags, revalidateTag drops every entry carrying the tag.
// Enough to test that reads are cached and that storefrontChanged() reaches them.
type Entry = { json: string; tags: string[] };

export function fakeNextCache() {
  const entries = new Map<string, Entry>();
  const expired: string[] = [];
  return {
    entries,
    expired,
    unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R>, keyParts: string[] = [], options: { tags?: string[] } = {}) {
      return async (...args: A): Promise<R> => {
        const key = JSON.stringify([keyParts, args]);
        const hit = entries.get(key);
        if (hit) return JSON.parse(hit.json) as R;
        const result = await fn(...args);
        entries.set(key, { json: JSON.stringify(result) ?? "null", tags: options.tags ?? [] });
        return result;
      };
    },
    revalidateTag(tag: string) {
      expired.push(tag);
      for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key);
    },
    refresh() {},
  };
}

/** `vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule())` */
export function fakeNextCacheModule() {
  const fake = fakeNextCache();
  return { unstable_cache: fake.unstable_cache, revalidateTag: (tag: string) => fake.revalidateTag(tag), refresh: fake.refresh };
}
