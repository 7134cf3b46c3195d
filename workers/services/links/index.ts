export type { Link } from '../../../schema';
export { createLink } from './create-link';
export { deleteLink } from './delete-link';
export { getLink } from './get-link';
export { listLinks } from './list-links';
export { updateLink } from './update-link';
