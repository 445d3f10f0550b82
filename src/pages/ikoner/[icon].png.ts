import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, renderIcon } from '../../lib/offline/app-icons';

export const getStaticPaths: GetStaticPaths = () => APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }));

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(props.icon)), { headers: { 'Content-Type': 'image/png' } });
