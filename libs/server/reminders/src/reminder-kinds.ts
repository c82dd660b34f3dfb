import type { Locale, ReminderRecipient } from '@accord/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enginesOwnKinds } from './built-in-kinds';
import { DigestSources } from './digest';

export interface RenderedMessage {
  title: string;
  body: string;
}

export interface FiringReminder {
  id: string;
  kind: string;
  caseId: string | null;
  subjectId: string;
  recipient: ReminderRecipient;
  recipientUserId: string | null;
  dueAt: Date;
  payload: Record<string, unknown>;
}

/**
 * What the engine needs to know of a kind: how to word it in each language and, if its content is
 * only known when it fires (the morning digest), how to gather it. The engine never branches on kinds.
 */
export interface ReminderKind {
  kind: string;
  render(payload: Record<string, unknown>, locale: Locale, recipient: ReminderRecipient): RenderedMessage;
  /** Extra payload read when it fires; null means there is nothing to say and nothing is sent. */
  gather?(manager: EntityManager, reminder: FiringReminder): Promise<Record<string, unknown> | null>;
}

/**
 * Every kind the API and the worker know, in one registry per process built the same way in both: the
 * engine's own kinds here, each feature's from its reminders module (NegotiationRemindersModule, …),
 * which both apps import. A kind nobody registered is refused when written and when fired.
 */
@Injectable()
export class ReminderKindRegistry {
  private readonly kinds = new Map<string, ReminderKind>();

  constructor(digest: DigestSources) {
    this.registerAll(enginesOwnKinds((manager, reminder) => digest.gather(manager, reminder)));
  }

  registerAll(kinds: readonly ReminderKind[]): void {
    for (const kind of kinds) {
      if (this.kinds.has(kind.kind)) throw new Error(`reminder kind ${kind.kind} registered twice`);
      this.kinds.set(kind.kind, kind);
    }
  }

  get(kind: string): ReminderKind {
    const found = this.kinds.get(kind);
    if (!found) throw new Error(`unknown reminder kind ${kind}: import its feature's reminders module`);
    return found;
  }

  has(kind: string): boolean {
    return this.kinds.has(kind);
  }

  names(): string[] {
    return [...this.kinds.keys()].sort();
  }
}
