// Wrong uses, each under an `error: <prop>, <words>` marker: scripts/jsx-types.test.mjs expects tsc
// to fail on exactly the lines under the markers, each error about that prop, its message holding
// the words.
// React's own `content` attribute (on <meta>) is still a string: the widgets' props do not widen it.
import type {} from '@opvang/widgets/jsx/react';

export const page = (
  <main>
    {/* error: content, FaqContent */}
    <opvang-faq content={42} />
    {/* error: contactPoint, ContactPointInput */}
    <opvang-contact contactPoint="x" />
    {/* error: heading-level, number */}
    <opvang-faq heading-level="high" />
    {/* error: sorce */}
    <opvang-faq sorce="/faq.json" />
    {/* error: nope, ContactSubmittedDetail */}
    <opvang-contact onopvang-contact-submitted={(event) => event.detail.nope} />
    {/* error: content, string */}
    <meta content={42} />
  </main>
);
