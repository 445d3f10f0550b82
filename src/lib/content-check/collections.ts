import { handbookSchema } from '../schemas/handbook.ts';
import { methodSchema } from '../schemas/method.ts';
import { planSchema } from '../schemas/plan.ts';
import { formSchema } from '../schemas/form.ts';
import { roleGuideSchema } from '../schemas/role-guide.ts';
import { courseModuleSchema } from '../schemas/course-module.ts';
import { qualityGroupSchema } from '../schemas/quality.ts';

/** Each content folder, the files it holds and the schema they follow. The Astro collections read this too. */
export const COLLECTIONS = {
  handbok: { pattern: '**/*.mdx', schema: handbookSchema },
  metoder: { pattern: '**/*.mdx', schema: methodSchema },
  planer: { pattern: '**/*.yaml', schema: planSchema },
  skjema: { pattern: '**/*.mdx', schema: formSchema },
  roller: { pattern: '**/*.mdx', schema: roleGuideSchema },
  fadderkurs: { pattern: '**/*.mdx', schema: courseModuleSchema },
  kvalitetssjekk: { pattern: '**/*.yaml', schema: qualityGroupSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
