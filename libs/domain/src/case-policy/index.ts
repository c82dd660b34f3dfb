export * from './actions';
export * from './policy';
export * from './stage-conditions';
