import type { MeetingDetail } from '../../../src-main/api/contract/index';

/** What the meeting page gives each of its record panels: the meeting, and where a changed one goes. */
export interface MeetingPanelProps {
  meeting: MeetingDetail;
  onChange: (meeting: MeetingDetail) => void;
}
