import { useRef } from 'preact/hooks';
import { useNearScreen } from '../useNearScreen';
import { MethodEditor } from './MethodEditor';

/**
 * The risk method page's island: the editor, drawn when it comes near the screen (useNearScreen).
 * On a phone it starts below the first screen; drawing it at load was the page's one long task.
 * `loading` is METHOD_TEXTS.loading, given by MethodTool.astro: importing tool-texts here would load
 * the "start" chunk on this page (src/plugins/chunks.ts).
 */
export function MethodIsland({ loading }: { loading: string }) {
  const placeholder = useRef<HTMLParagraphElement>(null);
  if (useNearScreen(placeholder)) return <MethodEditor />;
  return (
    <p ref={placeholder} class="tool-loading">
      {loading}
    </p>
  );
}
