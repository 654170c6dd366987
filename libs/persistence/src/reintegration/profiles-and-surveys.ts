// Skills profiles and follow-up surveys (issue 6, sections 1 and 6). Opportunities live in their own files here.
export * from './skills-profile.entity';
export * from './skills-profile.repository';
export * from './skills-profile.mapper';
export * from './follow-up-survey.entity';
export * from './follow-up-survey.repository';
