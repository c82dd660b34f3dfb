export * from './factories';
export * from './http-app';
export * from './test-database';
export * from './test-env';
