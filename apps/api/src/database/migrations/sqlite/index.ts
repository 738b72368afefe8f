// SQLite migrations for the embedded demo database, oldest first, in step with ../mysql.
import { Foundation1764290000000 } from './1764290000000-Foundation';
import { Checkins1795828062018 } from './1795828062018-Checkins';
import { Complaints1795828542398 } from './1795828542398-Complaints';
import { Insurance1795828598317 } from './1795828598317-Insurance';
import { Postings1795830138848 } from './1795830138848-Postings';

import { InsuranceClaimPhotosSettlement1795831295141 } from './1795831295141-InsuranceClaimPhotosSettlement';
import { HireCompletion1795836277628 } from './1795836277628-HireCompletion';
import { StaffInvitations1795838390234 } from './1795838390234-StaffInvitations';
import { ConsoleLogin1796697452665 } from './1796697452665-ConsoleLogin';

export const SQLITE_MIGRATIONS = [Foundation1764290000000, Checkins1795828062018, Complaints1795828542398, Insurance1795828598317, Postings1795830138848, InsuranceClaimPhotosSettlement1795831295141, HireCompletion1795836277628, StaffInvitations1795838390234, ConsoleLogin1796697452665];
