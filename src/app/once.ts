import type { Store } from './store/index.js';

/**
 * Runs `work` once per key across deliveries and app processes: the store's atomic claim decides,
 * and a failed attempt releases the claim so GitHub's redelivery can try again. False when the
 * key was already claimed (the work is done, or being done, elsewhere).
 */
export async function once(store: Store, key: string, work: () => Promise<void>): Promise<boolean> {
  if (!(await store.claimDelivery(key))) return false;
  try {
    await work();
    return true;
  } catch (error) {
    await store.releaseDelivery(key);
    throw error;
  }
}
