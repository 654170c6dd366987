import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

/**
 * What one workflow asked of the Temporal server, deterministic where the CPU figures are not: its events, workflow
 * tasks, activities, local activities and patches (markers), timers, and the history's size as the server stores it.
 */
export function historyShape(history: History): string {
  const events = history.events ?? [];
  const count = (has: (e: (typeof events)[number]) => unknown) => events.filter(has).length;
  const bytes = temporal.api.history.v1.History.encode(history).finish().length;
  return (
    `${events.length} events, ${count((e) => e.workflowTaskCompletedEventAttributes)} workflow tasks, ` +
    `${count((e) => e.activityTaskScheduledEventAttributes)} activities, ` +
    `${count((e) => e.markerRecordedEventAttributes)} markers (local activities, patches), ` +
    `${count((e) => e.timerStartedEventAttributes)} timers started (${count((e) => e.timerCanceledEventAttributes)} cancelled), ` +
    `${Math.round(bytes / 1024)} KiB`
  );
}
