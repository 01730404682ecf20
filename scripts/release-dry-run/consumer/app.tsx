// A React 19 developer's component: one type-only import makes the opvang elements known to
// TSX, with their properties typed by the core's types.
import type {} from '@opvang/widgets/jsx/react';
import type { FaqContent } from '@opvang/core/faq';

const content: FaqContent = {
  items: [
    {
      id: 'school',
      category: 'School',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Gaan de kinderen naar school?',
      answer: [{ type: 'paragraph', content: ['Ja, naar de gewone school.'] }],
    },
  ],
};

export function App() {
  return <opvang-faq content={content} />;
}
