import { Module } from '@nestjs/common';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';

/** Reading claims: filtered lists and one quantity's history. */
@Module({ controllers: [ClaimsController], providers: [ClaimsService] })
export class ClaimsModule {}
