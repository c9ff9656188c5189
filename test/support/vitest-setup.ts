/**
 * Shared set-up for the component tests. Testing Library's `findBy…` queries
 * give up after 1 s by default; the report and the risk editor load their
 * code on demand (a dynamic import), which on a busy two-core machine can take
 * longer. A 5 s limit keeps the tests about behaviour, not machine load.
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 5_000 });
