import type { IdDocumentType, Locale } from '@accord/contracts';
import type { EntityManager } from 'typeorm';

/*
 * What other features read or write of client records in their own transaction (a case's page, a case's
 * reassignment, the import of clients with their cases): one statement each, plain SQL.
 */

/** Whether the client withdrew consent (false when there is no such client). */
export async function consentWithdrawn(manager: EntityManager, clientId: string): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT consent_withdrawn_at IS NOT NULL AS withdrawn FROM clients WHERE id = $1`,
    [clientId],
  );
  return row?.withdrawn === true;
}

/** The language the client reads (zh-TW, zh-CN or en): what letters and summaries to them are written in. */
export async function clientLocale(manager: EntityManager, clientId: string): Promise<Locale> {
  const [row] = await manager.query(`SELECT locale FROM clients WHERE id = $1`, [clientId]);
  return row.locale;
}

/**
 * Hands the client from officer `from` to officer `to`, unless it is no longer `from`'s or `stillKept`
 * holds: the caller's EXISTS body, over $1 (the client) and $2 (`from`), for what still keeps it there.
 */
export async function handOverClient(
  manager: EntityManager,
  clientId: string,
  from: string,
  to: string,
  stillKept: string,
): Promise<void> {
  await manager.query(
    `UPDATE clients SET officer_id = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND officer_id = $2
          AND NOT EXISTS (${stillKept})`,
    [clientId, from, to],
  );
}

/** Clients already on file with one of these ID number or phone hashes. */
export function clientsWithIdentifiers(
  manager: EntityManager,
  idHashes: string[],
  phoneHashes: string[],
): Promise<{ id: string; id_number_hash: string; phone_hash: string | null }[]> {
  return manager.query(
    `SELECT id, id_number_hash, phone_hash FROM clients WHERE id_number_hash = ANY($1) OR phone_hash = ANY($2)`,
    [idHashes, phoneHashes],
  );
}

/** A client to insert, its identifiers already sealed (ciphers, hashes) and masked. */
export interface SealedClient {
  fullName: string;
  idType: IdDocumentType;
  idCipher: string;
  idHash: string;
  idMasked: string;
  phoneCipher: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  keyId: string;
  email: string | null;
  address: string | null;
  consent: boolean;
  officerId: string;
}

/**
 * Inserts the clients in one statement, in order; those with `consent` get it now, for `purposes` (a
 * Postgres array literal, written into the statement), recorded by `recordedBy`. Answers each one's id
 * and ID number hash.
 */
export function insertSealedClients(
  manager: EntityManager,
  clients: SealedClient[],
  consent: { purposes: string; recordedBy: string },
): Promise<{ id: string; id_number_hash: string }[]> {
  return manager.query(
    `INSERT INTO clients (full_name, id_type, id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_hash, phone_masked,
                              key_id, email, address, consent_at, consent_purposes, consent_recorded_by, officer_id)
         SELECT t.full_name, t.id_type, t.id_cipher, t.id_hash, t.id_masked, t.phone_cipher, t.phone_hash, t.phone_masked, t.key_id,
                t.email, t.address, CASE WHEN t.consent THEN now() END,
                CASE WHEN t.consent THEN '${consent.purposes}'::text[] ELSE '{}'::text[] END,
                CASE WHEN t.consent THEN $15::uuid END, t.officer_id
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                       $10::text[], $11::text[], $12::boolean[], $13::uuid[], $14::int[])
                AS t(full_name, id_type, id_cipher, id_hash, id_masked, phone_cipher, phone_hash, phone_masked, key_id, email, address, consent, officer_id, ord)
          ORDER BY t.ord
         RETURNING id, id_number_hash`,
    [
      clients.map((c) => c.fullName),
      clients.map((c) => c.idType),
      clients.map((c) => c.idCipher),
      clients.map((c) => c.idHash),
      clients.map((c) => c.idMasked),
      clients.map((c) => c.phoneCipher),
      clients.map((c) => c.phoneHash),
      clients.map((c) => c.phoneMasked),
      clients.map((c) => c.keyId),
      clients.map((c) => c.email),
      clients.map((c) => c.address),
      clients.map((c) => c.consent),
      clients.map((c) => c.officerId),
      clients.map((_, i) => i),
      consent.recordedBy,
    ],
  );
}
