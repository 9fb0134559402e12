import type { MeetingPanelProps } from './meeting-panel-props';

// TEMPORARY (session 3): replaced by the real panel.
export function AttendancePanel({ meeting }: MeetingPanelProps) {
  return <p>{meeting.number}</p>;
}
