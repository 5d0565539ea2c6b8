// The column headings of the merchant's after-sales tables (the request list, a request's items).
export function HeadRow({ columns }: { columns: readonly string[] }) {
  return (
    <thead className="bg-slate-50 text-slate-700">
      <tr>
        {columns.map((h) => (
          <th key={h} scope="col" className="px-3 py-2 font-medium">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
