import { everyPageSuite } from './every-page/suite';

// Every page of the advertiser console as its owner and as its finance member, on the demo data.
everyPageSuite([
  {
    role: 'owner',
    name: 'every page of the owner: no sideways scroll at 375 px, titled, translated, axe clean, no console error',
  },
  {
    role: 'finance',
    name: 'every page of finance: no sideways scroll at 375 px, titled, translated, axe clean, no console error',
  },
]);
