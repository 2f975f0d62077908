import { eenheden, rapport } from '../messages.js';

const zone = 'Europe/Amsterdam';
const datum = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' });
const klok = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const getal = new Intl.NumberFormat('nl-NL');

/** "23 november 2026 om 11.00 uur": Dutch civil time in Amsterdam, with the dot the Taalunie advises for clock times. */
export function formatMoment(iso: string): string {
  const moment = new Date(iso);
  const part = (type: string) => klok.formatToParts(moment).find((p) => p.type === type)?.value ?? '';
  return rapport.tijdstip(datum.format(moment), `${part('hour')}.${part('minute')}`);
}

export function formatBytes(grootte: number | undefined): string {
  if (grootte === undefined) return rapport.onbekend;
  const [een, meer] = eenheden.bytes!;
  return `${getal.format(grootte)} ${grootte === 1 ? een : meer}`;
}
