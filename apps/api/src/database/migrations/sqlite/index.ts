// SQLite migrations for the embedded demo database, oldest first, in step with ../mysql.
import { Foundation1764290000000 } from './1764290000000-Foundation';
import { Postings1795830138848 } from './1795830138848-Postings';

export const SQLITE_MIGRATIONS = [Foundation1764290000000, Postings1795830138848];
