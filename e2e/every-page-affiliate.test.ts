import { everyPageSuite } from './every-page/suite';

// Every page of the affiliate portal and the account pages, on the demo data (e2e/every-page/check-role.ts).
everyPageSuite([
  {
    role: 'affiliate',
    name: 'every affiliate page: no sideways scroll at 375 px, titled, translated, axe clean, no console error',
  },
]);
