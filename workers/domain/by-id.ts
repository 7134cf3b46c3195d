/** Orders rows by their id, as Postgres orders uuid: for UUIDv7 ids, recording order. */
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
