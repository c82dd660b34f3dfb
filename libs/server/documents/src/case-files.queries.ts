import { ErrorCode } from '@accord/contracts';
import { UnprocessableError } from '@accord/server-core';
import type { EntityManager } from 'typeorm';

/** Of `fileIds`, those that are files of the case (the evidence and answers other features attach). */
export async function filesOfCase(
  manager: EntityManager,
  caseId: string,
  fileIds: readonly string[],
): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM document_files WHERE case_id = $1 AND id = ANY($2::uuid[])`,
    [caseId, fileIds],
  );
  return new Set(rows.map((r) => r.id));
}

/** Names of files, for the lists that show what a dispute carried. */
export async function fileNames(
  manager: EntityManager,
  fileIds: readonly string[],
): Promise<Map<string, string>> {
  if (fileIds.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await manager.query(
    `SELECT id, original_name AS name FROM document_files WHERE id = ANY($1::uuid[])`,
    [fileIds],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The files of a case with the checklist item each was uploaded for, oldest first (for seeds and pickers). */
export async function documentFilesOfCase(
  manager: EntityManager,
  caseId: string,
): Promise<{ id: string; name: string; kind: string }[]> {
  return manager.query(
    `SELECT f.id, f.original_name AS name, r.kind
       FROM document_files f JOIN document_requirements r ON r.id = f.requirement_id
      WHERE f.case_id = $1 ORDER BY f.created_at, f.id`,
    [caseId],
  );
}

/** Every file named must be one of the case's own documents: 422 FILE_NOT_IN_CASE naming `field` otherwise. */
export async function requireFilesOfCase(
  manager: EntityManager,
  caseId: string,
  fileIds: readonly string[],
  field: string,
): Promise<void> {
  const found = await filesOfCase(manager, caseId, fileIds);
  if (fileIds.some((f) => !found.has(f)))
    throw new UnprocessableError(ErrorCode.FileNotInCase, 'A file is not one of this case’s documents', {
      field,
    });
}
