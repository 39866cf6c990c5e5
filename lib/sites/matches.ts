/** Host patterns of the helpdesks Tonlage serves out of the box. Other sites are added at run time through optional host permissions. */
export const HELPDESK_MATCHES = ['https://*.zendesk.com/agent/*', 'https://mail.google.com/*'];
