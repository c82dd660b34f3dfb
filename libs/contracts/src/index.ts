export * from './access';
export * from './error-codes';
export * from './locales';
export * from './roles';
export * from './users';
export * from './cases';
export * from './documents';
export * from './document-kind-names';
