// Imported first by main.ts: the instrumentations patch http, pg and ioredis only if they load after this runs.
import { loadAppConfig } from '@avrr/config';
import { startTracing } from '@avrr/telemetry';

startTracing('avrr-api', loadAppConfig().telemetry.otlpTracesEndpoint);
