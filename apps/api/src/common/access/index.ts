// The one access policy: who the caller is (AuthUser), how routes declare who may call them
// (@Public, @Roles), the single definition of staff and its county scope, and one named rule per
// record kind. Services ask these; nothing else decides access.
export * from './auth-user';
export * from './decorators';
export * from './staff-scope';
export * from './employer.policy';
export * from './hire.policy';
export * from './market.policy';
export * from './posting.policy';
export * from './staff.policy';
export * from './complaint.policy';
export * from './enrollment.policy';
export * from './claim.policy';
