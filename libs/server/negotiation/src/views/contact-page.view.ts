import { Contact } from '../contact.entity';

/** A page of a case's contact log, and how many contacts match in all. */
export class ContactPage {
  data!: Contact[];
  total!: number;
}
