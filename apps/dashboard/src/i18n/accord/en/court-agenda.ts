import type {
  COURT_SITTING_KINDS,
  CourtDeadlineKind,
  CourtMatterKind,
  CreditorLitigationPractice,
} from '@accord/contracts';

/** What the agenda lists: sittings and deadlines. */
type AgendaKind = (typeof COURT_SITTING_KINDS)[number] | CourtDeadlineKind;

/**
 * What is coming at court, seen from outside a case: the officer's hearings and deadlines on the home page,
 * the managers' court figures, each person's calendar subscription, the firm's court calendar, and how often
 * a creditor goes to court.
 */
export const courtAgenda = {
  court_agenda: {
    hearings: {
      title: 'Hearings this week',
      help: 'Hearings and mediations on your cases, today to %{to}.',
      empty: 'No hearing or mediation on your cases this week.',
    },
    deadlines: {
      title: 'Court deadlines',
      help: 'Answers and appeals to file by the day shown; record the filing on the case’s court tab.',
      empty: 'No answer or appeal deadline in the coming week, and none passed unrecorded.',
    },
    kinds: {
      hearing: 'Hearing',
      mediation: 'Mediation',
      answer_deadline: 'Answer deadline',
      appeal_deadline: 'Appeal deadline',
    } satisfies Record<AgendaKind, string>,
    matter_kinds: {
      lawsuit: 'Lawsuit',
      payment_order: 'Payment order',
      arbitration: 'Arbitration',
      pre_suit_mediation: 'Mediation before suit',
      rehabilitation: 'Rehabilitation',
      liquidation: 'Liquidation',
    } satisfies Record<CourtMatterKind, string>,
    today: 'Today',
    tomorrow: 'Tomorrow',
    due_today: 'Last day today',
    due_in: '%{smart_count} day left |||| %{smart_count} days left',
    passed: 'Passed %{smart_count} day ago |||| Passed %{smart_count} days ago',
    nothing_recorded: 'Nothing recorded',
    case_number: 'Case no. %{number}',
    officer: 'Officer: %{name}',
    no_officer: 'No officer',
    open_case: 'Open the case %{reference} on its court tab',
  },
  court_report: {
    title: 'At court',
    scope_team:
      'Your team’s cases: sittings in the next 14 days, deadlines passed with nothing recorded, and the matters by kind.',
    scope_firm:
      'The whole firm’s cases, whichever team is chosen above: sittings in the next 14 days, deadlines passed with nothing recorded, and the matters by kind.',
    sittings: 'Sittings, next 14 days',
    sittings_caption: 'Hearings and mediations',
    deadlines: 'Deadlines, next 14 days',
    deadlines_caption: 'Answers and appeals to file',
    passed: 'Deadlines passed',
    passed_caption: 'Nothing recorded: ask the officer',
    open: 'Open matters',
    open_caption: 'Suits, orders and procedures under way',
    sittings_title: 'Sittings in the next 14 days',
    sittings_empty: 'No hearing or mediation in the next 14 days.',
    passed_title: 'Deadlines passed with nothing recorded',
    by_kind_title: 'Matters by kind',
    by_kind_empty: 'No court matter on these cases yet.',
    kind: 'Kind',
    open_count: 'Open',
    concluded_count: 'Concluded',
  },
  calendar_feed: {
    title: 'Calendar subscription',
    help: 'Outlook, Google Calendar and Apple Calendar can subscribe to a private address of yours and show your hearings and court deadlines, updating by themselves. The events carry the case reference, the court, the room and the time, never a client’s ID number or phone.',
    scope: {
      own: 'It holds the hearings and deadlines of your own cases.',
      team: 'It holds the hearings and deadlines of your team’s cases.',
      firm: 'It holds the hearings and deadlines of the whole firm.',
    },
    none: 'You have no calendar address yet.',
    active_since: 'Your address was made on %{date}.',
    last_fetched: 'A calendar last read it on %{date}.',
    never_fetched: 'No calendar has read it yet.',
    make: 'Make my calendar address',
    make_new: 'Make a new address',
    make_new_help:
      'A new address stops the old one at once: calendars subscribed to the old one must subscribe again.',
    make_new_title: 'Make a new address?',
    make_new_confirm:
      'The address you have now stops working at once, and calendars subscribed to it get nothing more.',
    made: 'Your calendar address is made.',
    url_label: 'Your calendar address',
    shown_once:
      'This address is shown only now: add it to your calendar now. Keep it like a password, since whoever has it sees your hearings.',
    how_to:
      'Outlook: Add calendar → Subscribe from web. Google Calendar: Other calendars → From URL. Apple Calendar: File → New Calendar Subscription.',
    copy: 'Copy',
    copied: 'The address is copied.',
    copy_failed: 'The address could not be copied: select it and copy it yourself.',
    revoke: 'Stop the address',
    revoke_title: 'Stop your calendar address?',
    revoke_confirm:
      'Calendars subscribed to it get nothing more. You can make a new address whenever you like.',
    revoked: 'Your calendar address is stopped.',
  },
  court_calendar: {
    menu: 'Court calendar',
    title: 'Court calendar',
    help: 'A court deadline (an answer or an appeal) whose last day falls on a day the courts are closed moves to the next working day. Saturdays and Sundays are closed already: mark here the holidays the courts close for, and the weekend days they work instead.',
    recount:
      'Deadlines are worked out when the summons or the decision is recorded: a day marked or removed counts for those recorded after.',
    year: 'Year',
    previous_year: 'Previous year',
    next_year: 'Next year',
    add_title: 'Mark a day',
    day: 'Day',
    kind: 'Kind',
    name: 'Name',
    name_help: 'As the courts call it, e.g. National Day.',
    holiday: 'Court holiday',
    holiday_help: 'Closed: a deadline ending on it moves to the next working day.',
    working: 'Working weekend day',
    working_help: 'A Saturday or Sunday the courts work: a deadline may end on it.',
    add: 'Mark the day',
    added: '%{date} is marked.',
    weekend_already: 'Saturdays and Sundays are days off already: a holiday to mark falls on a weekday.',
    not_weekend: 'Weekdays are working days already: a working day to mark is a Saturday or Sunday.',
    marked_title: 'Days marked in %{year}',
    none: 'No day is marked in %{year}: deadlines skip only Saturdays and Sundays.',
    weekday: 'Weekday',
    remove: 'Remove',
    remove_title: 'Remove %{date}?',
    remove_confirm: 'Deadlines worked out after this count %{date} as an ordinary day.',
    removed: '%{date} is no longer marked.',
  },
  creditor_litigation: {
    label: 'Goes to court',
    help: 'How often the firm has seen this creditor sue. The litigation risk of its debts reads it.',
    practices: {
      unknown: 'Not known',
      rarely: 'Rarely',
      sometimes: 'Sometimes',
      often: 'Often',
    } satisfies Record<CreditorLitigationPractice, string>,
  },
};
