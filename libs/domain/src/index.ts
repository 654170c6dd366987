export * from './errors/domain-error';
export * from './case/case-stage';
export * from './case/case-reference';
export * from './household/household';
export * from './household/household.rules';
