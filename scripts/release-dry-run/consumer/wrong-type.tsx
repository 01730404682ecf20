// Must not compile, on the marked line only: the FAQ's content is FaqContent, not a number.
// No import here: app.tsx's one `import type {} from '@opvang/widgets/jsx/react'` types the
// elements for the whole program, as it does in any project.
export function WrongType() {
  return <opvang-faq content={42} />; // wrong type
}
