import { Creditor } from '../creditor.entity';

/** A page of the creditor catalog, and how many creditors match in all. */
export class CreditorPage {
  data!: Creditor[];
  total!: number;
}
