// How an account comes to be and how its password is kept: the password policy, argon2id hashing and
// provisionAccount (the domain's account decider behind it). Shared by the API, the CLI's `accounts create-admin`,
// the development seeding and the bench, so none of them imports apps/api. Not pure domain: it uses argon2.
export * from './weak-password.error';
export * from './password-policy';
export * from './password-hasher';
export * from './account-address';
export * from './submitter-unit.fact';
export * from './provision-account';
