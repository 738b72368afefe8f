import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AUTH_CONFIG, AuthConfig } from '../config/auth.config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { WechatClient } from './wechat.client';

@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [AUTH_CONFIG],
      useFactory: (config: AuthConfig) => ({
        // A prepared key: given the string, jsonwebtoken first tries it as a PEM public key on every check.
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, WechatClient, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [WechatClient],
})
export class AuthModule {}
