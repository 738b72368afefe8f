/** One decryption of a user's ID number, as their data export shows it. */
export interface PiiAccess {
  id: number;
  actorUserId: number | null;
  subjectUserId: number;
  field: string;
  purpose: string;
  at: Date;
}
