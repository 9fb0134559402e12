/**
 * Facts about Kanta-Häme the demo must match, written here independently of the demo's own data
 * (comparing the demo with its own list would prove nothing).
 */
export const KANTA_HAME_MUNICIPALITIES = ['Forssa', 'Hattula', 'Hausjärvi', 'Humppila', 'Hämeenlinna', 'Janakkala', 'Jokioinen', 'Loppi', 'Riihimäki', 'Tammela', 'Ypäjä'];
