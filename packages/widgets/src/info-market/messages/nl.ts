/**
 * The info market widget's own labels in Dutch, bundled with the widget; the other languages
 * load on demand (see ../texts.ts). What an information market is comes from the core.
 */
export const nl = {
  tookPlace: 'Deze infomarkt heeft al plaatsgevonden.',
  addToCalendar: 'Zet in uw agenda (.ics-bestand)',
  fileName: 'infomarkt',
  calendarUnavailable:
    'Het agendabestand kon niet gemaakt worden: er is geen verbinding. Probeer het opnieuw.',
  when: 'Wanneer',
  where: 'Waar',
  invalid:
    'Deze infomarkt kan niet getoond worden: de gegevens op deze pagina zijn onvolledig of fout. Neem contact op met de gemeente.',
};

/** The info market widget's own labels in one language. */
export type InfoMarketMessages = typeof nl;
