import { Anchor } from '@mantine/core';
import type { MeetingDecisionPlace } from '../../../src-main/api/contract/index';
import { hrefFor } from '../../app/router';
import { useI18n } from '../../i18n/use-i18n';

/** "Päätetty kokouksessa 3/2026, 5 §": the meeting whose decision this was, as a link to the meeting. */
export function MeetingDecisionLink({ place, template, size }: { place: MeetingDecisionPlace; template: string; size?: 'sm' }) {
  const { format } = useI18n();
  return (
    <Anchor href={hrefFor({ name: 'meeting', id: place.meetingId })} size={size} inherit={!size}>
      {format(template, { number: place.meetingNumber, section: place.sectionLabel }).replace(/, $/, '')}
    </Anchor>
  );
}
