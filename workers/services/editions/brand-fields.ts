import type { EditionSettings } from '../../../schema';
import type { EditionBrandField } from '../../../schema/enums';
import { AppError } from '../../errors/app-error';

/** Refuses setting a brand field the advertiser does not let editions set. */
export function assertBrandField(settings: EditionSettings, field: EditionBrandField, setting: boolean): void {
  if (setting && !settings.brandFields.includes(field))
    throw new AppError('editions_not_offered', `The app does not let editions set their own ${field}`);
}
