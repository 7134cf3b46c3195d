export { exportCustomers } from './export-customers';
export { listCustomers } from './list-customers';
export { listMyCustomers, type MyCustomerFilters } from './list-my-customers';
export { personName } from './person-name';
export type { CustomerFilters, CustomerRow } from './read-customers';
