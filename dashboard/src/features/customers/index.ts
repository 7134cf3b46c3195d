export { customersSearchSchema } from './customer-options';
export type { CustomersSearch } from './customer-options';
export { CustomersExport } from './customers-export';
export { CustomersFilters } from './customers-filters';
export { CustomersTable } from './customers-table';
export { MyCustomersTable } from './my-customers-table';
