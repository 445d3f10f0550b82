import type { APIRoute } from 'astro';
import { logbookLanguages } from '../../../lib/logbook/strings-source';

/** One language's logbook text, fetched only when the participant chooses that language. */
export function getStaticPaths() {
  return logbookLanguages().map((lang) => ({ params: { kode: lang.kode }, props: { lang } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.lang), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
