/** One way to reach the creditor's customer service, as the catalog keeps it. */
export class CustomerServiceContact {
  channel!: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'email' | 'other';

  /**
   * The number, address or place in the app.
   * @example 95188
   */
  value!: string;

  /**
   * When it answers, in words.
   * @example 09:00–21:00
   */
  hours?: string;
}
