import { Component, h, type ComponentType, type VNode } from 'preact';

/**
 * A memoised component without preact/compat (compat changes how onChange
 * works on inputs for the whole page, which the tools rely on).
 */
export function memo<P extends object>(render: (props: P) => VNode | null, same: (a: P, b: P) => boolean = shallowEqual): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P) {
      return !same(this.props, next);
    }
    override render() {
      return h(render as ComponentType<P>, this.props as P);
    }
  }
  return Memo;
}

function shallowEqual<P extends object>(a: P, b: P): boolean {
  const ka = Object.keys(a) as (keyof P)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
