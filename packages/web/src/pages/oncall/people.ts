/** A lookup from user id to name over a response's `people`, falling back to the id. */
export function personName(people: { id: string; name: string }[]): (id: string) => string {
  const m = new Map(people.map((p) => [p.id, p.name]));
  return (id) => m.get(id) ?? id;
}
