import { ErrorCode } from '@accord/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AppError } from '../errors/app-error';
import { ClamdScanner } from './clamd-scanner';
import { OBJECT_STORAGE, type ObjectStorage } from './object-storage';
import { receiveUpload, type StoredUpload } from './receive-upload';

/** Every upload route takes its file through here: one size limit, one storage, one virus scan. */
@Injectable()
export class UploadReceiver {
  private readonly logger = new Logger('Uploads');
  private readonly scanner: ClamdScanner | null;

  constructor(
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.scanner = config.CLAMAV_HOST
      ? new ClamdScanner({
          host: config.CLAMAV_HOST,
          port: config.CLAMAV_PORT,
          timeoutMs: config.CLAMAV_TIMEOUT_MS,
        })
      : null;
  }

  async receive(request: IncomingMessage, keyPrefix: string): Promise<StoredUpload> {
    try {
      return await receiveUpload(request, {
        storage: this.storage,
        keyPrefix,
        maxBytes: this.config.UPLOAD_MAX_BYTES,
        scanner: this.scanner,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.FileInfected)
        this.logger.warn({ keyPrefix, details: error.details }, 'infected upload refused');
      if (error instanceof AppError && error.code === ErrorCode.VirusScanUnavailable)
        this.logger.error({ keyPrefix, reason: error.cause }, 'upload refused: virus scan unavailable');
      throw error;
    }
  }
}
