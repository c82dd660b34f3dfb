import { describe, expect, it } from 'vitest';
import { parseClientImport } from '../import-rows';

/** The firm's day the import is read on (the rows' dates are before it). */
const TODAY = '2026-12-07';

const zhTW = `\uFEFF姓名,證件號碼,電話,同意,逾期原因,債權人,本金,未償金額,逾期金額,逾期日
王小明,A123456789,0912-345-678,是,失業,支付寶花唄,"2,000",2000,2000,2026/10/26
王小明,A123456789,0912-345-678,是,失業,招商銀行信用卡,15000.5,15000.50,3000,2026-09-01
李美華,11010519491231002X,,否,疾病,支付寶借唄,5000,5000,,
`;

describe('client import rows', () => {
  it('reads zh-TW headers with a BOM, yuan with separators, and groups rows by ID number', () => {
    const parsed = parseClientImport(zhTW, TODAY);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toBe(3);
    expect(parsed.clients).toHaveLength(2);
    const [wang, lee] = parsed.clients;
    expect(wang).toMatchObject({
      fullName: '王小明',
      idType: 'tw_national_id',
      consent: true,
      overdueReason: 'job_loss',
    });
    expect(wang.debts.map((d) => [d.creditorName, d.outstandingFen, d.overdueFen, d.overdueSince])).toEqual([
      ['支付寶花唄', 200000, 200000, '2026-10-26'],
      ['招商銀行信用卡', 1500050, 300000, '2026-09-01'],
    ]);
    expect(lee).toMatchObject({ idType: 'cn_resident_id', consent: false, overdueReason: 'illness' });
    expect(lee.debts[0]).toMatchObject({ outstandingFen: 500000, overdueFen: 500000, overdueSince: null });
  });

  it('accepts English headers and zh-CN headers', () => {
    const en = parseClientImport(
      'full_name,id_number,creditor,outstanding\nAmy,A123456789,Huabei,10\n',
      TODAY,
    );
    expect(en.problems).toEqual([]);
    expect(en.clients[0].debts[0].outstandingFen).toBe(1000);
    const zhCN = parseClientImport('姓名,证件号码,债权人,未偿金额\n张三,A123456789,花呗,10.5\n', TODAY);
    expect(zhCN.clients[0].debts[0].outstandingFen).toBe(1050);
  });

  it('reports every bad cell with its line, and a missing column once', () => {
    const parsed = parseClientImport(
      '姓名,證件號碼,債權人,未償金額,逾期金額,逾期日,同意\n,A123456788,花唄,-5,1,2026-02-30,也許\n王,A123456789,花唄,100,200,,是\n',
      TODAY,
    );
    const found = parsed.problems.map((p) => `${p.row}:${p.field}:${p.code}`);
    expect(found).toEqual([
      '2:fullName:REQUIRED',
      '2:idNumber:INVALID_ID_NUMBER',
      '2:consent:INVALID_CONSENT',
      '2:outstanding:INVALID_AMOUNT',
      '2:overdueSince:INVALID_DATE',
      '3:overdue:OVERDUE_EXCEEDS_OUTSTANDING',
    ]);
    expect(parseClientImport('姓名,債權人\nx,y\n', TODAY).problems.map((p) => p.field)).toEqual([
      'idNumber',
      'outstanding',
    ]);
  });

  it("asks the case policy about each debt's figures: no overdue date after today, no unexplained principal above outstanding", () => {
    const parsed = parseClientImport(
      '姓名,證件號碼,債權人,本金,未償金額,逾期日\n王,A123456789,花唄,100,100,2026-12-08\n王,A123456789,借唄,300,200,2026-12-07\n',
      TODAY,
    );
    expect(parsed.problems.map((p) => `${p.row}:${p.field}:${p.code}`)).toEqual([
      '2:overdueSince:OVERDUE_DATE_IN_FUTURE',
      '3:principal:PRINCIPAL_EXCEEDS_OUTSTANDING',
    ]);
    const explained = parseClientImport(
      '姓名,證件號碼,債權人,本金,未償金額,本金說明\n王,A123456789,借唄,300,200,已還本金 100 元\n',
      TODAY,
    );
    expect(explained.problems).toEqual([]);
    expect(explained.clients[0].debts[0]).toMatchObject({
      principalFen: 30000,
      principalNote: '已還本金 100 元',
    });
  });

  it('refuses one ID number under two names', () => {
    const parsed = parseClientImport(
      '姓名,證件號碼,債權人,未償金額\n甲,A123456789,花唄,1\n乙,A123456789,花唄,1\n',
      TODAY,
    );
    expect(parsed.problems).toEqual([expect.objectContaining({ row: 3, code: 'NAME_MISMATCH' })]);
  });

  it('says what is wrong with an unreadable or empty file', () => {
    expect(parseClientImport('', TODAY).problems[0].code).toBe('CSV_EMPTY');
    expect(parseClientImport('a,"b\n1,2', TODAY).problems[0].code).toBe('CSV_UNREADABLE');
  });
});
