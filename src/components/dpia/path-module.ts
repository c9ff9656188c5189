import { lazyModule } from '../useLazyModule';

/**
 * The assessment path (its rules and its view), loaded only when there is an assessment to show
 * it for: a first visit with nothing stored does not load it (npm run bench).
 */
export const assessmentPathModule = lazyModule(() => import('./AssessmentPath'));
