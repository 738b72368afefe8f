import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AUTH_CONFIG, AuthConfig } from '../config/auth.config';
import { AuthSessionRepository } from './auth-session.repository';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { ConsoleLoginTicketRepository } from './console-login-ticket.repository';
import { ConsoleLoginController } from './console-login.controller';
import { ConsoleLoginService } from './console-login.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { TotpCredentialRepository } from './totp-credential.repository';
import { TotpService } from './totp.service';
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
  controllers: [AuthController, ConsoleLoginController, SessionsController],
  providers: [
    AuthService,
    WechatClient,
    SessionsService,
    TotpService,
    ConsoleLoginService,
    AuthSessionRepository,
    ConsoleLoginTicketRepository,
    TotpCredentialRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [WechatClient, SessionsService],
})
export class AuthModule {}
