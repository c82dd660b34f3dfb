/** How the signed-in person's own reminders reach them. */
export class ReminderChannels {
  channels!: ('in_app' | 'email')[];
}
