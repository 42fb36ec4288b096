// Timeline and state (时间线与状态): every subject's events in one table — who did what and when,
// which the public may read — and the guard that refuses an action in the wrong state with one
// STATE_CONFLICT error naming the state. Modules import only from this file.

export { requireState, type StateLabels, stateGuard } from './state.ts';
export { eventRowsInsert, type NewTimelineEventRow } from './timeline.repository.ts';
export {
  appendEvent,
  appendEventRows,
  type EventInput,
  eventRow,
  lastEvent,
  listEvents,
  removeTimeline,
  type Subject,
  type TimelineEvent,
} from './timeline.service.ts';
export { EVENT_VISIBILITIES, type EventVisibility, timelineEvents } from './timeline.table.ts';
