// Ids are made where rows get their defaults (schema/, the floor, which imports nothing of workers/); the
// edge and the dashboard read them here so they keep to contracts/.
export { isUuidv7, ROLLUP_NONE_ID, uuidv7, uuidv7Time } from '../../schema/ids';
