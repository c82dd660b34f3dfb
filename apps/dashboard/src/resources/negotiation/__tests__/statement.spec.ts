import { describe, expect, it } from 'vitest';
import {
  chosenFloor,
  formValuesOf,
  liveAffordability,
  newStatementCurrency,
  statementAffordability,
  statementBody,
  type StatementRecord,
} from '../statement';

const saved: StatementRecord = {
  id: 's1',
  caseId: 'c1',
  isCurrent: true,
  currency: 'CNY',
  income: [
    { source: '薪資', amountFen: 3200000 },
    { source: '兼職', amountFen: 400000 },
  ],
  essentialSpending: [
    { category: '房租', amountFen: 1200000 },
    { category: '生活費', amountFen: 800000 },
  ],
  otherDebts: [{ lender: '親友借款', monthlyPaymentFen: 300000 }],
  dependants: 2,
  livingMinimumId: null,
  notes: null,
  createdBy: 'u1',
  createdAt: '2026-11-25T02:00:00.000Z',
};

const YUAN = { currency: 'CNY' as const, choices: ['CNY' as const] };

describe('the statement form', () => {
  it('works out what the client can pay as it is typed, by the server’s rule', () => {
    // The figures of the API test: 36,000 in, 20,000 spent, 3,000 to other lenders, 70 % committed.
    expect(liveAffordability(formValuesOf(saved, YUAN), 7000)).toEqual({
      incomeFen: 3600000,
      essentialSpendingFen: 2000000,
      otherDebtPaymentsFen: 300000,
      householdLivingMinimumFen: null,
      spendingCounted: 'stated',
      countedSpendingFen: 2000000,
      disposableFen: 1300000,
      capacityFen: 910000,
    });
    expect(statementAffordability(saved, 7000).capacityFen).toBe(910000);
  });

  it('counts the chosen region’s living minimum for the household when it is above the stated spending', () => {
    const shanghai = {
      id: 'sh',
      region: '上海市',
      currency: 'CNY' as const,
      monthlyFenPerPerson: 151000,
      effectiveFrom: '2024-07-01',
      source: '上海市民政局',
      createdAt: '2024-06-20T02:00:00.000Z',
      updatedAt: '2024-06-20T02:00:00.000Z',
      version: 1,
    };
    const values = {
      currency: 'CNY' as const,
      income: [{ source: '薪資', amountFen: 800000 }],
      essentialSpending: [{ category: '房租', amountFen: 100000 }],
      otherDebts: [{ lender: '親友', monthlyPaymentFen: 100000 }],
      dependants: 2,
      livingMinimumId: 'sh',
    };
    const floor = chosenFloor(values, [shanghai]);
    expect(floor).toBe(shanghai);
    expect(liveAffordability(values, 7000, floor)).toMatchObject({
      householdLivingMinimumFen: 453000,
      spendingCounted: 'living_minimum',
      disposableFen: 247000,
      capacityFen: 172900,
    });
    // A region in another currency is never applied.
    expect(chosenFloor({ ...values, currency: 'TWD' }, [shanghai])).toBeNull();
    expect(statementBody('c1', values).livingMinimumId).toBe('sh');
  });

  it('counts a line still being typed, or left empty, as nothing', () => {
    const figures = liveAffordability(
      {
        income: [{ source: '薪資', amountFen: 1000000 }, { source: '獎金', amountFen: '12.' }, {}],
        essentialSpending: [{ category: '房租', amountFen: null }],
        otherDebts: [],
      },
      7000,
    );
    expect(figures).toMatchObject({ incomeFen: 1000000, essentialSpendingFen: 0, capacityFen: 700000 });
  });

  it('commits nothing when spending takes all the income', () => {
    const figures = liveAffordability(
      { income: [{ amountFen: 100000 }], essentialSpending: [{ amountFen: 150000 }], otherDebts: [] },
      7000,
    );
    expect(figures).toMatchObject({ disposableFen: -50000, capacityFen: 0 });
  });

  it('sends fen with trimmed names, leaving out rows added and never filled in', () => {
    expect(
      statementBody('c1', {
        income: [
          { source: ' 薪資 ', amountFen: 3000000 },
          { source: '', amountFen: null },
        ],
        essentialSpending: [{ category: '房租', amountFen: 0 }],
        otherDebts: [{ lender: '', monthlyPaymentFen: undefined }],
        dependants: 1,
        notes: '  ',
      }),
    ).toEqual({
      caseId: 'c1',
      income: [{ source: '薪資', amountFen: 3000000 }],
      essentialSpending: [{ category: '房租', amountFen: 0 }],
      otherDebts: [],
      dependants: 1,
    });
  });

  it('starts from a copy of the current statement, or from one empty row of each', () => {
    const copy = formValuesOf(saved, YUAN);
    expect(statementBody('c1', copy)).toEqual({
      caseId: 'c1',
      currency: 'CNY',
      income: saved.income,
      essentialSpending: saved.essentialSpending,
      otherDebts: saved.otherDebts,
      dependants: 2,
    });
    copy.income[0].amountFen = 1;
    expect(saved.income[0].amountFen).toBe(3200000);
    expect(formValuesOf(null, YUAN)).toMatchObject({
      currency: 'CNY',
      income: [{ source: '' }],
      otherDebts: [],
      dependants: 0,
    });
  });
});

describe('a new statement’s currency', () => {
  it('is the open debts’ one, or asked for among theirs (both when there are none)', () => {
    expect(newStatementCurrency(['TWD', 'TWD'])).toEqual({ currency: 'TWD', choices: ['TWD'] });
    expect(newStatementCurrency(['TWD', 'CNY'])).toEqual({ currency: null, choices: ['CNY', 'TWD'] });
    expect(newStatementCurrency([])).toEqual({ currency: null, choices: ['CNY', 'TWD'] });
  });

  it('keeps the current statement’s names but never copies yuan figures into Taiwan dollars', () => {
    const copy = formValuesOf(saved, { currency: 'TWD', choices: ['TWD'] });
    expect(copy.currency).toBe('TWD');
    expect(copy.income).toEqual([
      { source: '薪資', amountFen: null },
      { source: '兼職', amountFen: null },
    ]);
    expect(copy.otherDebts).toEqual([{ lender: '親友借款', monthlyPaymentFen: null }]);
  });

  it('starts in the current statement’s currency when the person must choose and it is one of the choices', () => {
    const mixed = newStatementCurrency(['CNY', 'TWD']);
    expect(formValuesOf(saved, mixed)).toMatchObject({ currency: 'CNY', income: saved.income });
    expect(formValuesOf(null, mixed).currency).toBeNull();
  });
});
