import type { APIRoute, GetStaticPaths } from 'astro';
import { forms } from '../../lib/content/entries';
import { withLanguage } from '../../lib/content/provenance';

/**
 * A form's definition as JSON (sections and fields, as content/skjema/ has them), for the
 * workspace's archive package: it draws the PDF of every form filled for a follow-up, and
 * the workspace page does not carry the forms itself.
 */
export const getStaticPaths: GetStaticPaths = async () =>
  (await forms()).map((entry) => ({ params: { id: entry.id }, props: { data: { ...withLanguage(entry), reviewed: entry.data.reviewed.toISOString().slice(0, 10) } } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
