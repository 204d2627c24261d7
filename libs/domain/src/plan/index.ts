/**
 * Plan execution tracking (Kế hoạch): the plans as data, progress reports (their events, commands and decider)
 * and the pure projections of what was approved (targets' status, tasks, projects, budget, the final evaluation).
 */
export * from './catalogue/plan.types';
export * from './catalogue/tth-222';
export * from './catalogue/plan-agencies';
export * from './catalogue/plan-registry';
export * from './catalogue/plan-validation';
export * from './catalogue/plan-register-in-force';
export * from './catalogue/dong-format';
export * from './plan-progress';
export * from './plan.events';
export * from './plan-streams';
export * from './plan.decider';
export * from './plan-overview';
export * from './plan-demo';
export * from './plan-review-queue';
