import { useTranslation } from 'react-i18next';
import { DEVICES } from './stats-options';

/** A device type in the UI language; a type the tracker learns later shows as it came. */
export function useDeviceLabel(): (value: string | null | undefined) => string {
  const { t } = useTranslation('earnings');
  return (value) => {
    const known = DEVICES.find((d) => d === (value ?? 'unknown'));
    return known ? t(`devices.${known}`) : (value as string);
  };
}
