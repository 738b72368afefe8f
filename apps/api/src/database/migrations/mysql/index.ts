// MySQL/MariaDB migrations, oldest first. Generate a new one against a database migrated to the
// latest (see README "Schema"), review it, and add it here.
import { Foundation1764290000000 } from './1764290000000-Foundation';
import { Postings1795830138848 } from './1795830138848-Postings';

export const MYSQL_MIGRATIONS = [Foundation1764290000000, Postings1795830138848];
