// A copy of a claim with some fields set, exactly as `{ ...c, ...fields }`
// makes it (the same keys in the same order), by a plain loop. Claims take
// their optional fields in many orders, so they come in many shapes, and
// V8's object spread over so many shapes falls to a slow path: on the typing
// bench's article (71 claims) the spread cost 27 times the loop (issue 13).
export function withFields<T extends object, F extends object>(c: T, fields: F): T & F {
  const out: Record<string, unknown> = {};
  for (const k in c) out[k] = (c as Record<string, unknown>)[k];
  for (const k in fields) out[k] = (fields as Record<string, unknown>)[k];
  return out as T & F;
}
