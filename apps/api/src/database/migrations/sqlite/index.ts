// SQLite migrations for the embedded demo database, oldest first, in step with ../mysql.
import { Foundation1764290000000 } from './1764290000000-Foundation';
import { Checkins1795828062018 } from './1795828062018-Checkins';

export const SQLITE_MIGRATIONS = [Foundation1764290000000, Checkins1795828062018];
