/** The meetings screens' Finnish texts: the source of the keys (sv and en must match). */
export const meetingsFi = {
  title: 'Kokoukset',
};
