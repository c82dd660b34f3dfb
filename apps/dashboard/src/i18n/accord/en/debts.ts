export const debts = {
  products: {
    huabei: 'Huabei',
    jiebei: 'Jiebei',
    credit_card: 'Credit card',
    consumer_loan: 'Consumer loan',
    online_loan: 'Online loan',
    other: 'Other',
  },
  compoundings: {
    none: 'Simple (not compounded)',
    monthly: 'Compounded monthly',
  },
  late_fee_kinds: {
    none: 'None',
    share_of_minimum: 'A share of the unpaid minimum payment',
    fixed: 'A fixed amount per cycle',
  },
  penalty_bases: {
    overdue_amount: 'Overdue amount',
    outstanding_amount: 'Outstanding balance',
    principal: 'Principal',
  },
  debt_statuses: {
    open: 'Open',
    excluded: 'Excluded',
    settled: 'Settled',
    paid_off: 'Paid off',
  },
  overdue_buckets: {
    M1: 'M1 · 1–30 days',
    M2: 'M2 · 31–60 days',
    M3: 'M3 · 61–90 days',
    'M3+': 'M3+ · over 90 days',
  },
  card_risk_classes: {
    normal: 'Normal',
    special_mention: 'Special mention (up to 90 days)',
    substandard: 'Substandard (91–120 days)',
    doubtful: 'Doubtful (121–180 days)',
    loss: 'Loss (over 180 days)',
  },
  markets: {
    CN: 'Mainland China',
    TW: 'Taiwan',
  },
  creditors: {
    check_lpr_cap_help:
      'Private and online lending: read the penalty’s yearly cost against 4 × the one-year LPR at each debt’s contract date, the line courts protect.',
    percent_per_day: '% / day',
    percent_per_year: '% / year',
    months: '%{smart_count} month |||| %{smart_count} months',
    no_plan_limit: 'No limit given',
    rate_help:
      'Penalty interest per day, in percent with up to four decimals: Huabei 0.05, cards 0.05 or 0.035, Taiwan cards 0.0411 (15 % a year).',
    compounding_help:
      'Monthly: each 30-day cycle’s penalty joins the base of the next, as card contracts say.',
    yearly_cap_help: 'The penalty stays under this yearly rate on the base (e.g. 24). Leave empty for none.',
    cap_help:
      'The most penalty the creditor may charge in all, as a percent of the base. Leave empty for none.',
    late_fee_help:
      'A card’s late fee on the unpaid minimum payment, charged once per 30-day cycle; it bears no interest.',
    late_fee_cap_help: 'The most one charge may be. Leave empty for no cap.',
    max_cycles_help: 'Charged for at most this many cycles (Taiwan cards: 3). Leave empty for no limit.',
    plan_help: 'The longest repayment plan this creditor grants, in months (personalised card plans: 60).',
    whole_months: 'Enter a whole number of months.',
    whole_cycles: 'Enter a whole number of cycles.',
    rule: {
      daily: '%{rate} % a day on %{base}',
      bases: {
        overdue_amount: 'the overdue amount',
        outstanding_amount: 'the outstanding balance',
        principal: 'the principal',
      },
      compounded_monthly: 'compounded monthly',
      yearly_cap: 'at most %{cap} % a year',
      share_cap: 'at most %{cap} % of the base in all',
      late_fee_share: 'late fee %{share} % of the unpaid minimum per cycle',
      late_fee_fixed: 'late fee %{amount} per cycle',
      late_fee_cap: 'at most %{amount} a charge',
      late_fee_max_cycles: 'for at most %{smart_count} cycle |||| for at most %{smart_count} cycles',
      clause_separator: ', ',
      sentence_separator: '; ',
    },
  },
  lpr: {
    title: '4 × LPR line (private lending)',
    percent: '%{rate}%',
    over: 'The one-year LPR on the contract date %{date} is %{lpr}%; four times that is %{cap}%. This debt costs %{rate}% a year: over the 4 × LPR line courts protect.',
    within:
      'The one-year LPR on the contract date %{date} is %{lpr}%; four times that is %{cap}%. This debt costs %{rate}% a year: within the 4 × LPR line.',
    unknown: {
      NO_CONTRACT_DATE:
        'No contract date recorded, so the 4 × LPR line cannot be checked: add it to the debt.',
      NO_LPR_FOR_DATE:
        'The contract date %{date} is before the first rate in the LPR table, so the 4 × LPR line cannot be checked.',
    },
    effective_note: 'The LPR announced for %{effective}',
    creditor_separator: ': ',
    list_help:
      'The one-year and five-year Loan Prime Rates as announced, each in force from its date until the next. A debt of a checked creditor is read against 4 × the one-year rate in force on its contract date. Add each new announcement here.',
    date_help: 'The day the announcement takes effect (usually the 20th).',
    date_fixed_help: 'The date identifies the row: to correct it, delete the row and add it again.',
    one_year_help: 'In percent with two decimals, e.g. 3.85.',
    source_help: 'The announcement the figures come from, so anyone can check them.',
    rate_positive: 'A rate must be more than zero.',
  },
  debts: {
    contract_date_help:
      'The day the loan or card contract was signed: the LPR of that day draws the 4 × LPR line.',
    contract_date_future: 'A contract cannot be signed in the future.',
    add: 'Add a debt',
    currency_help: 'Follows the creditor’s market; change it only to correct a mistake.',
    currencies: { CNY: 'Yuan (¥)', TWD: 'Taiwan dollar (NT$)' },
    edit: 'Edit the debt with %{creditor}',
    summary: '%{smart_count} open debt |||| %{smart_count} open debts',
    none: 'No debt recorded yet.',
    account_help: 'Only the last four characters are kept.',
    new_account_reference: 'New account or card number',
    overdue_since_help: 'The first missed due date; days overdue and penalty count from it.',
    minimum_due_help:
      'For a card’s late fee: the minimum payment the client left unpaid, as on the statement. Leave empty if none.',
    late_fee: 'Late fees %{amount}',
    overdue_exceeds_outstanding: 'The overdue amount cannot be more than the outstanding one.',
    overdue_since_future: 'A missed due date cannot be in the future.',
    exclude: 'Exclude',
    exclude_title: 'Exclude the debt with %{creditor} from the negotiation',
    exclude_help: 'Why this debt is left out (e.g. already settled by the client). Kept on the timeline.',
    excluded: 'The debt is excluded from the negotiation.',
    delete_title: 'Delete the debt with %{creditor}',
    delete_confirm: 'Delete this debt? Only do so for a debt recorded by mistake at intake.',
  },
};
