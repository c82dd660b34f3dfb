import { DocumentFile } from '../document-file.entity';
import { DocumentRequirement } from '../document-requirement.entity';
import { DocumentTemplate } from '../document-template.entity';

/** One page of document templates, and how many there are in all. */
export class DocumentTemplatePage {
  data!: DocumentTemplate[];
  total!: number;
}

/** One page of a checklist's items, and how many match in all. */
export class DocumentRequirementPage {
  data!: DocumentRequirement[];
  total!: number;
}

/** Files of the cases one may see, newest first: at most 500, and total counts only those. */
export class DocumentFilePage {
  data!: DocumentFile[];
  total!: number;
}
