import { Module } from '@nestjs/common';
import { StoredFileService } from './stored-file.service';

/** Uploaded files shared by the modules that take them (complaint evidence, accident photos). */
@Module({ providers: [StoredFileService], exports: [StoredFileService] })
export class UploadsModule {}
