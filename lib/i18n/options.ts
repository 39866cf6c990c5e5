// Strings of the options page. Keys must be identical in both tables.

export const OPTIONS_EN = {
  sitesTitle: 'Other sites',
  sitesHint:
    'Tonlage works in Zendesk and Gmail. Enable it on other sites one by one: the browser asks for your permission for each.',
  siteAddress: 'Address of the site',
  siteEnable: 'Enable',
  siteDisable: 'Disable',
  siteInvalid: 'Enter a web address such as https://support.example.com.',
  sitePermissionDenied: 'The browser did not grant access to this site, so it was not enabled.',
} as const;

export const OPTIONS_DE: Record<keyof typeof OPTIONS_EN, string> = {
  sitesTitle: 'Weitere Websites',
  sitesHint:
    'Tonlage arbeitet in Zendesk und Gmail. Weitere Websites schalten Sie einzeln frei: Der Browser fragt jedes Mal nach Ihrer Erlaubnis.',
  siteAddress: 'Adresse der Website',
  siteEnable: 'Freischalten',
  siteDisable: 'Sperren',
  siteInvalid: 'Geben Sie eine Webadresse ein, zum Beispiel https://support.example.com.',
  sitePermissionDenied:
    'Der Browser hat den Zugriff auf diese Website nicht erlaubt, deshalb wurde sie nicht freigeschaltet.',
};
