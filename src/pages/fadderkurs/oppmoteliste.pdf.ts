import type { APIRoute } from 'astro';
import { nodePdfSetup } from '../../lib/pdf/node';
import { buildSignInSheet } from '../../lib/pdf/course-sign-in';
import { courseModules } from '../../lib/fadderkurs/entries';

/** The facilitator's printable sign-in sheet, built once with the site so the link works without JavaScript. */
export const GET: APIRoute = async () => {
  const modules = await courseModules();
  const { issuer, faces } = await nodePdfSetup();
  // The newest module date, not today, so the same content gives the same file.
  const date = new Date(Math.max(...modules.map((m) => m.data.reviewed.getTime())));
  const { bytes } = await buildSignInSheet(modules.length, faces, issuer, date);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
