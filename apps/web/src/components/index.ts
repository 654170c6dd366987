// The components every area shares. Each area (cases, reintegration, skills, dashboards, work, session) keeps its
// own pages, components and hooks in its folder; what two areas need lives here.
export { AmountField } from './amount-field';
export { Check, Field, violationsOf } from './field';
export { ErrorMessage, errorText, type Load, Loaded, Loading, useApi, useNotice, type Wording } from './feedback';
export { StageBadge, UrgencyBadge } from './badges';
export { LanguageSelect } from './language-select';
