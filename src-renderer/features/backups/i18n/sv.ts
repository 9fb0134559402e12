import type { Dictionary } from '../../../i18n/fi';

export const backupsSv: Dictionary['backups'] = {
  title: 'Säkerhetskopior',
  description:
    'Kotoverkko tar en säkerhetskopia av det öppna nätverket en gång om dagen och sparar de sju senaste dagarna och de fyra senaste veckorna. Dessutom tas en kopia alltid innan filen uppdateras till en ny version och före en återställning.',
  where: 'Säkerhetskopiorna finns på den här datorn, inte i nätverksfilens mapp.',
  tableLabel: 'Nätverkets säkerhetskopior',
  none: 'Det finns ännu inga säkerhetskopior av det här nätverket.',
  takenAt: 'Tagen',
  kind: 'Typ',
  size: 'Storlek',
  kinds: {
    daily: 'Daglig',
    weekly: 'Veckovis',
    'pre-upgrade': 'Före uppdatering',
    'pre-restore': 'Före återställning',
  },
  sizeKb: '{size} kB',
  sizeMb: '{size} MB',
  restore: 'Återställ…',
  restoreLabel: 'Återställ säkerhetskopian {date} ({kind})',
  readOnly: 'Filen är öppnad skrivskyddad, så ingen säkerhetskopia kan återställas.',
  confirmTitle: 'Återställa säkerhetskopian?',
  confirmText: 'Nätverket återställs så som det var {date} ({kind}). Ändringar som gjorts efter det finns inte i det återställda nätverket.',
  confirmKeep: 'Först tas en kopia ”Före återställning” av det nuvarande nätverket, så återställningen kan ångras genom att återställa den.',
  confirm: 'Återställ säkerhetskopian',
  restoring: 'Återställer…',
  restored: 'Säkerhetskopian {date} har återställts. Det tidigare läget finns kvar som kopian ”Före återställning”.',
};
