import { handbookSchema } from '../schemas/handbook';
import { methodSchema } from '../schemas/method';
import { planSchema } from '../schemas/plan';
import { formSchema } from '../schemas/form';
import { roleGuideSchema } from '../schemas/role-guide';

/** Each content folder, the files it holds and the schema they follow. The Astro collections read this too. */
export const COLLECTIONS = {
  handbok: { pattern: '**/*.mdx', schema: handbookSchema },
  metoder: { pattern: '**/*.mdx', schema: methodSchema },
  planer: { pattern: '**/*.yaml', schema: planSchema },
  skjema: { pattern: '**/*.mdx', schema: formSchema },
  roller: { pattern: '**/*.mdx', schema: roleGuideSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
