// Must not compile, on the marked line only: the FAQ's content is FaqContent, not a number.
import type {} from '@opvang/widgets/jsx/react';

export function App() {
  return <opvang-faq content={42} />; // wrong type
}
