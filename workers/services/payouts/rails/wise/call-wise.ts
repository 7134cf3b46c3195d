import { AppError } from '../../../../errors/app-error';
import { WiseApiError } from '../../../../integrations/wise';

/** A Wise call made for a person: Wise unreachable or failing is 503 wise_unavailable (try again), not a 500. */
export async function callWise<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof WiseApiError && !err.definite)
      throw new AppError('wise_unavailable', 'Wise could not be reached; nothing was changed, try again');
    throw err;
  }
}
