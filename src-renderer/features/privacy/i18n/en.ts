import type { privacyFi } from './fi';

export const privacyEn: typeof privacyFi = {
  erase: 'Erase personal data',
  eraseLabel: 'Erase personal data: {name}',
  eraseTitle: 'Erase a former representative’s personal data',
  eraseIntro: 'The data about {name} is erased from the whole network file: the representative details, meeting attendance lists, other texts and the change history.',
  removedHeading: 'Erased:',
  removedFields: 'name, title, e-mail address and phone number',
  remains: '“Former representative (organisation)” remains in its place. Meetings, memberships and the entries of the change history stay.',
  cannotUndo: 'The erasure cannot be undone, and the data cannot be recovered even from the change history.',
  confirm: 'I understand that the personal data is erased for good',
  confirmButton: 'Erase for good',
  erased: 'The personal data has been erased.',
  noticeTitle: 'Privacy',
  noticeDescription:
    'The network processes data about its organisations’ representatives only, never about clients. The privacy notice template has the controller, purpose, legal basis and data categories ready; the network fills in the points in brackets.',
  noticeButton: 'Privacy notice (Word)',
  noticeLanguage: 'Language',
  noticeDone: 'Privacy notice saved: {file}',
  noticeCancelled: 'Saving was cancelled.',
};
