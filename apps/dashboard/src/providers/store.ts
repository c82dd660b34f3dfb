import { localStorageStore, type Store } from 'react-admin';

const base = localStorageStore(undefined, 'Accord');

/**
 * React-admin's store, except that signing out keeps the chosen language: it belongs to the device, not to
 * the session, and the sign-in page should greet the next person in it.
 */
export const store: Store = {
  ...base,
  reset: () => {
    const locale: unknown = base.getItem('locale');
    base.reset();
    if (locale !== undefined) base.setItem('locale', locale);
  },
};
