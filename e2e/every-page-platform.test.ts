import { everyPageSuite } from './every-page/suite';

// Every page of the platform console as its owner and as support (read-only), on the demo data.
everyPageSuite([
  {
    role: 'platformOwner',
    name: 'every platform page as its owner: no sideways scroll, titled, translated, axe clean, no console error',
  },
  {
    role: 'support',
    name: 'every platform page as support: no sideways scroll, titled, translated, axe clean, no console error',
  },
]);
