/**
 * @dti/domain — the pure domain of the quarterly submission and review workflow: periods, the
 * register of units, accounts and roles, the assessment decider, event envelopes and upcasters.
 * No framework, database or event-store import: @dti/command-handling's handleCommand reads a stream,
 * folds it with the aggregate's decider (`fold` / `evolve`), calls `decide`, wraps the result with
 * `toNewEvents` and appends with the expected revision.
 */
export * from './domain-errors';
export * from './stream-ids';

export * from './shared/calendar-date';
export * from './shared/command-envelope';
export { requireId, requireText, optionalText, requireBoolean, isPlainObject } from './shared/command-fields';
export * from './shared/decider';
export * from './shared/deterministic-id';

export * from './periods/quarter';
export * from './periods/catalogue-schedule';

export * from './accounts/role';
export * from './accounts/authorization';
export * from './accounts/account.events';
export * from './accounts/account.commands';
export * from './accounts/account.decider';

export * from './units/unit-code';
export * from './units/unit-block';
export * from './units/unit.events';
export * from './units/unit.commands';
export * from './units/unit.decider';
export * from './units/unit-history';
export * from './units/unit-retroactive';
export * from './units/upcasters/unit-events-v1.upcaster';
export * from './units/seed/unit-seed';

export * from './assessment/criterion-inputs';
export * from './assessment/evidence';
export * from './assessment/assessment.events';
export * from './assessment/assessment.commands';
export * from './assessment/assessment.state';
export * from './assessment/assessment.evolve';
export * from './assessment/assessment.decider';
export * from './assessment/assessment-context';
export * from './assessment/upcasters/criterion-submitted-v1.upcaster';

export * from './evidence/evidence-file.events';
export * from './evidence/evidence-file.decider';

export * from './plan';

export * from './events/event-registry';
export * from './events/new-events';
export * from './events/upcasting';
