/** The meeting-record screens' Finnish texts: the source of the keys (sv and en must match). */
export const meetingRecordFi = {
  title: 'Kokouksen kirjaukset',
};
