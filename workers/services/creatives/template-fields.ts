import { bannerTemplateIssue } from '../../domain/banner-template';
import { AppError } from '../../errors/app-error';

export interface BannerSize {
  width: number;
  height: number;
}

/** Refuses a template the checker rejects, with its reason; a valid one goes in unchanged. */
export function checkedTemplate(template: string): string {
  const reason = bannerTemplateIssue(template);
  if (reason) throw new AppError('banner_template_invalid', `The banner template is refused: ${reason}`, { reason });
  return template;
}

/** The sizes once each, in the order given: the first is the creative's main size (its width and height). */
export function templateSizes(sizes: BannerSize[]): { sizes: BannerSize[]; width: number; height: number } {
  const seen = new Set<string>();
  const unique = sizes.filter((s) => {
    const key = `${s.width}x${s.height}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { sizes: unique, width: unique[0]!.width, height: unique[0]!.height };
}
