import { Global, Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A ready KeyObject: given a string, jsonwebtoken rebuilds a key object on every verify.
        secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) as unknown as string,
        signOptions: { algorithm: 'HS256', expiresIn: config.JWT_TTL_SECONDS, issuer: 'accord' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'accord' },
      }),
    }),
  ],
  exports: [JwtModule],
})
export class AuthCoreModule {}
