export const common = {
  app: {
    title: 'Accord',
    tagline: 'Debt negotiation case management',
  },
  roles: {
    admin: 'Administrator',
    manager: 'Team manager',
    officer: 'Case officer',
  },
  locales: {
    'zh-TW': 'Traditional Chinese (Taiwan)',
    'zh-CN': 'Simplified Chinese',
    en: 'English',
  },
  officer: 'Case officer',
  list_separator: ', ',
  label_separator: ': ',
  labelled: '%{label}: %{value}',
  amounts: {
    invalid: 'Enter an amount of at least 0 with at most two decimals, e.g. 2000 or 1234.50.',
    invalid_rate: 'Enter a percent of at least 0 with at most four decimals, e.g. 0.05 or 0.035.',
  },
};
