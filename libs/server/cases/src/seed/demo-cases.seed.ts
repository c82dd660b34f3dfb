import { CASE_STAGES, type CaseStage } from '@accord/contracts';
import { addDays, calendarDateIn, maskIdentifier, taiwanIdFromSerial, zonedInstant } from '@accord/domain';
import { insertSealedClients } from '@accord/server-clients';
import type { FieldCipher } from '@accord/server-core';
import { creditorsOfMarket } from '@accord/server-creditors';
import { activeOfficerIds } from '@accord/server-users';
import type { DataSource, EntityManager } from 'typeorm';
import { recordCaseEvent, refreshCaseTotals } from '../case-timeline';

const SURNAMES = [
  '陳',
  '林',
  '黃',
  '張',
  '李',
  '王',
  '吳',
  '劉',
  '蔡',
  '楊',
  '許',
  '鄭',
  '謝',
  '郭',
  '洪',
  '曾',
];
const GIVEN = [
  '怡君',
  '志豪',
  '淑芬',
  '家瑋',
  '雅雯',
  '俊傑',
  '佩珊',
  '冠宇',
  '美玲',
  '建宏',
  '宜蓁',
  '承恩',
  '詩涵',
  '柏翰',
];
const REASONS = ['job_loss', 'illness', 'business_failure', 'family_emergency', 'other'] as const;
const REASON_TEXT: Record<(typeof REASONS)[number], string> = {
  job_loss: '公司裁員後待業四個月，收入中斷。',
  illness: '住院治療三個月，醫療支出大增。',
  business_failure: '小吃店疫情後歇業，尚有設備貸款。',
  family_emergency: '家人重病需長期照護，收入減半。',
  other: '遭詐騙集團騙取積蓄，無力按期還款。',
};
/**
 * Where the demo clients live, on the side of the strait they owe on: Taiwan nationals working on the
 * mainland borrowed from mainland lenders; those at home, from Taiwan banks. Each address starts with a
 * region the living-minimum table holds, so the demo statements can name the floor of the client's city.
 */
const MAINLAND_ADDRESSES = ['上海市浦东新区张杨路', '北京市朝阳区建国路', '广州市天河区天河路'];
const TAIWAN_ADDRESSES = ['臺北市中山區南京東路', '新北市板橋區文化路一段'];

const STAGE_MIX: CaseStage[] = [
  'intake',
  'intake',
  'documents',
  'documents',
  'creditor_contact',
  'negotiating',
  'negotiating',
  'agreed',
  'repaying',
  'closed',
];

/**
 * One mainland client (officer.wang's, contacting creditors) owes a card over Criminal Law Art. 196's line
 * (¥50,000 unpaid principal): the court seed records the bank's two collection notices on it, so the
 * malicious-overdraft warning shows. The other demo debts stay well below the line.
 */
const ART_196_CARD = { serial: 34, outstandingFen: 6_380_000 };

/** Stages whose clients consented to credit disputes too (the demo credit record disputes for some). */
const CREDIT_RECORD_STAGES: readonly CaseStage[] = ['agreed', 'repaying', 'credit_repair'];

/**
 * The stage of the demo case `serial`: the mix, except one case in forty that paid its plan off and is
 * in the credit-record stage (the other repaying cases stay repaying).
 */
function demoStage(serial: number): CaseStage {
  return serial % 40 === 38 ? 'credit_repair' : STAGE_MIX[serial % STAGE_MIX.length];
}

/** Five clients per officer, each with a case somewhere along the spine and one to three debts. */
export async function seedDemoCases(
  db: DataSource,
  cipher: FieldCipher,
  timeZone: string,
): Promise<{ seeded: boolean }> {
  return db.transaction(async (manager) => {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM cases`);
    if (count > 0) return { seeded: false };
    const officers = (await activeOfficerIds(manager)).map((id) => ({ id }));
    const creditors = await creditorsOfMarket(manager, 'CN');
    // Some clients owe Taiwan banks (TWD, shown NT$): the quick start shows both currencies, never summed.
    const taiwanCreditors = await creditorsOfMarket(manager, 'TW');
    if (!officers.length || !creditors.length) return { seeded: false };
    const today = calendarDateIn(new Date(), timeZone);
    let serial = 1;
    for (const [o, officer] of officers.entries()) {
      for (let k = 0; k < 5; k++, serial++) {
        const name = `${SURNAMES[(o * 5 + k) % SURNAMES.length]}${GIVEN[(o * 3 + k) % GIVEN.length]}`;
        const idNumber = taiwanIdFromSerial(1000 + serial);
        const phone = `09${String(12000000 + serial * 7919).slice(-8)}`;
        const sealedId = cipher.seal(idNumber);
        const sealedPhone = cipher.seal(phone);
        // One Taiwan client in ten at documents, and one in twenty repaying (a statement and a plan in NT$).
        const taiwan = (serial % 10 === 2 || serial % 20 === 8) && taiwanCreditors.length > 0;
        const address = taiwan
          ? `${TAIWAN_ADDRESSES[Math.floor(serial / 4) % TAIWAN_ADDRESSES.length]}${serial}號`
          : `${MAINLAND_ADDRESSES[serial % MAINLAND_ADDRESSES.length]}${serial}号`;
        const stage = demoStage(serial);
        // Consent recorded by the officer, for the purposes an import records; clients whose case reached
        // an agreement also let the firm dispute wrong records on their credit report for them.
        const [client] = await insertSealedClients(
          manager,
          [
            {
              fullName: name,
              idType: 'tw_national_id',
              idCipher: sealedId.cipher,
              idHash: sealedId.hash,
              idMasked: maskIdentifier(idNumber),
              phoneCipher: sealedPhone.cipher,
              phoneHash: sealedPhone.hash,
              phoneMasked: maskIdentifier(phone),
              keyId: sealedId.keyId,
              email: null,
              address,
              consent: true,
              officerId: officer.id,
            },
          ],
          {
            purposes: CREDIT_RECORD_STAGES.includes(stage)
              ? '{debt_negotiation,contact_creditors,credit_dispute}'
              : '{debt_negotiation,contact_creditors}',
            recordedBy: officer.id,
          },
        );
        const reason = REASONS[serial % REASONS.length];
        const openedOn = addDays(today, -(10 + ((serial * 13) % 200)));
        const [created] = await manager.query(
          `INSERT INTO cases (reference, client_id, officer_id, overdue_reason, overdue_reason_text, litigation_risk, opened_on)
           VALUES (next_case_reference($1), $2, $3, $4, $5, $6, $7) RETURNING id, reference`,
          [
            openedOn.slice(0, 4),
            client.id,
            officer.id,
            reason,
            REASON_TEXT[reason],
            ['none', 'low', 'high', 'sued'][serial % 4],
            openedOn,
          ],
        );
        await recordCaseEvent(manager, created.id, officer.id, 'case.opened', {
          reference: created.reference,
          officerId: officer.id,
        });
        for (let d = 0; d < 1 + (serial % 3); d++) {
          const pool = taiwan ? taiwanCreditors : creditors;
          const card = creditors.find((c) => c.product === 'credit_card');
          const large = serial === ART_196_CARD.serial && d === 0 && !taiwan && card !== undefined;
          const creditor = large ? card : pool[(serial + d * 3) % pool.length];
          const outstanding = large
            ? ART_196_CARD.outstandingFen
            : 50000 * (1 + ((serial * 7 + d * 11) % 60));
          const overdue =
            Math.round(outstanding * (0.2 + ((serial + d) % 8) / 10)) > outstanding
              ? outstanding
              : Math.round(outstanding * (0.2 + ((serial + d) % 8) / 10));
          const overdueSince = addDays(openedOn, -(15 + ((serial * 17 + d * 29) % 150)));
          // Signed half a year to about two and a half years before falling overdue, counted from today,
          // so the LPR table always has the rate of that day. Every online-lending debt has one (the
          // catalog checks those against 4 × LPR, and at 0.05 % a day they are over the line), and about
          // half of the others; the rest show what a debt without a contract date looks like.
          const contractDate =
            creditor.product === 'online_loan' || (serial + d) % 2 === 0
              ? addDays(overdueSince, -(180 + ((serial * 53 + d * 31) % 720)))
              : null;
          await manager.query(
            `INSERT INTO debts (case_id, creditor_id, account_reference_masked, principal_fen, outstanding_fen, overdue_fen, overdue_since, contract_date)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              created.id,
              creditor.id,
              `****${String(1000 + serial * 37 + d).slice(-4)}`,
              Math.round(outstanding * 0.9),
              outstanding,
              overdue,
              overdueSince,
              contractDate,
            ],
          );
        }
        await refreshCaseTotals(manager, created.id);
        // Closed cases closed from repaying; only a case in the credit-record stage went through it.
        const path = CASE_STAGES.slice(1, CASE_STAGES.indexOf(stage) + 1).filter(
          (s) => s !== 'credit_repair' || stage === 'credit_repair',
        );
        let from: CaseStage = 'intake';
        for (const to of path) {
          await recordCaseEvent(manager, created.id, officer.id, 'case.stage_changed', {
            from,
            to,
            reason: '示範資料',
          });
          from = to;
        }
        if (stage !== 'intake') {
          await manager.query(
            `UPDATE cases SET stage = $2, outcome = $3, closing_note = $4, closed_on = $5, closed_from = $6 WHERE id = $1`,
            stage === 'closed'
              ? [created.id, stage, 'resolved', '分期方案已全數繳清。', today, path.at(-2) ?? 'intake']
              : [created.id, stage, null, null, null, null],
          );
          await backdateStageHistory(manager, created.id, openedOn, today, timeZone, serial);
        }
      }
    }
    return { seeded: true };
  });
}

/**
 * The demo moved each case to its stage in one step: spread its moves over the time since it was
 * opened (each stage a few days to a few weeks), so the timeline, the median days per stage and the
 * funnel read like a working firm's.
 */
async function backdateStageHistory(
  manager: EntityManager,
  caseId: string,
  openedOn: string,
  today: string,
  timeZone: string,
  serial: number,
): Promise<void> {
  const moves: { id: string }[] = await manager.query(
    `SELECT id FROM case_events WHERE case_id = $1 AND kind = 'case.stage_changed' ORDER BY id`,
    [caseId],
  );
  const start = zonedInstant(openedOn, '10:00', timeZone).getTime();
  const span = zonedInstant(today, '09:00', timeZone).getTime() - start;
  // Uneven shares of the time so far: documents and talks take longer than intake.
  const weights = moves.map((_, i) => 1 + ((serial + i * 3) % 4));
  const total = weights.reduce((a, b) => a + b, 0) + 1;
  let elapsed = 0;
  const times = weights.map((w) => new Date(start + (span * (elapsed += w)) / total));
  await manager.query(
    `UPDATE case_events e SET at = t.at FROM unnest($1::bigint[], $2::timestamptz[]) AS t(id, at) WHERE e.id = t.id`,
    [moves.map((m) => m.id), times],
  );
  const stays: { id: string }[] = await manager.query(
    `SELECT id FROM case_stage_stays WHERE case_id = $1 ORDER BY id`,
    [caseId],
  );
  // The trigger kept the one jump as two stays; the history has one stay per stage on the path.
  await manager.query(`DELETE FROM case_stage_stays WHERE id = ANY($1::bigint[])`, [stays.map((s) => s.id)]);
  const stages: { from: string; to: string }[] = await manager.query(
    `SELECT details->>'from' AS from, details->>'to' AS to FROM case_events WHERE id = ANY($1::bigint[]) ORDER BY at`,
    [moves.map((m) => m.id)],
  );
  const [{ officer_id: officerId }] = await manager.query(`SELECT officer_id FROM cases WHERE id = $1`, [
    caseId,
  ]);
  const entered = [new Date(start), ...times];
  const rows = [...stages.map((m) => m.from), stages[stages.length - 1].to].map((stage, i) => ({
    stage,
    enteredAt: entered[i],
    leftAt: times[i] ?? null,
  }));
  await manager.query(
    `INSERT INTO case_stage_stays (case_id, stage, entered_at, left_at, officer_id)
     SELECT $1, s.stage, s.entered_at, s.left_at, CASE WHEN s.left_at IS NOT NULL THEN $5::uuid END
       FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[]) AS s(stage, entered_at, left_at)`,
    [caseId, rows.map((r) => r.stage), rows.map((r) => r.enteredAt), rows.map((r) => r.leftAt), officerId],
  );
}
