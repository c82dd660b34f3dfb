import { followUpReminders, installmentReminders } from '@accord/domain';
import { caseReference, joinCase, joinDebt } from '@accord/server-cases';
import { Clock } from '@accord/server-core';
import { ReminderSettingsService, RemindersService } from '@accord/server-reminders';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The reminders negotiation causes: each unpaid installment's (before it is due, then if it is
 * missed) and a contact's follow-up. Written in the transaction of the change; a paid installment or a
 * cleared follow-up cancels its own.
 */
@Injectable()
export class NegotiationReminders {
  constructor(
    private readonly reminders: RemindersService,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  async syncPlan(manager: EntityManager, planId: string): Promise<void> {
    const now = this.clock.now();
    const clock = await this.settings.clock(manager);
    const installments: {
      id: string;
      number: number;
      dueDate: string;
      amountFen: string;
      paidFen: string;
      reference: string;
      caseId: string;
      currency: string;
      endedOn: string | null;
    }[] = await manager.query(
      `SELECT i.id, i.number, i.due_date::text AS "dueDate", i.amount_fen AS "amountFen",
              (SELECT coalesce(sum(a.amount_fen), 0) FROM payment_allocations a WHERE a.installment_id = i.id) AS "paidFen",
              c.reference, c.id AS "caseId",
              d.currency, p.ended_on::text AS "endedOn"
           FROM installments i JOIN repayment_plans p ON p.id = i.plan_id ${joinCase('c', 'p.case_id')}
           ${joinDebt('d', 'p.debt_id')}
          WHERE i.plan_id = $1 ORDER BY i.number`,
      [planId],
    );
    // What each installment still needs is what the payments' stored allocations left unpaid.
    for (const item of installments) {
      const owed = Number(item.amountFen) - Number(item.paidFen);
      await this.reminders.sync(
        manager,
        {
          type: 'installment',
          id: item.id,
          caseId: item.caseId,
          payload: {
            reference: item.reference,
            number: item.number,
            dueDate: item.dueDate,
            amountFen: owed,
            currency: item.currency,
          },
        },
        // A plan closing ended asks nothing more of anyone: its unpaid installments remind no one.
        owed > 0 && !item.endedOn ? installmentReminders(item.dueDate, clock) : [],
        now,
      );
    }
  }

  async syncFollowUp(
    manager: EntityManager,
    contact: {
      id: string;
      caseId: string;
      nextFollowUpAt: Date | null;
      summary: string;
      person: string | null;
    },
  ): Promise<void> {
    const reference = await caseReference(manager, contact.caseId);
    await this.reminders.sync(
      manager,
      {
        type: 'contact',
        id: contact.id,
        caseId: contact.caseId,
        payload: { reference, summary: contact.summary.slice(0, 140), person: contact.person },
      },
      contact.nextFollowUpAt ? followUpReminders(contact.nextFollowUpAt) : [],
      this.clock.now(),
    );
  }
}
