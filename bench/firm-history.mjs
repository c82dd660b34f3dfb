// What a working firm's cases leave behind, for the bench: each case's path through the stages with its
// times, and from it the timeline, the stage stays, reminders, proposals, plans with installments and
// payments, document checklists and contacts. Everything is derived from one compact record per case,
// so the tables agree with each other (the workload's direct SQL and the API must give the same figures).
import { domain } from './bench-env.mjs';

const DAY = 86_400_000;
const SPINE = [
  'intake',
  'documents',
  'creditor_contact',
  'negotiating',
  'agreed',
  'repaying',
  'credit_repair',
];
/** Days a case typically stays in each stage: [shortest, longest]. */
const STAY_DAYS = {
  intake: [1, 7],
  documents: [5, 30],
  creditor_contact: [3, 20],
  negotiating: [7, 60],
  agreed: [3, 20],
  repaying: [90, 400],
  credit_repair: [20, 60],
};
const FUNNEL = {
  intake: 0,
  documents: 1,
  creditor_contact: 2,
  negotiating: 3,
  agreed: 4,
  repaying: 5,
  credit_repair: 5,
};
const DOCUMENT_KINDS = ['id_card', 'income_proof', 'hardship_proof', 'debt_statement', 'bank_statement'];
const PROPOSAL_KINDS = ['installments', 'interest_freeze', 'lump_sum', 'deferral'];

/**
 * The stages a case went through, in order, for where it is now; a closed case's outcome decides how far
 * it came before it was closed.
 */
function pathOf(stage, outcome, rand) {
  if (stage !== 'closed') {
    const end = SPINE.indexOf(stage);
    return SPINE.slice(0, end + 1).filter((s) => s !== 'credit_repair' || stage === 'credit_repair');
  }
  const upTo = {
    resolved: rand() < 0.3 ? 'credit_repair' : 'repaying',
    withdrawn: rand() < 0.5 ? 'intake' : 'documents',
    failed: 'negotiating',
    litigated: rand() < 0.5 ? 'negotiating' : 'repaying',
  }[outcome];
  return [...pathOf(upTo, null, rand), 'closed'];
}

/**
 * One case's history: when it entered each stage (ms since epoch), squeezed into the time since it was
 * opened when the usual stays would run past now.
 */
export function caseHistory({ stage, outcome, openedAt, now, rand }) {
  const path = pathOf(stage, outcome, rand);
  const stays = path.slice(0, -1).map((s) => {
    const [lo, hi] = STAY_DAYS[s];
    return (lo + rand() * (hi - lo)) * DAY;
  });
  const needed = stays.reduce((a, b) => a + b, 0);
  const room = (now - openedAt) * 0.97;
  const scale = needed > room ? room / needed : 1;
  const entered = [openedAt];
  for (const ms of stays) entered.push(entered[entered.length - 1] + ms * scale);
  const furthest = Math.max(...path.map((s) => FUNNEL[s] ?? 0), outcome === 'resolved' ? 6 : 0);
  return { path, entered, furthest };
}

/** The case's moves as timeline events, plus what else happened on it (calls, papers), to `perCase` events. */
export function* timelineEvents(c, officerOf, perCase, rand) {
  yield [c.id, new Date(c.entered[0]).toISOString(), officerOf(c), 'case.opened', '{}'];
  for (let i = 1; i < c.path.length; i++)
    yield [
      c.id,
      new Date(c.entered[i]).toISOString(),
      officerOf(c),
      'case.stage_changed',
      JSON.stringify({ from: c.path[i - 1], to: c.path[i], reason: '進度更新' }),
    ];
  const last = c.lastActivityAt;
  for (let n = c.path.length; n < perCase; n++) {
    const at = c.entered[0] + rand() * (last - c.entered[0]);
    yield [
      c.id,
      new Date(at).toISOString(),
      officerOf(c),
      rand() < 0.6 ? 'contact.logged' : 'document.received',
      '{}',
    ];
  }
}

/** Each stay in a stage: entered, left (null while the case is in it), whose case it was when it ended. */
export function* stageStays(c, officerOf) {
  for (let i = 0; i < c.path.length; i++) {
    const left = i + 1 < c.path.length ? new Date(c.entered[i + 1]).toISOString() : null;
    yield [c.id, c.path[i], new Date(c.entered[i]).toISOString(), left, left ? officerOf(c) : null];
  }
}

/**
 * Reminders as the firm's causes leave them: mostly sent, the open cases' next ones scheduled, and a
 * few the worker has not got to or could not deliver.
 */
export function* reminders(c, officerOf, managerOf, count, now, rand, uuid) {
  const open = c.stage !== 'closed';
  for (let n = 0; n < count; n++) {
    const r = rand();
    const recipient = r < 0.6 ? 'officer' : r < 0.9 ? 'client' : 'manager';
    const user = recipient === 'officer' ? officerOf(c) : recipient === 'manager' ? managerOf(c) : null;
    let status;
    let due;
    const s = rand();
    if (open && n === 0) {
      status = 'scheduled';
      due = now + (0.1 + rand() * 30) * DAY;
    } else if (open && s < 0.004) {
      status = 'scheduled';
      due = now - rand() * 2 * DAY;
    } else if (open && s < 0.005) {
      status = 'failed';
      due = now - rand() * 10 * DAY;
    } else {
      status = s < 0.85 ? 'sent' : 'cancelled';
      due = c.entered[0] + rand() * (Math.min(c.lastActivityAt, now) - c.entered[0]);
    }
    const kind = domainKind(rand);
    yield [
      uuid(),
      kind,
      c.id,
      'bench',
      uuid(),
      'a',
      recipient,
      user,
      new Date(due).toISOString(),
      status,
      status === 'sent' ? new Date(due).toISOString() : null,
      officerOf(c),
      open,
    ];
  }
}

function domainKind(rand) {
  return [
    'installment_due',
    'installment_missed',
    'document_due',
    'document_overdue',
    'follow_up',
    'stale_case',
  ][Math.floor(rand() * 6)];
}

/**
 * Proposals, and for cases that reached an agreement the plan, its installments and the payments made
 * so far (a few plans have fallen behind). Returns rows per table.
 */
export function negotiation(c, debt, officerId, creditorRule, now, rand, uuid) {
  const out = { proposals: [], plans: [], installments: [], payments: [], allocations: [] };
  const at = (stage) => c.entered[c.path.indexOf(stage)];
  if (!c.path.includes('negotiating')) return out;
  const talksFrom = at('negotiating');
  const agreedAt = c.path.includes('agreed') ? at('agreed') : null;
  const iso = (ms) => new Date(ms).toISOString();
  const submittedAt =
    talksFrom + rand() * ((agreedAt ?? Math.min(now, talksFrom + 30 * DAY)) - talksFrom) * 0.5;
  if (rand() < 0.4) {
    // A first proposal the creditor turned down.
    const decided = submittedAt + (1 + rand() * 5) * DAY;
    out.proposals.push([
      uuid(),
      c.id,
      debt.id,
      'installments',
      'rejected',
      debt.outstanding,
      36,
      null,
      0,
      officerId,
      iso(submittedAt),
      iso(Math.min(decided, now)),
      iso(submittedAt),
    ]);
  }
  if (!agreedAt) {
    if (rand() < 0.5) {
      const sent = Math.min(now - DAY, submittedAt + 2 * DAY);
      out.proposals.push([
        uuid(),
        c.id,
        debt.id,
        PROPOSAL_KINDS[Math.floor(rand() * 4)],
        'submitted',
        Math.round(debt.outstanding * 0.8),
        12,
        null,
        0,
        officerId,
        iso(sent),
        null,
        iso(sent),
      ]);
    }
    return out;
  }
  const kind = PROPOSAL_KINDS[Math.floor(rand() * 3)];
  // Waiving accrued penalty is a term any kind may carry.
  const waived = rand() < 0.3 ? Math.round(debt.overdue * 0.0005 * (30 + rand() * 300)) : 0;
  const totalFen = Math.max(100, Math.round(debt.outstanding * (0.7 + rand() * 0.3)));
  const months = kind === 'lump_sum' ? 1 : 6 + Math.floor(rand() * 13);
  const agreedDay = dateOf(agreedAt);
  const firstDueDate = domain.addDays(agreedDay, 20);
  const proposalId = uuid();
  const acceptedSubmit = Math.min(submittedAt + 3 * DAY, agreedAt - DAY);
  out.proposals.push([
    proposalId,
    c.id,
    debt.id,
    kind,
    'accepted',
    totalFen,
    months,
    firstDueDate,
    waived,
    officerId,
    iso(acceptedSubmit),
    iso(agreedAt),
    iso(acceptedSubmit),
  ]);
  const schedule = domain.buildSchedule({ totalFen, months, firstDueDate, graceMonths: 0 });
  const saved = domain.savingsAtAgreement(
    {
      principalFen: debt.outstanding,
      outstandingFen: debt.outstanding,
      overdueFen: debt.overdue,
      overdueSince: debt.since,
    },
    creditorRule,
    totalFen,
    schedule[schedule.length - 1].dueDate,
  );
  const planId = uuid();
  const today = dateOf(now);
  // Paid in full when the case went on past repaying; otherwise what fell due, unless the plan fell behind.
  const behind = c.stage === 'repaying' || c.stage === 'agreed' ? rand() < 0.08 : false;
  const settled = c.path.includes('credit_repair') || c.outcome === 'resolved';
  let paid = 0;
  let nextUnpaid = null;
  let upto = 0;
  for (const item of schedule) {
    const id = uuid();
    out.installments.push([id, planId, item.number, item.dueDate, item.amountFen]);
    upto += item.amountFen;
    const pays = settled || (item.dueDate <= today && !(behind && item.number >= 2));
    if (pays) {
      // Each bench payment pays its own installment in full, on time: one allocation, 0 days late.
      const paymentId = uuid();
      out.payments.push([
        paymentId,
        planId,
        id,
        item.amountFen,
        item.dueDate < today ? item.dueDate : today,
        'alipay',
        officerId,
        'creditor_app',
        '螞蟻花唄',
      ]);
      out.allocations.push([paymentId, id, item.amountFen, 0]);
      paid += item.amountFen;
    } else if (nextUnpaid === null && upto > paid) nextUnpaid = item.dueDate;
  }
  out.plans.push([
    planId,
    proposalId,
    c.id,
    debt.id,
    totalFen,
    months,
    firstDueDate,
    0,
    iso(agreedAt),
    paid,
    nextUnpaid,
    saved.withoutAgreementFen,
    saved.savedFen,
    officerId,
    c.stage !== 'closed',
    totalFen,
    agreedDay,
  ]);
  return out;
}

/** The checklist of a case waiting for papers: some requested (a few late), some in, some verified. */
export function* documentRequirements(c, officerId, now, rand, uuid) {
  if (c.stage !== 'documents') return;
  const since = c.entered[c.path.indexOf('documents')];
  for (const kind of DOCUMENT_KINDS) {
    const r = rand();
    const status = r < 0.5 ? 'requested' : r < 0.75 ? 'received' : 'verified';
    const due = dateOf(since + (7 + rand() * 14) * DAY);
    yield [uuid(), c.id, kind, true, status, due, status === 'verified' ? officerId : null, officerId, true];
  }
}

/** Calls with the creditor for cases in talks, the latest with its next follow-up (some already late). */
export function* contacts(c, officerId, now, rand, uuid) {
  if (c.stage !== 'creditor_contact' && c.stage !== 'negotiating') return;
  const since = c.entered[c.path.length - 1];
  const first = since + rand() * (now - since) * 0.5;
  const second = first + rand() * (now - first);
  yield [
    uuid(),
    c.id,
    'creditor',
    'hotline',
    new Date(first).toISOString(),
    '客服說明需補件',
    null,
    officerId,
    officerId,
    true,
    true,
  ];
  const followUp = rand() < 0.7 ? now + (rand() * 10 - 2) * DAY : null;
  yield [
    uuid(),
    c.id,
    'creditor',
    'hotline',
    new Date(second).toISOString(),
    '等待審核結果',
    followUp && new Date(followUp).toISOString(),
    officerId,
    officerId,
    true,
    false,
  ];
}

export const dateOf = (ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
