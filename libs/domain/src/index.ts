export * from './money';
export * from './sign-in-throttle';
