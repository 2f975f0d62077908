const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) of a moment in the Netherlands, where the tenders close. */
export const amsterdamDay = (moment: Date): string => amsterdam.format(moment);

/** A bid uploaded after the closing day of its round (the whole closing day, Dutch time, still counts as on time). */
export const naSluiting = (geuploadOp: string, sluitingsdatum: string): boolean => amsterdamDay(new Date(geuploadOp)) > sluitingsdatum;
