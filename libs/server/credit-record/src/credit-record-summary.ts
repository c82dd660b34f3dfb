import type {
  CreditDisputeGround,
  CreditDisputeOutcome,
  CreditDisputeStatus,
  CreditDisputeVenue,
  CreditEntryStatus,
  CreditorProduct,
  Currency,
  Locale,
} from '@accord/contracts';
import { formatMoney } from '@accord/domain';

/*
 * The client's credit record in plain words, in the client's language: for each entry of the report what
 * it is, until when it shows, and what the firm disputed with what outcome. Ready for the letters of
 * [9/10]. A true record is never promised away: it "stays on your report until …"; the 2025 relief is
 * the agency's, automatic and free; an answer is told as the agency or lender gave it.
 */

/** What the summary reads of an entry (a CreditEntryView fits). */
export interface SummaryEntry {
  id: string;
  currency: Currency;
  institution: string;
  accountLast4: string | null;
  product: CreditorProduct;
  status: CreditEntryStatus;
  overdueFen: number;
  defaultStartedOn: string | null;
  repaidOn: string | null;
  shownUntil: { kind: 'date' | 'until_repaid_plus'; until: string | null; years: number | null } | null;
  relief: { applies: boolean; stillPossibleUntil: string | null } | null;
}

/** What the summary reads of a dispute (a CreditDisputeView fits). */
export interface SummaryDispute {
  entryId: string;
  grounds: CreditDisputeGround[];
  venue: CreditDisputeVenue;
  status: CreditDisputeStatus | 'draft';
  filedOn: string | null;
  answerDueOn: string | null;
  answeredOn: string | null;
  outcome: CreditDisputeOutcome | null;
  withdrawnOn: string | null;
}

export interface CreditRecordSummary {
  locale: Locale;
  paragraphs: { entryId: string; text: string }[];
  notice: string;
}

interface Words {
  /** Between sentences: a space in English, nothing in Chinese. */
  gap: string;
  date: (iso: string) => string;
  products: Record<CreditorProduct, string>;
  grounds: Record<CreditDisputeGround, string>;
  venues: Record<CreditDisputeVenue, string>;
  list: (items: string[]) => string;
  opening: (institution: string, product: string, last4: string | null) => string;
  status: (e: {
    status: CreditEntryStatus;
    amount: string;
    since: string | null;
    repaid: string | null;
  }) => string;
  relief: string;
  reliefPossible: (by: string) => string;
  stays: (until: string) => string;
  stayed: (until: string) => string;
  whileOwed: (years: number) => string;
  noPeriod: string;
  preparing: (venue: string, grounds: string) => string;
  filed: (on: string, venue: string, grounds: string, due: string | null) => string;
  answered: Record<CreditDisputeOutcome, (on: string, venue: string) => string>;
  withdrawn: (on: string) => string;
  notice: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Year, month and day of an ISO calendar date, as numbers (no leading zeros). */
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const chineseDate = (iso: string) => {
  const [year, month, day] = parts(iso);
  return `${year}年${month}月${day}日`;
};
const englishDate = (iso: string) => {
  const [year, month, day] = parts(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
};

const WORDS: Record<Locale, Words> = {
  'zh-TW': {
    gap: '',
    date: chineseDate,
    products: {
      huabei: '花唄',
      jiebei: '借唄',
      credit_card: '信用卡',
      consumer_loan: '消費貸款',
      online_loan: '網路貸款',
      other: '其他借款',
    },
    grounds: {
      not_my_account: '非本人帳戶',
      wrong_amount: '金額有誤',
      wrong_dates: '日期有誤',
      already_repaid: '已經清償',
      creditor_agreed: '債權人已同意更正報送',
      other: '其他理由',
    },
    venues: { credit_reference_centre: '徵信中心', lender: '報送的貸款機構' },
    list: (items) => items.join('、'),
    opening: (institution, product, last4) =>
      `${institution}（${product}${last4 ? `，帳號末四碼 ${last4}` : ''}）：`,
    status: ({ status, amount, since, repaid }) =>
      ({
        normal: '報告上沒有逾期紀錄。',
        overdue: `${since ? `自 ${since} 起` : ''}逾期，報告所載逾期金額 ${amount}，目前尚未清償。`,
        repaid_after_overdue: `${since ? `自 ${since} 起` : '曾經'}逾期 ${amount}，${repaid ? `已於 ${repaid} 全數清償。` : '其後已全數清償。'}`,
        written_off: `逾期 ${amount}${since ? `（自 ${since} 起）` : ''}，報告顯示已轉銷呆帳或轉讓催收。`,
      })[status],
    relief:
      '依 2025年12月22日 的一次性信用救濟措施，這筆紀錄已不再展示，係自動辦理且免費，無須申請，也沒有人可以為此收費。',
    reliefPossible: (by) =>
      `若在 ${by} 前全數清償，依 2025年12月22日 的一次性信用救濟措施，這筆紀錄將自動且免費不再展示。`,
    stays: (until) => `這筆紀錄會保留在您的信用報告上，直到 ${until}。`,
    stayed: (until) => `這筆紀錄在您的信用報告上保留到 ${until}，現已不再展示。`,
    whileOwed: (years) => `這筆紀錄在清償前會一直保留在您的信用報告上，清償後再保留 ${years} 年。`,
    noPeriod: '這筆紀錄保留多久，依徵信機構的規定。',
    preparing: (venue, grounds) => `我們正在準備向${venue}提出異議（理由：${grounds}）。`,
    filed: (on, venue, grounds, due) =>
      `我們已於 ${on} 向${venue}提出異議（理由：${grounds}）${due ? `，書面回覆應在 ${due} 前送達` : ''}。`,
    answered: {
      corrected: (on, venue) => `${venue}已於 ${on} 書面回覆：紀錄已更正。`,
      no_error_found: (on, venue) => `${venue}已於 ${on} 書面回覆：經查核紀錄正確，維持原狀。`,
      cannot_be_verified: (on, venue) => `${venue}已於 ${on} 書面回覆：紀錄無法核實，已標註為有異議。`,
    },
    withdrawn: (on) => `這項異議已於 ${on} 撤回。`,
    notice:
      '真實的逾期紀錄任何人都無法刪除，我們也不作這樣的承諾：只有錯誤的紀錄可以提出異議，回覆結果照徵信中心或貸款機構的書面答覆告知您。2025年12月22日 的一次性信用救濟措施是自動且免費的，任何人都不得為此收費。',
  },
  'zh-CN': {
    gap: '',
    date: chineseDate,
    products: {
      huabei: '花呗',
      jiebei: '借呗',
      credit_card: '信用卡',
      consumer_loan: '消费贷款',
      online_loan: '网络贷款',
      other: '其他借款',
    },
    grounds: {
      not_my_account: '非本人账户',
      wrong_amount: '金额有误',
      wrong_dates: '日期有误',
      already_repaid: '已经结清',
      creditor_agreed: '债权人已同意更正报送',
      other: '其他理由',
    },
    venues: { credit_reference_centre: '征信中心', lender: '报送的贷款机构' },
    list: (items) => items.join('、'),
    opening: (institution, product, last4) =>
      `${institution}（${product}${last4 ? `，账号尾号 ${last4}` : ''}）：`,
    status: ({ status, amount, since, repaid }) =>
      ({
        normal: '报告上没有逾期记录。',
        overdue: `${since ? `自 ${since} 起` : ''}逾期，报告所载逾期金额 ${amount}，目前尚未结清。`,
        repaid_after_overdue: `${since ? `自 ${since} 起` : '曾经'}逾期 ${amount}，${repaid ? `已于 ${repaid} 全部结清。` : '其后已全部结清。'}`,
        written_off: `逾期 ${amount}${since ? `（自 ${since} 起）` : ''}，报告显示已核销或转让催收。`,
      })[status],
    relief:
      '根据 2025年12月22日 的一次性信用救济措施，这笔记录已不再展示，自动办理且免费，无须申请，也没有人可以为此收费。',
    reliefPossible: (by) =>
      `如在 ${by} 前全部结清，根据 2025年12月22日 的一次性信用救济措施，这笔记录将自动且免费不再展示。`,
    stays: (until) => `这笔记录会保留在您的信用报告上，直到 ${until}。`,
    stayed: (until) => `这笔记录在您的信用报告上保留到 ${until}，现已不再展示。`,
    whileOwed: (years) => `这笔记录在结清前会一直保留在您的信用报告上，结清后再保留 ${years} 年。`,
    noPeriod: '这笔记录保留多久，依征信机构的规定。',
    preparing: (venue, grounds) => `我们正在准备向${venue}提出异议（理由：${grounds}）。`,
    filed: (on, venue, grounds, due) =>
      `我们已于 ${on} 向${venue}提出异议（理由：${grounds}）${due ? `，书面答复应在 ${due} 前送达` : ''}。`,
    answered: {
      corrected: (on, venue) => `${venue}已于 ${on} 书面答复：记录已更正。`,
      no_error_found: (on, venue) => `${venue}已于 ${on} 书面答复：经核查记录正确，维持原状。`,
      cannot_be_verified: (on, venue) => `${venue}已于 ${on} 书面答复：记录无法核实，已标注为有异议。`,
    },
    withdrawn: (on) => `这项异议已于 ${on} 撤回。`,
    notice:
      '真实的逾期记录任何人都无法删除，我们也不作这样的承诺：只有错误的记录可以提出异议，答复结果按征信中心或贷款机构的书面答复告知您。2025年12月22日 的一次性信用救济措施是自动且免费的，任何人都不得为此收费。',
  },
  en: {
    gap: ' ',
    date: englishDate,
    products: {
      huabei: 'Huabei',
      jiebei: 'Jiebei',
      credit_card: 'credit card',
      consumer_loan: 'consumer loan',
      online_loan: 'online loan',
      other: 'other borrowing',
    },
    grounds: {
      not_my_account: 'the account is not yours',
      wrong_amount: 'the amount is wrong',
      wrong_dates: 'the dates are wrong',
      already_repaid: 'it was already repaid',
      creditor_agreed: 'the creditor agreed to report it otherwise',
      other: 'another reason',
    },
    venues: { credit_reference_centre: 'the credit reference centre', lender: 'the lender that reported it' },
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
    opening: (institution, product, last4) =>
      `${institution} (${product}${last4 ? `, account ending ${last4}` : ''}): `,
    status: ({ status, amount, since, repaid }) =>
      ({
        normal: 'no late payment is reported.',
        overdue: `${amount} is reported overdue${since ? ` since ${since}` : ''} and is not yet repaid.`,
        repaid_after_overdue: `${amount} was overdue${since ? ` from ${since}` : ''} and was repaid in full${repaid ? ` on ${repaid}` : ''}.`,
        written_off: `${amount} overdue${since ? ` since ${since}` : ''} is reported as written off or passed on for collection.`,
      })[status],
    relief:
      'It is no longer shown under the one-off relief of 22 Dec 2025, automatically and free of charge: nobody needs to apply, and nobody may charge you for it.',
    reliefPossible: (by) =>
      `If it is repaid in full by ${by}, the one-off relief of 22 Dec 2025 will stop it being shown, automatically and free of charge.`,
    stays: (until) => `It stays on your report until ${until}.`,
    stayed: (until) => `It stayed on your report until ${until} and is no longer shown.`,
    whileOwed: (years) =>
      `It stays on your report while it is owed and for ${years} years after it is repaid.`,
    noPeriod: 'How long it stays is set by the credit reporting agency.',
    preparing: (venue, grounds) => `We are preparing a dispute with ${venue} (because ${grounds}).`,
    filed: (on, venue, grounds, due) =>
      `On ${on} we disputed it with ${venue} (because ${grounds})${due ? `; the written answer is due by ${due}` : ''}.`,
    answered: {
      corrected: (on, venue) => `On ${on} ${venue} answered in writing: the record was corrected.`,
      no_error_found: (on, venue) =>
        `On ${on} ${venue} answered in writing: the agency found the record correct; it stays as it was.`,
      cannot_be_verified: (on, venue) =>
        `On ${on} ${venue} answered in writing: the record could not be verified, so it is marked as disputed.`,
    },
    withdrawn: (on) => `The dispute was withdrawn on ${on}.`,
    notice:
      'Nobody can take a true late-payment record off a credit report, and we do not promise to: only a wrong record can be disputed, and each answer is told here as the credit reference centre or the lender gave it in writing. The one-off relief of 22 Dec 2025 is automatic and free of charge; nobody may charge you for it.',
  },
};

/**
 * The plain-language summary of a client's credit record in `locale`: one paragraph per entry, in the
 * entries' order, each naming its institution; `today` (the firm's calendar date) tells a period that has
 * ended from one still running. Pure: the same entries and disputes always give the same words.
 */
export function creditRecordSummary(
  locale: Locale,
  entries: readonly SummaryEntry[],
  disputes: readonly SummaryDispute[],
  today: string,
): CreditRecordSummary {
  const w = WORDS[locale];
  const paragraphs = entries.map((entry) => {
    const sentences = [
      w.opening(entry.institution, w.products[entry.product], entry.accountLast4) +
        w.status({
          status: entry.status,
          amount: formatMoney(entry.overdueFen, entry.currency, locale),
          since: entry.defaultStartedOn && w.date(entry.defaultStartedOn),
          repaid: entry.repaidOn && w.date(entry.repaidOn),
        }),
    ];
    if (entry.status !== 'normal') sentences.push(shownSentence(w, entry, today));
    for (const dispute of disputes.filter((x) => x.entryId === entry.id))
      sentences.push(...disputeSentences(w, dispute));
    return { entryId: entry.id, text: sentences.join(w.gap) };
  });
  return { locale, paragraphs, notice: w.notice };
}

function shownSentence(w: Words, entry: SummaryEntry, today: string): string {
  if (entry.relief?.applies) return w.relief;
  const shown = entry.shownUntil;
  const period =
    shown?.kind === 'date' && shown.until
      ? shown.until < today
        ? w.stayed(w.date(shown.until))
        : w.stays(w.date(shown.until))
      : shown?.kind === 'until_repaid_plus' && shown.years !== null
        ? w.whileOwed(shown.years)
        : w.noPeriod;
  const possible = entry.relief?.stillPossibleUntil;
  return possible ? `${period}${w.gap}${w.reliefPossible(w.date(possible))}` : period;
}

function disputeSentences(w: Words, dispute: SummaryDispute): string[] {
  const venue = w.venues[dispute.venue];
  const grounds = w.list(dispute.grounds.map((g) => w.grounds[g]));
  if (dispute.status === 'draft' || !dispute.filedOn) return [w.preparing(venue, grounds)];
  // The answer's due day matters only while it is awaited.
  const due = dispute.status === 'filed' && dispute.answerDueOn ? w.date(dispute.answerDueOn) : null;
  const said = [w.filed(w.date(dispute.filedOn), venue, grounds, due)];
  if (dispute.status === 'answered' && dispute.outcome && dispute.answeredOn)
    said.push(w.answered[dispute.outcome](w.date(dispute.answeredOn), venue));
  if (dispute.status === 'withdrawn' && dispute.withdrawnOn)
    said.push(w.withdrawn(w.date(dispute.withdrawnOn)));
  return said;
}
