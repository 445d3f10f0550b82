/**
 * Safari (WebKit's tracking prevention, since Safari 13.1, 2020) deletes what a site stored
 * in the browser after 7 days of Safari use without the user visiting the site. A web app
 * added to the home screen and opened from there has its own counter and keeps its data
 * (WebKit blog «Full Third-Party Cookie Blocking and More», with its update on home-screen
 * apps). Other browsers on iOS are not Safari.
 */
export interface BrowserFacts { userAgent: string; vendor?: string; standalone?: boolean }

export function storageExpiresUnused(nav: BrowserFacts, displayStandalone: boolean): boolean {
  const safari = /Apple/.test(nav.vendor ?? '') && /Safari\//.test(nav.userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(nav.userAgent);
  return safari && !displayStandalone && nav.standalone !== true;
}
