import { CaseEvent } from '../case-event.entity';

/** A line of the case's timeline, with who did it by name. */
export class CaseTimelineEntry extends CaseEvent {
  /** Null for the system, or an actor no longer on file. */
  actorName!: string | null;
}

export class CaseTimelinePage {
  /** Newest first. */
  data!: CaseTimelineEntry[];
  total!: number;
}
