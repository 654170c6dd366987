import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Registered on the Temporal server by scripts/services.sh (dev) and docker-compose.yml, so the UI can filter.
export const CASE_STAGE = defineSearchAttributeKey('CaseStage', SearchAttributeType.KEYWORD);
export const COUNTRY_OF_RETURN = defineSearchAttributeKey('CountryOfReturn', SearchAttributeType.KEYWORD);
export const HOST_OFFICE = defineSearchAttributeKey('HostOffice', SearchAttributeType.KEYWORD);

export const CASE_SEARCH_ATTRIBUTES = [CASE_STAGE, COUNTRY_OF_RETURN, HOST_OFFICE];
