// Wrong uses, each under an `error: <prop>, <words>` marker: scripts/jsx-types.test.mjs expects tsc
// to fail on exactly the lines under the markers, each error about that prop, its message holding
// the words.
import type {} from '@opvang/widgets/jsx/solid';

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
    <opvang-contact on:opvang-contact-submitted={(event) => event.detail.nope} />
  </main>
);
