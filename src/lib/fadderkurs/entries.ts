import { getCollection } from 'astro:content';
import { href } from '../paths.ts';

/** The course modules in course order; every page, the island and the certificate read this list. */
export async function courseModules() {
  return (await getCollection('fadderkurs')).sort((a, b) => a.data.order - b.data.order);
}

export type CourseModule = Awaited<ReturnType<typeof courseModules>>[number];

export const COURSE_PATH = '/fadderkurs/';
export const moduleHref = (id: string) => href(`${COURSE_PATH}${id}/`);
export const facilitatorHref = () => href(`${COURSE_PATH}for-kursholder/`);
export const handoutHref = (id: string) => href(`${COURSE_PATH}for-kursholder/ark/${id}/`);
export const signInSheetHref = () => href(`${COURSE_PATH}oppmoteliste.pdf`);
