import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { DocumentFileRecord } from './document';

/**
 * The case's files by name: the evidence a credit dispute names and the papers a court event attaches
 * come from them. Without the list, what names files still shows; the names follow once it loads.
 */
export function useCaseFiles(caseId: string | undefined): { id: string; name: string }[] {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const [files, setFiles] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    if (!caseId) return;
    let current = true;
    dataProvider.getList<DocumentFileRecord>('document-files', { filter: { caseId } }).then(
      (answer) => current && setFiles(answer.data.map((f) => ({ id: String(f.id), name: f.originalName }))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [caseId, dataProvider]);
  return files;
}
