/**
 * The local account requirements, shaped as Wise's GET/POST /v1/account-requirements answers them: per target
 * currency, one entry per recipient type with its field groups (key, type text|select|radio, required,
 * refreshRequirementsOnChange, min/max length, validationRegexp, valuesAllowed). address.country refreshes:
 * posting a US or CA address adds address.state, as Wise's documented example does.
 */
export interface Field {
  key: string;
  type: 'text' | 'select' | 'radio';
  refreshRequirementsOnChange: boolean;
  required: boolean;
  displayFormat: string | null;
  example: string;
  minLength: number | null;
  maxLength: number | null;
  validationRegexp: string | null;
  validationAsync: null;
  valuesAllowed: { key: string; name: string }[] | null;
}
export interface RequirementType {
  type: string;
  title: string;
  fields: { name: string; group: Field[] }[];
}

const text = (
  key: string,
  example: string,
  regexp: string | null,
  min: number | null = null,
  max: number | null = null,
): Field => ({
  key,
  type: 'text',
  refreshRequirementsOnChange: false,
  required: true,
  displayFormat: null,
  example,
  minLength: min,
  maxLength: max,
  validationRegexp: regexp,
  validationAsync: null,
  valuesAllowed: null,
});
const select = (key: string, values: [string, string][], refresh = false): Field => ({
  ...text(key, '', null),
  type: values.length <= 3 ? 'radio' : 'select',
  refreshRequirementsOnChange: refresh,
  valuesAllowed: values.map(([k, name]) => ({ key: k, name })),
});
const group = (name: string, field: Field) => ({ name, group: [field] });

const COUNTRIES: [string, string][] = [
  ['AT', 'Austria'],
  ['BE', 'Belgium'],
  ['CA', 'Canada'],
  ['DE', 'Germany'],
  ['ES', 'Spain'],
  ['FR', 'France'],
  ['GB', 'United Kingdom'],
  ['IE', 'Ireland'],
  ['IT', 'Italy'],
  ['NL', 'Netherlands'],
  ['PL', 'Poland'],
  ['PT', 'Portugal'],
  ['US', 'United States'],
];
const STATES: Record<string, [string, string][]> = {
  US: [
    ['CA', 'California'],
    ['NY', 'New York'],
    ['TX', 'Texas'],
    ['WA', 'Washington'],
  ],
  CA: [
    ['BC', 'British Columbia'],
    ['ON', 'Ontario'],
    ['QC', 'Quebec'],
  ],
};

const holder = group(
  'Full name of the account holder',
  text('accountHolderName', 'Jane Doe', "^[\\p{L} '.-]{2,}$", 2, 140),
);
const legal = group(
  'Recipient type',
  select('legalType', [
    ['PRIVATE', 'Person'],
    ['BUSINESS', 'Business'],
  ]),
);
function address(country: string | undefined) {
  const fields = [
    group('Country', select('address.country', COUNTRIES, true)),
    group('City', text('address.city', 'Berlin', null, 1, 60)),
    group('Postal code', text('address.postCode', '10115', '^[A-Za-z0-9 -]{2,12}$', 2, 12)),
    group('Address', text('address.firstLine', 'Main Street 1', null, 3, 100)),
  ];
  if (country && STATES[country]) fields.splice(1, 0, group('State', select('address.state', STATES[country]!)));
  return fields;
}

export function requirementsFor(target: string, details: Record<string, unknown> = {}): RequirementType[] {
  const addr = (details.address ?? {}) as Record<string, unknown>;
  const country = typeof addr.country === 'string' ? addr.country : undefined;
  const iban: RequirementType = {
    type: 'iban',
    title: 'IBAN',
    fields: [
      holder,
      legal,
      group('IBAN', text('IBAN', 'DE89370400440532013000', '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$', 15, 34)),
      ...address(country),
    ],
  };
  switch (target) {
    case 'EUR':
    case 'PLN':
      return [iban];
    case 'GBP':
      return [
        {
          type: 'sort_code',
          title: 'Local bank account',
          fields: [
            holder,
            legal,
            group('UK sort code', text('sortCode', '040075', '^[0-9]{6}$', 6, 6)),
            group('Account number', text('accountNumber', '37778842', '^[0-9]{8}$', 8, 8)),
          ],
        },
        iban,
      ];
    case 'USD':
      return [
        {
          type: 'aba',
          title: 'Local bank account',
          fields: [
            holder,
            legal,
            group('ACH routing number', text('abartn', '026009593', '^[0-9]{9}$', 9, 9)),
            group('Account number', text('accountNumber', '12345678', '^[0-9]{4,17}$', 4, 17)),
            group(
              'Account type',
              select('accountType', [
                ['CHECKING', 'Checking'],
                ['SAVINGS', 'Savings'],
              ]),
            ),
            ...address(country),
          ],
        },
      ];
    default:
      return [];
  }
}

/** The value at a dotted key of a recipient's details (address.country → details.address.country). */
export function valueAt(details: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), details);
}

/** What Wise answers a recipient whose details miss or break a field: the errors of POST /v1/accounts. */
export function validateRecipient(target: string, type: string, holderName: string, details: Record<string, unknown>) {
  const chosen = requirementsFor(target, details).find((r) => r.type === type);
  if (!chosen)
    return [{ code: 'NOT_VALID', message: `Recipient type ${type} is not available for ${target}`, path: 'type' }];
  const errors: { code: string; message: string; path: string }[] = [];
  for (const f of chosen.fields.flatMap((g) => g.group)) {
    const raw = f.key === 'accountHolderName' ? holderName : valueAt(details, f.key);
    const value = typeof raw === 'string' ? raw : '';
    if (!value) {
      if (f.required) errors.push({ code: 'NOT_VALID', message: `${f.key} is required`, path: f.key });
      continue;
    }
    const bad =
      (f.minLength !== null && value.length < f.minLength) ||
      (f.maxLength !== null && value.length > f.maxLength) ||
      (f.validationRegexp !== null && !new RegExp(f.validationRegexp, 'u').test(value)) ||
      (f.valuesAllowed !== null && !f.valuesAllowed.some((v) => v.key === value));
    if (bad) errors.push({ code: 'NOT_VALID', message: `${f.key} is not valid`, path: f.key });
  }
  return errors;
}
