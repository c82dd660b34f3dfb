import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

export interface SealedField {
  /** `keyId.iv.tag.ciphertext`, base64url parts: the key id travels with the value so keys can rotate. */
  cipher: string;
  /** Keyed hash of the normalized value, for exact search and duplicate detection. */
  hash: string;
  keyId: string;
}

/**
 * Encrypts sensitive fields (ID numbers, phones) at rest with AES-256-GCM. Old keys stay listed to read
 * old values; new values use the active key. The HMAC key must never change, or exact search breaks.
 */
@Injectable()
export class FieldCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly activeKeyId: string;
  private readonly hashKey: Buffer;

  constructor(
    @Inject(APP_CONFIG)
    config: Pick<AppConfig, 'FIELD_ENCRYPTION_KEYS' | 'FIELD_ENCRYPTION_KEY_ID' | 'FIELD_HASH_KEY'>,
  ) {
    this.keys = new Map(
      config.FIELD_ENCRYPTION_KEYS.split(',').map((entry) => {
        const [id, material] = entry.split(':');
        const key = Buffer.from(material, 'base64');
        if (key.length !== 32) throw new Error(`FIELD_ENCRYPTION_KEYS: key ${id} is not 32 bytes`);
        return [id, key] as const;
      }),
    );
    this.activeKeyId = config.FIELD_ENCRYPTION_KEY_ID ?? [...this.keys.keys()][0];
    if (!this.keys.has(this.activeKeyId))
      throw new Error(`FIELD_ENCRYPTION_KEY_ID ${this.activeKeyId} is not among the keys`);
    this.hashKey = Buffer.from(config.FIELD_HASH_KEY, 'base64');
  }

  seal(value: string): SealedField {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId) as Buffer, iv);
    const ciphertext = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
    return {
      cipher: [this.activeKeyId, ...parts].join('.'),
      hash: this.hash(value),
      keyId: this.activeKeyId,
    };
  }

  open(sealed: string): string {
    const [keyId, iv, tag, ciphertext] = sealed.split('.');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`no key ${keyId} to decrypt with`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  hash(value: string): string {
    return createHmac('sha256', this.hashKey).update(value, 'utf8').digest('hex');
  }
}
