// The one access policy: who the caller is (AuthUser), how routes declare who may call them
// (@Public, @Roles), the single definition of staff and its county scope, and one named rule per
// record kind. Services ask these; nothing else decides access.
export * from './auth-user';
export * from './decorators';
export * from './staff-scope';
